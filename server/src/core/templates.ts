import { addMonths, type IsoDate } from './dates';
import type { Locale } from './messages/catalog';


export type StarterLanguage = 'en' | 'zh' | Locale;

export interface StarterOptions {
  lang: StarterLanguage;
  /** Dates are generated from today so that the starter checks clean on the day it is written. */
  today: IsoDate;
  owner?: string;
  /**
   * Where the format's JSON schema is, relative to the plan (`./careerplan.schema.json` beside
   * it): written as a modeline for YAML editors without this extension. None without it.
   */
  schemaPath?: string;
}

/**
 * A starter plan with a comment on every section. It checks with no finding on the day it is
 * created: goals at both horizons, a tested backup plan, dated actions that close its skill gap,
 * two advisors and four supporters, a six-month emergency fund and a review recorded today.
 */
export function starterPlan(options: StarterOptions): string {
  const t = options.today;
  const dates = { today: t, in1m: addMonths(t, 1), in2m: addMonths(t, 2), in6m: addMonths(t, 6), in4y: addMonths(t, 48) };
  const chinese = options.lang.startsWith('zh');
  const owner = yamlText(options.owner?.trim() || (chinese ? '你的名字' : 'Your Name'));
  const modeline = options.schemaPath ? `# yaml-language-server: $schema=${options.schemaPath}\n` : '';
  return modeline + starterText(chinese ? CHINESE : ENGLISH, dates, owner);
}

interface StarterDates {
  today: IsoDate;
  in1m: IsoDate;
  in2m: IsoDate;
  in6m: IsoDate;
  in4y: IsoDate;
}

/** A YAML scalar for free text: plain when that is unambiguous, else JSON-quoted (valid YAML). */
function yamlText(text: string): string {
  const plain = /^[\p{L}\p{N}][\p{L}\p{N} .,'()-]*$/u.test(text) && !/^(true|false|null|yes|no|on|off|~)$/i.test(text) && !/^[\d.+-]/.test(text);
  return plain ? text : JSON.stringify(text);
}

/** The starter's words in one language; the plan's structure is written once, in `starterText`. */
interface StarterWords {
  header: string;
  nowComment: string;
  role: string;
  values: string;
  interests: string;
  strengths: string;
  weaknesses: string;
  skillsComment: string;
  goalsComment: string;
  nextStep: string;
  longTerm: string;
  plansComment: string;
  primaryTitle: string;
  backupTitle: string;
  why: string;
  trigger: string;
  needsComment: string;
  experimentsComment: string;
  actionsComment: string;
  listOptions: string;
  writingCourse: string;
  networkComment: string;
  mentor: string;
  advisor: string;
  secondAdvisor: string;
  friend: string;
  colleague: string;
  relative: string;
  classmate: string;
  financesComment: string;
  currency: string;
  monthlyExpenses: number;
  forcesComment: string;
  forFamily: string;
  littleTime: string;
  resources: string;
  reviewComment: string;
  firstLogNote: string;
}

const ENGLISH: StarterWords = {
  header: `# A career plan as code: one file per person, kept in git and reviewed on a schedule.
# Replace the examples with your own. \`careerplan check\` tells you what is missing,
# \`careerplan next\` shows what to do next. Dates are YYYY-MM-DD; ids are kebab-case.`,
  nowComment: '# Where you stand now.',
  role: 'Your current role',
  values: '[autonomy, learning]',
  interests: '[teaching]',
  strengths: '[explaining complex things]',
  weaknesses: '[public speaking]',
  skillsComment: '# What you can do now: skill id -> level 0..5, or { level, kind, evidence }.',
  goalsComment: '# Where you want to be: at least one goal within 12 months and one 3-5 years out.',
  nextStep: 'Take the next step in my current role',
  longTerm: 'Earn a living from my backup path if I choose to',
  plansComment: `# Plan A and at least one backup plan (Plan B). Choose a Plan B from what you are good at,
# interested in, or close to your current work, not from a hot market or a salary alone.`,
  primaryTitle: 'Grow in my current field',
  backupTitle: 'Name your backup path here',
  why: 'Close to my strengths and interests',
  trigger: 'A layoff, or losing interest in my current work',
  needsComment: '# Skills this path needs: skill id -> required level 1..5.',
  experimentsComment: '# Small experiments test a path before you commit to it; rate your interest when they end.',
  actionsComment: '# The action plan: small steps with due dates. status: todo | doing | blocked | done | dropped.',
  listOptions: 'List three backup paths close to my strengths and interests',
  writingCourse: 'Take a writing course',
  networkComment: '# Your network: role is mentor | advisor | supporter | peer | recruiter | contact.',
  mentor: 'My mentor',
  advisor: 'A trusted advisor',
  secondAdvisor: 'Another trusted advisor',
  friend: 'A friend who encourages me',
  colleague: 'A colleague who cheers me on',
  relative: 'A family member',
  classmate: 'An old classmate',
  financesComment: '# Your safety net: an emergency fund of 3-6 months of expenses buys time to switch paths.',
  currency: 'USD',
  monthlyExpenses: 3000,
  forcesComment: '# What helps and what holds you back.',
  forFamily: 'Supportive family',
  littleTime: 'Little free time on weekdays',
  resources: '[Employer learning budget, Local library]',
  reviewComment: '# Review the plan regularly (and after any big life or career event) with 2-3 advisors;\n# 4-5 supporters keep you going.',
  firstLogNote: 'Started this plan.',
};

const CHINESE: StarterWords = {
  header: `# 职业规划即代码：每人一个文件，用 git 管理，定期回顾。
# 请把下面的示例换成你自己的内容。\`careerplan check\` 会指出缺少什么，
# \`careerplan next\` 列出接下来要做的事。日期格式为 YYYY-MM-DD；id 使用小写字母、数字和连字符。`,
  nowComment: '# 你现在的位置。',
  role: '你目前的职位',
  values: '[自主, 学习]',
  interests: '[培训]',
  strengths: '[把复杂的事情讲清楚]',
  weaknesses: '[公开演讲]',
  skillsComment: '# 你现在会什么：技能 id -> 等级 0..5，或 { level, kind, evidence }。',
  goalsComment: '# 你想去哪里：至少一个 12 个月内的目标，一个 3-5 年的目标。',
  nextStep: '在目前的岗位上更进一步',
  longTerm: '必要时能靠备选职业养活自己',
  plansComment: `# A 计划和至少一个备选计划（B 计划）。B 计划应基于你擅长的、感兴趣的或与当前工作相近的方向，
# 而不是只看热门行业或薪水。`,
  primaryTitle: '在当前领域继续成长',
  backupTitle: '在这里写下你的备选职业',
  why: '与我的优势和兴趣相近',
  trigger: '被裁员，或对现在的工作失去兴趣',
  needsComment: '# 这条路需要的技能：技能 id -> 需要的等级 1..5。',
  experimentsComment: '# 先用小规模的"试水"实验检验这条路，结束后记录你的兴趣（interest: 1-5）。',
  actionsComment: '# 行动计划：带截止日期的小步骤。status: todo | doing | blocked | done | dropped。',
  listOptions: '列出三条与我的优势和兴趣相近的备选职业道路',
  writingCourse: '参加一门写作课程',
  networkComment: '# 你的人脉：role 为 mentor | advisor | supporter | peer | recruiter | contact。',
  mentor: '我的导师',
  advisor: '一位信任的顾问',
  secondAdvisor: '另一位信任的顾问',
  friend: '一位鼓励我的朋友',
  colleague: '一位为我加油的同事',
  relative: '一位家人',
  classmate: '一位老同学',
  financesComment: '# 你的安全垫：3-6 个月生活费的应急资金，让你有时间转换方向。',
  currency: 'CNY',
  monthlyExpenses: 8000,
  forcesComment: '# 助力与阻力。',
  forFamily: '家人支持',
  littleTime: '工作日空闲时间少',
  resources: '[公司的学习经费, 本地图书馆]',
  reviewComment: '# 定期回顾（遇到重大生活或职业变化时也要回顾），请 2-3 位顾问帮你把关，4-5 位支持者为你加油。',
  firstLogNote: '开始制定这份计划。',
};

/** The starter plan in the given words; the emergency fund covers six months. */
function starterText(w: StarterWords, d: StarterDates, owner: string): string {
  return `${w.header}
careerplan: 1
owner: ${owner}

${w.nowComment}
current:
  role: ${w.role}
  values: ${w.values}
  interests: ${w.interests}
  strengths: ${w.strengths}
  weaknesses: ${w.weaknesses}

${w.skillsComment}
# kind: digital | soft | certification | industry | other
skills:
  core-craft: 4
  writing: { level: 2, kind: soft }

${w.goalsComment}
goals:
  next-step:
    title: ${w.nextStep}
    by: ${d.in6m}
    horizon: short
    plan: primary
  long-term:
    title: ${w.longTerm}
    by: ${d.in4y}
    horizon: long
    plan: backup-path

${w.plansComment}
plans:
  primary:
    title: ${w.primaryTitle}
    kind: primary
  backup-path:
    title: ${w.backupTitle}
    kind: backup
    # full-time | part-time | freelance | consulting | side-hustle | volunteering | business
    model: freelance
    why: ${w.why}
    trigger: ${w.trigger}
    ${w.needsComment}
    needs:
      writing: 3
    ${w.experimentsComment}
    experiments:
      first-conversation:
        # freelance | volunteering | side-hustle | side-project | informational-interview
        # | course | part-time
        kind: informational-interview
        from: ${d.in1m}
        to: ${d.in2m}
        status: planned
        develops: [writing]

${w.actionsComment}
actions:
  list-options:
    do: ${w.listOptions}
    plan: backup-path
    due: ${d.in1m}
  writing-course:
    do: ${w.writingCourse}
    plan: backup-path
    due: ${d.in2m}
    develops: [writing]
    after: [list-options]

${w.networkComment}
network:
  my-mentor:
    name: ${w.mentor}
    role: mentor
    last-contact: ${d.today}
    next-contact: ${d.in1m}
  first-advisor: { name: ${w.advisor}, role: advisor, last-contact: ${d.today} }
  second-advisor: { name: ${w.secondAdvisor}, role: advisor, last-contact: ${d.today} }
  a-friend: { name: ${w.friend}, role: supporter }
  a-colleague: { name: ${w.colleague}, role: supporter }
  a-relative: { name: ${w.relative}, role: supporter }
  a-classmate: { name: ${w.classmate}, role: supporter }

${w.financesComment}
finances:
  currency: ${w.currency}
  monthly-expenses: ${w.monthlyExpenses}
  emergency-fund: ${w.monthlyExpenses * 6}
  target-months: 6

${w.forcesComment}
forces:
  for: [${w.forFamily}]
  against: [${w.littleTime}]
obstacles:
  no-time:
    text: ${w.littleTime}
    addressed-by: [list-options]
resources: ${w.resources}

resume:
  updated: ${d.today}

${w.reviewComment}
review:
  every: 3m
  last: ${d.today}
  advisors: [my-mentor, first-advisor, second-advisor]
  supporters: [a-friend, a-colleague, a-relative, a-classmate]
  log:
    - date: ${d.today}
      notes: ${w.firstLogNote}
`;
}

export type { IsoDate };
