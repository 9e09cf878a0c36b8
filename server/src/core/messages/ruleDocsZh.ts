import type { RuleCode } from '../codes';
import type { RuleDocText } from '../ruleDocs';

/**
 * What each diagnostic code means, why it matters and how to fix it, in Simplified Chinese: the
 * same fields as the English texts in ruleDocs.ts. A `Record` over every code, so a new rule
 * without its Chinese help fails the type check.
 */
export const RULE_DOC_TEXTS_ZH: Record<RuleCode, RuleDocText> = {
  'yaml-syntax': {
    title: '文件不是有效的 YAML。',
    meaning: '文本无法按 YAML 1.2 读取：解析错误（缩进不对、引号或括号未闭合）、同一映射中重复出现的键，或文件不是 UTF-8 文本。每个问题都在它自己的位置报告。',
    why: '文件能被解析之前，其他检查都无法进行；编辑器也会拒绝修改它，以免任何编辑损坏文件。',
    fix: '转到报告的位置修正 YAML：与相邻的键对齐缩进，闭合引号和括号，删除重复的键，或将文件保存为 UTF-8。',
  },
  'merge-conflict': {
    title: '文件中有未解决的 git 合并冲突标记。',
    meaning: '以 <<<<<<<、======= 和 >>>>>>> 开头的行是 git 在合并对同一行的两处修改时留下的。每个冲突块报告一次。',
    why: '有冲突的文件不是你想保留的规划。它按保留第一方（“ours”）的内容检查，因此解决冲突后其他结果可能会变化。',
    fix: '保留每一方中你想要的行，删除三行标记，然后提交解决后的文件。',
  },
  schema: {
    title: '规划不符合职业规划的格式。',
    meaning: '某个值的类型不对、不是允许的值之一、缺少必需的键（在上级键上报告）、有未知的键（在该键上报告）、id 不是 kebab-case，或日期不是真实的日历日期。',
    why: '工具按格式读取规划：拼错的键或值会被其他所有检查悄悄忽略，规划表达的内容就比你以为的少。',
    fix: '按提示修改：修正键或值的拼写，添加缺少的键，日期写成 YYYY-MM-DD，id 写成 kebab-case。以 "x-" 开头的键会作为你自己的扩展保留。',
  },
  'unknown-reference': {
    title: '某个 id 指向不存在的内容。',
    meaning: '某个引用（plan、goal、after、addressed-by、plans、advisors、supporters）使用了未定义的 id，或 develops 中的技能既不在 skills 中，也不在任何规划的 needs 中。',
    why: '断开的链接会让进度、技能差距和人脉在分析中不可见，通常是拼写错误或改名造成的。',
    fix: '修正 id（提示会给出最接近的 id），或在对应部分中添加缺少的条目。',
  },
  'dependency-cycle': {
    title: '行动之间循环等待。',
    meaning: '一些行动的 after 链接形成了循环（a → b → a）；提示会写出这个循环。',
    why: '循环中的行动永远无法开始，规划的这一部分就卡住了。',
    fix: '删除或修改其中一个 after 链接，使顺序成为一条线而不是一个圈。',
  },
  'missing-timeline': {
    title: '规划中有内容没有日期。',
    meaning: '未完成的行动没有 due 日期，目标没有 by 日期，计划中或进行中的实验没有 to 日期，或备选规划既没有带日期的未完成行动，也没有带日期的实验。',
    why: '行动计划需要时间表：没有日期的步骤和目标往往永远不会发生，没有带日期下一步的备选规划只是一个愿望。',
    fix: '添加日期：行动用 due，目标用 by，实验用 to；备选规划则添加一个带截止日期的未完成行动，或一个带日期的实验。',
  },
  'skill-gap': {
    title: '某个规划需要你还不具备的技能，而且没有带日期的安排来培养它。',
    meaning: '规划的 needs 要求的技能等级高于你的等级（没有列出的技能算作 0），并且培养该技能的未完成行动或计划中、进行中的实验都没有日期。在 needs 条目上报告。',
    why: '一条道路所需的能力与你现有能力之间的差距，要靠具体、有日期的学习来弥补：课程、证书、练习。',
    fix: '添加一个培养该技能（develops: [技能]）且带截止日期的行动，并把它关联到规划；如果你已经具备该技能，就提高技能等级。',
  },
  overdue: {
    title: '未完成的行动已过截止日期。',
    meaning: '状态为 todo、doing 或 blocked 的行动，其截止日期早于今天。在 due 值上报告。',
    why: '逾期的步骤说明时间表已与现实不符，后面的步骤也会跟着推迟。',
    fix: '把行动标记为完成（status: done，done: 日期）、放弃它，或把截止日期改到你真正会做的时候。',
  },
  'prerequisite-later': {
    title: '某个行动的截止日期早于它的前置行动。',
    meaning: '某个行动在 after 中列出了另一个行动，但它的截止日期比该前置行动更早。',
    why: '这个时间表无法执行：在它等待的工作完成之前，这个行动不可能完成。',
    fix: '把该行动的截止日期移到前置行动之后，或把前置行动提前。',
  },
  'review-due': {
    title: '规划复盘已逾期。',
    meaning: 'review.last 加上 review.every 的周期早于今天，或设置了周期但还没有记录任何复盘。',
    why: '规划只有保持最新才有用：按计划复盘（至少每年一次），并在生活或职业发生重大变化后复盘。',
    fix: '复盘规划：逐一查看未完成的行动和已结束的实验，记录一条 review.log，并把 review.last 设为今天。',
  },
  'emergency-fund': {
    title: '应急基金太少。',
    meaning: 'finances.emergency-fund 不足以支付 3 个月的 finances.monthly-expenses（警告），或低于 target-months（信息；目标默认为 6）。提示会给出可覆盖的月数。',
    why: '三到六个月的生活费，让你在被裁员后有时间转换道路，或尝试备选规划。',
    fix: '把应急基金至少存到 3 个月的开支，并朝你的目标努力；数字变化时更新 finances 中的值。',
  },
  'no-backup': {
    title: '规划中没有备选规划。',
    meaning: 'plans 下没有 kind: backup 的规划。',
    why: '在平静时期根据你擅长或感兴趣的事选好的 B 计划，能让裁员或死胡同变成一次转换，而不是一场危机。',
    fix: '添加一个 kind: backup 的规划，贴近你的优势、兴趣或当前工作（而不只是热门市场或薪水）。',
  },
  'no-experiment': {
    title: '备选规划没有任何实验。',
    meaning: 'kind 为 backup 的规划在 experiments 下没有条目。',
    why: '备选道路应先小规模试验再投入：你可能喜欢小规模地做某件事，却讨厌全职去做，反之亦然。',
    fix: '添加一个实验：自由职业项目、志愿工作、副业、课程或信息访谈，并写上 from 和 to 日期。',
  },
  'unrated-experiment': {
    title: '已结束的实验没有兴趣评分。',
    meaning: '已完成或 to 日期已过的实验没有 interest 值。',
    why: '实验的意义在于了解你对这条道路的兴趣；不记录下来，到下次复盘时这份收获就丢了。',
    fix: '添加 interest: 1-5（你有多喜欢）和 learned:（你发现了什么）。',
  },
  'missing-horizon': {
    title: '两个时间跨度之一缺少目标。',
    meaning: '没有短期目标（by 在今天起 12 个月内，或 horizon: short），或没有长期目标（by 在今天起至少 3 年后，或 horizon: long）。日期已过的目标两者都不算。',
    why: '未来 12 个月的目标让你保持前进；3 到 5 年的目标为这些步骤指明方向。',
    fix: '添加缺少的目标，并把 by 日期设在合适的范围内，或为现有目标设置 horizon。',
  },
  'no-review': {
    title: '规划没有复盘周期。',
    meaning: '没有 review.every。',
    why: '规划会悄无声息地过时；设置周期后，工具会在该复盘时提醒你。',
    fix: '添加 review: { every: 3m }（或 6m、1y、quarterly、yearly）。',
  },
  'few-advisors': {
    title: '检查规划的顾问少于 2 位。',
    meaning: 'review 部分列出的顾问少于 2 位。',
    why: '两三位值得信赖、会检查规划的顾问能发现盲点、让规划保持诚实；四五位支持者能让你坚持下去。',
    fix: '把 network 中的人添加到 review.advisors（以及 review.supporters）。',
  },
  'stale-contact': {
    title: '很久没有联系某位导师或顾问了。',
    meaning: '角色为 mentor 或 advisor 的人脉联系人，上次联系是在 180 多天前。',
    why: '保持联络、有来有往的人脉，在你需要时才会在那里；冷掉的人脉则不会。',
    fix: '联系对方，然后更新 last-contact（并设置 next-contact）。',
  },
  'stale-resume': {
    title: '简历已经一年多没有更新了。',
    meaning: 'resume.updated 比今天早 365 天以上。',
    why: '保持最新的简历，让你能立刻抓住机会，或应对裁员。',
    fix: '更新简历，并把 resume.updated 设为今天。',
  },
  'gap-after-goal': {
    title: '目标日期早于其规划的技能差距补齐日期。',
    meaning: '一个带 plan: P 且 by 日期尚未过去的目标，早于 P 的某个技能差距补齐的日期：即培养该技能的未完成行动中最晚的 due，以及计划中或进行中实验的 to。报告在目标的 by 上，并指出技能、补齐日期和决定该日期的行动或实验。',
    why: '目标比它所需的技能来得更早，这个日期就无法实现：要么目标定错了，要么学习安排错了。',
    fix: '把目标的 by 推迟到差距补齐之后，或把补齐差距的行动或实验提前。',
  },
  'few-supporters': {
    title: '指定的支持者少于 4 位。',
    meaning: 'review 部分指定的支持者少于 4 位。',
    why: '4–5 位鼓励你的朋友能在计划艰难时支撑你坚持下去；顾问负责把关，支持者负责加油。',
    fix: '把 network 中的人加入 review.supporters。',
  },
  'contact-due': {
    title: '该联系某位联系人了。',
    meaning: '联系人的下次联系日期早于今天：即其 next-contact，否则为上次联系（last-contact 与最新 log 日期中较晚者）加上 every。',
    why: '保持联系的人脉在你需要时才会在；计划好的联系悄悄错过，就可能失去这个人。',
    fix: '联系对方，然后记录：设置 last-contact，追加一条 log，并更新 next-contact（或由 every 推算）。',
  },
  'one-sided-contact': {
    title: '联系人只在付出，你没有任何回馈。',
    meaning: '联系人的 log 中最近 365 天内至少有 3 条记录，且每一条都只有 got。',
    why: '人际关系靠互惠维系：单向的帮助会让付出的人疲惫。',
    fix: '主动回报（引荐、反馈、帮助对方的工作或致谢），并以 gave 记录下来。',
  },
  'unaddressed-obstacle': {
    title: '障碍没有任何行动去应对。',
    meaning: '障碍没有 addressed-by，或其列出的每个行动都已放弃（dropped）。',
    why: '只写下却不计划应对的障碍，在你需要转换时仍会挡在路上。',
    fix: '添加一个应对该障碍的行动，并把它列入 addressed-by。',
  },
  'low-interest': {
    title: '备选方案的实验显示兴趣不高。',
    meaning: '备选方案中带 interest 的已完成实验，平均分不超过 2。报告在该规划的键上。',
    why: '实验就是为了弄清你是否喜欢这条路径：低分本身就是收获，一个你不喜欢的 B 计划算不上计划。',
    fix: '重新考虑这个备选方案，试试它的另一面，或选择一条更贴近你的优势和兴趣的路径。',
  },
  'stale-market': {
    title: '备选方案的市场调研已超过一年。',
    meaning: '备选方案的 market.researched 比今天早 365 天以上。',
    why: '需求和收入会变化；基于旧数据选定的 B 计划，在你需要时可能已不复存在。',
    fix: '重新调研需求和收入，并把 market.researched 设为今天。',
  },
  'unused-suppression': {
    title: '某条禁用注释没有屏蔽任何内容。',
    meaning: 'careerplan-disable-next-line 或 careerplan-disable-file 注释中列出的代码在其作用范围内没有被报告，或者该代码不存在。',
    why: '残留的屏蔽注释会隐藏将来的问题，也让文件更难读。',
    fix: '删除这条注释，或修正代码的拼写。',
  },
};
