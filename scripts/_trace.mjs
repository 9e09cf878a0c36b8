import { LspSession } from './bench/lspDriver.mjs';
import { generatePlan } from './genplan.mjs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path'; import { tmpdir } from 'node:os'; import { pathToFileURL } from 'node:url';
const text = generatePlan({ lines: 50000, seed: 1 });
const ws = mkdtempSync(join(tmpdir(), 'tr-')); const file = join(ws, 'p.careerplan.yaml'); writeFileSync(file, text);
const uri = pathToFileURL(file).href;
process.env.TRACE_T = '1';
const s = await LspSession.start({ name: 'ours', command: process.execPath, args: ['dist/server.js', '--stdio'], languageId: 'careerplan', cwd: process.cwd(), workspaceUri: pathToFileURL(ws).href, settings: { careerplan: { today: '2026-11-24' } }, timeoutMs: 60000 });
const t0 = performance.now();
s.process.stderr.on('data', (d) => process.stdout.write('SRV ' + d));
await s.open(uri, 'careerplan', 1, text);
await s.nextDiagnostics(uri, { afterSeq: 0 });
await s.quiet(1000);
const at = text.indexOf('\nactions:\n') + 10; // first line of actions
let v = 1;
for (let i = 0; i < 4; i++) {
  v++;
  const after = s.lastSeq;
  console.log('BENCH send change', v, performance.now().toFixed(1));
  void s.change(uri, v, { start: { line: 100, character: 0 }, end: { line: 100, character: 0 } }, '#');
  const c0 = performance.now();
  await s.completion(uri, { line: 100, character: 1 });
  console.log('BENCH completion answered', (performance.now() - c0).toFixed(1));
  await s.nextDiagnostics(uri, { afterSeq: after, version: v });
  console.log('BENCH diagnostics', performance.now().toFixed(1));
}
await s.close();
