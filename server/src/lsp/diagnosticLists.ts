import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import type { Analysis, Finding } from '../core/analyze';
import type { Severity } from '../core/codes';
import { changedRun } from '../core/model/listChange';
import type { LineIndex } from '../core/text/lineIndex';

export const DIAGNOSTIC_SOURCE = 'careerplan';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * A finding as the client sees it. Its `data` (the facts its quick fixes use) stays on the server:
 * code actions find the finding again by code and range in the current analysis (codeActions.ts),
 * so a push of a 50,000-line plan's findings is a quarter smaller without it.
 */
export function toDiagnostic(analysis: Pick<Analysis, 'lines'>, finding: Finding): Diagnostic {
  const diagnostic: Diagnostic = {
    range: analysis.lines.rangeOf(finding),
    severity: SEVERITY[finding.severity],
    code: finding.code,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  };
  if (finding.code === 'unused-suppression') diagnostic.tags = [DiagnosticTag.Unnecessary];
  return diagnostic;
}

/** A document's last pushed diagnostics and what they were made from. */
interface Pushed {
  stamp: object | undefined;
  findings: readonly Finding[];
  diagnostics: Diagnostic[];
  lines: LineIndex;
  length: number;
}

/**
 * The diagnostics pushed per document, each list equal to `toDiagnostic` of every finding. An
 * edit leaves the findings before it where they were and moves those after it by as many
 * characters and lines as it added: their diagnostics are the ones pushed before (or those moved
 * by whole lines), so a keystroke converts only the findings around it, and the encoder, which
 * keeps each diagnostic's bytes (messageJson.ts), serializes only what changed.
 */
export class DiagnosticLists {
  private readonly pushed = new Map<string, Pushed>();

  next(uri: string, analysis: Analysis): Diagnostic[] {
    const before = this.pushed.get(uri);
    const { parsed, lines, findings } = analysis;
    const length = parsed.length ?? analysis.source.length;
    // The edit is known when this parse counted its changes from the text of the one pushed last.
    const changed = before?.stamp !== undefined && parsed.changed?.since === before.stamp ? parsed.changed : undefined;
    const diagnostics = before && changed
      ? moved(before, analysis, length, changed)
      : reused(before?.diagnostics ?? [], findings.map((f) => toDiagnostic(analysis, f)));
    this.pushed.set(uri, { stamp: parsed.stamp, findings, diagnostics, lines, length });
    return diagnostics;
  }

  forget(uri: string): void {
    this.pushed.delete(uri);
  }
}

/**
 * The diagnostics after an edit that changed [start, end) of the new text. Line starts before
 * `start` are those of the old text, and line starts after `end` are the old ones moved (see
 * LineIndex.afterEdit); a finding on lines wholly before the first or after the last changed one
 * is where it was, counted in lines.
 */
function moved(before: Pushed, analysis: Analysis, length: number, changed: { start: number; end: number }): Diagnostic[] {
  const { findings, lines } = analysis;
  const old = before.findings;
  const delta = length - before.length;
  const out = new Array<Diagnostic>(findings.length);
  // Offsets below the start of the line that holds start − 1 have the same positions in both texts.
  const keepBelow = changed.start > 0 ? lines.lineStart(lines.positionAt(changed.start - 1).line) : 0;
  let head = 0;
  while (head < findings.length && head < old.length && findings[head].end < keepBelow && sameFinding(findings[head], old[head], 0)) {
    out[head] = before.diagnostics[head];
    head++;
  }
  // Offsets from the first line start after `end` have the positions they had, some lines further.
  const firstLine = lines.positionAt(changed.end).line + 1;
  let tail = 0;
  if (firstLine < lines.lineCount) {
    const moveFrom = lines.lineStart(firstLine);
    const lineShift = firstLine - before.lines.positionAt(moveFrom - delta).line;
    while (tail < findings.length - head && tail < old.length - head) {
      const f = findings[findings.length - 1 - tail];
      const g = old[old.length - 1 - tail];
      if (f.start < moveFrom || !sameFinding(f, g, delta)) break;
      const d = before.diagnostics[old.length - 1 - tail];
      out[findings.length - 1 - tail] = lineShift === 0 ? d : shiftLines(d, lineShift);
      tail++;
    }
  }
  for (let i = head; i < findings.length - tail; i++) out[i] = toDiagnostic(analysis, findings[i]);
  return out;
}

function sameFinding(f: Finding, g: Finding, delta: number): boolean {
  return f.start === g.start + delta && f.end === g.end + delta && f.code === g.code && f.severity === g.severity && f.message === g.message;
}

function shiftLines(d: Diagnostic, lines: number): Diagnostic {
  const { start, end } = d.range;
  return { ...d, range: { start: { line: start.line + lines, character: start.character }, end: { line: end.line + lines, character: end.character } } };
}

/** `next` with each diagnostic that says what one pushed before said replaced by that object (compared from both ends). */
function reused(before: Diagnostic[], next: Diagnostic[]): Diagnostic[] {
  const change = changedRun(before, next, sameDiagnostic);
  for (let i = 0; i < change.start; i++) next[i] = before[i];
  for (let i = change.newEnd; i < next.length; i++) next[i] = before[i - change.newEnd + change.oldEnd];
  return next;
}

/** Whether two lists say the same, item by item (identical objects first, as `next` reuses them). */
export function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !sameDiagnostic(a[i], b[i])) return false;
  return true;
}

/** Whether two diagnostics toDiagnostic made say the same. */
function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  const r = a.range;
  const q = b.range;
  return (
    r.start.line === q.start.line && r.start.character === q.start.character && r.end.line === q.end.line && r.end.character === q.end.character &&
    a.code === b.code && a.message === b.message && a.severity === b.severity && a.source === b.source &&
    a.tags?.length === b.tags?.length
  );
}
