/**
 * The configuration snippets of docs/editors.md, taken from the page itself so that what the
 * editor tests run is exactly what users copy; and a `careerplan-language-server` on the PATH,
 * as an installed package provides it.
 */
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVER_PATH } from './client';

/** The fenced block of a language whose first line starts with `firstLine`. */
export function editorSnippet(language: string, firstLine: string): string {
  const page = readFileSync(join('docs', 'editors.md'), 'utf8');
  const blocks = [...page.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].filter(([, lang, body]) => lang === language && body.startsWith(firstLine));
  if (blocks.length !== 1) throw new Error(`docs/editors.md has ${blocks.length} \`\`\`${language} blocks starting with "${firstLine}"`);
  return blocks[0][2];
}

/** Writes an executable `careerplan-language-server` into `dir` that runs the built server; put `dir` on the PATH. */
export function installServerCommand(dir: string): void {
  const bin = join(dir, 'careerplan-language-server');
  writeFileSync(bin, `#!/bin/sh\nexec "${process.execPath}" "${SERVER_PATH}" "$@"\n`);
  chmodSync(bin, 0o755);
}
