import { strict as assert } from 'node:assert';
import { PlanAnalyzer, type Analysis, type Finding } from '../src/core/analyze';
import { editRefusal } from '../src/core/edits/safety';
import { ChunkedYamlParser } from '../src/core/yaml/chunkedParser';

const analyzer = new PlanAnalyzer();
const TODAY = '2026-11-24';

/** Analyses text that may be anything: it must not throw, and every finding must lie inside the text. */
function analyze(text: string): Analysis {
  const analysis = analyzer.analyze(text, { today: TODAY });
  assert.deepEqual(analysis.internalErrors, [], 'no rule or schema check failed');
  for (const f of analysis.findings) {
    assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `${f.code} [${f.start}, ${f.end}] lies inside a text of ${text.length}`);
    assert.ok(f.message.length > 0);
  }
  return analysis;
}

function ofCode(analysis: Analysis, code: string): Finding[] {
  return analysis.findings.filter((f) => f.code === code);
}

function textOf(analysis: Analysis, f: Finding): string {
  return analysis.text.slice(f.start, f.end);
}

/** Runs `work` and fails when it takes longer than `ms` (the analysis must stay interactive). */
function within<T>(ms: number, work: () => T): T {
  const started = performance.now();
  const result = work();
  const took = performance.now() - started;
  assert.ok(took < ms, `took ${Math.round(took)} ms (limit ${ms} ms)`);
  return result;
}

const PLAN = 'careerplan: 1\nowner: Ada\n';

describe('bad input', () => {
  describe('documents that are not a plan', () => {
    it('an empty file: one clear finding at the start', () => {
      const a = analyze('');
      assert.equal(a.findings.length, 1);
      assert.equal(a.findings[0].code, 'schema');
      assert.match(a.findings[0].message, /empty/);
      assert.deepEqual([a.findings[0].start, a.findings[0].end], [0, 0]);
    });

    it('a file of comments only reads as empty', () => {
      const a = analyze('# my plan\n\n   # to do\n');
      assert.deepEqual(a.findings.map((f) => f.code), ['schema']);
      assert.match(a.findings[0].message, /empty/);
    });

    it('a list at the top: one schema finding that says so', () => {
      const a = analyze('- careerplan: 1\n- owner: Ada\n');
      assert.equal(a.findings.length, 1);
      assert.equal(a.findings[0].code, 'schema');
      assert.match(a.findings[0].message, /a list/);
    });

    it('a scalar at the top: one syntax finding on it', () => {
      for (const text of ['hello\n', '42', '"just text"\n']) {
        const a = analyze(text);
        assert.equal(a.findings.length, 1, text);
        assert.ok(['yaml-syntax', 'schema'].includes(a.findings[0].code), text);
        assert.equal(textOf(a, a.findings[0]).trim(), text.trim(), text);
      }
    });

    it('several documents: the first is analysed, the second "---" gets one clear error', () => {
      const text = `${PLAN}skills:\n  writing: 3\n---\ncareerplan: 2\n---\nmore: 1\n`;
      const a = analyze(text);
      const syntax = ofCode(a, 'yaml-syntax');
      assert.equal(syntax.length, 1);
      assert.equal(textOf(a, syntax[0]), '---');
      assert.equal(syntax[0].start, text.indexOf('---'));
      assert.match(syntax[0].message, /one document/);
      assert.deepEqual(a.parsed.json, { careerplan: 1, owner: 'Ada', skills: { writing: 3 } });
      assert.equal(a.model.skills.length, 1);
    });

    it('a leading "---" is just the start of the one document', () => {
      const a = analyze(`---\n${PLAN}`);
      assert.deepEqual(ofCode(a, 'yaml-syntax'), []);
      assert.deepEqual(ofCode(a, 'schema'), []);
    });
  });

  describe('text encodings and line breaks', () => {
    it('tabs in indentation: a syntax error on each tab', () => {
      const text = `${PLAN}actions:\n\tpick:\n\t\tdo: x\n`;
      const a = analyze(text);
      const syntax = ofCode(a, 'yaml-syntax');
      assert.ok(syntax.length >= 1);
      for (const f of syntax) assert.match(textOf(a, f), /^\t+$/);
      assert.match(syntax[0].message, /[Tt]ab/);
    });

    it('CRLF line endings: ranges point at the same words, on the right lines', () => {
      const lf = `${PLAN}actions:\n  pick:\n    do: x\n    staus: todo\n    due: 2026-02-30\n`;
      const crlf = lf.replace(/\n/g, '\r\n');
      const a = analyze(crlf);
      const schema = ofCode(a, 'schema');
      assert.deepEqual(schema.map((f) => textOf(a, f)), ['staus', '2026-02-30']);
      assert.deepEqual(a.lines.rangeOf(schema[0]), { start: { line: 5, character: 4 }, end: { line: 5, character: 9 } });
      assert.deepEqual(a.lines.rangeOf(schema[1]), { start: { line: 6, character: 9 }, end: { line: 6, character: 19 } });
      const plain = analyze(lf);
      assert.deepEqual(ofCode(plain, 'schema').map((f) => plain.lines.rangeOf(f)), schema.map((f) => a.lines.rangeOf(f)));
    });

    it('a byte order mark: no finding because of it, and ranges still point at their words', () => {
      const a = analyze(`\ufeff${PLAN}staus: x\n`);
      const schema = ofCode(a, 'schema');
      assert.equal(schema.length, 1);
      assert.equal(textOf(a, schema[0]), 'staus');
      assert.deepEqual(ofCode(a, 'yaml-syntax'), []);
    });

    it('a 10 MB single line is analysed quickly, plain, tagged, in a block scalar or with escapes', function () {
      this.timeout(60000);
      const huge = 'x'.repeat(10_000_000);
      for (const value of [huge, `!!str ${huge}`, `|\n    ${huge}`, `"${'x\\t'.repeat(3_000_000)}"`]) {
        const text = `${PLAN}current:\n  role: ${value}\n`;
        const a = within(8000, () => analyze(text));
        assert.deepEqual(ofCode(a, 'yaml-syntax'), []);
        assert.deepEqual(ofCode(a, 'schema'), []);
      }
    });

    it('a 10 MB line of garbage gets one syntax error inside the text', function () {
      this.timeout(30000);
      const a = within(8000, () => analyze('x'.repeat(10_000_000)));
      assert.equal(a.findings.length, 1);
      assert.equal(a.findings[0].code, 'yaml-syntax');
    });
  });

  describe('resource attacks', () => {
    /** The classic "billion laughs": nine levels of nine aliases each. */
    function laughs(levels: number, width: number, indent = ''): string {
      let text = `${indent}x-lol0: &lol0 [lol${', lol'.repeat(width - 1)}]\n`;
      for (let i = 1; i < levels; i++) text += `${indent}x-lol${i}: &lol${i} [${Array(width).fill(`*lol${i - 1}`).join(', ')}]\n`;
      return text;
    }

    it('an alias bomb at the top level finishes fast with one clear error', () => {
      const a = within(2000, () => analyze(PLAN + laughs(10, 10)));
      const syntax = ofCode(a, 'yaml-syntax');
      assert.equal(syntax.length, 1);
      assert.match(syntax[0].message, /alias/);
      assert.match(textOf(a, syntax[0]), /^\*lol\d$/);
    });

    it('an alias bomb inside an entry, and one that is deep rather than wide', () => {
      for (const text of [`${PLAN}actions:\n  a:\n    do: x\n${laughs(10, 10, '    ')}`, PLAN + laughs(40, 2)]) {
        const a = within(2000, () => analyze(text));
        assert.equal(ofCode(a, 'yaml-syntax').length, 1);
        assert.match(ofCode(a, 'yaml-syntax')[0].message, /alias/);
      }
    });

    it('a few honest aliases are fine, also across sections', () => {
      const a = analyze(`${PLAN}x-common: &common [writing]\nactions:\n  a: { do: x, due: 2026-12-01, develops: *common }\nskills:\n  writing: 2\n`);
      assert.deepEqual(ofCode(a, 'yaml-syntax'), []);
      assert.deepEqual(ofCode(a, 'schema'), []);
      assert.deepEqual(a.parsed.json, { careerplan: 1, owner: 'Ada', 'x-common': ['writing'], actions: { a: { do: 'x', due: '2026-12-01', develops: ['writing'] } }, skills: { writing: 2 } });
    });

    it('an alias with no anchor, and one inside its own anchor, are syntax errors on the alias', () => {
      for (const [text, alias] of [[`${PLAN}x-a: *nowhere\n`, '*nowhere'], [`${PLAN}x-a: &me [1, *me]\n`, '*me']]) {
        const a = analyze(text);
        const syntax = ofCode(a, 'yaml-syntax');
        assert.equal(syntax.length, 1, text);
        assert.equal(textOf(a, syntax[0]), alias);
      }
    });

    it('nesting 10,000 levels deep never overflows the stack', function () {
      this.timeout(30000);
      const deep = 10_000;
      const texts = [
        `${PLAN}x-a: ${'['.repeat(deep)}${']'.repeat(deep)}\n`,
        `${PLAN}x-a: ${'{a: '.repeat(deep)}1${'}'.repeat(deep)}\n`,
        `${PLAN}x-a: ${'['.repeat(deep)}\n`,
        `${PLAN}resources:\n  ${'- '.repeat(deep)}x\n`,
        '['.repeat(deep),
        `${PLAN}x-a:\n${Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i + 1)}a:`).join('\n')}\n`,
      ];
      for (const text of texts) {
        const a = within(5000, () => analyze(text));
        const syntax = ofCode(a, 'yaml-syntax');
        assert.equal(syntax.length, 1, text.slice(0, 40));
        assert.match(syntax[0].message, /nested/);
      }
    });

    it('the parser never throws, even when the yaml package would', () => {
      const parser = new ChunkedYamlParser();
      for (const text of ['\u0000\u0001', '\ud800', `${PLAN}x: !!binary ~~~\n`, `${PLAN}x: !<tag:yaml.org,2002:int> abc\n`, '%YAML 9.9\n---\na: 1\n', '? [a\n: b\n']) {
        assert.doesNotThrow(() => parser.parse(text));
        analyze(text);
      }
    });
  });

  describe('duplicate keys', () => {
    it('are reported, the rest of the plan is still checked with the last occurrence, and edits stay refused', () => {
      const text = `${PLAN}actions:\n  pick:\n    do: x\n    due: 2027-01-31\n    due: 2026-10-01\n`;
      const a = analyze(text);
      assert.equal(ofCode(a, 'yaml-syntax').length, 1);
      assert.deepEqual(ofCode(a, 'overdue').map((f) => textOf(a, f)), ['2026-10-01']);
      assert.equal(a.model.actionById.get('pick')?.due?.text, '2026-10-01');
      assert.deepEqual(editRefusal(a), { ok: false, reason: 'edit.refused-syntax' });
    });

    it('beside a real syntax error, only syntax errors are reported', () => {
      const a = analyze(`${PLAN}owner: x\nowner: y\nactions:\n  pick: { do: x, due: 2026-10-01\n`);
      assert.ok(a.findings.length >= 2);
      assert.deepEqual(new Set(a.findings.map((f) => f.code)), new Set(['yaml-syntax']));
    });

    const repeated: Array<[where: string, text: string, key: string]> = [
      ['at the top level, across sections', `${PLAN}skills:\n  a: 1\nskills:\n  b: 2\n`, 'skills'],
      ['inside a section, across entries', `${PLAN}actions:\n  pick:\n    do: x\n  other:\n    do: y\n  pick:\n    do: z\n`, 'pick'],
      ['inside an entry', `${PLAN}actions:\n  pick:\n    do: x\n    due: 2026-12-01\n    do: y\n`, 'do'],
    ];
    for (const [where, text, key] of repeated) {
      it(`${where}: one error, on the later key, naming it`, () => {
        const a = analyze(text);
        const syntax = ofCode(a, 'yaml-syntax');
        assert.equal(syntax.length, 1);
        assert.equal(syntax[0].start, text.lastIndexOf(key));
        assert.equal(textOf(a, syntax[0]), key);
        assert.match(syntax[0].message, new RegExp(`"${key}" appears twice`));
      });
    }

    it('inside a flow map, and keys that differ only in how they are written', () => {
      for (const text of [`${PLAN}actions:\n  pick: { do: x, do: y }\n`, `${PLAN}actions:\n  pick:\n    do: x\n    "do": y\n`]) {
        const a = analyze(text);
        assert.equal(ofCode(a, 'yaml-syntax').length, 1, text);
      }
    });
  });

  describe('merge conflicts', () => {
    const ours = `${PLAN}<<<<<<< HEAD\nactions:\n  ours-action: { do: mine, due: 2027-01-01 }\n=======\nactions:\n  theirs-action: { do: theirs\n>>>>>>> feature\nskills:\n  writing: 2\n`;

    it('one finding per block, on the block, and no cascade from the markers', () => {
      const a = analyze(ours);
      const conflicts = ofCode(a, 'merge-conflict');
      assert.equal(conflicts.length, 1);
      assert.equal(conflicts[0].start, ours.indexOf('<<<<<<<'));
      assert.equal(conflicts[0].end, ours.indexOf('>>>>>>> feature') + '>>>>>>> feature'.length);
      assert.deepEqual(ofCode(a, 'yaml-syntax'), []);
      assert.deepEqual(ofCode(a, 'schema'), []);
    });

    it('the "ours" side is what is analysed', () => {
      const a = analyze(ours);
      assert.deepEqual(Object.keys((a.parsed.json as { actions: object }).actions), ['ours-action']);
      assert.deepEqual(a.model.actions.map((x) => x.id), ['ours-action']);
    });

    it('two blocks give two findings', () => {
      const text = `${PLAN}<<<<<<< HEAD\nx-a: 1\n=======\nx-a: 2\n>>>>>>> b\nx-mid: 0\n<<<<<<< HEAD\nx-b: 1\n=======\nx-b: 2\n>>>>>>> b\n`;
      const a = analyze(text);
      assert.equal(ofCode(a, 'merge-conflict').length, 2);
      assert.deepEqual(a.parsed.json, { careerplan: 1, owner: 'Ada', 'x-a': 1, 'x-mid': 0, 'x-b': 1 });
    });

    it('an unterminated block runs to the end of the file', () => {
      const text = `${PLAN}<<<<<<< HEAD\nx-a: 1\n=======\nx-a: [2\n`;
      const a = analyze(text);
      const conflicts = ofCode(a, 'merge-conflict');
      assert.equal(conflicts.length, 1);
      assert.deepEqual([conflicts[0].start, conflicts[0].end], [text.indexOf('<<<<<<<'), text.length]);
      assert.deepEqual(ofCode(a, 'yaml-syntax'), []);
      assert.equal((a.parsed.json as Record<string, unknown>)['x-a'], 1);
    });

    it('diff3 style, with the base between ||||||| and =======', () => {
      const text = `${PLAN}<<<<<<< ours\nx-a: 1\n||||||| base\nx-a: 0\n=======\nx-a: 2\n>>>>>>> theirs\n`;
      const a = analyze(text);
      assert.equal(ofCode(a, 'merge-conflict').length, 1);
      assert.deepEqual(ofCode(a, 'yaml-syntax'), []);
      assert.equal((a.parsed.json as Record<string, unknown>)['x-a'], 1);
    });

    it('a marker left over after a hand-made resolution is a conflict finding, not a syntax error', () => {
      const text = `${PLAN}x-a: 1\n>>>>>>> feature\n`;
      const a = analyze(text);
      assert.deepEqual(a.findings.filter((f) => f.code === 'merge-conflict' || f.code === 'yaml-syntax').map((f) => [f.code, textOf(a, f)]), [['merge-conflict', '>>>>>>> feature']]);
    });

    it('CRLF conflict blocks', () => {
      const a = analyze(ours.replace(/\n/g, '\r\n'));
      assert.equal(ofCode(a, 'merge-conflict').length, 1);
      assert.deepEqual(ofCode(a, 'yaml-syntax'), []);
    });
  });

  describe('half-typed and odd YAML', () => {
    it('a key being typed: one syntax error on it', () => {
      const text = 'actions:\n  foo:\n    do: x\n    sta';
      const a = analyze(text);
      const syntax = ofCode(a, 'yaml-syntax');
      assert.equal(syntax.length, 1);
      assert.equal(textOf(a, syntax[0]), 'sta');
    });

    it('an unclosed quote is reported where it opens', () => {
      const text = `${PLAN}actions:\n  a:\n    do: "unclosed\n    due: 2026-01-01\n  b: { do: y }\n`;
      const a = analyze(text);
      const syntax = ofCode(a, 'yaml-syntax');
      assert.equal(syntax.length, 1);
      assert.equal(syntax[0].start, text.indexOf('"unclosed'));
      assert.match(syntax[0].message, /quote/);
    });

    it('a line with only ":" is a finding on the colon', () => {
      const text = `${PLAN}:\n`;
      const a = analyze(text);
      const findings = a.findings.filter((f) => f.code === 'schema' || f.code === 'yaml-syntax');
      assert.equal(findings.length, 1);
      assert.equal(textOf(a, findings[0]), ':');
    });

    it('a key that is a number is an unknown key, on the key', () => {
      const text = `${PLAN}2026: x\n`;
      const a = analyze(text);
      const schema = ofCode(a, 'schema');
      assert.equal(schema.length, 1);
      assert.equal(textOf(a, schema[0]), '2026');
      assert.match(schema[0].message, /Unknown key "2026"/);
    });

    it('a skill id that is a number is a valid id; a reference written as a number is told to be quoted', () => {
      const a = analyze(`${PLAN}skills:\n  2026: 3\n`);
      assert.deepEqual(ofCode(a, 'schema'), []);
      assert.deepEqual(a.model.skills.map((s) => s.id), ['2026']);
      const b = analyze(`${PLAN}skills:\n  2026: 3\nactions:\n  a: { do: x, due: 2027-01-01, develops: [2026] }\n`);
      const schema = ofCode(b, 'schema');
      assert.equal(schema.length, 1);
      assert.equal(textOf(b, schema[0]), '2026');
      assert.match(schema[0].message, /in quotes/);
    });

    it('a complex key and an empty key never confuse the analysis', () => {
      for (const text of [`${PLAN}? [a, b]\n: x\n`, `${PLAN}actions:\n  ? { a: 1 }\n  : x\n`, `${PLAN}~: x\n`, `${PLAN}null: x\n`]) analyze(text);
    });
  });
});
