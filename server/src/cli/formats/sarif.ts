import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { RULE_CODES, type RuleCode, type Severity } from '../../core/codes';
import type { Locale } from '../../core/messages/catalog';
import { ruleDoc, ruleHelpMarkdown, ruleHelpText } from '../../core/ruleDocs';
import type { CliFinding } from '../analyzeFiles';
import type { PackageFiles } from '../packageFiles';
import { pathInRoot } from '../sourceRoot';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** Code scanning groups uploads by this category (the id up to its last slash). */
export const AUTOMATION_ID = 'careerplan/check/';
/** Versioned, so a change of how fingerprints are made never matches old alerts by accident. */
export const FINGERPRINT_KEY = 'careerplanItem/v1';

type SarifLevel = 'error' | 'warning' | 'note';
const LEVELS: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/**
 * Rule names for viewers: PascalCase of the code, except where that would equal the id but for
 * case (SARIF1001 wants a name that differs from the id).
 */
const NAME_OVERRIDES: Partial<Record<RuleCode, string>> = { schema: 'SchemaViolation', overdue: 'OverdueAction' };

export function ruleName(code: RuleCode): string {
  return NAME_OVERRIDES[code] ?? code.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
}

export interface SarifOptions {
  version: string;
  /** The language of the rules' descriptions and help (results carry the findings' own messages). */
  locale?: Locale;
  /** The folder result paths are relative to (%SRCROOT%): the git repository, else the working folder. */
  sourceRoot: string;
  docs: PackageFiles;
}

/**
 * A SARIF 2.1.0 log (GitHub code scanning and other viewers): one run with metadata for every
 * rule, results located relative to %SRCROOT%, and fingerprints from the rule and the item's
 * path in the plan, so an alert survives edits that only move it.
 */
export function formatSarif(findings: readonly CliFinding[], options: SarifOptions): string {
  const rules = RULE_CODES.map((code) => {
    const doc = ruleDoc(code, options.locale);
    return {
      id: code,
      name: ruleName(code),
      shortDescription: { text: doc.title },
      fullDescription: { text: doc.meaning },
      help: { text: ruleHelpText(code, options.locale), markdown: ruleHelpMarkdown(code, options.locale) },
      helpUri: options.docs.ruleHelpUri(code),
      defaultConfiguration: { level: LEVELS[doc.defaultSeverity] },
    };
  });
  const ruleIndex = new Map<string, number>(RULE_CODES.map((code, i) => [code, i]));
  const fingerprints = new FingerprintCounter();
  const results = findings.map((f) => ({
    ruleId: f.code,
    ruleIndex: ruleIndex.get(f.code),
    level: LEVELS[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(f, options.sourceRoot),
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprints.next(f) },
  }));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'careerplan', version: options.version, semanticVersion: options.version, informationUri: options.docs.readmeUri(), rules },
        },
        automationDetails: { id: AUTOMATION_ID },
        originalUriBaseIds: { '%SRCROOT%': { uri: folderUri(options.sourceRoot) } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/** Relative to %SRCROOT% when the plan is inside it; else its absolute file URI. */
function artifactLocation(f: CliFinding, root: string): { uri: string; uriBaseId?: string } {
  const path = pathInRoot(f.file, root);
  if (path === undefined) return { uri: pathToFileURL(f.file.absolute).href };
  return { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function folderUri(folder: string): string {
  const uri = pathToFileURL(folder).href;
  return uri.endsWith('/') ? uri : `${uri}/`;
}

/**
 * Fingerprints from the file, the code and the item path (no line numbers, no message text with
 * dates in it); the n-th finding with the same three gets n in its hash.
 */
class FingerprintCounter {
  private readonly seen = new Map<string, number>();

  next(f: CliFinding): string {
    const key = JSON.stringify([f.file.absolute, f.code, f.itemPath]);
    const occurrence = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, occurrence);
    return createHash('sha256').update(`${f.code}\u0000${JSON.stringify(f.itemPath)}\u0000${occurrence}`).digest('hex').slice(0, 32);
  }
}
