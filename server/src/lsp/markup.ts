import { MarkupKind, type ClientCapabilities } from 'vscode-languageserver';

/** How documentation is written for the client: Markdown, or plain text when the client asks for it. */
export interface Markup {
  kind: MarkupKind;
  bold(text: string): string;
  code(text: string): string;
  /** Text from a plan or the schema, shown as it is written. */
  text(text: string): string;
  codeBlock(language: string, text: string): string;
}

export const MARKDOWN: Markup = {
  kind: MarkupKind.Markdown,
  bold: (text) => `**${text}**`,
  code: (text) => `\`${text}\``,
  text: (text) => text.replace(/[\\`*_{}[\]<>#|]/g, (c) => `\\${c}`),
  codeBlock: (language, text) => '```' + language + '\n' + text + '\n```',
};

export const PLAINTEXT: Markup = {
  kind: MarkupKind.PlainText,
  bold: (text) => text,
  code: (text) => text,
  text: (text) => text,
  codeBlock: (_language, text) => text,
};

/**
 * The format a client prefers for hovers: `contentFormat` lists the formats it shows, the
 * preferred first; plain text when that is `plaintext` (or Markdown is not listed at all).
 */
export function hoverMarkup(client: ClientCapabilities): Markup {
  const formats = client.textDocument?.hover?.contentFormat;
  if (!Array.isArray(formats) || formats.length === 0) return MARKDOWN;
  if (formats[0] === MarkupKind.PlainText || !formats.includes(MarkupKind.Markdown)) return PLAINTEXT;
  return MARKDOWN;
}
