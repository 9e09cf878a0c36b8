import type { CodeAction, CodeActionParams, Diagnostic } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import type { Finding } from '../../core/analyze';
import { quickFixes, type FixContext } from '../../core/fixes';
import { unambiguousFixes } from '../../core/fixes/fixAll';
import { documentEdit } from '../../core/edits/workspaceEdit';
import { FIX_ALL_KIND } from '../protocol';
import { createMessageFormatter } from '../../core/messages/catalog';
import type { AnalyzedDocument } from '../documents';
import { DIAGNOSTIC_SOURCE, toDiagnostic } from '../diagnosticLists';

const QUICKFIX = 'quickfix';

/** True when `only` (the kinds the client asks for) admits quick fixes; `''` admits every kind. */
export function wantsQuickFixes(only: string[] | undefined): boolean {
  return !only || only.some((kind) => kind === '' || kind === QUICKFIX || QUICKFIX.startsWith(`${kind}.`));
}

/** True when the client asks for source actions that include ours (`source`, `source.fixAll`, on save). */
export function wantsFixAll(only: string[] | undefined): boolean {
  return !!only && only.some((kind) => kind !== '' && (kind === FIX_ALL_KIND || FIX_ALL_KIND.startsWith(`${kind}.`)));
}

/** `source.fixAll.careerplan`: every unambiguous fix of the document as one edit. */
function fixAllAction(doc: AnalyzedDocument, format: FixContext['format']): CodeAction[] {
  const context: FixContext = { analysis: doc.analysis, uri: doc.uri, version: doc.version, today: doc.today, format };
  const fixes = unambiguousFixes(context);
  if (fixes.length === 0) return [];
  const edit = documentEdit(doc.uri, doc.version, fixes.flatMap((f) => f.edits), doc.analysis.lines);
  return [{ title: format('fix.all', { count: fixes.length }), kind: FIX_ALL_KIND, edit }];
}

/** The finding a diagnostic of the client was made from: same code, same range, in this version. */
function findingOf(doc: AnalyzedDocument, diagnostic: Diagnostic): Finding | undefined {
  if (diagnostic.source !== undefined && diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const { findings, lines } = doc.analysis;
  const start = lines.offsetAt(diagnostic.range.start);
  const end = lines.offsetAt(diagnostic.range.end);
  // Findings are sorted by start: find the first one at `start`.
  let low = 0;
  let high = findings.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (findings[mid].start < start) low = mid + 1;
    else high = mid;
  }
  for (let i = low; i < findings.length && findings[i].start === start; i++) {
    if (findings[i].end === end && findings[i].code === diagnostic.code) return findings[i];
  }
  return undefined;
}

/**
 * Quick fixes for the diagnostics the client sends (matched to the findings of the current
 * analysis, so a stale diagnostic gets none); a client that sends no diagnostics gets the fixes
 * of the findings under the requested range. Nothing while the file has syntax errors.
 */
export function provideCodeActions(doc: AnalyzedDocument, params: CodeActionParams, format: FixContext['format'], disabledSupport = false): CodeAction[] {
  const { analysis } = doc;
  if (analysis.hasSyntaxErrors || analysis.parsed.conflicts.length) return [];
  const fixAll = wantsFixAll(params.context.only) ? fixAllAction(doc, format) : [];
  if (!wantsQuickFixes(params.context.only)) return fixAll;
  const context: FixContext = { analysis, uri: doc.uri, version: doc.version, today: doc.today, format, disabledSupport };
  const targets: Array<[Finding, Diagnostic]> = [];
  if (params.context.diagnostics.length) {
    for (const diagnostic of params.context.diagnostics) {
      const finding = findingOf(doc, diagnostic);
      if (finding) targets.push([finding, diagnostic]);
    }
  } else {
    const start = analysis.lines.offsetAt(params.range.start);
    const end = analysis.lines.offsetAt(params.range.end);
    for (const finding of analysis.findings) {
      if (finding.start > end) break;
      if (finding.end >= start) targets.push([finding, toDiagnostic(doc.analysis, finding)]);
    }
  }
  const actions: CodeAction[] = [];
  const seen = new Set<string>();
  for (const [finding, diagnostic] of targets) {
    for (const action of quickFixes(context, finding)) {
      // Two findings of one code on one line offer the same suppression: show it once.
      const key = JSON.stringify([action.title, action.edit, action.command]);
      if (seen.has(key)) continue;
      seen.add(key);
      actions.push({ ...action, diagnostics: [diagnostic] });
    }
  }
  return [...actions, ...fixAll];
}

export function register(ctx: ServerContext): void {
  ctx.connection.onCodeAction(
    ctx.runner.request('textDocument/codeAction', () => [], (params: CodeActionParams) => {
      // Our fixes are edits: a client that only takes commands (LSP before 3.8) gets none.
      if (!ctx.client.textDocument?.codeAction?.codeActionLiteralSupport) return [];
      const doc = ctx.store.get(params.textDocument.uri);
      const disabledSupport = Boolean(ctx.client.textDocument?.codeAction?.disabledSupport);
      return doc ? provideCodeActions(doc, params, createMessageFormatter(ctx.settings.current.locale), disabledSupport) : [];
    }),
  );
}
