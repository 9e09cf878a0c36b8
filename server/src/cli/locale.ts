import { pickLocale, type Locale } from '../core/messages/catalog';
import { UsageError } from './io';
import { cliMessage } from './messages/catalog';

export const LANGUAGES = ['en', 'zh'] as const;

/** The language the environment asks for: the POSIX locale variables in their precedence order (LC_ALL, LC_MESSAGES, LANG). */
export function environmentLocale(env: Readonly<Record<string, string | undefined>>): Locale {
  return pickLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

/** --lang, else the environment's language. */
export function resolveLocale(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): Locale {
  if (flag === undefined) return environmentLocale(env);
  if (flag === 'en') return 'en';
  if (/^zh([-_]cn)?$/i.test(flag)) return 'zh-cn';
  throw new UsageError(cliMessage('usage.lang', { value: flag, languages: LANGUAGES.join(', ') }));
}

/**
 * Takes --lang (`--lang zh`, `--lang=zh`) out of a command line, wherever it stands before `--`:
 * it is the one option every command and the program itself take. main.ts does this before it
 * parses anything else, so every usage error (an unknown command, a misspelt option) is written
 * in the language asked for; only an unsupported or missing --lang value itself is reported in
 * the environment's language, the one thing known by then.
 */
export function takeLangOption(argv: readonly string[]): { lang: string | undefined; rest: string[]; missingValue: boolean } {
  const rest: string[] = [];
  let lang: string | undefined;
  let missingValue = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
    else if (arg !== '--lang') rest.push(arg);
    else if (i + 1 < argv.length) lang = argv[++i];
    else missingValue = true;
  }
  return { lang, rest, missingValue };
}
