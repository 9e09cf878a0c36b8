import { isIsoDate, localIsoDate, type IsoDate } from '../core/dates';
import { UsageError } from './io';

/** "Today" for the analysis: --today, else CAREERPLAN_TODAY, else the local date (SPEC §6). */
export function resolveToday(flag: string | undefined, env: Readonly<Record<string, string | undefined>>, now: Date = new Date()): IsoDate {
  if (flag !== undefined) {
    if (!isIsoDate(flag)) throw new UsageError(`--today: '${flag}' is not a calendar date in the form YYYY-MM-DD`);
    return flag;
  }
  const fromEnv = env.CAREERPLAN_TODAY;
  if (fromEnv) {
    if (!isIsoDate(fromEnv)) throw new UsageError(`CAREERPLAN_TODAY: '${fromEnv}' is not a calendar date in the form YYYY-MM-DD`);
    return fromEnv;
  }
  return localIsoDate(now);
}
