import { formatterOf, type ArgsOf, type Formatter, type Locale } from '../../core/messages/catalog';
import { cliEn } from './en';
import { cliZh } from './zh';

export type CliMessageId = keyof typeof cliEn;
/** The type of the Chinese catalogue: every id of the English one, with the same arguments. */
export type CliCatalog = { [K in CliMessageId]: (typeof cliEn)[K] };
export type CliFormatter = Formatter<CliCatalog>;

/** A text not yet put into words: what errors carry, so they are written in the user's language where they are reported. */
export type CliMessage = { [K in CliMessageId]: { id: K; args: ArgsOf<CliCatalog, K> } }[CliMessageId];

const catalogs: Record<Locale, CliCatalog> = { en: cliEn, 'zh-cn': cliZh };

export function cliFormatter(locale: Locale): CliFormatter {
  return formatterOf<CliCatalog>(catalogs[locale], cliEn);
}

export function cliMessage<K extends CliMessageId>(id: K, args: ArgsOf<CliCatalog, K>): CliMessage {
  return { id, args } as CliMessage;
}

/** A message in words. */
export function formatCliMessage(format: CliFormatter, message: CliMessage): string {
  return format(message.id, message.args as never);
}
