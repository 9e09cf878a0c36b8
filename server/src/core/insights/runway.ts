import type { Finances, IncomeKind, IncomeStream } from '../model/types';
import type { Runway } from './types';

const EPSILON = 1e-9;

/**
 * One decimal, rounded down: 2.96 months reads "2.9", never "3.0" next to advice to reach 3.
 * The epsilon keeps float noise (2.9999999…) from dropping a tenth that is really there.
 */
export function tenthsBelow(months: number): number {
  return Math.floor(months * 10 + EPSILON) / 10;
}

/**
 * The kind of each stream (SPEC §7): a written kind wins; a plain amount is the job when it is
 * the largest of all streams (the first written of equally large ones), side income otherwise.
 */
export function incomeKinds(streams: readonly IncomeStream[]): IncomeKind[] {
  let largest = -1;
  for (let i = 0; i < streams.length; i++) if (largest < 0 || streams[i].amount > streams[largest].amount) largest = i;
  return streams.map((stream, i) => stream.kind ?? (i === largest ? 'job' : 'side'));
}

/** How long the emergency fund lasts when the job's income stops (the layoff scenario of SPEC §7). */
export function runwayOf(finances: Finances | undefined): Runway | null {
  const fund = finances?.emergencyFund?.value;
  const expenses = finances?.monthlyExpenses?.value;
  if (fund === undefined || expenses === undefined || fund < 0 || expenses < 0) return null;
  const streams = finances!.incomeStreams;
  const kinds = incomeKinds(streams);
  let continuingIncome = 0;
  streams.forEach((stream, i) => {
    if (kinds[i] !== 'job' && stream.amount > 0) continuingIncome += stream.amount;
  });
  const shortfall = expenses - continuingIncome;
  const covered = shortfall <= EPSILON;
  return { months: covered ? null : tenthsBelow(fund / shortfall), covered, fund, expenses, continuingIncome };
}
