import type { CodeAction } from 'vscode-languageserver-types';
import { replaceScalar } from '../edits/planEdits';
import { closestId, onlyNearest } from '../text/closest';
import { editAction, unambiguousFix, type QuickFix } from './quickFix';

/**
 * schema enum errors: replace the value with the closest allowed one (preferred), or with any
 * other allowed value (enums are short, and a far-off value has no obvious "closest").
 */
export const schemaEnumFix: QuickFix = {
  codes: ['schema'],
  fixes(context, finding) {
    const allowed = finding.data?.allowed;
    const value = finding.data?.value;
    if (!Array.isArray(allowed) || typeof value !== 'string') return [];
    const closest = closestAllowed(value, allowed);
    const ordered = closest ? [closest, ...allowed.filter((v) => v !== closest)] : allowed;
    const actions: CodeAction[] = [];
    for (const candidate of ordered) {
      const title = context.format('fix.replace-value', { value: candidate });
      actions.push(...editAction(context, title, replaceScalar(context.analysis, finding, candidate), candidate === closest));
    }
    return actions;
  },
  unambiguous(context, finding) {
    const allowed = finding.data?.allowed;
    const value = finding.data?.value;
    if (!Array.isArray(allowed) || typeof value !== 'string') return null;
    const only = onlyClosest(value, allowed);
    return only ? unambiguousFix(context.format('fix.replace-value', { value: only }), replaceScalar(context.analysis, finding, only)) : null;
  },
};

/** The closest allowed value when no other is as close (`Full Time` → full-time, `backpu` → backup). */
function onlyClosest(value: string, allowed: string[]): string {
  const normalized = normalize(value);
  if (allowed.includes(normalized)) return normalized;
  return onlyNearest(normalized, allowed);
}

/** A typo away, or the same word in other letter case or spacing (`Full Time` → full-time). */
function closestAllowed(value: string, allowed: string[]): string {
  const normalized = normalize(value);
  return allowed.find((v) => v === normalized) ?? closestId(normalized, allowed);
}

function normalize(value: string): string {
  return value.trim().toLowerCase().replace(/[\s_]+/g, '-');
}
