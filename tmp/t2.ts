import { parseDocument } from 'yaml';
import { layoutChunks } from '../server/src/core/yaml/chunks';
import * as fs from 'fs';
const t = fs.readFileSync(process.argv[2], 'utf8');
for (let k=0;k<3;k++){
let t0 = performance.now(); const l = layoutChunks(t); const spans: [number,number][] = [];
for (const c of l.chunks) { if (c.entries) { spans.push([c.start, c.entries[0].start]); for (const e of c.entries) spans.push([e.start,e.end]); } else spans.push([c.start,c.end]); }
let t1 = performance.now();
for (const opts of [{prettyErrors:false, strict:true}, {prettyErrors:false}, {}]) { const a=performance.now(); for (const [s,e] of spans) parseDocument(t.slice(s,e), opts as any); console.log(JSON.stringify(opts), (performance.now()-a).toFixed(0)); }
console.log('layout', (t1-t0).toFixed(1), spans.length);
}
