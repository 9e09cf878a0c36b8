import { en } from './en';
import { zh } from './zh';

/** A catalogue: one function per message id, from the message's arguments to its text. */
export type Texts = Record<string, (args: never) => string>;
/** The arguments a message of a catalogue takes (an empty object for a message without any). */
export type ArgsOf<T extends Texts, K extends keyof T> = Parameters<T[K]>[0] extends undefined ? Record<string, never> : Parameters<T[K]>[0];
export type Formatter<T extends Texts> = <K extends keyof T & string>(id: K, args: ArgsOf<T, K>) => string;

export type MessageId = keyof typeof en;
export type MessageArgs<K extends MessageId> = ArgsOf<typeof en, K>;
export type Catalog = { [K in MessageId]: (typeof en)[K] };
export type Locale = 'en' | 'zh-cn';

const catalogs: Record<Locale, Partial<Catalog>> = { en, 'zh-cn': zh };

/**
 * The formatter of any catalogue: a text from `primary`, else the English one. Other catalogues
 * (the command line's) use it too, typed the same way: a translation is a `{ [K in keyof typeof
 * en]: … }`, so a missing id is a type error and the fallback only serves partial test catalogues.
 */
export function formatterOf<T extends Texts>(primary: Partial<T>, english: T): Formatter<T> {
  return (id, args) => ((primary[id] ?? english[id]) as (a: unknown) => string)(args);
}

/** Registers a translated catalogue (kept out of this module so the English core stays small). */
export function createMessageFormatter(locale: Locale, extra?: Partial<Catalog>): Formatter<Catalog> {
  return formatterOf<Catalog>(extra ?? catalogs[locale], en);
}

/** Chooses a supported locale from a BCP 47 tag or a POSIX LANG value (`zh_CN.UTF-8`). */
export function pickLocale(tag: string | undefined): Locale {
  return tag && /^zh/i.test(tag) ? 'zh-cn' : 'en';
}
