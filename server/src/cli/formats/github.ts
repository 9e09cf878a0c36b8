import type { Severity } from '../../core/codes';
import type { CliFinding } from '../analyzeFiles';
import { pathInRoot } from '../sourceRoot';

const COMMANDS: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/**
 * GitHub Actions workflow commands, one annotation per finding:
 * `::warning file=F,line=L,col=C,endLine=L,endColumn=C,title=CODE::message`. The file is
 * relative to the repository root (what GitHub maps to the diff); every value is escaped so
 * no text from a plan can end the command or start another.
 */
export function formatGithub(findings: readonly CliFinding[], sourceRoot: string): string {
  return findings
    .map((f) => {
      const file = pathInRoot(f.file, sourceRoot) ?? f.file.path;
      const properties = [
        ['file', file],
        ['line', f.line],
        ['col', f.column],
        ['endLine', f.endLine],
        ['endColumn', f.endColumn],
        ['title', f.code],
      ]
        .map(([name, value]) => `${name}=${escapeProperty(String(value))}`)
        .join(',');
      return `::${COMMANDS[f.severity]} ${properties}::${escapeData(f.message)}\n`;
    })
    .join('');
}

/** The message part: GitHub's runner decodes %25, %0D and %0A. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: as data, and also `:` and `,`, which would end the value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
