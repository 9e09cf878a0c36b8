import type { CST } from 'yaml';

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
