import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULE_DOCS } from '../core/ruleDocs';
import type { RuleCode } from '../core/codes';

/**
 * Files the package ships beside the command line's bundle (dist/): the README that documents every
 * rule and the format's JSON schema. There is no web site, so links point into the installed
 * package.
 */
export class PackageFiles {
  constructor(readonly root: string = resolve(__dirname, '..')) {}

  /** The README's `file:` URI, at a heading when one is given. */
  readmeUri(anchor?: string): string {
    return pathToFileURL(join(this.root, 'README.md')).href + (anchor ? `#${anchor}` : '');
  }

  /** Where the README explains a rule: its heading "`code` (severity)", as Markdown renderers anchor it. */
  ruleHelpUri(code: RuleCode): string {
    return this.readmeUri(`${code}-${RULE_DOCS[code].defaultSeverity}`);
  }

  schemaText(): string {
    return readFileSync(join(this.root, 'schemas', SCHEMA_FILE_NAME), 'utf8');
  }
}

/** The schema's file name in the package, and beside a plan that `init` writes. */
export const SCHEMA_FILE_NAME = 'careerplan.schema.json';
