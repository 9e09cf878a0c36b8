import type { CST } from 'yaml';
import type { TextSource } from '../text/textSource';

/**
 * The deepest nesting of collections the analysis accepts. A plan nests about eight levels;
 * the `yaml` package's composer (and every tree walk after it) recurses once per level, and
 * near the stack limit V8 can abort the whole process instead of throwing, so text nested
 * deeper than this is refused before it is composed.
 */
export const MAX_NESTING = 100;

/**
 * The offset of the first collection nested deeper than MAX_NESTING in a CST, or null.
 * The CST comes from `yaml`'s Parser, which keeps an explicit stack and never recurses; this
 * walk does the same.
 */
export function findExcessiveNesting(tokens: readonly CST.Token[]): number | null {
  const stack: Array<[CST.Token, number]> = tokens.map((t) => [t, 0]);
  while (stack.length) {
    const [token, depth] = stack.pop()!;
    switch (token.type) {
      case 'document':
        if (token.value) stack.push([token.value, depth]);
        break;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection': {
        if (depth + 1 > MAX_NESTING) return token.type === 'flow-collection' ? token.start.offset : token.offset;
        for (const item of token.items as CST.CollectionItem[]) {
          if (item.key) stack.push([item.key, depth + 1]);
          if (item.value) stack.push([item.value, depth + 1]);
        }
        break;
      }
      default:
        break;
    }
  }
  return null;
}

/**
 * The largest plan the analysis reads, in lines and in characters (UTF-16 code units). A plan
 * of 200,000 lines is about 6.6 million characters; past these limits (twice that many lines,
 * nearly twice as many characters) a text is refused with one finding instead of parsed:
 * a million generated keys would otherwise hold the language server for tens of seconds and
 * more than a gigabyte.
 */
export const MAX_PLAN_LINES = 400_000;
export const MAX_PLAN_CHARACTERS = 12_000_000;

export interface SizeExcess {
  measure: 'lines' | 'characters';
  limit: number;
}

/** Which limit a text of `characters` characters and `lines` lines exceeds, or null. */
export function sizeExcess(characters: number, lines: number): SizeExcess | null {
  if (characters > MAX_PLAN_CHARACTERS) return { measure: 'characters', limit: MAX_PLAN_CHARACTERS };
  if (lines > MAX_PLAN_LINES) return { measure: 'lines', limit: MAX_PLAN_LINES };
  return null;
}

/** Which limit a text exceeds, or null. */
export function planSizeExcess(text: TextSource): SizeExcess | null {
  return sizeExcess(text.length, 1 + countLineFeeds(text, 0, text.length));
}

/** How many `\n` lie in [from, to) of a text. */
export function countLineFeeds(text: TextSource, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at >= 0 && at < to; at = text.indexOf('\n', at + 1)) count++;
  return count;
}
