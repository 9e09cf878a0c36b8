/** ISO calendar dates (`YYYY-MM-DD`) as strings: they compare correctly as text. */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(text: unknown): text is IsoDate {
  if (typeof text !== 'string') return false;
  const m = ISO.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS[month - 1];
}

function toUtc(date: IsoDate): Date {
  return new Date(date + 'T00:00:00Z');
}

function fromUtc(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** Adds calendar months, clamping the day (2026-01-31 + 1 month = 2026-02-28). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}

/**
 * Days since 1970-01-01 of a date, by arithmetic for a real `YYYY-MM-DD` date (rules ask this for
 * thousands of dates per edit, and a `Date` per call costs); anything else goes through `Date`
 * as before (NaN for text that is no date).
 */
function dayNumber(date: IsoDate): number {
  const m = ISO.exec(date);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) return daysFromCivil(year, month, day);
  }
  return toUtc(date).getTime() / 86_400_000;
}

/** Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The local calendar date of a clock reading (the default "today"). */
export function localIsoDate(now: Date = new Date()): IsoDate {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** A review cadence (`2w`, `3m`, `1y`, `monthly`, …) added to a date; undefined for a bad cadence. */
export function addCadence(date: IsoDate, every: string): IsoDate | undefined {
  const named: Record<string, string> = { monthly: '1m', quarterly: '3m', yearly: '1y' };
  const m = /^([1-9][0-9]*)([dwmy])$/.exec(named[every] ?? every);
  return m ? addSpan(date, Number(m[1]), m[2] as SpanUnit) : undefined;
}

/** Days, weeks, months or years, as spans like `14d` and `2w` write them. */
export type SpanUnit = 'd' | 'w' | 'm' | 'y';

/** `n` days, weeks, months or years after a date (months and years as addMonths counts them). */
export function addSpan(date: IsoDate, n: number, unit: SpanUnit): IsoDate {
  switch (unit) {
    case 'd':
      return addDays(date, n);
    case 'w':
      return addDays(date, 7 * n);
    case 'm':
      return addMonths(date, n);
    default:
      return addMonths(date, 12 * n);
  }
}

/**
 * Orders by due date: dated before undated, earlier first. Equal dates compare 0, so a stable
 * sort keeps the file order between them. The one due-date order of every list and pick.
 */
export function compareDueDates(a: IsoDate | null | undefined, b: IsoDate | null | undefined): number {
  if (a === b) return 0;
  if (a == null) return 1;
  if (b == null) return -1;
  return a < b ? -1 : 1;
}
