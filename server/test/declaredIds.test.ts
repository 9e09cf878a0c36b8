/**
 * Completion lists ids with `declaredIds`, which reads only the maps that declare a kind, and
 * hover finds the id under the cursor with `occurrenceAt`, which enters only the pairs at the
 * offset; the id index walks every id site. They must agree with it on every plan the tests know
 * and on generated plans with every kind of id.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DeclaredIdsCache, declaredIds, IdIndex, occurrenceAt } from '../src/core/ids/idIndex';
import { typingScenario } from '../../scripts/bench/typing.mjs';
import { DEFINITION_SITES, KEY_REFERENCE_SITES, type IdKind } from '../src/core/ids/idSites';
import { ChunkedYamlParser } from '../src/core/yaml/chunkedParser';
import { generatePlan } from '../../scripts/genplan.mjs';
import { planFilesBelow } from './planFilesBelow';

const KINDS = [...new Set([...DEFINITION_SITES, ...KEY_REFERENCE_SITES].map((site) => site.kind))] as IdKind[];

const plans: Array<[name: string, text: string]> = [
  ...[resolve('..', 'shared', 'examples'), resolve('..', 'shared', 'insights'), join(process.cwd(), 'server', 'test', 'fixtures')]
    .flatMap(planFilesBelow)
    .map((file): [string, string] => [file, readFileSync(file, 'utf8')]),
  ...[1, 2, 3].map((seed): [string, string] => [`generated seed ${seed}`, generatePlan({ lines: 3000, seed })]),
  ['a need naming a skill missing from skills', 'skills:\n  go: 2\nplans:\n  p:\n    title: P\n    kind: primary\n    needs: { rust: 3, go: 4 }\n    experiments:\n      e1: { title: E }\n'],
];

describe('declaredIds', () => {
  it('names the ids the id index names, in the same order, for every kind', () => {
    assert.ok(plans.length > 20, `only ${plans.length} plans found`);
    let nonEmpty = 0;
    for (const [name, text] of plans) {
      const root = new ChunkedYamlParser().parse(text).root;
      const index = new IdIndex(root);
      for (const kind of KINDS) {
        const ids = declaredIds(root, kind);
        assert.deepEqual(ids, index.ids(kind), `${kind} ids of ${name}`);
        if (ids.length) nonEmpty++;
      }
    }
    assert.ok(nonEmpty > KINDS.length * 3, 'too few plans declare ids for the comparison to mean much');
  });

  it('kept by section, names what it names through a typing session on a warm parser', () => {
    let text = generatePlan({ lines: 3000, seed: 4 });
    const parser = new ChunkedYamlParser();
    const cache = new DeclaredIdsCache();
    const check = (step: string) => {
      const root = parser.parse(text).root;
      for (const kind of KINDS) assert.deepEqual(cache.of(root, kind), declaredIds(root, kind), `${kind} after ${step}`);
    };
    check('open');
    const lines = () => text.split('\n');
    let step = 0;
    for (const { edit } of typingScenario(text)) {
      if (!edit) continue;
      const starts = [0];
      for (const line of lines()) starts.push(starts[starts.length - 1] + line.length + 1);
      const at = (p: { line: number; character: number }) => starts[p.line] + p.character;
      text = text.slice(0, at(edit.range.start)) + edit.text + text.slice(at(edit.range.end));
      if (++step % 3 === 0) check(`edit ${step}`);
    }
    // A renamed id and a section typed anew.
    text = text.replace('plans:\n', 'plans:\n  brand-new:\n    title: New\n');
    check('a new plan');
    text = text.replace(/^actions:/m, 'actionz:');
    check('a section renamed');
  });

  it('counts a skill named only by a need, and scoped experiment ids once', () => {
    const root = new ChunkedYamlParser().parse(plans.at(-1)![1]).root;
    assert.deepEqual(declaredIds(root, 'skill'), ['go', 'rust']);
    assert.deepEqual(declaredIds(root, 'experiment'), ['e1']);
    assert.deepEqual(declaredIds(null, 'action'), []);
  });
});

describe('occurrenceAt', () => {
  it('finds the occurrence the id index finds at every offset of every plan', () => {
    let found = 0;
    for (const [name, text] of plans) {
      const root = new ChunkedYamlParser().parse(text).root;
      const index = new IdIndex(root);
      for (let offset = 0; offset <= text.length; offset++) {
        const containing = index.occurrences.filter((o) => o.node.start <= offset && offset <= o.node.end);
        const got = occurrenceAt(root, offset);
        // Where two occurrences touch (one ends where the next starts), either is the answer.
        if (containing.length > 1) assert.ok(got && containing.some((o) => o.node === got.node && o.id === got.id), `${name} at ${offset}`);
        else assert.deepEqual(got, index.at(offset), `${name} at ${offset}`);
        if (got) found++;
      }
    }
    assert.ok(found > 10_000, `only ${found} offsets on ids`);
  });
});
