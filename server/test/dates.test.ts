import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { addDays, daysBetween } from '../src/core/dates';

/** What `Date` says: the days between two dates at UTC midnight. */
const byDate = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

const day = fc.integer({ min: Date.UTC(1, 0, 1), max: Date.UTC(9999, 11, 31) }).map((ms) => new Date(ms - (ms % 86_400_000)).toISOString().slice(0, 10));

describe('dates: daysBetween', () => {
  it('counts as Date does, over years 0001 to 9999, leap days and centuries included', () => {
    fc.assert(fc.property(day, day, (from, to) => assert.equal(daysBetween(from, to), byDate(from, to))), { numRuns: 2000 });
    for (const [from, to, days] of [['2024-02-28', '2024-03-01', 2], ['1900-02-28', '1900-03-01', 1], ['2000-02-28', '2000-03-01', 2], ['2026-11-24', '2026-11-24', 0], ['2027-01-01', '2026-12-31', -1]] as const) {
      assert.equal(daysBetween(from, to), days, `${from} → ${to}`);
    }
  });

  it('agrees with addDays', () => {
    const inner = day.filter((d) => d >= '0100' && d < '9900');
    fc.assert(fc.property(inner, fc.integer({ min: -5000, max: 5000 }), (from, n) => assert.equal(daysBetween(from, addDays(from, n)), n)), { numRuns: 500 });
  });

  it('text that is no real date counts as Date reads it (NaN, or a day rolled over)', () => {
    for (const text of ['2026-02-30', '2026-13-01', '2026-1-01', 'soon', '']) assert.ok(Object.is(daysBetween(text, '2026-01-01'), byDate(text, '2026-01-01')), text);
  });
});
