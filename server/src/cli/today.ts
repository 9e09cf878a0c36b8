import { isIsoDate, localIsoDate, type IsoDate } from '../core/dates';
import { UsageError } from './io';
import { cliMessage } from './messages/catalog';

/** "Today" for the analysis: --today, else CAREERPLAN_TODAY, else the local date (SPEC §6). */
export function resolveToday(flag: string | undefined, env: Readonly<Record<string, string | undefined>>, now: Date = new Date()): IsoDate {
  if (flag !== undefined) {
    if (!isIsoDate(flag)) throw new UsageError(cliMessage('usage.today', { source: '--today', value: flag }));
    return flag;
  }
  const fromEnv = env.CAREERPLAN_TODAY;
  if (fromEnv) {
    if (!isIsoDate(fromEnv)) throw new UsageError(cliMessage('usage.today', { source: 'CAREERPLAN_TODAY', value: fromEnv }));
    return fromEnv;
  }
  return localIsoDate(now);
}
