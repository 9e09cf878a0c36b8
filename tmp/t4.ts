import { PlanAnalyzer } from '../server/src/core/analyze';
import * as fs from 'fs';
const a = new PlanAnalyzer();
for (const f of process.argv.slice(2)) {
  const t0 = performance.now();
  const r = a.analyze(fs.readFileSync(f, 'utf8'), { today: '2026-11-24' });
  console.log(f, (performance.now() - t0).toFixed(0), 'ms');
  for (const x of r.findings.slice(0, 8)) console.log(' ', r.lines.positionAt(x.start).line + 1, x.severity, x.code, x.message);
}
