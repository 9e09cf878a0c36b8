import { en } from './en';
import { zh } from './zh';

export type MessageId = keyof typeof en;
export type MessageArgs<K extends MessageId> = Parameters<(typeof en)[K]>[0] extends undefined ? Record<string, never> : Parameters<(typeof en)[K]>[0];
export type Catalog = { [K in MessageId]: (typeof en)[K] };
export type Locale = 'en' | 'zh-cn';

const catalogs: Record<Locale, Partial<Catalog>> = { en, 'zh-cn': zh };

/** Registers a translated catalogue (kept out of this module so the English core stays small). */
export function createMessageFormatter(locale: Locale, extra?: Partial<Catalog>): <K extends MessageId>(id: K, args: MessageArgs<K>) => string {
  const primary = extra ?? catalogs[locale];
  return (id, args) => {
    const template = (primary[id] ?? en[id]) as (a: unknown) => string;
    return template(args);
  };
}

/** Chooses a supported locale from a BCP 47 tag or a POSIX LANG value (`zh_CN.UTF-8`). */
export function pickLocale(tag: string | undefined): Locale {
  return tag && /^zh/i.test(tag) ? 'zh-cn' : 'en';
}
