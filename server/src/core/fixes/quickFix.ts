import type { CodeAction } from 'vscode-languageserver-types';
import type { Analysis, Finding } from '../analyze';
import type { RuleCode } from '../codes';
import type { IsoDate } from '../dates';
import { documentEdit } from '../edits/workspaceEdit';
import type { EditResult, OffsetEdit } from '../edits/textEdits';
import type { MessageArgs, MessageId } from '../messages/catalog';

/** What every quick fix needs besides the finding: the analysis it came from and where it lives. */
export interface FixContext {
  analysis: Analysis;
  uri: string;
  /** The document version the analysis is of (null when unknown). */
  version: number | null;
  /** Default dates (a new due date, a goal's target) are relative to this. */
  today: IsoDate;
  format: <K extends MessageId>(id: K, args: MessageArgs<K>) => string;
  /** The client shows disabled code actions with their reason (LSP `codeAction.disabledSupport`). */
  disabledSupport?: boolean;
}

/** One family of quick fixes: one file under fixes/, registered in fixes/index.ts. */
export interface QuickFix {
  /** The finding codes it fixes; '*' for fixes that apply to any code (suppressions). */
  codes: ReadonlyArray<RuleCode | '*'>;
  fixes(context: FixContext, finding: Finding): CodeAction[];
  /**
   * The one fix that is certainly what the user meant (the closest enum value, a real date for an
   * impossible one, an id one letter away), applied by `source.fixAll` and `check --fix`; absent
   * or null when there is a choice to make.
   */
  unambiguous?(context: FixContext, finding: Finding): UnambiguousFix | null;
}

/** An edit that fixAll may apply without asking, with the title that says what it does. */
export interface UnambiguousFix {
  title: string;
  edits: OffsetEdit[];
}

/** An unambiguous fix from an edit result, or null when the edit cannot be made. */
export function unambiguousFix(title: string, result: EditResult): UnambiguousFix | null {
  return result.ok && result.edits.length > 0 ? { title, edits: result.edits } : null;
}

/** A code action that runs a client command (opens a place in the plan, starts a flow). */
export function commandAction(title: string, command: string, args: unknown[], isPreferred = false): CodeAction[] {
  const action: CodeAction = { title, kind: 'quickfix', command: { title, command, arguments: args } };
  if (isPreferred) action.isPreferred = true;
  return [action];
}

/**
 * A `quickfix` code action for an edit. An edit refused as unsafe is offered disabled, with the
 * reason, where the client can show one (so the user learns why nothing happens); otherwise, and
 * for an edit that changes nothing, there is no action.
 */
export function editAction(context: FixContext, title: string, result: EditResult, isPreferred = false): CodeAction[] {
  if (!result.ok) {
    if (!context.disabledSupport || result.reason === 'edit.not-found') return [];
    return [{ title, kind: 'quickfix', disabled: { reason: context.format(result.reason, { subject: result.subject ?? '' }) } }];
  }
  if (result.edits.length === 0) return [];
  const action: CodeAction = { title, kind: 'quickfix', edit: documentEdit(context.uri, context.version, result.edits, context.analysis.lines) };
  if (isPreferred) action.isPreferred = true;
  return [action];
}

/** A string from a finding's data, if it is one. */
export function dataString(finding: Finding, key: string): string | undefined {
  const value = finding.data?.[key];
  return typeof value === 'string' ? value : undefined;
}

/** `base`, or `base-2`, `base-3`, … whichever is not taken yet. */
export function uniqueId(base: string, taken: { has(id: string): boolean }): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** A readable placeholder text from an id: `pick-course` → "Pick course", or "Jane Doe" for names. */
export function textFromId(id: string, everyWord = false): string {
  const words = id.split('-').filter(Boolean);
  return words.map((w, i) => (i === 0 || everyWord ? w.charAt(0).toUpperCase() + w.slice(1) : w)).join(' ') || id;
}
