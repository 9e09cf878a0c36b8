import type { Analysis } from '../analyze';
import { isIsoDate, type IsoDate } from '../dates';
import { insertPair, isEmptyValue, keyColumn, replaceValue, writeUnderKey } from '../edits/mapEdits';
import { appendLines, indentUnit } from '../edits/planEdits';
import { refuse } from '../edits/refusal';
import { safeEdit } from '../edits/safety';
import { appendSeqItem } from '../edits/seqEdits';
import type { EditResult } from '../edits/textEdits';
import { yamlKey, yamlScalar } from '../edits/yamlText';
import type { ProgressChanges } from '../history/changes';
import { isValidId } from '../ids/idPattern';
import { MAX_SKILL_LEVEL, type Experiment, type Skill } from '../model/types';
import { asMap, getPair, type YPair } from '../yaml/tree';
import { EditSet, setFields } from './editSet';
import { blockLogItem, flowLogItem, type ReviewLogChanges, type ReviewLogData } from './logEntry';

export type ActionAnswer =
  | { id: string; decision: 'keep' | 'drop' }
  /** `on` is the completion date (default: the review's date). */
  | { id: string; decision: 'done'; on?: IsoDate }
  | { id: string; decision: 'reschedule'; due: IsoDate };

export interface ExperimentAnswer {
  plan: string;
  id: string;
  /** 1..5 */
  interest?: number;
  learned?: string;
}

export interface ReviewAnswers {
  /** The day of the review: `review.last` and the log entry's date. */
  date: IsoDate;
  notes?: string;
  actions?: ActionAnswer[];
  experiments?: ExperimentAnswer[];
  /** New skill levels (0..5). */
  skills?: Array<{ id: string; level: number }>;
  /** Question id → answer; empty answers are left out. */
  questions?: Record<string, string>;
  /** What changed since the last review, from git (see changesSinceReview), merged into the entry's `changes`. */
  since?: { changes?: ProgressChanges; commits?: number };
}


type Refusal = Extract<EditResult, { ok: false }>;
const unsupported = (subject: string): Refusal => ({ ok: false, reason: 'edit.unsupported', subject });
const notFound = (subject: string): Refusal => ({ ok: false, reason: 'edit.not-found', subject });

/**
 * Applies a whole review as ONE set of minimal edits: each action decision, experiment rating and
 * skill level, `review.last`, and a new `review.log` entry. Comments, key order, indentation,
 * line endings and flow/block style are kept; `review:` and `log:` are created when missing.
 * Refused, with nothing changed, for a file with syntax errors or conflicts, an unknown id or an
 * answer out of range.
 */
export function applyReview(analysis: Analysis, answers: ReviewAnswers): EditResult {
  return safeEdit(analysis, () => {
    const result = buildReview(analysis, answers);
    if (!result.ok) refuse(result.reason, result.subject);
    return result.edits;
  });
}

/**
 * What git says changed comes from the client too: counts must be whole numbers and ids text,
 * else the request is refused (every text is written quoted where YAML needs it, never raw).
 */
function sinceRefusal(since: ReviewAnswers['since']): Refusal | null {
  if (since === undefined) return null;
  if (since.commits !== undefined && !(Number.isSafeInteger(since.commits) && since.commits >= 0)) return unsupported(`since.commits: ${String(since.commits).slice(0, 40)}`);
  const changes = since.changes;
  for (const list of [changes?.actionsDone, changes?.experimentsFinished]) {
    if (list !== undefined && !(Array.isArray(list) && list.every((id) => typeof id === 'string'))) return unsupported('since.changes');
  }
  for (const [id, level] of Object.entries(changes?.skillsRaised ?? {})) {
    if (!isValidId(id) || !Number.isInteger(level) || level < 0 || level > MAX_SKILL_LEVEL) return unsupported(`since.changes.skillsRaised: ${id.slice(0, 40)}`);
  }
  return null;
}

function buildReview(analysis: Analysis, answers: ReviewAnswers): EditResult {
  const badSince = sinceRefusal(answers.since);
  if (badSince) return badSince;
  if (!isIsoDate(answers.date)) return unsupported(`date: ${answers.date}`);
  if (!analysis.model.root) return unsupported('the plan is not a map of sections');
  const text = analysis.text;
  const edits = new EditSet(text);
  const tail: string[] = [];
  const log: Required<Pick<ReviewLogChanges, 'actions-done' | 'actions-dropped' | 'actions-rescheduled' | 'experiments-finished' | 'skills-raised'>> = {
    'actions-done': [...(answers.since?.changes?.actionsDone ?? [])],
    'actions-dropped': [],
    'actions-rescheduled': [],
    'experiments-finished': [...(answers.since?.changes?.experimentsFinished ?? [])],
    'skills-raised': { ...(answers.since?.changes?.skillsRaised ?? {}) },
  };

  const refused =
    applyActions(analysis, answers, edits, log) ??
    applyExperiments(analysis, answers, edits, log) ??
    applySkills(analysis, answers, edits, log, tail);
  if (refused) return refused;

  const answerTexts: Record<string, string> = {};
  for (const [id, answer] of Object.entries(answers.questions ?? {})) {
    if (!isValidId(id)) return unsupported(`question id: ${id}`);
    if (answer.trim() !== '') answerTexts[id] = answer.trim();
  }
  const changes: ReviewLogChanges = {};
  for (const key of ['actions-done', 'actions-dropped', 'actions-rescheduled', 'experiments-finished'] as const) {
    const unique = [...new Set(log[key])];
    if (unique.length) changes[key] = unique;
  }
  if (Object.keys(log['skills-raised']).length) changes['skills-raised'] = log['skills-raised'];
  if (answers.since?.commits !== undefined) changes.commits = answers.since.commits;
  const entry: ReviewLogData = { date: answers.date };
  if (answers.notes !== undefined && answers.notes.trim() !== '') entry.notes = answers.notes.trim();
  if (Object.keys(answerTexts).length) entry.answers = answerTexts;
  if (Object.keys(changes).length) entry.changes = changes;

  const reviewRefused = applyReviewSection(analysis, entry, edits, tail);
  if (reviewRefused) return reviewRefused;
  if (tail.length) edits.add(appendLines(analysis, tail));
  const result = edits.result();
  return result ? { ok: true, edits: result } : unsupported('overlapping changes');
}

function applyActions(analysis: Analysis, answers: ReviewAnswers, edits: EditSet, log: { 'actions-done': string[]; 'actions-dropped': string[]; 'actions-rescheduled': string[] }): Refusal | null {
  const seen = new Set<string>();
  for (const answer of answers.actions ?? []) {
    if (seen.has(answer.id)) return unsupported(`two answers for action ${answer.id}`);
    seen.add(answer.id);
    const action = analysis.model.actionById.get(answer.id);
    if (!action) return notFound(answer.id);
    if (answer.decision === 'keep') continue;
    if (!action.map) return unsupported(`actions.${answer.id}`);
    const flow = action.map.flow;
    switch (answer.decision) {
      case 'done': {
        const on = answer.on ?? answers.date;
        if (!isIsoDate(on)) return unsupported(`actions.${answer.id}.done: ${on}`);
        edits.add(...setFields(analysis.text, action.map, [['status', 'done'], ['done', on]], ['status', 'due', 'do']));
        log['actions-done'].push(answer.id);
        break;
      }
      case 'reschedule':
        if (!isIsoDate(answer.due)) return unsupported(`actions.${answer.id}.due: ${answer.due}`);
        edits.add(...setFields(analysis.text, action.map, [['due', answer.due]], ['goal', 'plan', 'do']));
        log['actions-rescheduled'].push(answer.id);
        break;
      case 'drop':
        edits.add(...setFields(analysis.text, action.map, [['status', yamlScalar('dropped', flow)]], ['due', 'do']));
        log['actions-dropped'].push(answer.id);
        break;
      default:
        return unsupported(`actions.${(answer as { id: string }).id}: decision`);
    }
  }
  return null;
}

function applyExperiments(analysis: Analysis, answers: ReviewAnswers, edits: EditSet, log: { 'experiments-finished': string[] }): Refusal | null {
  const seen = new Set<string>();
  for (const answer of answers.experiments ?? []) {
    const key = `${answer.plan}/${answer.id}`;
    if (seen.has(key)) return unsupported(`two answers for experiment ${key}`);
    seen.add(key);
    const experiment: Experiment | undefined = analysis.model.planById.get(answer.plan)?.experiments.find((e) => e.id === answer.id);
    if (!experiment) return notFound(key);
    const fields: Array<[string, string]> = [];
    if (answer.interest !== undefined) {
      if (!Number.isInteger(answer.interest) || answer.interest < 1 || answer.interest > 5) return unsupported(`plans.${key}.interest: ${answer.interest}`);
      fields.push(['interest', String(answer.interest)]);
    }
    if (answer.learned !== undefined && answer.learned.trim() !== '') fields.push(['learned', yamlScalar(answer.learned.trim(), experiment.map?.flow ?? false)]);
    if (fields.length === 0) continue;
    if (!experiment.map) return unsupported(`plans.${key}`);
    edits.add(...setFields(analysis.text, experiment.map, fields, ['interest', 'status', 'to', 'from', 'kind']));
    if (answer.interest !== undefined) log['experiments-finished'].push(answer.id);
  }
  return null;
}

/** New levels keep each skill's form: `x: 3` → `x: 4`, `x: { level: 3 }` → `x: { level: 4 }`; new skills join `skills`. */
function applySkills(analysis: Analysis, answers: ReviewAnswers, edits: EditSet, log: { 'skills-raised': Record<string, number> }, tail: string[]): Refusal | null {
  const text = analysis.text;
  const added: Array<[string, number]> = [];
  const seen = new Set<string>();
  for (const { id, level } of answers.skills ?? []) {
    if (seen.has(id)) return unsupported(`two levels for skill ${id}`);
    seen.add(id);
    if (!isValidId(id)) return unsupported(`skill id: ${id}`);
    if (!Number.isInteger(level) || level < 0 || level > MAX_SKILL_LEVEL) return unsupported(`skills.${id}: ${level}`);
    const skill: Skill | undefined = analysis.model.skillById.get(id);
    const before = skill?.level ?? 0;
    if (skill) {
      if (skill.map) edits.add(...setFields(text, skill.map, [['level', String(level)]], []));
      else edits.add(...replaceValue(text, skill.pair, String(level)));
    } else {
      added.push([id, level]);
    }
    if (level > before) log['skills-raised'][id] = level;
  }
  if (added.length === 0) return null;
  const lines = added.map(([id, level]) => `${yamlKey(id)}: ${level}`);
  const section = analysis.model.sections.get('skills');
  const map = asMap(section?.value);
  if (map) {
    edits.add(insertPair(text, map, lines.join('\n')));
    return null;
  }
  const unit = indentUnit(analysis);
  if (section) {
    if (!isEmptyValue(section.value)) return unsupported('skills');
    edits.add(...writeUnderKey(text, section, lines.map((l) => ' '.repeat(keyColumn(text, section.key)) + unit + l)));
    return null;
  }
  tail.push('skills:', ...lines.map((l) => unit + l));
  return null;
}

/** Sets `review.last` and appends the log entry, creating `review:` and `log:` as needed. */
function applyReviewSection(analysis: Analysis, entry: ReviewLogData, edits: EditSet, tail: string[]): Refusal | null {
  const text = analysis.text;
  const unit = indentUnit(analysis);
  const section = analysis.model.sections.get('review');
  const last = entry.date;
  const blockBody = (base: string) => [`${base}last: ${last}`, `${base}log:`, ...blockLogItem(entry, unit).map((l) => base + unit + l)];
  if (!section) {
    tail.push('review:', ...blockBody(unit));
    return null;
  }
  const map = asMap(section.value);
  if (!map) {
    if (!isEmptyValue(section.value)) return unsupported('review');
    edits.add(...writeUnderKey(text, section, blockBody(' '.repeat(keyColumn(text, section.key)) + unit)));
    return null;
  }
  if (map.flow) {
    const logPair = getPair(map, 'log');
    const missing: string[] = [];
    const lastPair = getPair(map, 'last');
    if (lastPair) edits.add(...replaceValue(text, lastPair, last));
    else missing.push(`last: ${last}`);
    if (logPair) {
      const refused = appendToLog(analysis, logPair, entry, edits, unit, true);
      if (refused) return refused;
    } else missing.push(`log: [${flowLogItem(entry)}]`);
    // One insertion for all new pairs: a flow map's separators must come out right.
    if (missing.length) edits.add(insertPair(text, map, missing.join('\n')));
    return null;
  }
  const logPair = getPair(map, 'log');
  // The log entry is added first: when `last:` is new and goes after the log, it lands below the new entry.
  if (logPair) {
    const refused = appendToLog(analysis, logPair, entry, edits, unit, false);
    if (refused) return refused;
  }
  edits.add(...setFields(text, map, [['last', last]], ['every']));
  if (!logPair) edits.add(insertPair(text, map, ['log:', ...blockLogItem(entry, unit).map((l) => unit + l)].join('\n')));
  return null;
}

function appendToLog(analysis: Analysis, logPair: YPair, entry: ReviewLogData, edits: EditSet, unit: string, inFlowMap: boolean): Refusal | null {
  const item = { block: (contentOffset: number) => blockLogItem(entry, unit, contentOffset), flow: () => flowLogItem(entry) };
  const added = appendSeqItem(analysis.text, logPair, item, unit, inFlowMap);
  if (!added) return unsupported('review.log');
  edits.add(...added);
  return null;
}
