import { Document, isAlias, isCollection, isMap, isPair, isScalar, isSeq, Node as YamlNode, Pair, Scalar, stringify, visit } from 'yaml';
import { MAX_NESTING } from './limits';
import { ChunkPlace, keyString, mapAt, pairAt, scalarAt, seqAt, type SyntaxProblem, type YNode } from './tree';

/**
 * How many nodes aliases may stand for in one parse, beyond a budget proportional to the text.
 * A few lines of anchors and aliases can stand for billions of nodes ("billion laughs"); past
 * this budget the aliases are refused, so nothing downstream ever walks an exploded tree.
 */
const ALIAS_BUDGET_BASE = 10_000;

export interface Converted {
  root: YNode | null;
  /** An alias names an anchor this text does not define (it may live in another chunk). */
  unresolvedAlias: boolean;
}

/**
 * Converts a parsed `yaml` document into our tree, adding `base` to every offset; its nodes
 * read their offsets through `place` (tree.ts). A block
 * collection ends where its last entry ends (the `yaml` package counts the line break and any
 * comments after it, which differ between a chunk and the whole text).
 * Aliases become shared references to the anchored node (a DAG), within a budget of expanded
 * nodes and of nesting. Duplicate keys are found here too, in linear time, by the same key
 * text the JSON uses (the `yaml` package's own check is quadratic per map).
 */
export function convertDocument(doc: Document.Parsed, base: number, sourceLength: number, problems: SyntaxProblem[], place = new ChunkPlace()): Converted {
  const converter = new DocumentConverter(base, ALIAS_BUDGET_BASE + Math.floor(sourceLength / 10), problems, place);
  const root = converter.convert(doc.contents, 0);
  return { root, unresolvedAlias: converter.unresolvedAlias };
}

/** The state of one conversion: anchors seen so far, the alias budget spent, what was found. */
class DocumentConverter {
  unresolvedAlias = false;
  private readonly anchors = new Map<string, YNode>();
  private readonly measured = new Map<YNode, { size: number; height: number }>();
  /** Anchored collections being converted: an alias to one of them would contain itself. */
  private readonly inProgress = new Set<YNode>();
  private expanded = 0;
  /** Once one alias was refused, every later one is too (one finding, and no more work). */
  private refused = false;

  constructor(
    private readonly base: number,
    private readonly aliasBudget: number,
    private readonly problems: SyntaxProblem[],
    private readonly place: ChunkPlace,
  ) {}

  convert(node: unknown, depth: number): YNode | null {
    if (node === null || node === undefined) return null;
    if (isAlias(node)) return this.alias(node as YamlNode & { source: string }, depth);
    const [start, end] = this.rangeOf(node);
    const anchor = (node as { anchor?: string }).anchor;
    if (isScalar(node)) {
      const type = (node as Scalar).type;
      const out: YNode = scalarAt(this.place, start, end, node.value, type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE');
      if (anchor) this.anchors.set(anchor, out);
      return out;
    }
    if (isMap(node) || isPair(node)) {
      // A pair inside a flow sequence (`[a: 1]`) is a single-pair map.
      const items: Pair[] = isPair(node) ? [node as Pair] : (node.items as Pair[]);
      const out: YNode = mapAt(this.place, start, end, isPair(node) || Boolean((node as { flow?: boolean }).flow), []);
      if (anchor) {
        this.anchors.set(anchor, out);
        this.inProgress.add(out);
      }
      const seen = new Set<string>();
      for (const item of items) {
        const key = this.convertKey(item.key, depth + 1);
        const value = this.convert(item.value, depth + 1);
        const keyNode = key ?? this.nullAt(value ? value.start : start, value ? value.start : start);
        const pair = pairAt(this.place, keyNode, value, keyNode.start, value ? Math.max(value.end, keyNode.end) : keyNode.end);
        out.pairs.push(pair);
        const text = keyString(keyNode);
        if (seen.has(text)) {
          this.problems.push({ start: keyNode.start, end: keyNode.end, code: 'DUPLICATE_KEY', message: `The key "${text}" appears twice in the same map.` });
        }
        seen.add(text);
      }
      if (anchor) this.inProgress.delete(out);
      if (!out.flow && out.pairs.length) out.end = out.pairs[out.pairs.length - 1].end;
      return out;
    }
    if (isSeq(node)) {
      const out: YNode = seqAt(this.place, start, end, Boolean(node.flow), []);
      if (anchor) {
        this.anchors.set(anchor, out);
        this.inProgress.add(out);
      }
      for (const item of node.items) {
        const converted = this.convert(item, depth + 1);
        if (converted) out.items.push(converted);
      }
      if (anchor) this.inProgress.delete(out);
      if (!out.flow && out.items.length) out.end = out.items[out.items.length - 1].end;
      return out;
    }
    return null;
  }

  /** Keys are scalars in a plan; a collection used as a key becomes the text `yaml` gives it in JSON. */
  private convertKey(node: unknown, depth: number): YNode | null {
    if (!isCollection(node)) return this.convert(node, depth);
    const [start, end] = this.rangeOf(node);
    let text: string;
    try {
      text = stringify(withoutComments(node), { collectionStyle: 'flow' }).trimEnd();
    } catch {
      text = `${start}`;
    }
    return scalarAt(this.place, start, end, text, false);
  }

  private alias(node: YamlNode & { source: string }, depth: number): YNode {
    const [start, end] = this.rangeOf(node);
    const target = this.anchors.get(node.source);
    if (!target) {
      this.unresolvedAlias = true;
      this.problems.push({ start, end, code: 'UNRESOLVED_ALIAS', message: `The alias *${node.source} has no anchor &${node.source} before it.` });
      return this.nullAt(start, end);
    }
    if (this.inProgress.has(target)) {
      this.problems.push({ start, end, code: 'ALIAS_CYCLE', message: `The alias *${node.source} points at a collection that contains it, which would repeat forever.` });
      return this.nullAt(start, end);
    }
    const { size: targetSize, height: targetHeight } = this.refused ? { size: 0, height: 0 } : this.measure(target);
    if (this.refused || this.expanded + targetSize > this.aliasBudget || depth + targetHeight > MAX_NESTING) {
      if (!this.refused) {
        this.problems.push({ start, end, code: 'ALIAS_LIMIT', message: 'These aliases stand for too much data (an "alias bomb") and are not expanded: write the values out instead.' });
      }
      this.refused = true;
      return this.nullAt(start, end);
    }
    this.expanded += targetSize;
    return target;
  }

  /** How many nodes a subtree stands for with its aliases expanded, and how deep it is (memoized: a DAG). */
  private measure(node: YNode): { size: number; height: number } {
    let known = this.measured.get(node);
    if (known) return known;
    known = { size: 1, height: 1 };
    const children = node.kind === 'map' ? node.pairs.flatMap((p) => (p.value ? [p.key, p.value] : [p.key])) : node.kind === 'seq' ? node.items : [];
    for (const child of children) {
      const m = this.measure(child);
      known.size += m.size;
      known.height = Math.max(known.height, m.height + 1);
    }
    this.measured.set(node, known);
    return known;
  }

  private nullAt(start: number, end: number): YNode {
    return scalarAt(this.place, start, end, null, false);
  }

  private rangeOf(node: unknown): [number, number] {
    const range = pairRange(node) ?? (node as YamlNode).range ?? [0, 0, 0];
    return [this.base + range[0], this.base + range[1]];
  }
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

/** `yaml.parse` spells a collection key without its comments. */
function withoutComments(node: YamlNode): YamlNode {
  const copy = node.clone() as YamlNode;
  visit(copy, (_key, each) => {
    if (each && typeof each === 'object') {
      delete (each as { comment?: string }).comment;
      delete (each as { commentBefore?: string }).commentBefore;
    }
  });
  return copy;
}
