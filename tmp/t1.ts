import { ChunkedYamlParser } from '../server/src/core/yaml/chunkedParser';
import * as fs from 'fs';
const t = fs.readFileSync(process.argv[2], 'utf8');
const p = new ChunkedYamlParser();
for (let k = 0; k < 4; k++) { const t0 = performance.now(); const r = p.parse(k === 3 ? t.replace('Do thing 2500', 'Do thing 2500x') : (k===0? t : t + ' ')); console.log((performance.now() - t0).toFixed(1), 'ms', r.parsedChunks, r.problems.length); }
const fresh = new ChunkedYamlParser().parse(fs.readFileSync('/work/shared/examples/software-developer.careerplan.yaml','utf8'));
console.log(JSON.stringify(fresh.json).slice(0,300), fresh.problems);
