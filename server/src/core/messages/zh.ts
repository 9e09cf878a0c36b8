import type { SyntaxArgs } from '../yaml/syntaxKinds';
import type { Catalog } from './catalog';
import type { DocumentShape, Expected, Place } from './terms';

/** The text for a state; the last (plainest) one for a state it does not know. */
function pick(texts: Record<string, string>, state: string): string {
  return texts[state] ?? Object.values(texts)[Object.values(texts).length - 1];
}

/**
 * Every text the analysis shows, in Simplified Chinese: the same ids and arguments as en.ts.
 * Typed as `Catalog`, so an id added to en.ts and missing here fails the type check. Ids, keys
 * and values from the file are quoted as written (they are YAML, not prose).
 */
const kindNames: Record<string, string> = {
  plan: '规划',
  goal: '目标',
  action: '行动',
  skill: '技能',
  contact: '联系人',
  experiment: '实验',
};

const kind = (k: string) => kindNames[k] ?? k;

const roleNames: Record<string, string> = {
  mentor: '导师',
  advisor: '顾问',
  supporter: '支持者',
  peer: '同伴',
  recruiter: '招聘人员',
  contact: '联系人',
};

/** A place in the plan, in words (行动“pick-course”). */
function place(p: Place): string {
  switch (p.at) {
    case 'plan': return '整个规划';
    case 'section': return `“${p.section}”`;
    case 'entry': return `${kind(p.kind)}“${p.id}”`;
    case 'experiment': return `实验“${p.id}”`;
    case 'needs': return `规划“${p.plan}”的 needs`;
    case 'need': return `规划“${p.plan}”所需的技能“${p.skill}”`;
    case 'review-log': return '复盘记录（review.log）';
    case 'review-log-entry': return `第 ${p.index} 条复盘记录`;
    case 'field': return p.of ? `${place(p.of)}的“${p.path}”` : `“${p.path}”`;
    case 'item': return `${place(p.of)}的第 ${p.index} 项`;
    case 'skill-level': return `技能“${p.skill}”的等级`;
    case 'need-level': return `规划“${p.plan}”对技能“${p.skill}”要求的等级`;
  }
}

function expected(e: Expected): string {
  switch (e.is) {
    case 'number': {
      const noun = e.integer ? '整数' : '数字';
      if (e.min !== undefined && e.max !== undefined) return `${e.min} 到 ${e.max} 之间的${noun}`;
      if (e.min !== undefined) return e.min === 0 ? `大于或等于 0 的${noun}` : `至少为 ${e.min} 的${noun}`;
      if (e.above !== undefined) return `大于 ${e.above} 的${noun}`;
      if (e.max !== undefined) return `至多为 ${e.max} 的${noun}`;
      return noun;
    }
    case 'map-with': return `包含 ${e.keys.map((k) => `“${k}”`).join('和')} 的映射${e.example ? `（例如 ${e.example}）` : ''}`;
    case 'text': return '文本';
    case 'list': return '列表（例如 [a, b]）';
    case 'map': return '由键和值组成的映射';
    case 'boolean': return 'true 或 false';
    case 'empty': return '空值';
    case 'any': return '有效的值';
    case 'quoted-text': return `文本：请给 ${e.value} 加上引号（"${e.value}"），使其保持为文本`;
  }
}

const SHAPES: Record<DocumentShape, string> = { list: '一个列表', scalar: '单个值' };

function syntax(a: SyntaxArgs): string {
  switch (a.problem) {
    case 'missing-colon': return '键后面需要一个冒号，例如 "key: value"。';
    case 'tab-indent': return '不能用制表符缩进：请用空格缩进。';
    case 'map-column': return '同一映射中的所有键必须从同一列开始：请把这个键与上面的键对齐。';
    case 'list-column': return '同一列表中的所有项必须从同一列开始：请把这个 "-" 与上面的对齐。';
    case 'bad-indent': return '这一行的缩进与上面的行不匹配：请与它所属的键或列表项对齐。';
    case 'multiline-key': return '键必须写在一行内：请检查上面几行是否缺少冒号或引号。';
    case 'block-scalar-header': return '"|" 或 ">" 之后的文本要从下一行开始：请把 "|" 或 ">" 后面的内容移到下一行并缩进。';
    case 'flow-separator': return '写在一行里的 [列表] 或 { 映射 } 中，各项之间用 "," 分隔，键后面跟 ": "：请补上缺少的那个。';
    case 'comment-space': return '注释的 "#" 前面需要一个空格。';
    case 'bad-escape': return '这段双引号文本中有 YAML 不认识的反斜杠转义：反斜杠请写成 \\\\，或改用单引号。';
    case 'anchor-tag': return '这里的锚点（&）、别名（*）或标签（!）无效：职业规划用不到它们，请直接写出值。';
    case 'directive': return '规划文件不需要 "%" 指令：请删除这一行。';
    case 'structure': return '这一行与周围的结构不匹配：请检查缩进，以及列表项是否以 "- " 开头。';
    case 'unexpected': return '这里不能出现这段文本：请检查这一行的缩进、引号和括号。';
    case 'multiple-docs': return '一个规划文件只包含一个文档：这个 "---" 开始了第二个文档。请删除它（并把后面的内容合并到规划中），或把它移到单独的文件。';
    case 'expected-key': return '顶层需要 "key: value" 形式的行。';
    case 'alias-limit': return '这些别名代表的数据过多（“别名炸弹”），因此不会展开：请直接写出这些值。';
    case 'nested-too-deeply': return '这里的数据嵌套太深，无法读取。';
    case 'parser-failure': return 'YAML 读取器在这段文本上出错：这是 careerplan 的缺陷，请连同此规划一起报告。';
    case 'unclosed-quote': return `这段文本打开了一个 ${a.quote} 引号，但没有关闭：请补上结尾的 ${a.quote}。`;
    case 'too-deep': return `这里的数据嵌套超过 ${a.levels} 层；职业规划从不需要这么深。`;
    case 'bad-scalar-start': return `值不能以 ${a.char} 开头，除非加引号：请给这个值加上引号。`;
    case 'unresolved-alias': return `别名 *${a.name} 之前没有对应的锚点 &${a.name}。`;
    case 'alias-cycle': return `别名 *${a.name} 指向包含它自身的集合，会无限重复。`;
  }
}

export const zh: Catalog = {
  'yaml-syntax': (a) => `YAML 语法错误：${syntax(a)}`,
  'yaml-syntax.duplicate-key': (a) => `键“${a.key}”在同一个映射中出现了两次：只保留其中一个（在此之前以后出现的这个为准）。`,
  'yaml-syntax.not-utf8': () => '文件不是有效的 UTF-8 文本：请以 UTF-8 编码保存。',
  'yaml-syntax.too-large': (a) => `这份规划太大，无法检查：超过 ${a.limit} ${a.measure === 'lines' ? '行' : '个字符'}。请拆分成几份较小的规划，或把大块数据移出去。`,
  'merge-conflict': () =>
    '存在未解决的 git 合并冲突：保留你想要的行，并删除 <<<<<<<、======= 和 >>>>>>> 标记行。在此之前，规划按保留第一方（“ours”）的内容检查。',
  'schema.empty': () => '文件是空的：职业规划以 "careerplan: 1" 开头。',
  'schema.not-map': (a) => `职业规划应是由各部分（careerplan、skills、goals……）组成的映射，但此文档是${SHAPES[a.found]}。`,
  'schema.empty-key': () => '这一行的 ":" 前面没有键：请写上键，或删除这一行。',
  'schema.unknown-key': (a) =>
    a.suggestion
      ? `${place(a.where)} 中有未知的键“${a.key}”：你是不是想写“${a.suggestion}”？否则请删除它，或以 "x-" 开头将其保留为你自己的扩展。`
      : `${place(a.where)} 中有未知的键“${a.key}”：请修正拼写、删除它，或以 "x-" 开头将其保留为你自己的扩展。`,
  'schema.bad-id': (a) => `“${a.id}”不是 ${place(a.where)} 中有效的 id：请使用小写字母、数字和连字符（kebab-case），例如 "${a.suggestion || 'tech-writer'}"。`,
  'schema.missing-key': (a) => `${place(a.where)} 缺少必需的键“${a.key}”。`,
  'schema.enum': (a) =>
    a.suggestion
      ? `“${a.value}”不是 ${place(a.key)} 的有效值：你是不是想写“${a.suggestion}”？可用的值有 ${a.allowed}。`
      : `“${a.value}”不是 ${place(a.key)} 的有效值：请使用 ${a.allowed} 之一。`,
  'schema.type': (a) => `${place(a.key)} 必须是${a.expected.map(expected).join('或')}。`,
  'schema.date': (a) =>
    a.problem === 'form' && a.corrected
      ? `${place(a.key)} 中的“${a.value}”不是 YYYY-MM-DD 格式：请写成 ${a.corrected}。`
      : a.problem === 'not-a-date'
        ? `${place(a.key)} 中的“${a.value}”不是日期：请写成 YYYY-MM-DD（例如 2027-03-31）。`
        : `${place(a.key)} 中的“${a.value}”不是真实的日历日期：请写成 YYYY-MM-DD（例如 2027-03-31）。`,
  'schema.version': () => 'careerplan 必须为 1：它是此文件的格式版本。',
  'schema.const': (a) => `${place(a.key)} 必须是 ${a.value}。`,
  'schema.pattern': (a) =>
    a.examples.length ? `${place(a.key)}：“${a.value}”在这里无效；请写成 ${a.examples.join('、')} 这样的形式。` : `${place(a.key)}：“${a.value}”的形式不对。`,
  'schema.invalid': (a) => `${place(a.key)} 的值不符合职业规划格式的要求。`,
  'unknown-reference': (a) =>
    a.suggestion
      ? `“${a.section}”中没有名为“${a.id}”的${a.kind === 'contact' ? '人脉联系人' : kind(a.kind)}：你是想写“${a.suggestion}”吗？`
      : `没有名为“${a.id}”的${a.kind === 'contact' ? '人脉联系人' : kind(a.kind)}：请在“${a.section}”下添加它${a.kind === 'skill' ? '（或添加到某个规划的 needs 中）' : ''}，或修正 id。`,
  'dependency-cycle': (a) => `这些行动互相等待，形成循环，因此都无法开始：${a.cycle}。请删除其中一个 "after" 链接。`,
  'dependency-cycle.self': (a) => `行动“${a.id}”在自己的 "after" 列表中等待自己，因此永远无法开始：请从列表中删除“${a.id}”。`,
  'missing-timeline.action': (a) => `行动“${a.id}”没有截止日期：请添加 "due: YYYY-MM-DD"，让它在你的时间表中有一席之地。`,
  'missing-timeline.goal': (a) => `目标“${a.id}”没有目标日期：请添加 "by: YYYY-MM-DD"，为它设定时间线。`,
  'missing-timeline.experiment': (a) => `实验“${a.id}”没有结束日期：请添加 "to: YYYY-MM-DD"，以便知道何时评估它。`,
  'missing-timeline.plan': (a) => `备选方案“${a.id}”没有带日期的下一步：请添加一个带截止日期的未完成行动，或一个带日期的实验，来推进它。`,
  'skill-gap': (a) =>
    `规划“${a.plan}”需要 ${a.skill} 达到 ${a.need} 级，你目前是 ${a.have} 级，且没有带日期的行动或实验来培养它：请添加一个培养“${a.skill}”的行动，并设定截止日期。`,
  overdue: (a) => `行动“${a.id}”的截止日期是 ${a.due}（已过 ${a.days} 天）：请将其标记为完成，或推迟截止日期。`,
  'prerequisite-later': (a) => `行动“${a.id}”的截止日期是 ${a.due}，早于它的前置行动“${a.prerequisite}”（截止 ${a.prerequisiteDue}）：请调整其中一个日期。`,
  'review-due': (a) => `规划复盘已逾期：上次复盘在 ${a.last}，按 "every: ${a.every}"，下次复盘应在 ${a.next}。请开始复盘。`,
  'review-due.never': (a) => `此规划设定为 "every: ${a.every}" 复盘一次，但还没有任何复盘记录：请开始复盘（它会设置 review.last）。`,
  'emergency-fund': (a) =>
    `你的应急基金可覆盖 ${a.months} 个月的开支：请至少存够 3 个月（你的目标是 ${a.target} 个月），这样在必须转换方向时你有足够的时间。`,
  'emergency-fund.below-target': (a) => `你的应急基金可覆盖 ${a.months} 个月的开支，低于你 ${a.target} 个月的目标：请继续储蓄。`,
  'no-backup': () => '此规划没有备选方案：请添加一个 "kind: backup" 的规划（B 计划），基于你擅长或感兴趣的事情。',
  'no-experiment': (a) => `备选方案“${a.plan}”没有任何实验：请先小规模地试一试（一次自由职业、志愿服务、一门课程、一次信息性访谈）。`,
  'unrated-experiment': (a) => `实验“${a.id}”已经结束但没有评分：请用 "interest: 1-5" 记录你有多喜欢它（以及你的收获）。`,
  'missing-horizon.short': () => '没有未来 12 个月的目标：请添加一个 "by" 日期在一年内的目标（或 "horizon: short"）。',
  'missing-horizon.long': () => '没有长期目标：请添加一个 3–5 年后的目标（"by" 日期至少在 3 年后，或 "horizon: long"）。',
  'no-review': () => '此规划没有复盘周期：请添加 "review: { every: 3m }"（或 1y、quarterly……），以便定期回顾。',
  'few-advisors': (a) => `${a.count === 0 ? '没有为复盘指定任何顾问' : '只为复盘指定了一位顾问'}：请从你的人脉中请 2–3 位信任的顾问来审阅规划。`,
  'stale-contact': (a) => `你上次与${roleNames[a.role] ?? a.role} ${a.name} 联系是在 ${a.days} 天前：请保持联系，维系关系。`,
  'stale-resume': (a) => `你的简历上次更新于 ${a.updated}，已过 ${a.days} 天：请至少每年更新一次。`,
  'gap-after-goal': (a) =>
    `目标 “${a.goal}” 的日期是 ${a.by}，但其规划在 ${a.skill} 上的差距要到 ${a.closesOn} 才能补齐（${a.closerKind === 'experiment' ? '实验' : '行动'} “${a.closer}”）：请把目标日期推迟到那之后，或把该${a.closerKind === 'experiment' ? '实验' : '行动'}提前。`,
  'few-supporters': (a) =>
    `${a.count === 0 ? '没有指定任何支持者' : `只指定了 ${a.count} 位支持者`}：请找 4–5 位会鼓励你的朋友或同事，并列在 review.supporters 中。`,
  'contact-due': (a) =>
    `该联系${a.name}了：下次联系日期是 ${a.next}${a.every ? `（自 ${a.last} 起每 ${a.every}）` : ''}，已过去 ${a.days} 天。请联系对方，然后记录下来。`,
  'one-sided-contact': (a) =>
    `过去一年里${a.name}帮助了你 ${a.count} 次，而记录中你没有任何回馈：请主动回报（引荐、反馈或致谢），并以 "gave" 记录。`,
  'unaddressed-obstacle': (a) =>
    a.dropped
      ? `障碍 “${a.id}” 只由已放弃的行动应对：请添加一个应对它的行动，并列在 "addressed-by" 中。`
      : `障碍 “${a.id}” 没有任何行动去应对：请添加一个行动，并列在 "addressed-by" 中。`,
  'low-interest': (a) =>
    `备选方案 “${a.plan}” 的实验中你的兴趣平均只有 ${a.average} 分（${a.count} 次评分）：请重新考虑这条路径，或在依赖它之前试试它的另一面。`,
  'stale-market': (a) =>
    `备选方案 “${a.plan}” 的市场调研停留在 ${a.researched}（${a.days} 天前）：请重新了解需求和收入，并更新 "researched"。`,
  'unused-suppression': (a) => `此注释屏蔽了“${a.code}”，但这里没有报告它：请删除此注释。`,
  'unused-suppression.unknown': (a) => `“${a.code}”不是 careerplan 的规则代码：请修正拼写或删除它。`,
  'edit.refused-syntax': () => '文件有 YAML 语法错误：请先修复，然后重试（为避免损坏文件，编辑被拒绝）。',
  'edit.refused-conflict': () => '文件有未解决的合并冲突：请先解决，然后重试。',
  'edit.not-found': (a) => `在规划中找不到“${a.subject}”（它可能已被重命名或删除）。`,
  'edit.unsupported': (a) => `此处无法自动进行此修改${a.subject ? `（“${a.subject}”）` : ''}：请手动编辑文件。`,
  'edit.refused-lone-cr': () => '此处有一行以单独的回车符（\\r）结尾：编辑器把它显示为换行，YAML 却把它读作文本。请用 LF 或 CRLF 换行保存文件，然后重试。',
  'edit.refused-alias': (a) => `此值通过 YAML 锚点和别名共享（“${a.subject}”）：在这里修改会改变所有重复它的地方。请先把值写出来，然后重试。`,
  'edit.refused-long-key': (a) => `编号“${a.subject}”超过了 YAML 键允许的 1,024 个字符：请换一个更短的编号。`,
  'edit.refused-block': (a) => `此处的值是多行块（“${a.subject}”）：替换它会丢失其中的行和注释，请手动编辑。`,
  'edit.stale-version': () => '准备此编辑时文件发生了变化：请重试。',
  'edit.not-open': () => '此规划未在语言服务器中打开：请在编辑器中打开它，然后重试。',
  'edit.invalid': (a) => `编辑请求无效：${a.detail}。`,
  'fix.add-date': (a) => `添加 "${a.key}: ${a.date}"`,
  'fix.add-next-step': (a) => `为“${a.plan}”添加下一步，截止 ${a.date}`,
  'fix.add-skill-action': (a) => `添加培养 ${a.skill} 的行动“${a.id}”，截止 ${a.date}`,
  'fix.date-skill-action': (a) => `为行动“${a.id}”设定截止日期（${a.date}）`,
  'fix.did-you-mean': (a) => `改为“${a.id}”`,
  'fix.create': (a) => `将${a.kind === 'contact' ? '联系人' : kind(a.kind)}“${a.id}”添加到“${a.section}”`,
  'fix.mark-done': (a) => `将“${a.id}”标记为完成`,
  'fix.move-due': (a) => `将截止日期改为 ${a.date}`,
  'fix.start-review': () => '开始复盘',
  'fix.replace-value': (a) => `改为“${a.value}”`,
  'fix.ignore-line': (a) => `在此行忽略 ${a.code}`,
  'fix.ignore-file': (a) => `在此文件中忽略 ${a.code}`,
  'fix.text.develop-skill': (a) => `将 ${a.skill} 提升到 ${a.level} 级`,
  'fix.text.next-step': (a) => `朝 ${a.plan} 迈出下一步`,
  'fix.add-key': (a) => `添加 "${a.key}: ${a.value}"`,
  'fix.remove-key': (a) => `删除“${a.key}”`,
  'fix.rename-key': (a) => `重命名为“${a.key}”`,
  'fix.remove-after': (a) => `从“${a.id}”的 after 列表中删除“${a.prerequisite}”`,
  'fix.due-after-prerequisite': (a) => `将“${a.id}”移到 ${a.date}，在“${a.prerequisite}”之后`,
  'fix.prerequisite-earlier': (a) => `将“${a.prerequisite}”提前到 ${a.date}`,
  'fix.set-target-months': (a) => `将 target-months 设为 ${a.months}`,
  'fix.open-finances': () => '打开财务部分',
  'fix.open-plan': (a) => `打开规划“${a.plan}”`,
  'fix.add-backup-plan': (a) => `添加备用规划“${a.id}”`,
  'fix.add-experiment': (a) => `为“${a.plan}”添加实验“${a.id}”（${a.from} 至 ${a.to}）`,
  'fix.rate-experiment': (a) => `为“${a.id}”打分：兴趣 ${a.interest}/5`,
  'fix.add-goal': (a) => (a.horizon === 'short' ? `添加未来 12 个月的目标（“${a.id}”，${a.date} 前）` : `添加 3–5 年的目标（“${a.id}”，${a.date} 前）`),
  'fix.add-review-cadence': (a) => `每 ${a.every} 复盘一次（添加 "review: { every: ${a.every} }"）`,
  'fix.add-to-review': (a) => `将 ${a.name} 添加到 review.${a.list}`,
  'fix.add-new-contact': (a) => `添加新联系人“${a.id}”到 network 和 review.${a.list}`,
  'fix.log-contact': (a) => `记录今天（${a.date}）与 ${a.name} 的联系`,
  'fix.log-contact-next': (a) => `记录今天（${a.date}）与 ${a.name} 的联系，下次联系 ${a.next}`,
  'fix.set-today': (a) => `将 ${a.key} 设为今天（${a.date}）`,
  'fix.remove-suppression': () => '删除此屏蔽注释',
  'fix.remove-suppression-code': (a) => `从此注释中删除 ${a.code}`,
  'fix.all': (a) => `修复所有明确的问题（${a.count} 个）`,
  'fix.text.backup-plan': () => '我的 B 计划',
  'fix.text.learned': () => '我学到了什么',
  'fix.text.short-goal': () => '未来 12 个月的目标',
  'fix.text.long-goal': () => '3 到 5 年后我想到达的位置',
  'fix.text.contact-log': () => '叙旧交流',
  'fix.text.new-contact': (a) => (a.list === 'advisors' ? '一位信任的顾问' : '一位鼓励我的朋友'),
  'fix.move-goal-by': (a) => `将目标“${a.goal}”的 by 改为 ${a.date}，在差距弥合之后`,
  'fix.log-gave': (a) => `记录今天（${a.date}）你为 ${a.name} 做的事`,
  'fix.add-obstacle-action': (a) => `添加应对“${a.obstacle}”的行动“${a.id}”`,
  'fix.text.gave': () => '我回馈了什么',
  'fix.text.address-obstacle': (a) => `应对：${a.obstacle}`,
  'lens.progress': (a) => (a.total === 0 ? '还没有行动' : `已完成 ${a.done}/${a.total} 个行动`),
  'lens.next': (a) => (a.due ? `下一步：${a.id}（截止 ${a.due}）` : `下一步：${a.id}（无截止日期）`),
  'lens.mark-done': () => '标记完成',
  'lens.snooze': () => '推迟一周',
  'lens.review-due': (a) => `复盘自 ${a.since} 起已到期`,
  'lens.review-due.never': () => '复盘已到期：尚无记录',
  'lens.review-next': (a) => `下次复盘：${a.date}`,
  'lens.review-none': () => '未设置复盘周期',
  'lens.start-review': () => '开始复盘',
  'lens.readiness': (a) => `准备度 ${a.percent}%`,
  'hint.runway': (a) => (a.covered ? '失业后收入仍可覆盖开支' : `失业后约可支撑 ${a.months} 个月`),
  'hint.gap-closes': (a) => `${a.date} 补齐`,
  'hint.gap-undated': () => '没有带日期的计划',
  'hint.next-contact': (a) => (a.due ? `下次联系 ${a.date}，已到期` : `下次联系 ${a.date}`),
  'hint.waiting': (a) => `等待 ${a.ids}`,
  'arithmetic.runway': (a) =>
    `**失业后可支撑时间**：emergency-fund ÷（monthly-expenses − 持续收入）= ${a.fund} ÷（${a.expenses} − ${a.continuing}）≈ **${a.months} 个月**（向下取一位小数）。`,
  'arithmetic.runway-covered': (a) => `**失业后可支撑时间**：无限——持续收入（每月 ${a.continuing}）足以支付 monthly-expenses（${a.expenses}）。`,
  'arithmetic.stream': (a) => `\`${a.id}\` ${a.amount}（${a.kind}）：${a.continues ? '失业后仍有' : '随工作停止'}`,
  'arithmetic.gap': (a) => `**技能差距**：规划 \`${a.plan}\` 需要 \`${a.skill}\` 达到 ${a.need} 级；你目前是 ${a.have} 级。`,
  'arithmetic.gap-closes': (a) => `预计 **${a.date}** 补齐，取以下日期中最晚的一个：`,
  'arithmetic.gap-closer': (a) => (a.kind === 'action' ? `行动 \`${a.id}\` 截止 ${a.date}` : `实验 \`${a.id}\` 结束于 ${a.date}`),
  'arithmetic.gap-undated': (a) => `没有带日期的计划来补齐它：添加一个 \`develops: [${a.skill}]\` 且有截止日期的未完成行动，或一个有 \`to\` 日期的计划中实验。`,
  'arithmetic.next-contact-set': (a) => `**下次联系** ${a.date}，来自 next-contact。`,
  'arithmetic.next-contact': (a) => `**下次联系**：上次联系 ${a.last}（${a.from === 'log' ? '最新的 log 记录' : 'last-contact'}）+ every ${a.every} = **${a.date}**。`,
  'arithmetic.next-contact-none': () => '**下次联系**：无——请设置 next-contact，或在有上次联系日期时设置 every。',
  'arithmetic.contact-due': (a) => `已到期：${a.date} 已过。联系对方后记录这次联系。`,
  'arithmetic.exchanges': (a) => `记录：你给予 ${a.gave} 次，获得 ${a.got} 次。`,
  'arithmetic.waiting': () => '**等待中**：以下未完成的行动完成后，这个行动才能开始：',
  'arithmetic.waiting-on': (a) => (a.due ? `\`${a.id}\`（${a.status}，截止 ${a.due}）` : `\`${a.id}\`（${a.status}，无截止日期）`),
  'review.question.job-disappeared': () => '如果我现在的工作明天就没了，我会做什么？',
  'review.question.fund-enough': () => '我的应急基金还够吗？',
  'review.question.network-quiet': () => '我的人脉中有谁很久没联系了？',
  'review.reason.need': (a) => `规划“${a.plan}”需要 ${a.level} 级`,
  'review.reason.develops': (a) => `行动“${a.action}”已完成，并培养了这项技能`,
  'calendar.name': () => '职业规划',
  'calendar.category': () => '职业规划',
  'calendar.contact-summary': (a) => `联系 ${a.name}`,
  'calendar.description.plan': (a) => (a.title ? `规划：${a.title}（${a.id}）` : `规划：${a.id}`),
  'calendar.description.goal': (a) => (a.title ? `目标：${a.title}（${a.id}）` : `目标：${a.id}`),
  'calendar.description.action': (a) => `行动：${a.id}（${a.status}）`,
  'calendar.description.contact': (a) => (a.role ? `联系人：${a.id}（${roleNames[a.role] ?? a.role}）` : `联系人：${a.id}`),
  'calendar.description.last-contact': (a) => `上次联系：${a.date}`,
  'calendar.review-summary': () => '复盘你的职业规划',
  'calendar.goal-summary': (a) => `目标到期：${a.title}`,
  'calendar.experiment-summary': (a) => `实验结束：${a.id}`,
  'calendar.description.career-plan': (a) => `职业规划：${a.name}`,
  'calendar.description.review': (a) => (a.last ? `每 ${a.every} 复盘一次；上次复盘 ${a.last}` : `每 ${a.every} 复盘一次`),
  'calendar.description.experiment': (a) => `实验：${a.id}（${a.status}）`,
  'readiness.fit': (a) =>
    a.why && a.skill
      ? `已写明 "why"，且建立在你已有的 ${a.skill}（${a.level} 级）之上`
      : a.why
        ? '已写明 "why"，但它不需要你已达到 3 级及以上的任何技能'
        : a.skill
          ? `建立在你已有的 ${a.skill}（${a.level} 级）之上，但没有写 "why"`
          : '没有写 "why"，也不需要你已达到 3 级及以上的任何技能',
  'readiness.skills': (a) =>
    a.needs === 0 ? '没有列出所需技能：请补充这条路径需要的技能' : `${a.needs} 项所需技能中已具备 ${a.met} 项，另有 ${a.dated} 项有补齐日期`,
  'readiness.tested': (a) =>
    pick(
      {
        liked: `实验 “${a.id}” 已完成，兴趣 ${a.interest}`,
        running: `实验 “${a.id}” 正在进行`,
        unrated: `实验 “${a.id}” 已完成但未评分`,
        disliked: '每个已评分的实验都低于 3 分',
        planned: '已计划实验，但尚未开始',
        none: '尚未试水：还没有任何实验',
      },
      a.state,
    ),
  'readiness.network': (a) => (a.count === 0 ? '没有联系人在 "plans" 中列出这个规划' : `${a.count} 位联系人提供帮助：${a.names}`),
  'readiness.market': (a) =>
    pick(
      {
        recent: `已于 ${a.date} 调研市场`,
        old: `市场调研于 ${a.date}，已超过一年`,
        undated: '市场调研没有日期',
        none: '没有市场调研',
      },
      a.state,
    ),
  'readiness.trigger': (a) => (a.written ? '已写明触发条件：你知道何时转换' : '没有触发条件：请写下你会在什么情况下转换'),
  'readiness.runway': (a) =>
    pick(
      {
        covered: '不依赖工作的收入足以支付开支',
        enough: `可支撑 ${a.months} 个月，达到你的目标 ${a.target} 个月`,
        some: `可支撑 ${a.months} 个月，低于你的目标 ${a.target} 个月`,
        short: `可支撑 ${a.months} 个月，不足 3 个月`,
        none: '无法计算可支撑时间：请填写 monthly-expenses 和 emergency-fund',
      },
      a.state,
    ),
  'report.title': (a) => (a.owner ? `职业规划报告：${a.owner}` : '职业规划报告'),
  'report.generated': (a) => `${a.file}，截至 ${a.today}`,
  'report.runway': () => '可支撑时间',
  'report.runway.months': (a) => `如果今天失去工作，可支撑 ${a.months} 个月：存款 ${a.fund}，每月开支 ${a.expenses}，每月持续收入 ${a.income}。`,
  'report.runway.covered': (a) => `已覆盖：不依赖工作的每月收入 ${a.income} 足以支付 ${a.expenses} 的开支。`,
  'report.runway.none': () => '无法计算可支撑时间：请在 finances 中填写 monthly-expenses 和 emergency-fund。',
  'report.readiness': () => '备选方案',
  'report.readiness.plan': (a) => `${a.title}：准备度 ${a.readiness}%`,
  'report.readiness.none': () => '还没有备选方案。',
  'report.criterion': (a) => pick({ fit: '契合度', skills: '技能', tested: '试水', network: '人脉', market: '市场', trigger: '触发条件', runway: '可支撑时间' }, a.id),
  'report.gaps': () => '技能差距',
  'report.gap': (a) => `${a.plan}：${a.skill} ${a.have} → ${a.need}`,
  'report.gap.closes': (a) => `${a.date} 补齐（${a.by}）`,
  'report.gap.open': () => '没有补齐日期：没有任何有日期的行动或实验培养它',
  'report.gaps.none': () => '没有技能差距。',
  'report.actions': () => '下一步行动',
  'report.actions.waiting': () => '等待中',
  'report.actions.none': () => '没有未完成的行动。',
  'report.action.due': (a) => (a.date ? (a.overdue ? `自 ${a.date} 起逾期` : `${a.date} 到期`) : '没有到期日'),
  'report.action.waiting-on': (a) => `等待 ${a.ids}`,
  'report.contacts': () => '人脉',
  'report.contact.next': (a) => (a.date ? (a.due ? `该联系了：自 ${a.date} 起到期` : `下次联系 ${a.date}`) : '没有下次联系日期'),
  'report.contact.exchanges': (a) => `给予 ${a.gave} 次，得到 ${a.got} 次`,
  'report.contacts.none': () => '还没有联系人。',
  'report.review': () => '复盘',
  'report.review.next': (a) =>
    a.next ? `${a.due ? '自' : '下次复盘：'} ${a.next}${a.due ? ' 起到期' : ''}（每 ${a.every}，上次 ${a.last}）。` : a.every ? `到期：还没有复盘记录（每 ${a.every}）。` : '没有复盘周期。',
  'report.review.none': () => '没有复盘部分。',
  'report.timeline': () => '时间线',
  'report.progress': () => '进展',
  'report.progress.caption': (a) => `${a.commits} 次提交中每次已完成的行动和提升的技能。`,
  'report.progress.done': () => '已完成行动',
  'report.progress.skills': () => '提升的技能',
  'timeline.no-plan': () => '无规划',
  'timeline.today': () => '今天',
};
