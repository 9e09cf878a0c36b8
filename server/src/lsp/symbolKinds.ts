import { SymbolKind } from 'vscode-languageserver';
import type { OutlineKind } from '../core/outline/outline';

/** How each kind of plan entry shows in outlines and symbol search. */
export const SYMBOL_KIND: Record<OutlineKind, SymbolKind> = {
  section: SymbolKind.Namespace,
  skill: SymbolKind.Property,
  goal: SymbolKind.Event,
  plan: SymbolKind.Class,
  experiment: SymbolKind.Method,
  action: SymbolKind.Function,
  contact: SymbolKind.Object,
  obstacle: SymbolKind.Constant,
  'income-stream': SymbolKind.Number,
  field: SymbolKind.Field,
  'log-entry': SymbolKind.Event,
};
