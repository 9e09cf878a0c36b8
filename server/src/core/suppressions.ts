import { isRuleCode } from './codes';
import type { YNode } from './yaml/tree';

/** One `# careerplan-disable-next-line` / `# careerplan-disable-file` comment. */
export interface Suppression {
  scope: 'next-line' | 'file';
  /** The line (0-based) of the comment. */
  line: number;
  /** The codes it names, each with its span in the comment; empty means every code. */
  codes: Array<{ code: string; start: number; end: number; known: boolean }>;
  start: number;
  end: number;
}

/** What every suppression comment contains: a text without it has none. */
export const DIRECTIVE_MARK = 'careerplan-disable-';

const DIRECTIVE = /^\uFEFF?[ \t]*#[ \t]*careerplan-disable-(next-line|file)(?=[ \t\r\n]|$)([^\r\n]*)/gm;

/** Finds the suppression comments of a text (whole-line comments only). Linear in the text. */
export function findSuppressions(text: string, lineOf: (offset: number) => number): Suppression[] {
  if (!text.includes(DIRECTIVE_MARK)) return [];
  const out: Suppression[] = [];
  for (const m of text.matchAll(DIRECTIVE)) {
    const start = m.index! + m[0].indexOf('#');
    const listStart = m.index! + m[0].length - m[2].length;
    const codes: Suppression['codes'] = [];
    // A description may follow after "--", as in ESLint: `# careerplan-disable-next-line overdue -- waiting on HR`.
    const list = m[2].split(/\s--\s|\s--$/)[0];
    for (const cm of list.matchAll(/[^\s,]+/g)) {
      const code = cm[0];
      codes.push({ code, start: listStart + cm.index!, end: listStart + cm.index! + code.length, known: isRuleCode(code) });
    }
    out.push({ scope: m[1] as Suppression['scope'], line: lineOf(start), codes, start, end: m.index! + m[0].length });
  }
  return out;
}

/**
 * Whether an offset lies in a scalar's text: a `# careerplan-disable-…` line inside a block
 * scalar (review notes, say) is text, not a comment. Descends only into nodes that contain it.
 */
export function isInsideScalar(node: YNode | null, offset: number): boolean {
  if (!node || offset < node.start || offset >= node.end) return false;
  if (node.kind === 'scalar') return true;
  if (node.kind === 'seq') return node.items.some((item) => isInsideScalar(item, offset));
  return node.pairs.some((pair) => isInsideScalar(pair.key, offset) || isInsideScalar(pair.value, offset));
}
