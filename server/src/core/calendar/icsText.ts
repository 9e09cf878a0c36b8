/**
 * The text layer of RFC 5545: escaping of TEXT values and folding of content lines. Kept apart
 * from the calendar's content so both rules are tested on their own.
 */

/** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped; other controls cannot appear in TEXT. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n|\r/g, '\n')
    .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`))
    .replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '')
    .replace(LONE_SURROGATE, '\ufffd');
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A list of TEXT values (CATEGORIES): each escaped, joined by unescaped commas. */
export function textList(values: readonly string[]): string {
  return values.map(escapeText).join(',');
}

const MAX_OCTETS = 75;

/**
 * RFC 5545 §3.1: a content line longer than 75 octets is split into a first line of at most 75
 * octets and continuation lines that start with one space (so at most 74 octets of content each).
 * Splits only between characters, never inside a UTF-8 sequence or a surrogate pair.
 */
export function foldLine(line: string): string {
  if (utf8Length(line) <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Octets of a string in UTF-8 (a lone surrogate is written as U+FFFD, 3 octets). */
export function utf8Length(text: string): number {
  let octets = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    octets += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return octets;
}

/** FNV-1a over the UTF-8 bytes, 64 bits, as 16 hex digits: a short, stable name for a file. */
export function stableHash(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let hash = 0xcbf29ce484222325n;
  for (const byte of bytes) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}
