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
 * two advisors, a six-month emergency fund and a review recorded today.
 */
export function starterPlan(options: StarterOptions): string {
  const t = options.today;
  const dates = { today: t, in1m: addMonths(t, 1), in2m: addMonths(t, 2), in6m: addMonths(t, 6), in4y: addMonths(t, 48) };
  const chinese = options.lang.startsWith('zh');
  const owner = yamlText(options.owner?.trim() || (chinese ? '你的名字' : 'Your Name'));
  const modeline = options.schemaPath ? `# yaml-language-server: $schema=${options.schemaPath}\n` : '';
  return modeline + (chinese ? chineseStarter : englishStarter)(dates, owner);
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

function englishStarter(d: StarterDates, owner: string): string {
  return `# A career plan as code: one file per person, kept in git and reviewed on a schedule.
# Replace the examples with your own. \`careerplan check\` tells you what is missing,
# \`careerplan next\` shows what to do next. Dates are YYYY-MM-DD; ids are kebab-case.
careerplan: 1
owner: ${owner}

# Where you stand now.
current:
  role: Your current role
  values: [autonomy, learning]
  interests: [teaching]
  strengths: [explaining complex things]
  weaknesses: [public speaking]

# What you can do now: skill id -> level 0..5, or { level, kind, evidence }.
# kind: digital | soft | certification | industry | other
skills:
  core-craft: 4
  writing: { level: 2, kind: soft }

# Where you want to be: at least one goal within 12 months and one 3-5 years out.
goals:
  next-step:
    title: Take the next step in my current role
    by: ${d.in6m}
    horizon: short
    plan: primary
  long-term:
    title: Earn a living from my backup path if I choose to
    by: ${d.in4y}
    horizon: long
    plan: backup-path

# Plan A and at least one backup plan (Plan B). Choose a Plan B from what you are good at,
# interested in, or close to your current work, not from a hot market or a salary alone.
plans:
  primary:
    title: Grow in my current field
    kind: primary
  backup-path:
    title: Name your backup path here
    kind: backup
    # full-time | part-time | freelance | consulting | side-hustle | volunteering | business
    model: freelance
    why: Close to my strengths and interests
    trigger: A layoff, or losing interest in my current work
    # Skills this path needs: skill id -> required level 1..5.
    needs:
      writing: 3
    # Small experiments test a path before you commit to it; rate your interest when they end.
    experiments:
      first-conversation:
        # freelance | volunteering | side-hustle | side-project | informational-interview
        # | course | part-time
        kind: informational-interview
        from: ${d.in1m}
        to: ${d.in2m}
        status: planned
        develops: [writing]

# The action plan: small steps with due dates. status: todo | doing | blocked | done | dropped.
actions:
  list-options:
    do: List three backup paths close to my strengths and interests
    plan: backup-path
    due: ${d.in1m}
  writing-course:
    do: Take a writing course
    plan: backup-path
    due: ${d.in2m}
    develops: [writing]
    after: [list-options]

# Your network: role is mentor | advisor | supporter | peer | recruiter | contact.
network:
  my-mentor:
    name: My mentor
    role: mentor
    last-contact: ${d.today}
    next-contact: ${d.in1m}
  first-advisor: { name: A trusted advisor, role: advisor, last-contact: ${d.today} }
  second-advisor: { name: Another trusted advisor, role: advisor, last-contact: ${d.today} }
  a-friend: { name: A friend who encourages me, role: supporter }

# Your safety net: an emergency fund of 3-6 months of expenses buys time to switch paths.
finances:
  currency: USD
  monthly-expenses: 3000
  emergency-fund: 18000
  target-months: 6

# What helps and what holds you back.
forces:
  for: [Supportive family]
  against: [Little free time on weekdays]
obstacles:
  no-time:
    text: Little free time on weekdays
    addressed-by: [list-options]
resources: [Employer learning budget, Local library]

resume:
  updated: ${d.today}

# Review the plan regularly (and after any big life or career event) with 2-3 advisors.
review:
  every: 3m
  last: ${d.today}
  advisors: [my-mentor, first-advisor, second-advisor]
  supporters: [a-friend]
  log:
    - date: ${d.today}
      notes: Started this plan.
`;
}

function chineseStarter(d: StarterDates, owner: string): string {
  return `# 职业规划即代码：每人一个文件，用 git 管理，定期回顾。
# 请把下面的示例换成你自己的内容。\`careerplan check\` 会指出缺少什么，
# \`careerplan next\` 列出接下来要做的事。日期格式为 YYYY-MM-DD；id 使用小写字母、数字和连字符。
careerplan: 1
owner: ${owner}

# 你现在的位置。
current:
  role: 你目前的职位
  values: [自主, 学习]
  interests: [培训]
  strengths: [把复杂的事情讲清楚]
  weaknesses: [公开演讲]

# 你现在会什么：技能 id -> 等级 0..5，或 { level, kind, evidence }。
# kind: digital | soft | certification | industry | other
skills:
  core-craft: 4
  writing: { level: 2, kind: soft }

# 你想去哪里：至少一个 12 个月内的目标，一个 3-5 年的目标。
goals:
  next-step:
    title: 在目前的岗位上更进一步
    by: ${d.in6m}
    horizon: short
    plan: primary
  long-term:
    title: 必要时能靠备选职业养活自己
    by: ${d.in4y}
    horizon: long
    plan: backup-path

# A 计划和至少一个备选计划（B 计划）。B 计划应基于你擅长的、感兴趣的或与当前工作相近的方向，
# 而不是只看热门行业或薪水。
plans:
  primary:
    title: 在当前领域继续成长
    kind: primary
  backup-path:
    title: 在这里写下你的备选职业
    kind: backup
    # full-time | part-time | freelance | consulting | side-hustle | volunteering | business
    model: freelance
    why: 与我的优势和兴趣相近
    trigger: 被裁员，或对现在的工作失去兴趣
    # 这条路需要的技能：技能 id -> 需要的等级 1..5。
    needs:
      writing: 3
    # 先用小规模的"试水"实验检验这条路，结束后记录你的兴趣（interest: 1-5）。
    experiments:
      first-conversation:
        # freelance | volunteering | side-hustle | side-project | informational-interview
        # | course | part-time
        kind: informational-interview
        from: ${d.in1m}
        to: ${d.in2m}
        status: planned
        develops: [writing]

# 行动计划：带截止日期的小步骤。status: todo | doing | blocked | done | dropped。
actions:
  list-options:
    do: 列出三条与我的优势和兴趣相近的备选职业道路
    plan: backup-path
    due: ${d.in1m}
  writing-course:
    do: 参加一门写作课程
    plan: backup-path
    due: ${d.in2m}
    develops: [writing]
    after: [list-options]

# 你的人脉：role 为 mentor | advisor | supporter | peer | recruiter | contact。
network:
  my-mentor:
    name: 我的导师
    role: mentor
    last-contact: ${d.today}
    next-contact: ${d.in1m}
  first-advisor: { name: 一位信任的顾问, role: advisor, last-contact: ${d.today} }
  second-advisor: { name: 另一位信任的顾问, role: advisor, last-contact: ${d.today} }
  a-friend: { name: 一位鼓励我的朋友, role: supporter }

# 你的安全垫：3-6 个月生活费的应急资金，让你有时间转换方向。
finances:
  currency: CNY
  monthly-expenses: 8000
  emergency-fund: 48000
  target-months: 6

# 助力与阻力。
forces:
  for: [家人支持]
  against: [工作日空闲时间少]
obstacles:
  no-time:
    text: 工作日空闲时间少
    addressed-by: [list-options]
resources: [公司的学习经费, 本地图书馆]

resume:
  updated: ${d.today}

# 定期回顾（遇到重大生活或职业变化时也要回顾），请 2-3 位顾问帮你把关。
review:
  every: 3m
  last: ${d.today}
  advisors: [my-mentor, first-advisor, second-advisor]
  supporters: [a-friend]
  log:
    - date: ${d.today}
      notes: 开始制定这份计划。
`;
}

export type { IsoDate };
