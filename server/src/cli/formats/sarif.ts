import { relative, sep } from 'node:path';
import { RULE_CODES, type Severity } from '../../core/codes';
import { RULE_DOCS, ruleHelpMarkdown, ruleHelpText } from '../../core/ruleDocs';
import type { CliFinding } from '../analyzeFiles';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const INFORMATION_URI = 'https://careerplan.dev';

type SarifLevel = 'error' | 'warning' | 'note';
const LEVELS: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/**
 * A SARIF 2.1.0 log (GitHub code scanning and other viewers): one run with metadata for every
 * rule, and results whose locations are URIs relative to the working folder.
 */
export function formatSarif(findings: readonly CliFinding[], options: { version: string; cwd: string }): string {
  const rules = RULE_CODES.map((code) => {
    const doc = RULE_DOCS[code];
    return {
      id: code,
      name: code.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
      shortDescription: { text: doc.title },
      fullDescription: { text: doc.meaning },
      help: { text: ruleHelpText(code), markdown: ruleHelpMarkdown(code) },
      defaultConfiguration: { level: LEVELS[doc.defaultSeverity] },
    };
  });
  const ruleIndex = new Map<string, number>(RULE_CODES.map((code, i) => [code, i]));
  const results = findings.map((f) => ({
    ruleId: f.code,
    ruleIndex: ruleIndex.get(f.code),
    level: LEVELS[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toUri(relative(options.cwd, f.file.absolute)) },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
        },
      },
    ],
  }));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'careerplan', version: options.version, semanticVersion: options.version, informationUri: INFORMATION_URI, rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/** A relative URI reference: forward slashes, each segment percent-encoded. */
function toUri(path: string): string {
  return path.split(sep).map(encodeURIComponent).join('/');
}
