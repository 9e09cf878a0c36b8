import type { Locale } from '../core/messages/catalog';
import type { IdKind } from '../core/ids/idSites';

/**
 * The language server's own texts (hover labels, snippet names, rename refusals), in English and
 * Simplified Chinese. The analysis's diagnostics have their own catalogue in core/messages.
 */
const en = {
  /** The language these texts are in (for texts kept in the core, like rule help). */
  locale: 'en' as Locale,
  kind: {
    skill: 'Skill', goal: 'Goal', plan: 'Plan', action: 'Action', contact: 'Contact', obstacle: 'Obstacle', experiment: 'Experiment', 'income-stream': 'Income stream',
  } satisfies Record<IdKind, string>,
  field: {
    due: 'Due', status: 'Status', done: 'Done', plan: 'Plan', goal: 'Goal', by: 'By', horizon: 'Horizon', kind: 'Kind', model: 'Model',
    level: 'Level', role: 'Role', field: 'Field', lastContact: 'Last contact', nextContact: 'Next contact', from: 'From', to: 'To',
    interest: 'Interest', neededBy: 'Needed by', references: 'References', notDefined: 'Not defined in this plan.', develops: 'Develops',
    after: 'After', phase: 'Phase', amount: 'Monthly amount', overdue: 'overdue',
  },
  snippet: {
    action: 'New action', experiment: 'New experiment', goal: 'New goal', contact: 'New contact', skill: 'New skill',
    actionDo: 'What to do', goalTitle: 'What you want to achieve', contactName: 'Full name', today: 'today', inAWeek: 'in a week', inAMonth: 'in a month',
  },
  rename: {
    notAnId: 'Only ids can be renamed: put the cursor on the id of a skill, goal, plan, experiment, action, contact, obstacle or income stream, or on a reference to one.',
    invalid: (id: string) => `"${id}" is not a valid id: use lowercase letters, digits and dashes, starting with a letter or digit (kebab-case, like "design-course").`,
    notText: (id: string) => `"${id}" would be read as a number or a date in YAML; give the id at least one letter.`,
    taken: (kind: string, id: string) => `The id "${id}" is already used by another ${kind}; choose another id, or remove or rename that one first.`,
    syntax: 'The file has syntax errors; fix them before renaming so that every reference is found.',
    tooLong: (max: number) => `An id can have at most ${max} characters (YAML reads no longer key); choose a shorter id.`,
  },
  history: { progress: 'Reading the plan history' },
  schema: { allowedValues: 'Allowed values' },
};

type Texts = typeof en;

const zh: Texts = {
  locale: 'zh-cn',
  kind: { skill: '技能', goal: '目标', plan: '计划', action: '行动', contact: '联系人', obstacle: '障碍', experiment: '实验', 'income-stream': '收入来源' },
  field: {
    due: '截止', status: '状态', done: '完成于', plan: '计划', goal: '目标', by: '目标日期', horizon: '期限', kind: '类型', model: '工作模式',
    level: '水平', role: '角色', field: '领域', lastContact: '上次联系', nextContact: '下次联系', from: '开始', to: '结束',
    interest: '兴趣', neededBy: '需要此技能的计划', references: '引用', notDefined: '本计划中没有定义。', develops: '培养技能',
    after: '前置行动', phase: '阶段', amount: '每月金额', overdue: '已逾期',
  },
  snippet: {
    action: '新行动', experiment: '新实验', goal: '新目标', contact: '新联系人', skill: '新技能',
    actionDo: '要做的事', goalTitle: '想实现的目标', contactName: '姓名', today: '今天', inAWeek: '一周后', inAMonth: '一个月后',
  },
  rename: {
    notAnId: '只能重命名 id：请把光标放在技能、目标、计划、实验、行动、联系人、障碍或收入来源的 id 上，或放在对它的引用上。',
    invalid: (id) => `“${id}”不是有效的 id：请使用小写字母、数字和连字符，并以字母或数字开头（例如 “design-course”）。`,
    notText: (id) => `“${id}”在 YAML 中会被读成数字或日期；id 中至少要有一个字母。`,
    taken: (kind, id) => `id“${id}”已被另一个${kind}使用；请换一个 id，或先删除或重命名那个${kind}。`,
    syntax: '文件有语法错误；请先修正，再重命名，以确保找到所有引用。',
    tooLong: (max: number) => `编号最多 ${max} 个字符（YAML 不能读取更长的键）：请换一个更短的编号。`,
  },
  history: { progress: '正在读取计划历史' },
  schema: { allowedValues: '可选值' },
};

export type ServerTexts = Texts;

export function serverTexts(locale: Locale): ServerTexts {
  return locale === 'zh-cn' ? zh : en;
}
