import type { CodeAction } from 'vscode-languageserver-types';
import type { Finding } from '../analyze';
import { missingTimelineFix } from './missingTimeline';
import { overdueFix } from './overdue';
import type { FixContext, QuickFix } from './quickFix';
import { reviewDueFix } from './reviewDue';
import { schemaEnumFix } from './schemaEnum';
import { skillGapFix } from './skillGap';
import { suppressFix } from './suppress';
import { unknownReferenceFix } from './unknownReference';

/** Every quick fix family; the fixes of a finding come in this order, suppressions last. */
export const QUICK_FIXES: readonly QuickFix[] = [
  unknownReferenceFix,
  schemaEnumFix,
  missingTimelineFix,
  skillGapFix,
  overdueFix,
  reviewDueFix,
  suppressFix,
];

/** The code actions for one finding. None while the file has syntax errors or merge conflicts. */
export function quickFixes(context: FixContext, finding: Finding): CodeAction[] {
  const { analysis } = context;
  if (analysis.hasSyntaxErrors || analysis.parsed.conflicts.length) return [];
  const actions: CodeAction[] = [];
  for (const fix of QUICK_FIXES) {
    if (fix.codes.includes(finding.code) || fix.codes.includes('*')) actions.push(...fix.fixes(context, finding));
  }
  return actions;
}

export type { FixContext, QuickFix };
