import type { CliFinding } from '../analyzeFiles';

/** A JSON array of findings with 1-based positions, in file order then text order. */
export function formatJson(findings: readonly CliFinding[]): string {
  const rows = findings.map((f) => ({
    file: f.file.path,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    severity: f.severity,
    code: f.code,
    message: f.message,
  }));
  return JSON.stringify(rows, null, 2) + '\n';
}
