/**
 * What rules keep between analyses (core/rules/kept.ts) must never change what they find: after
 * any sequence of list edits (entries replaced, inserted, removed, moved; tokens changed), the
 * kept reports equal a fresh computation over the current list.
 */
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { changedRun } from '../src/core/model/listChange';
import { EntryFindings, IdsToken, idsOfChanged, KeptReports } from '../src/core/rules/kept';
import type { Report } from '../src/core/rules/rule';

interface Entry {
  id: string;
  flag: boolean;
  /** The id of an entry whose flag this one's finding also depends on. */
  ref: string;
}

/** A list edit: replace, insert or remove entries at a place, or keep the list as it is. */
const edit = fc.record({
  kind: fc.constantFrom('replace', 'insert', 'remove', 'same', 'swap'),
  at: fc.nat(),
  count: fc.integer({ min: 1, max: 3 }),
  id: fc.constantFrom('a', 'b', 'c', 'd'),
  flag: fc.boolean(),
  ref: fc.constantFrom('a', 'b', 'c', 'e'),
  token: fc.constantFrom(0, 0, 0, 1),
});

interface ListEdit {
  kind: string;
  at: number;
  count: number;
  id: string;
  flag: boolean;
  ref: string;
  token: number;
}

function apply(list: Entry[], e: ListEdit): Entry[] {
  const next = [...list];
  const at = list.length ? e.at % (list.length + 1) : 0;
  const fresh = () => ({ id: e.id, flag: e.flag, ref: e.ref });
  switch (e.kind) {
    case 'replace':
      if (at < next.length) next[at] = fresh();
      break;
    case 'insert':
      next.splice(at, 0, ...Array.from({ length: e.count }, fresh));
      break;
    case 'remove':
      next.splice(at, e.count);
      break;
    case 'swap':
      if (at + 1 < next.length) [next[at], next[at + 1]] = [next[at + 1], next[at]];
      break;
  }
  return next;
}

const record = (): { calls: unknown[]; report: Report } => {
  const calls: unknown[] = [];
  return { calls, report: ((span, id, args) => calls.push([span, id, args])) as Report };
};

describe('kept rule state', () => {
  it('changedRun: the lists agree outside the run it gives', () => {
    fc.assert(fc.property(fc.array(fc.nat(5), { maxLength: 12 }), fc.array(fc.nat(5), { maxLength: 12 }), (before, after) => {
      const { start, oldEnd, newEnd } = changedRun(before, after);
      assert.deepEqual(before.slice(0, start), after.slice(0, start));
      assert.deepEqual(before.slice(oldEnd), after.slice(newEnd));
      assert.ok(start <= oldEnd && start <= newEnd);
    }), { numRuns: 500 });
  });

  it('EntryFindings (with rechecks by id), KeptReports (with entries standing for others) and IdsToken equal a fresh computation after every edit', () => {
    fc.assert(fc.property(fc.array(edit, { maxLength: 25 }), (edits) => {
      let list: Entry[] = [{ id: 'a', flag: true, ref: 'b' }, { id: 'b', flag: false, ref: 'a' }];
      const perEntry = new EntryFindings<Entry>();
      const byRef = new EntryFindings<Entry>();
      const byRefAlike = new EntryFindings<Entry>();
      const whole = new KeptReports<Entry>();
      const standing = new KeptReports<Entry>();
      const ids = new IdsToken();
      let token = 0;
      let lastIds: string[] | null = null;
      let lastToken: object | null = null;
      for (const e of [...edits, { kind: 'same', at: 0, count: 1, id: 'a', flag: false, ref: 'a', token: 0 }]) {
        const before = list;
        list = apply(list, e);
        token += e.token;
        const check = (entry: Entry, report: Report) => {
          if (entry.flag) report({ start: 0, end: 0 }, 'overdue', { id: entry.id, due: String(token), days: 1 });
        };
        const kept = record();
        perEntry.update(list, [token], check, kept.report);
        const fresh = record();
        for (const entry of list) check(entry, fresh.report);
        assert.deepEqual(kept.calls, fresh.calls);

        // Findings that also depend on the entry a `ref` names: rechecked when an entry of that id changed.
        const current = list;
        const checkRef = (entry: Entry, report: Report) => {
          const target = current.find((x) => x.id === entry.ref);
          if (entry.flag && target?.flag) report({ start: 0, end: 0 }, 'overdue', { id: entry.id, due: target.id, days: 2 });
        };
        const changed = idsOfChanged(before, list);
        const keptRef = record();
        byRef.update(list, [], checkRef, keptRef.report, (entry) => changed.has(entry.ref));
        const freshRef = record();
        for (const entry of list) checkRef(entry, freshRef.report);
        assert.deepEqual(keptRef.calls, freshRef.calls);
        // …and with the ids of entries replaced by alike ones (same id, same flag: what checkRef reads of a target) left out.
        const changedUnlike = idsOfChanged(before, list, (was, now) => was.flag === now.flag);
        const keptAlike = record();
        byRefAlike.update(list, [], checkRef, keptAlike.report, (entry) => changedUnlike.has(entry.ref));
        assert.deepEqual(keptAlike.calls, freshRef.calls);

        // The whole report depends on the flagged entries only (their ids, in order).
        const compute = (report: Report) => report({ start: 0, end: 0 }, 'overdue', { id: list.filter((x) => x.flag).map((x) => x.id).join(','), due: String(token), days: 1 });
        const keptWhole = record();
        whole.run(list, [token], (entry) => entry.flag, compute, keptWhole.report);
        const freshWhole = record();
        compute(freshWhole.report);
        assert.deepEqual(keptWhole.calls, freshWhole.calls);
        // …and when a flagged entry replaced by one of the same id stands for it (compute reads ids only).
        const keptStanding = record();
        standing.run(list, [token], (entry) => entry.flag, compute, keptStanding.report, (was, now) => was.id === now.id);
        assert.deepEqual(keptStanding.calls, freshWhole.calls);

        const now = list.map((x) => x.id);
        const t = ids.of(list);
        if (lastIds && lastToken) assert.equal(t === lastToken, JSON.stringify(now) === JSON.stringify(lastIds), 'the token is the same exactly when the ids are');
        lastIds = now;
        lastToken = t;
      }
    }), { numRuns: 400 });
  });
});
