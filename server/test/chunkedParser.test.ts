import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml, parseDocument } from 'yaml';
import { ChunkedYamlParser, unchangedEnds, type ParsedYaml } from '../src/core/yaml/chunkedParser';
import { layoutAfterEdit, layoutChunks } from '../src/core/yaml/chunks';
import { convertDocument } from '../src/core/yaml/convert';
import { keyString, type YNode } from '../src/core/yaml/tree';

type GeneratePlan = (options: { lines?: number; seed?: number; lang?: 'en' | 'zh' }) => string;
type Rng = (seed: number) => () => number;

const sharedExamples = path.join(process.cwd(), '..', 'shared', 'examples');

/** Documents that exercise every way a plan's text can be laid out. */
const TRICKY: Record<string, string> = {
  'comments between entries': 'careerplan: 1\nactions:\n  a:\n    do: x\n  # between\n\n  b:\n    do: y # trailing\n    # inside\n    due: 2026-01-01\n',
  'comment lines at column 0 inside a section': 'careerplan: 1\nactions:\n# column 0\n  a:\n    do: x\n# again\n    due: 2026-01-01\n# and again\n  b: { do: y }\n',
  'block scalars inside entries': 'careerplan: 1\nactions:\n  a:\n    do: |\n      line one\n\n      line three\n    due: 2026-01-01\n  b:\n    do: >-\n      folded\n      text\n  c:\n    do: |+\n      kept\n\n\n  d: { do: z }\n',
  'block scalar at the top level': 'careerplan: 1\nowner: |\n  Ada\n\n  Lovelace\nx-notes: >\n  one\n  two\n',
  'flow collections spanning lines': 'careerplan: 1\ncurrent:\n  values: [autonomy,\n    craft,\n    learning]\nactions:\n  a: { do: x,\n    due: 2026-01-01,\n    after: [b,\n      c] }\n  b: {do: y}\n  c: {do: z}\n',
  'CRLF line endings': 'careerplan: 1\r\nowner: Ada\r\nactions:\r\n  a:\r\n    do: x\r\n    # c\r\n    due: 2026-01-01\r\n  b: { do: y }\r\n',
  'a byte order mark': '\ufeffcareerplan: 1\nactions:\n  a: { do: x }\n',
  'a byte order mark before a comment': '\ufeff# my plan\ncareerplan: 1\nowner: Ada\n',
  'Chinese text': 'careerplan: 1\nowner: 李明\ncurrent:\n  role: 市场专员\n  values: [自主, 成长]\nactions:\n  a:\n    do: 报名企业培训师课程（线上）\n    due: 2026-12-01\n',
  'trailing spaces': 'careerplan: 1   \nactions:   \n  a:   \n    do: x   \n  b: { do: y }  \n',
  'no final newline': 'careerplan: 1\nactions:\n  a:\n    do: x',
  'no final newline after a comment': 'careerplan: 1\nactions:\n  a: { do: x }\n# end',
  'x- keys': 'careerplan: 1\nx-team: { size: 3 }\nactions:\n  a:\n    do: x\n    x-effort: [1, 2]\n  x-later:\n    do: y\n',
  'a leading document marker': '# plan\n---\ncareerplan: 1\nactions:\n  a: { do: x }\n',
  'keys that are numbers': 'careerplan: 1\nx-2026: x\nactions:\n  2027:\n    do: y\n',
  'empty values': 'careerplan: 1\nowner:\nactions:\n  a:\n  b:\n    do:\n',
  'anchors and aliases across sections': 'careerplan: 1\nx-defaults: &d { do: x }\nactions:\n  a: *d\n  b: &b\n    do: y\n  c: *b\n',
  'quoted keys': 'careerplan: 1\n"owner": Ada\nactions:\n  "a": { do: x }\n',
  'an indented section': 'careerplan: 1\nactions:\n      a:\n        do: x\n      b: { do: y }\n',
  'tabs inside values': 'careerplan: 1\nowner: "Ada\tLovelace"\nactions:\n  a: { do: "x\ty" }\n',
  'a lone carriage return inside a value': 'careerplan: 1\nowner: Ada\rLovelace\n',
  'a section of plain scalars': 'careerplan: 1\nresume:\n  updated\n',
  'sequences at column 0 under a key': 'careerplan: 1\nresources:\n- a\n- b\nforces:\n  for:\n  - c\n',
};

/** Every node of a tree in document order, with where it is, for exact comparisons. */
function flatten(root: YNode | null): string[] {
  const out: string[] = [];
  const walk = (node: YNode, where: string): void => {
    const value = node.kind === 'scalar' ? ` ${JSON.stringify(node.value)}${node.quoted ? ' quoted' : ''}` : node.flow ? ' flow' : '';
    out.push(`${where} ${node.kind} ${node.start}-${node.end}${value}`);
    if (node.kind === 'map') {
      node.pairs.forEach((pair, i) => {
        out.push(`${where}/${i} pair ${pair.start}-${pair.end}`);
        walk(pair.key, `${where}/${i}:key`);
        if (pair.value) walk(pair.value, `${where}/${i}:value`);
      });
    } else if (node.kind === 'seq') {
      node.items.forEach((item, i) => walk(item, `${where}/${i}`));
    }
  };
  if (root) walk(root, '');
  return out;
}

/** The tree the `yaml` package gives for the whole text at once: what the chunks must add up to. */
function wholeTree(text: string): YNode | null {
  return convertDocument(parseDocument(text, { uniqueKeys: false, strict: true }) as never, 0, text.length, []).root;
}

function checkAgainstYaml(text: string, label: string): ParsedYaml {
  const parsed = new ChunkedYamlParser().parse(text);
  assert.deepEqual(parsed.problems, [], `${label}: no problems`);
  assert.equal(JSON.stringify(parsed.json), JSON.stringify(parseYaml(text) ?? null), `${label}: same JSON as yaml.parse`);
  assert.deepEqual(flatten(parsed.root), flatten(wholeTree(text)), `${label}: same nodes and offsets as a whole parse`);
  checkKeyOffsets(text, parsed.root, label);
  return parsed;
}

/** Every plain key's range covers exactly the key's text; quoted keys start at their quote. */
function checkKeyOffsets(text: string, root: YNode | null, label: string): void {
  const stack: YNode[] = root ? [root] : [];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.kind === 'map') {
      for (const pair of node.pairs) {
        const written = text.slice(pair.key.start, pair.key.end);
        if (pair.key.kind === 'scalar' && pair.key.quoted) assert.match(written, /^["']/, `${label}: quoted key at ${pair.key.start}`);
        else if (pair.key.kind === 'scalar' && typeof pair.key.value === 'string' && pair.key.value !== '') assert.equal(written, keyString(pair.key), `${label}: key at ${pair.key.start}`);
        if (pair.value) stack.push(pair.value);
      }
    } else if (node.kind === 'seq') {
      stack.push(...node.items);
    }
  }
}

/** A parse result as plain data, so a later parse cannot change what was compared. */
function snapshot(parsed: ParsedYaml): unknown {
  return { nodes: flatten(parsed.root), json: JSON.stringify(parsed.json), problems: parsed.problems.map((p) => ({ ...p })), conflicts: parsed.conflicts, lines: Array.from({ length: parsed.lines.lineCount }, (_, i) => parsed.lines.lineStart(i)) };
}

describe('chunked YAML parser', () => {
  let generatePlan: GeneratePlan;
  let mulberry32: Rng;

  before(async () => {
    const generator = await import('../../scripts/genplan.mjs');
    generatePlan = generator.generatePlan;
    mulberry32 = generator.mulberry32;
  });

  describe('parses every document exactly as the yaml package does', () => {
    it('the shared examples', function () {
      if (!existsSync(sharedExamples)) this.skip();
      const files = readdirSync(sharedExamples).filter((f) => /\.careerplan\.ya?ml$/.test(f));
      assert.ok(files.length > 0);
      for (const file of files) {
        const text = readFileSync(path.join(sharedExamples, file), 'utf8');
        assert.equal(layoutChunks(text).whole, false, `${file} is split into chunks`);
        checkAgainstYaml(text, file);
      }
    });

    it('generated plans in English and Chinese', () => {
      for (const [seed, lang] of [[1, 'en'], [2, 'zh'], [3, 'en'], [4, 'zh'], [5, 'en']] as const) {
        const text = generatePlan({ lines: 1500, seed, lang });
        checkAgainstYaml(text, `generated plan ${seed}`);
      }
    });

    for (const [name, text] of Object.entries(TRICKY)) {
      it(name, () => {
        checkAgainstYaml(text, name);
      });
    }

    it('a CRLF version of a generated plan', () => {
      checkAgainstYaml(generatePlan({ lines: 400, seed: 7 }).replace(/\n/g, '\r\n'), 'CRLF plan');
    });
  });

  describe('incremental parsing', () => {
    /** Random edits of the kinds people make: type, delete, break or join lines, paste a line twice. */
    function edit(text: string, random: () => number): string {
      const at = Math.floor(random() * (text.length + 1));
      const pieces = ['x', ' ', '\n', ':', '- ', '  ', '#', '"', '中', '{', ']', '\r\n', '\r', 'due: 2026-01-01', '  new-id:\n    do: y\n', '<<<<<<< ours\n', '=======\n', '>>>>>>> theirs\n'];
      switch (Math.floor(random() * 5)) {
        case 0:
          return text.slice(0, at) + pieces[Math.floor(random() * pieces.length)] + text.slice(at);
        case 1:
          return text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 20));
        case 2: {
          const lineStart = text.lastIndexOf('\n', at - 1) + 1;
          const lineEnd = text.indexOf('\n', at);
          const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd + 1);
          return text.slice(0, lineStart) + line + text.slice(lineStart);
        }
        case 3: {
          const lineStart = text.lastIndexOf('\n', at - 1) + 1;
          return text.slice(0, lineStart) + ' ' + text.slice(lineStart);
        }
        default:
          return text.slice(0, at) + text.slice(at).replace(/\n/, '');
      }
    }

    it('a warm parser gives what a fresh parser gives, edit after edit', () => {
      const random = mulberry32(42);
      const bases = [generatePlan({ lines: 300, seed: 11 }), generatePlan({ lines: 300, seed: 12, lang: 'zh' }), ...Object.values(TRICKY)];
      for (const base of bases) {
        const warm = new ChunkedYamlParser();
        let text = base;
        let previous = warm.parse(text);
        // Offsets of an earlier result follow the latest text (its chunks move, see
        // ChunkPlace); its values never change.
        let previousJson = JSON.stringify(previous.json);
        for (let step = 0; step < 25; step++) {
          text = edit(text, random);
          const fromWarm = warm.parse(text);
          const fromFresh = new ChunkedYamlParser().parse(text);
          assert.deepEqual(snapshot(fromWarm), snapshot(fromFresh), `step ${step} of ${JSON.stringify(base.slice(0, 40))}`);
          assert.equal(JSON.stringify(previous.json), previousJson, 'an earlier result keeps its values');
          previous = fromWarm;
          previousJson = JSON.stringify(fromWarm.json);
        }
      }
    });

    it('a warm parser told where the text changed gives what a fresh parser gives, however wide the region', () => {
      // An editor's change events give a region that may be wider than what really differs (a
      // letter typed over the same letter, several changes between two parses): any region
      // whose outside is unchanged must do; one that does not fit the texts is ignored.
      const random = mulberry32(43);
      const bases = [generatePlan({ lines: 300, seed: 15 }), generatePlan({ lines: 300, seed: 16, lang: 'zh' }), ...Object.values(TRICKY)];
      for (const base of bases) {
        const warm = new ChunkedYamlParser();
        let text = base;
        warm.parse(text);
        for (let step = 0; step < 25; step++) {
          const next = edit(text, random);
          const exact = unchangedEnds(text, next);
          const widen = (n: number) => Math.max(0, n - Math.floor(random() * 3) * Math.floor(random() * 200));
          const known = step % 7 === 6 ? { prefix: text.length + 1, suffix: 0 } : { prefix: widen(exact.prefix), suffix: widen(exact.suffix) };
          const fromWarm = warm.parse(next, known);
          assert.deepEqual(snapshot(fromWarm), snapshot(new ChunkedYamlParser().parse(next)), `step ${step} of ${JSON.stringify(base.slice(0, 40))}`);
          text = next;
        }
      }
    });

    it('a layout updated around an edit is the layout of the new text, edit after edit', () => {
      // Edits that mostly keep the plan splittable (so the update, not the fresh layout, is what
      // runs): type in a line, break or delete a line, indent or dedent one, add an entry or a
      // top-level key; a text that became one chunk starts over from its base.
      const random = mulberry32(7);
      const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)];
      const pieces = ['x', ' ', '\n', '#', ': ', '\r\n', '\t', '- ', '  new-id:\n    do: y\n', 'new-top: 1\n', '\n\n', '中'];
      const bases = [generatePlan({ lines: 300, seed: 13 }), generatePlan({ lines: 300, seed: 14, lang: 'zh' }), ...Object.values(TRICKY)];
      let updatedSteps = 0;
      for (const base of bases) {
        let text = base;
        let layout = layoutChunks(text);
        for (let step = 0; step < 150; step++) {
          const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index! + 1)];
          const line = pick(lineStarts);
          const at = Math.min(text.length, line + Math.floor(random() * 12));
          const lineEnd = text.indexOf('\n', line) < 0 ? text.length : text.indexOf('\n', line) + 1;
          const next = [
            () => text.slice(0, at) + pick(pieces) + text.slice(at),
            () => text.slice(0, line) + text.slice(lineEnd),
            () => text.slice(0, line) + '  ' + text.slice(line),
            () => text.slice(0, line) + text.slice(line).replace(/^ {1,2}/, ''),
            () => text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 4)),
          ][Math.floor(random() * 5)]();
          const { prefix, suffix } = unchangedEnds(text, next);
          const updated = layoutAfterEdit(layout, text.length, next, prefix, suffix);
          assert.deepEqual(updated, layoutChunks(next), `step ${step} of ${JSON.stringify(base.slice(0, 40))}`);
          if (!layout.whole) updatedSteps++;
          text = updated.whole ? base : next;
          layout = updated.whole ? layoutChunks(base) : updated;
        }
      }
      assert.ok(updatedSteps > bases.length * 100, `the update ran in ${updatedSteps} steps`);
    });

    it('re-parses only the chunk a one-character edit touched, even in a big plan', () => {
      const text = generatePlan({ lines: 20000, seed: 5 });
      const parser = new ChunkedYamlParser();
      const first = parser.parse(text);
      assert.ok(first.parsedChunks > 1000, `a big plan has many chunks (${first.parsedChunks})`);
      const middle = text.indexOf('\n    do: ', text.length / 2) + '\n    do: '.length;
      const edited = text.slice(0, middle) + 'X' + text.slice(middle);
      const second = parser.parse(edited);
      assert.ok(second.parsedChunks <= 2, `one-character edit re-parsed ${second.parsedChunks} chunks`);
      assert.deepEqual(snapshot(second), snapshot(new ChunkedYamlParser().parse(edited)));
      const again = parser.parse(edited);
      assert.equal(again.parsedChunks, 0, 'the same text again parses nothing');
    });

    it('an edit that moves every later chunk still gives exact offsets', () => {
      const text = generatePlan({ lines: 2000, seed: 9 });
      const parser = new ChunkedYamlParser();
      parser.parse(text);
      const edited = '# a new first line\n' + text;
      const warm = parser.parse(edited);
      assert.ok(warm.parsedChunks <= 2, `prepending a comment re-parsed ${warm.parsedChunks} chunks`);
      assert.deepEqual(snapshot(warm), snapshot(new ChunkedYamlParser().parse(edited)));
      checkKeyOffsets(edited, warm.root, 'shifted plan');
    });
  });
});

describe('chunked YAML parser on a section of 150,000 entries', () => {
  it('splices an edit in the middle and reports every entry with a problem (no list passed as arguments)', function () {
    this.timeout(120_000);
    const entries = Array.from({ length: 150_000 }, (_, i) => `  a${i}: {do: x}\n`).join('');
    const text = `actions:\n${entries}`;
    const parser = new ChunkedYamlParser();
    parser.parse(text);
    const at = text.indexOf('  a75000:') + 4;
    const edited = text.slice(0, at) + 'x' + text.slice(at);
    const warm = parser.parse(edited, { prefix: at, suffix: text.length - at });
    assert.deepEqual(warm.problems, []);
    const section = warm.root?.kind === 'map' ? warm.root.pairs[0].value : null;
    assert.equal(section?.kind === 'map' ? section.pairs.length : 0, 150_000);
    // Every entry a duplicate of another: as many problems as entries, gathered from each chunk.
    const twice = `actions:\n${entries}${entries}`;
    assert.equal(new ChunkedYamlParser().parse(twice).problems.length, 150_000);
  });
});
