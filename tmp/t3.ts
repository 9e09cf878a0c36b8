import { Lexer, Parser, Composer } from 'yaml';
import * as fs from 'fs';
const t = fs.readFileSync(process.argv[2], 'utf8');
for (let k=0;k<3;k++){
let a=performance.now(); let n=0; for (const tok of new Lexer().lex(t)) n++; console.log('lex', (performance.now()-a).toFixed(0), n);
a=performance.now(); n=0; const toks:any[]=[]; for (const tok of new Parser().parse(t)) toks.push(tok); console.log('cst', (performance.now()-a).toFixed(0));
a=performance.now(); const docs=[...new Composer().compose(toks)]; console.log('compose', (performance.now()-a).toFixed(0));
}
