import type { CodeAction } from 'vscode-languageserver-types';
import { addDays, addMonths } from '../dates';
import { addEntry, replaceScalar, type EntryFields } from '../edits/planEdits';
import type { PlanModel } from '../model/types';
import { closestId, onlyNearest } from '../text/closest';
import { ACTION_DAYS } from './missingTimeline';
import { dataString, editAction, textFromId, unambiguousFix, type FixContext, type QuickFix } from './quickFix';

type Kind = 'plan' | 'goal' | 'action' | 'contact' | 'skill';

const SECTION: Record<Kind, string> = { plan: 'plans', goal: 'goals', action: 'actions', contact: 'network', skill: 'skills' };

/** unknown-reference: "did you mean" the closest id (preferred), or create the missing item. */
export const unknownReferenceFix: QuickFix = {
  codes: ['unknown-reference'],
  fixes(context, finding) {
    const { analysis, format } = context;
    const kind = dataString(finding, 'kind') as Kind | undefined;
    const id = dataString(finding, 'id') ?? analysis.text.slice(finding.start, finding.end).replace(/^["']|["']$/g, '');
    if (!kind || !(kind in SECTION) || !id) return [];
    const suggestion = dataString(finding, 'suggestion') || closestId(id, knownIds(analysis.model, kind));
    const actions: CodeAction[] = [];
    if (suggestion) {
      actions.push(...editAction(context, format('fix.did-you-mean', { id: suggestion }), replaceScalar(analysis, finding, suggestion), true));
    }
    const section = SECTION[kind];
    actions.push(...editAction(context, format('fix.create', { kind, id, section }), addEntry(analysis, section, id, newEntry(context, kind, id))));
    return actions;
  },
  unambiguous(context, finding) {
    const kind = dataString(finding, 'kind') as Kind | undefined;
    const id = dataString(finding, 'id');
    if (!kind || !(kind in SECTION) || !id) return null;
    // A did-you-mean one letter away, with no other id as close.
    const only = onlyNearest(id, knownIds(context.analysis.model, kind), 1);
    return only ? unambiguousFix(context.format('fix.did-you-mean', { id: only }), replaceScalar(context.analysis, finding, only)) : null;
  },
};

function knownIds(model: PlanModel, kind: Kind): Iterable<string> {
  switch (kind) {
    case 'plan':
      return model.planById.keys();
    case 'goal':
      return model.goalById.keys();
    case 'action':
      return model.actionById.keys();
    case 'contact':
      return model.contactById.keys();
    case 'skill':
      return new Set([...model.skillById.keys(), ...model.plans.flatMap((p) => p.needs.map((n) => n.skill))]);
  }
}

/** The smallest entry that satisfies the schema, with placeholders the user edits after. */
function newEntry(context: FixContext, kind: Kind, id: string): EntryFields | number {
  const { today, analysis } = context;
  switch (kind) {
    case 'skill':
      return 0;
    case 'action':
      return [['do', textFromId(id)], ['due', addDays(today, ACTION_DAYS)]];
    case 'contact':
      return [['name', textFromId(id, true)], ['role', 'contact']];
    case 'goal':
      return [['title', textFromId(id)], ['by', addMonths(today, 12)]];
    case 'plan': {
      const hasPrimary = analysis.model.plans.some((p) => p.kind?.value === 'primary');
      return [['title', textFromId(id)], ['kind', hasPrimary ? 'backup' : 'primary']];
    }
  }
}
