import { pickLocale, type Locale } from '../core/messages/catalog';
import { UsageError } from './io';

export const LANGUAGES = ['en', 'zh'] as const;

/** --lang, else the POSIX locale variables in their precedence order (LC_ALL, LC_MESSAGES, LANG). */
export function resolveLocale(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): Locale {
  if (flag !== undefined) {
    if (flag === 'en') return 'en';
    if (/^zh([-_]cn)?$/i.test(flag)) return 'zh-cn';
    throw new UsageError(`--lang: '${flag}' is not supported; use one of ${LANGUAGES.join(', ')}`);
  }
  return pickLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}
