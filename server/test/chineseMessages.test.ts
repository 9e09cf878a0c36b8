/**
 * With locale zh every message is Chinese: the analysis of every fixture (schema and YAML syntax
 * errors included) must not put an English sentence in front of a Chinese user. Quoted text,
 * ids, keys, paths and values come from the file and do not count.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PlanAnalyzer } from '../src/core/analyze';
import { RULE_CODES } from '../src/core/codes';
import { ruleHelpMarkdown } from '../src/core/ruleDocs';
import { ENGLISH, withoutPlanText } from './englishText';

const TODAY = '2026-11-24';
const analyzer = new PlanAnalyzer();

function plans(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return plans(full);
    return /\.ya?ml$/.test(name) ? [full] : [];
  });
}

/** Texts that break YAML in the ways people break it, on top of the fixtures that already do. */
const BROKEN = [
  'careerplan: 1\nskills:\n  a: 1\n   b: 2\n',
  'careerplan: 1\ngoals: [a, b\n',
  'careerplan: 1\nplans:\n\tprimary: {}\n',
  'careerplan: 1\nowner: "unterminated\n',
  'careerplan: 1\nowner: x\nowner: y\n',
  'careerplan: 1\n---\nowner: x\n',
  'careerplan: 1\nskills: { a: 1, a: 2 }\n',
  'careerplan: 1\nowner: &a x\nresume: *b\n',
  'careerplan: 1\n- item\n',
  'careerplan: 1\nkey: value: other\n',
  'careerplan: 1\nowner: \'it\'s\'\n',
  'careerplan: 1\ngoals: {a: 1\n',
  '%YAML 9.9\n---\ncareerplan: 1\n',
  'careerplan: 1\nowner: @me\n',
  'careerplan: 1\nskills:\n  - a\n  b: 1\n',
  'careerplan: 1\n<<<<<<< HEAD\nowner: Ada\n=======\nowner: Grace\n>>>>>>> other\n',
];

describe('Chinese in every message', () => {
  const texts: Array<{ name: string; text: string }> = [
    ...plans(join('server', 'test', 'fixtures')).map((file) => ({ name: file, text: readFileSync(file, 'utf8') })),
    ...plans(join('server', 'test', 'lsp', 'fixtures')).map((file) => ({ name: file, text: readFileSync(file, 'utf8') })),
    ...['examples', 'insights'].flatMap((dir) => plans(join('..', 'shared', dir))).map((file) => ({ name: file, text: readFileSync(file, 'utf8') })),
    ...BROKEN.map((text, i) => ({ name: `broken #${i}`, text })),
  ];

  it('has plans with schema and syntax errors among the texts', () => {
    const codes = new Set(texts.flatMap(({ text }) => analyzer.analyze(text, { today: TODAY }).findings.map((f) => f.code)));
    for (const code of ['yaml-syntax', 'schema', 'merge-conflict'] as const) assert.ok(codes.has(code), code);
  });

  it('analyses every fixture with locale zh and finds no English sentence in any message', () => {
    const english: string[] = [];
    for (const { name, text } of texts) {
      for (const finding of analyzer.analyze(text, { today: TODAY, locale: 'zh-cn' }).findings) {
        const m = ENGLISH.exec(withoutPlanText(finding.message));
        if (m) english.push(`${name}: ${finding.code}: "${m[0]}" in ${finding.message}`);
      }
    }
    assert.deepEqual([...new Set(english)].slice(0, 40), []);
  });

  it('explains every rule in Chinese (hover on a code, SARIF rule help)', () => {
    for (const code of RULE_CODES) {
      const help = ruleHelpMarkdown(code, 'zh-cn');
      assert.equal(ENGLISH.exec(withoutPlanText(help))?.[0], undefined, `${code}: ${help}`);
      assert.notEqual(help, ruleHelpMarkdown(code, 'en'));
    }
  });
});

describe('YAML syntax messages', () => {
  const syntaxMessage = (text: string) => analyzer.analyze(text, { today: TODAY }).findings.find((f) => f.code === 'yaml-syntax')?.message;

  it('say in plain words what the yaml package found', () => {
    assert.equal(syntaxMessage('careerplan: 1\nowner: "Ada\n'), 'YAML syntax error: This text opens a " quote that is never closed: add the closing ".');
    assert.equal(syntaxMessage('careerplan: 1\nskills:\n  a: 1\n b: 2\n'), 'YAML syntax error: All keys of a map must start at the same column: line this key up with the keys above it.');
    assert.equal(syntaxMessage('careerplan: 1\nskills:\n  a: 1\n  b\n'), 'YAML syntax error: A key needs a colon after it, like "key: value".');
    assert.equal(syntaxMessage('careerplan: 1\nowner: @me\n'), 'YAML syntax error: A value cannot start with @ unless it is quoted: put the value in quotes.');
    assert.equal(syntaxMessage('careerplan: 1\nowner: *nobody\n'), 'YAML syntax error: The alias *nobody has no anchor &nobody before it.');
  });
});
