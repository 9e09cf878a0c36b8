import { Document, isAlias, isMap, isPair, isScalar, isSeq, Node as YamlNode, Pair, Scalar } from 'yaml';
import type { SyntaxProblem, YNode, YPair } from './tree';

/** More aliases than this in one chunk is treated as an alias bomb and refused. */
const MAX_ALIASES = 100;

/**
 * Converts a parsed `yaml` document into our tree, adding `base` to every offset.
 * Aliases become shared references to the anchored node (a DAG), bounded by MAX_ALIASES.
 */
export function convertDocument(doc: Document.Parsed, base: number, problems: SyntaxProblem[]): { root: YNode | null; hasAliases: boolean } {
  const seen = new Map<unknown, YNode>();
  let aliases = 0;

  const convert = (node: unknown): YNode | null => {
    if (node === null || node === undefined) return null;
    if (isAlias(node)) {
      aliases++;
      const range = node.range ?? [0, 0, 0];
      if (aliases > MAX_ALIASES) {
        if (aliases === MAX_ALIASES + 1) {
          problems.push({ start: base + range[0], end: base + range[1], code: 'ALIAS_LIMIT', message: `More than ${MAX_ALIASES} aliases: the document is refused to protect against alias bombs.` });
        }
        return { kind: 'scalar', start: base + range[0], end: base + range[1], value: null, quoted: false };
      }
      const target = node.resolve(doc);
      return target ? convert(target) : { kind: 'scalar', start: base + range[0], end: base + range[1], value: null, quoted: false };
    }
    const known = seen.get(node);
    if (known) return known;
    const range = pairRange(node) ?? (node as YamlNode).range ?? [0, 0, 0];
    const start = base + range[0];
    const end = base + range[1];
    if (isScalar(node)) {
      const type = (node as Scalar).type;
      const out: YNode = { kind: 'scalar', start, end, value: node.value, quoted: type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE' };
      seen.set(node, out);
      return out;
    }
    if (isMap(node) || isPair(node)) {
      // A pair inside a flow sequence (`[a: 1]`) is a single-pair map.
      const items: Pair[] = isPair(node) ? [node as Pair] : (node.items as Pair[]);
      const out: YNode = { kind: 'map', start, end, flow: isPair(node) || Boolean((node as { flow?: boolean }).flow), pairs: [] };
      seen.set(node, out);
      for (const item of items) {
        const value = convert(item.value);
        const key = convert(item.key) ?? { kind: 'scalar', start: value ? value.start : start, end: value ? value.start : start, value: '', quoted: false };
        const pair: YPair = { key, value, start: key.start, end: value ? Math.max(value.end, key.end) : key.end };
        out.pairs.push(pair);
      }
      return out;
    }
    if (isSeq(node)) {
      const out: YNode = { kind: 'seq', start, end, flow: Boolean(node.flow), items: [] };
      seen.set(node, out);
      for (const item of node.items) {
        const converted = convert(item);
        if (converted) out.items.push(converted);
      }
      return out;
    }
    return null;
  };

  const root = convert(doc.contents);
  return { root, hasAliases: aliases > 0 };
}

/** A pair has no range of its own: it spans its key and value. */
function pairRange(node: unknown): [number, number, number] | undefined {
  if (!isPair(node)) return undefined;
  const key = (node.key as YamlNode | null)?.range;
  const value = (node.value as YamlNode | null)?.range;
  const start = key?.[0] ?? value?.[0] ?? 0;
  const end = value?.[1] ?? key?.[1] ?? start;
  return [start, end, end];
}
