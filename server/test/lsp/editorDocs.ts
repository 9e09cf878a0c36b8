/**
 * The configuration snippets of docs/editors.md, taken from the page itself so that what the
 * editor tests run is exactly what users copy; a `careerplan-language-server` on the PATH, as an
 * installed package provides it; and the scratch folder an editor runs in.
 */
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { SERVER_PATH } from './client';
import { TODAY } from './suite';

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

/** A scratch folder for one editor run, and what the run needs from it. */
export interface EditorRun {
  dir: string;
  /** The documented configuration snippet, written to a file. */
  config: string;
  /** A copy of the example plan, as ada.careerplan.yaml. */
  plan: string;
  /** The caller's environment with the server command first on the PATH and TODAY as today. */
  env: NodeJS.ProcessEnv;
}

/**
 * Call inside `describe`: returns what makes the folder of an editor run (the snippet saved as
 * `configName`, the server command and the example plan), each removed after its test.
 */
export function editorRuns(editor: string): (configName: string, snippet: string) => EditorRun {
  const made: string[] = [];
  afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  return (configName, snippet) => {
    const dir = mkdtempSync(join(tmpdir(), `careerplan-${editor}-`));
    made.push(dir);
    installServerCommand(dir);
    const config = join(dir, configName);
    writeFileSync(config, snippet);
    const plan = join(dir, 'ada.careerplan.yaml');
    copyFileSync(join('server', 'test', 'lsp', 'fixtures', 'software-developer.careerplan.yaml'), plan);
    return { dir, config, plan, env: { ...process.env, PATH: `${dir}${delimiter}${process.env.PATH}`, CAREERPLAN_TODAY: TODAY } };
  };
}
