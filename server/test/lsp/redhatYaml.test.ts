/**
 * A plan that `careerplan init` wrote, opened in Red Hat's YAML language server (the engine of
 * the YAML extensions of VS Code, Neovim, Emacs…) without this extension and without a network:
 * the relative modeline must load the schema written beside the plan, and the schema must
 * report a wrong value. Runs the yaml-language-server package over JSON-RPC.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCli } from '../cliRun';
import { TestClient } from './client';

const YAML_SERVER = join(dirname(createRequire(__filename).resolve('yaml-language-server/package.json')), 'bin', 'yaml-language-server');

describe('the schema beside a plan, in Red Hat\'s YAML language server', function () {
  this.timeout(60_000);
  let dir: string;
  let client: TestClient | undefined;
  before(() => (dir = realpathSync(mkdtempSync(join(tmpdir(), 'careerplan-redhat-')))));
  after(async () => {
    await client?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads through the relative modeline that init writes, and reports a wrong value', async () => {
    const made = runCli(['init', '--today', '2026-11-24', 'ada.careerplan.yaml'], { cwd: dir });
    assert.equal(made.status, 0, made.stderr);
    const path = join(dir, 'ada.careerplan.yaml');
    const text = readFileSync(path, 'utf8').replace(/^careerplan: 1$/m, 'careerplan: one');
    writeFileSync(path, text);
    const wrongLine = text.split('\n').indexOf('careerplan: one');

    client = await TestClient.start({
      serverArgs: [YAML_SERVER, '--stdio'],
      // No schema store, no downloads: only what the modeline names.
      settings: { yaml: { validate: true, hover: true, completion: true, schemaStore: { enable: false }, schemas: {} }, http: {} },
      workspaceFolders: [dir],
    });
    const uri = pathToFileURL(path).href;
    await client.open(uri, text, 'yaml');
    let diagnostics = (await client.waitForDiagnostics(uri)).diagnostics;
    // The first push can come before the schema is loaded.
    while (diagnostics.length === 0) diagnostics = (await client.nextDiagnostics(uri)).diagnostics;
    const messages = diagnostics.map((d) => `${d.range.start.line}: ${d.message}`);
    assert.ok(!messages.some((m) => /unable to load|problems loading/i.test(m)), messages.join('\n'));
    assert.ok(diagnostics.some((d) => d.range.start.line === wrongLine), `a finding on line ${wrongLine}: ${messages.join('\n')}`);
  });
});
