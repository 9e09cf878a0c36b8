import type { Analysis } from '../analyze';
import type { RuleCode } from '../codes';
import { applyEdits, type OffsetEdit } from '../edits/textEdits';
import { fixesFor } from './index';
import type { FixContext } from './quickFix';

/** One unambiguous fix as applied: what it fixed, where (0-based line and column), and how. */
export interface AppliedFix {
  code: RuleCode;
  line: number;
  character: number;
  title: string;
  edits: OffsetEdit[];
}

/**
 * The unambiguous fixes of one analysis (SPEC §3: the closest enum value, a real date for an
 * impossible one, a did-you-mean id one letter away), in document order, leaving out any that
 * overlaps one taken before. Nothing while the file has syntax errors or merge conflicts.
 */
export function unambiguousFixes(context: FixContext): AppliedFix[] {
  const { analysis } = context;
  if (analysis.hasSyntaxErrors || analysis.parsed.conflicts.length) return [];
  const taken: AppliedFix[] = [];
  // Two edits touching the same text, or inserting at the same place, would not combine safely.
  const overlaps = (edit: OffsetEdit) => taken.some((t) => t.edits.some((e) => (edit.start < e.end && e.start < edit.end) || edit.start === e.start));
  for (const finding of analysis.findings) {
    for (const family of fixesFor(finding.code)) {
      const fix = family.unambiguous?.(context, finding);
      if (!fix || fix.edits.some(overlaps)) continue;
      const at = analysis.lines.positionAt(finding.start);
      taken.push({ code: finding.code, line: at.line, character: at.character, title: fix.title, edits: fix.edits });
      break;
    }
  }
  return taken;
}

export interface FixAllResult {
  text: string;
  applied: AppliedFix[];
}

/** Passes are bounded: each pass fixes at least one finding, and a plan has few of these. */
const MAX_PASSES = 10;

/**
 * Applies unambiguous fixes until none is left (a fix can reveal another: a date fixed in an
 * entry whose enum is misspelt too): what `check --fix` writes. Positions are those of the pass
 * that applied each fix.
 */
export function fixAllText(text: string, analyze: (text: string) => Analysis, context: Omit<FixContext, 'analysis'>): FixAllResult {
  const applied: AppliedFix[] = [];
  let current = text;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixes = unambiguousFixes({ ...context, analysis: analyze(current) });
    if (fixes.length === 0) break;
    applied.push(...fixes);
    current = applyEdits(current, fixes.flatMap((f) => f.edits));
  }
  return { text: current, applied };
}
