/** A schema node's title and description in another language. */
export interface SchemaText {
  title?: string;
  description?: string;
}

/** Translations of the schema's titles and descriptions, by the JSON pointer of the node that holds them. */
export type SchemaTexts = Readonly<Record<string, SchemaText>>;

/**
 * The schema's titles and descriptions in Simplified Chinese, for hover and completion. The
 * English stays in schemas/careerplan.schema.json; a test checks that every node there with a
 * title or description has its text here, and that nothing here points at a node that is gone.
 * Rule codes under `rules` keep their code as title (it is a name, not prose). Keys, values and
 * ids are quoted as written: they are YAML, not prose. The words follow the message catalogue
 * (zh.ts): 规划, 备选方案, 行动, 实验, 复盘, 人脉, 应急基金, 技能差距.
 */
export const SCHEMA_TEXTS_ZH: SchemaTexts = {
  '': {
    title: '职业规划',
    description: '一个人的职业规划（NAME.careerplan.yaml 文件）：你现在的位置、想去的方向、主规划和备选方案、检验它们的实验、带日期的行动、你的人脉、财务安全垫以及复盘。以 x- 开头的键是你自己的扩展，不做任何检查。',
  },
  '/properties/careerplan': {
    title: '格式版本',
    description: '职业规划文件格式的版本，必须为 1；将来格式有变化时，工具据此知道如何读取文件。',
  },
  '/properties/owner': { title: '所有者', description: '这是谁的规划：你的名字，按你希望显示的方式书写。' },
  '/properties/current': {
    title: '现状',
    description: '你目前的情况：工作、收入，以及你看重什么、喜欢什么、擅长和不擅长什么。备选方案最好从这些出发来选，而不是只看热门行业或薪资。每个键都是可选的。',
  },
  '/properties/current/properties/role': { title: '当前职位', description: '你目前的职位或角色。' },
  '/properties/current/properties/since': { title: '任职起始日期', description: '你开始担任当前职位的日期（YYYY-MM-DD）。' },
  '/properties/current/properties/compensation': { title: '当前薪酬', description: '你当前职位的收入，用来与备选路径作比较。' },
  '/properties/current/properties/values': {
    title: '价值观',
    description: '工作中对你最重要的东西（例如自主、稳定、影响力）。好的备选方案会尊重它们。',
  },
  '/properties/current/properties/interests': {
    title: '兴趣',
    description: '你喜欢的话题和活动。兴趣是寻找备选方案的最佳出发点之一。',
  },
  '/properties/current/properties/strengths': {
    title: '优势',
    description: '你擅长的事情。建立在优势之上的备选方案更容易转过去。',
  },
  '/properties/current/properties/weaknesses': {
    title: '短板',
    description: '你觉得困难或想改进的地方。了解它们有助于及早发现技能差距。',
  },
  '/properties/skills': {
    title: '技能',
    description: '你现在会做的事。每个键是一个技能 id；值是 0（不会）到 5（专家）的等级，或包含等级和详情的对象。各规划用所需技能对照这些等级，找出技能差距。',
  },
  '/properties/goals': {
    title: '目标',
    description: '你想到达的位置。每个键是一个目标 id。至少保留一个未来 12 个月的目标和一个 3–5 年后的目标。',
  },
  '/properties/plans': {
    title: '规划',
    description: '你的主规划（A 计划）和备选方案（B 计划、C 计划……）。每个键是一个规划 id。主规划失败或不再适合你时，备选方案让你有路可走。',
  },
  '/properties/actions': {
    title: '行动计划',
    description: '推进规划的具体、带日期的步骤。每个键是一个行动 id。给每个未完成的行动设定截止日期，并用阶段（phase）和前置行动（after）安排先后顺序。',
  },
  '/properties/network': {
    title: '人脉',
    description: '帮助你的人：导师、顾问、支持者、同伴和招聘人员。每个键是一个联系人 id。保持联系，让关系保持热度，也记得回报他们。',
  },
  '/properties/finances': {
    title: '财务安全垫',
    description: '你每月的开支、储蓄和收入。能覆盖 3–6 个月开支的应急基金，让你有时间从容地转换方向。',
  },
  '/properties/finances/properties/currency': { title: '币种', description: '本部分所有金额使用的币种。' },
  '/properties/finances/properties/monthly-expenses': {
    title: '每月开支',
    description: '你一个月的常规花费（房租、饮食、账单、贷款）。它是衡量应急基金能撑多久的标尺。',
  },
  '/properties/finances/properties/emergency-fund': {
    title: '应急基金',
    description: '收入中断时可以用来生活的储蓄。至少应覆盖 3 个月的开支，最好 6 个月。',
  },
  '/properties/finances/properties/target-months': {
    title: '储蓄目标月数',
    description: '你希望应急基金覆盖几个月的开支。默认为 6。',
  },
  '/properties/finances/properties/income-streams': {
    title: '收入来源',
    description: '你每月的钱从哪里来。每个键是这项收入的名称（salary、blog、rent……），值是它每月的金额，或 { amount, kind }。不依赖工作的收入（side 或 passive）能延长应急基金支撑的时间。只写金额时，最大的一项算作工作收入，其余算作副业收入。',
  },
  '/properties/forces': {
    title: '助力与阻力',
    description: '推动规划前进和拖住它的因素。把两者都写下来，有助于利用前者、为后者做好准备。',
  },
  '/properties/forces/properties/for': { title: '助力', description: '帮助你的规划成功的人、环境和资源。' },
  '/properties/forces/properties/against': { title: '阻力', description: '让规划更难实现的情况，例如房贷或空闲时间很少。' },
  '/properties/obstacles': {
    title: '障碍',
    description: '挡在规划前面的事情。每个键是一个障碍 id；把每个障碍与消除它的行动关联起来。',
  },
  '/properties/resources': { title: '资源', description: '实施规划时可以借助的东西：预算、工具、场所、社群。' },
  '/properties/resume': {
    title: '简历',
    description: '你的简历的状态。简历保持最新，机会到来或遭遇裁员时你就能迅速行动。',
  },
  '/properties/resume/properties/updated': { title: '简历更新日期', description: '你上次更新简历的日期。请至少每年更新一次。' },
  '/properties/review': {
    title: '复盘',
    description: '你多久、怎样复盘这份规划，谁和你一起审视它，以及以往复盘的记录。请定期复盘（至少每年一次），并在人生或职业发生重大变化后复盘。',
  },
  '/properties/review/properties/every': {
    title: '复盘周期',
    description: '多久复盘一次规划：数字后跟 d（天）、w（周）、m（月）或 y（年），例如 2w、3m 或 1y；或 monthly、quarterly、yearly 之一。不设置则永远不会提醒复盘。',
  },
  '/properties/review/properties/last': {
    title: '上次复盘',
    description: '你上次复盘的日期。下次复盘在此日期之后，间隔由 every 决定。',
  },
  '/properties/review/properties/advisors': {
    title: '顾问',
    description: '2–3 位值得信任、和你一起审视规划并给出坦诚反馈的人在人脉中的 id。',
  },
  '/properties/review/properties/supporters': {
    title: '支持者',
    description: '4–5 位鼓励你、让你坚持下去的朋友或同事在人脉中的 id。',
  },
  '/properties/review/properties/log': {
    title: '复盘记录',
    description: '每次复盘一条记录，最新的在最后。它记下你的决定和发生的变化，让你看到一路走来的进展。',
  },
  '/properties/rules': {
    title: '规则设置',
    description: '调整本文件各项检查的报告级别。每个键是一个规则代码，值为 error、warning、info、hint 或 off。这些设置优先于编辑器设置。',
  },
  '/properties/rules/properties/yaml-syntax': { description: '文件不是有效的 YAML（默认：error）。' },
  '/properties/rules/properties/merge-conflict': {
    description: '文件中仍有 git 合并冲突标记 <<<<<<<、=======、>>>>>>>（默认：error）。',
  },
  '/properties/rules/properties/schema': {
    description: '文件不符合格式：类型不对、值不被允许、缺少必需的键或有未知的键、id 或日期无效（默认：error）。',
  },
  '/properties/rules/properties/unknown-reference': {
    description: '某个 id 引用了不存在的规划、目标、行动、技能或联系人（默认：error）。',
  },
  '/properties/rules/properties/dependency-cycle': {
    description: '行动之间循环等待（after 链接构成一个圈），因此都无法开始（默认：error）。',
  },
  '/properties/rules/properties/missing-timeline': {
    description: '未完成的行动、目标、实验或备选方案没有日期（默认：warning）。',
  },
  '/properties/rules/properties/skill-gap': {
    description: '规划所需的技能等级高于你的水平，且没有带日期的行动或实验来培养它（默认：warning）。',
  },
  '/properties/rules/properties/overdue': { description: '未完成的行动已过截止日期（默认：warning）。' },
  '/properties/rules/properties/prerequisite-later': {
    description: '某个行动的截止日期早于它所等待（after）的行动（默认：warning）。',
  },
  '/properties/rules/properties/review-due': { description: '又到了复盘规划的时候（默认：warning）。' },
  '/properties/rules/properties/emergency-fund': {
    description: '你的应急基金覆盖不到 3 个月的开支，或低于你的目标（默认：warning）。',
  },
  '/properties/rules/properties/no-backup': { description: '没有备选方案（默认：info）。' },
  '/properties/rules/properties/no-experiment': { description: '某个备选方案没有检验它的实验（默认：info）。' },
  '/properties/rules/properties/unrated-experiment': { description: '已结束的实验没有兴趣评分（默认：info）。' },
  '/properties/rules/properties/missing-horizon': {
    description: '没有未来 12 个月的目标，或没有 3–5 年后的目标（默认：info）。',
  },
  '/properties/rules/properties/no-review': { description: '规划没有复盘周期 review.every（默认：info）。' },
  '/properties/rules/properties/few-advisors': { description: '复盘指定的顾问少于 2 位（默认：info）。' },
  '/properties/rules/properties/stale-contact': { description: '你已超过 180 天没有联系某位导师或顾问（默认：info）。' },
  '/properties/rules/properties/stale-resume': { description: '你的简历上次更新已是一年多以前（默认：info）。' },
  '/properties/rules/properties/unused-suppression': {
    description: '某条 careerplan-disable 注释没有屏蔽任何内容，或写了未知的规则（默认：hint）。',
  },
  '/definitions/id': {
    title: 'id',
    description: '规划中其他部分用来引用某个条目的简短名称：由小写字母、数字和连字符组成，以字母或数字开头（kebab-case）。',
  },
  '/definitions/idList': { title: 'id 列表', description: '规划中其他条目的 id 组成的列表。' },
  '/definitions/textList': { title: '文本列表', description: '简短文本组成的列表，可以用任何语言书写。' },
  '/definitions/date': {
    title: '日期',
    description: '写成 YYYY-MM-DD 的日历日期，且必须真实存在：2026-02-30 不是日期。',
  },
  '/definitions/amount': { title: '金额', description: '一笔钱的数额，大于或等于 0。' },
  '/definitions/currency': { title: '币种', description: '货币代码，例如 USD、EUR 或 CNY。' },
  '/definitions/severity': {
    title: '级别',
    description: '此规则的发现以什么级别报告：error、warning、info、hint，或用 off 关闭此规则。',
  },
  '/definitions/skillLevel': {
    title: '技能等级',
    description: '你对一项技能的掌握程度，从 0 到 5：0 不会，1 入门，2 有些实践，3 能独立完成，4 熟练，5 能教别人的专家。',
  },
  '/definitions/neededLevel': {
    title: '所需等级',
    description: '这条路径需要的技能等级（1 到 5）。如果你的等级更低，就是一个技能差距，需要用带日期的行动或实验来补齐。',
  },
  '/definitions/compensation': { title: '薪酬', description: '一笔报酬的金额、币种和它对应的周期。' },
  '/definitions/compensation/properties/amount': { title: '金额', description: '每个周期的税前收入。' },
  '/definitions/compensation/properties/currency': { title: '币种', description: '金额使用的币种。' },
  '/definitions/compensation/properties/per': { title: '周期', description: '金额对应的周期：hour（小时）、month（月）或 year（年）。' },
  '/definitions/skill': {
    title: '技能',
    description: '你拥有的一项技能：0（不会）到 5（专家）的等级，或包含等级、技能类型和证明材料的对象。',
  },
  '/definitions/skillDetails': {
    title: '技能详情',
    description: '一项技能的等级，以及可选的技能类型和证明它的材料。',
  },
  '/definitions/skillDetails/properties/level': { title: '等级', description: '你对这项技能的掌握程度，从 0（不会）到 5（专家）。' },
  '/definitions/skillDetails/properties/kind': {
    title: '技能类型',
    description: '这是哪一类技能：digital（数字技能）、soft（软技能，与人打交道的能力）、certification（证书）、industry（行业知识）或 other（其他）。',
  },
  '/definitions/skillDetails/properties/evidence': {
    title: '证明',
    description: '能证明你有这项技能的东西（一个项目、一张证书、一份作品集）。证明才是说服雇主或客户的关键。',
  },
  '/definitions/goal': { title: '目标', description: '你想实现的事情，以及你希望实现它的日期。' },
  '/definitions/goal/properties/title': { title: '目标', description: '用几个词概括这个目标。' },
  '/definitions/goal/properties/by': {
    title: '目标日期',
    description: '你希望在此日期前实现这个目标。没有日期的目标往往只停留在愿望。',
  },
  '/definitions/goal/properties/horizon': {
    title: '期限',
    description: 'short 表示未来 12 个月内，long 表示 3–5 年。不填写时根据目标日期推算。',
  },
  '/definitions/goal/properties/plan': { title: '规划', description: '这个目标所属规划的 id。' },
  '/definitions/plan': {
    title: '规划',
    description: '一条职业路径：你的主规划或一个备选方案，以及它需要的技能和检验它的实验。',
  },
  '/definitions/plan/properties/title': { title: '规划', description: '用几个词概括这条路径。' },
  '/definitions/plan/properties/kind': {
    title: '规划类型',
    description: 'primary 表示你现在走的路（A 计划），backup 表示你随时准备好的另一条路（B 计划）。主规划最多只保留一个。',
  },
  '/definitions/plan/properties/model': {
    title: '工作模式',
    description: '你会以什么方式走这条路。side-hustle（副业）或 volunteering（志愿服务）这类规模较小的方式，是低风险的起步。',
  },
  '/definitions/plan/properties/why': {
    title: '选择理由',
    description: '这条路为什么适合你。好的理由是你的优势、你的兴趣，或与当前工作相近，而不是只看热门行业或薪资。',
  },
  '/definitions/plan/properties/trigger': {
    title: '触发条件',
    description: '会让你转向这个规划的事件。提前想好，能让你在它发生时迅速而冷静地行动。',
  },
  '/definitions/plan/properties/needs': {
    title: '所需技能',
    description: '这条路径需要的技能及每项的等级（1–5）。每个键是一个技能 id。任何高于你当前等级的需求都是一个待补齐的技能差距。',
  },
  '/definitions/plan/properties/market': { title: '市场调研', description: '你了解到的这条路径的需求和收入情况。' },
  '/definitions/plan/properties/experiments': {
    title: '实验',
    description: '在投入之前检验这条路径的小规模、低风险尝试。每个键是一个实验 id。小规模时喜欢的事，全职做可能并不喜欢，反之亦然。',
  },
  '/definitions/market': { title: '市场调研', description: '你了解到的某条路径的就业市场情况。' },
  '/definitions/market/properties/demand': { title: '需求', description: '这类工作的需求有多大：low（低）、medium（中）或 high（高）。' },
  '/definitions/market/properties/earnings': { title: '典型收入', description: '走这条路的人通常能挣多少，用你自己的话写。' },
  '/definitions/market/properties/researched': {
    title: '调研日期',
    description: '你做这次调研的日期。市场会变化，调研过时了请重新做。',
  },
  '/definitions/experiment': {
    title: '实验',
    description: '对一条路径的小规模、带日期的尝试（一次零工、志愿服务、一门课程、一次信息性访谈……）。结束时记下你有多喜欢它，以及你的收获。',
  },
  '/definitions/experiment/properties/kind': {
    title: '实验类型',
    description: '这是哪种尝试：freelance（自由职业）、volunteering（志愿服务）、side-hustle（副业）、side-project（业余项目）、informational-interview（信息性访谈：与从事这份工作的人聊聊）、course（课程）或 part-time（兼职）。',
  },
  '/definitions/experiment/properties/from': { title: '开始日期', description: '实验开始的日期。' },
  '/definitions/experiment/properties/to': {
    title: '结束日期',
    description: '实验结束的日期。有了结束日期，它才是一次真正的检验，而不是没有尽头的爱好。',
  },
  '/definitions/experiment/properties/status': {
    title: '状态',
    description: '实验进行到哪一步：planned（计划中）、running（进行中）、done（已完成）或 abandoned（已放弃）。默认为 planned。',
  },
  '/definitions/experiment/properties/develops': {
    title: '培养的技能',
    description: '这个实验锻炼的技能 id。带日期且培养所需技能的实验，会补齐相应的技能差距。',
  },
  '/definitions/experiment/properties/interest': {
    title: '兴趣',
    description: '你有多喜欢它，从 1（完全不喜欢）到 5（非常喜欢）。请在实验结束时记录：它告诉你这条路是否值得走下去。',
  },
  '/definitions/experiment/properties/learned': { title: '收获', description: '这个实验让你对这条路径和对自己有了哪些认识。' },
  '/definitions/action': { title: '行动', description: '行动计划中的一个具体步骤，带有截止日期和状态。' },
  '/definitions/action/properties/do': { title: '要做的事', description: '这个步骤，写成一件你能动手去做的事。' },
  '/definitions/action/properties/plan': { title: '规划', description: '这个行动推进的规划的 id。' },
  '/definitions/action/properties/goal': { title: '目标', description: '这个行动所服务的目标的 id。' },
  '/definitions/action/properties/due': {
    title: '截止日期',
    description: '这一步应在何时完成。每个未完成的行动都需要截止日期：没有日期的步骤很容易被无限期拖延。',
  },
  '/definitions/action/properties/status': {
    title: '状态',
    description: '行动进行到哪一步：todo（待办）、doing（进行中）、blocked（受阻）、done（已完成）或 dropped（已放弃）。默认为 todo。',
  },
  '/definitions/action/properties/done': { title: '完成日期', description: '你完成这个行动的日期。' },
  '/definitions/action/properties/develops': {
    title: '培养的技能',
    description: '这个行动锻炼的技能 id。带日期且培养所需技能的行动，会补齐相应的技能差距。',
  },
  '/definitions/action/properties/after': { title: '前置行动', description: '必须先完成、这个行动才能开始的那些行动的 id。' },
  '/definitions/action/properties/phase': {
    title: '阶段',
    description: '这一步属于规划的第几阶段（1、2、3……）。阶段把步骤分成依次完成的几个时期。',
  },
  '/definitions/contact': { title: '联系人', description: '你人脉中的一个人，以及你们上次和下次交流的时间。' },
  '/definitions/contact/properties/name': { title: '姓名', description: '这个人的姓名。' },
  '/definitions/contact/properties/role': {
    title: '角色',
    description: '这个人为你做什么：mentor（导师，长期指导你）、advisor（顾问，审视你的规划）、supporter（支持者，鼓励你）、peer（同伴）、recruiter（招聘人员）或 contact（一般联系人）。',
  },
  '/definitions/contact/properties/field': { title: '领域', description: '这个人所在的领域或专长。' },
  '/definitions/contact/properties/plans': { title: '规划', description: '这个人能帮上忙的规划的 id。' },
  '/definitions/contact/properties/last-contact': {
    title: '上次联系',
    description: '你上次和这个人交流的日期。几个月不联系，关系就会冷下来。',
  },
  '/definitions/contact/properties/next-contact': {
    title: '下次联系',
    description: '你打算再次联系的日期。不填写时，下次联系日期为上次联系日期加上 every。',
  },
  '/definitions/contact/properties/every': {
    title: '联系周期',
    description: '你希望多久联系一次：数字后跟 d（天）、w（周）、m（月）或 y（年），例如 2w、3m 或 1y；或 monthly、quarterly、yearly 之一。下次联系在上次联系之后的这段时间到期。',
  },
  '/definitions/contact/properties/log': {
    title: '联系记录',
    description: '你们之间的往来，最新的在最后：每次联系一条，写明日期以及你得到或给予了什么。互相帮助的关系才能长久。',
  },
  '/definitions/obstacle': { title: '障碍', description: '挡在规划前面的一件事，以及应对它的行动。' },
  '/definitions/obstacle/properties/text': { title: '障碍', description: '用几个词概括这个障碍。' },
  '/definitions/obstacle/properties/addressed-by': {
    title: '应对行动',
    description: '消除或绕开这个障碍的行动的 id。没有行动应对的障碍，往往会一直挡在那里。',
  },
  '/definitions/incomeStream': {
    title: '每月收入',
    description: '这项收入每月带来多少钱：一个金额，或 { amount, kind }，说明失去工作后它是否会停止。',
  },
  '/definitions/incomeStreamDetails': { title: '收入来源', description: '每月金额，以及这是哪一类收入。' },
  '/definitions/incomeStreamDetails/properties/amount': { title: '每月金额', description: '这项收入每月带来多少钱。' },
  '/definitions/incomeStreamDetails/properties/kind': {
    title: '收入类型',
    description: 'job：失去工作就会停止；side：会持续的副业收入（自由职业、博客）；passive：自动持续的被动收入（租金、股息）。副业和被动收入能延长你的可支撑时间。',
  },
  '/definitions/contactLogEntry': {
    title: '联系记录条目',
    description: '一次联系：日期，以及你从对方那里得到了什么、你给予了什么，或两者都有（got 和 gave 至少写一项）。',
  },
  '/definitions/contactLogEntry/properties/date': { title: '日期', description: '你们联系的那一天。' },
  '/definitions/contactLogEntry/properties/got': { title: '得到', description: '这个人为你做了什么：建议、反馈、引荐。' },
  '/definitions/contactLogEntry/properties/gave': { title: '给予', description: '你为这个人做了什么作为回报：帮忙、引荐、致谢。' },
  '/definitions/reviewLogEntry': {
    title: '复盘记录条目',
    description: '一次复盘的内容：日期、你的笔记、你对复盘问题的回答，以及自上次复盘以来的变化。',
  },
  '/definitions/reviewLogEntry/properties/date': { title: '复盘日期', description: '你进行这次复盘的日期。' },
  '/definitions/reviewLogEntry/properties/notes': { title: '笔记', description: '你在这次复盘中注意到和决定的事情。' },
  '/definitions/reviewLogEntry/properties/answers': {
    title: '回答',
    description: '你对复盘问题的回答。每个键是一个问题 id，例如 job-disappeared 对应“如果我现在的工作明天就没了，我会做什么？”。',
  },
  '/definitions/reviewLogEntry/properties/answers/patternProperties/^[a-z0-9][a-z0-9-]*$': {
    title: '回答',
    description: '你对这个问题的回答，用你自己的话写。',
  },
  '/definitions/reviewLogEntry/properties/changes': { title: '变化', description: '自上次复盘以来的变化摘要，由复盘自动写入。' },
  '/definitions/reviewChanges': {
    title: '自上次复盘以来的变化',
    description: '两次复盘之间的进展：完成、放弃或改期的行动，结束的实验，提升的技能，以及提交次数。',
  },
  '/definitions/reviewChanges/properties/actions-done': { title: '已完成的行动', description: '自上次复盘以来完成的行动的 id。' },
  '/definitions/reviewChanges/properties/actions-dropped': { title: '已放弃的行动', description: '你决定不再做的行动的 id。' },
  '/definitions/reviewChanges/properties/actions-rescheduled': { title: '已改期的行动', description: '截止日期被你调整过的行动的 id。' },
  '/definitions/reviewChanges/properties/experiments-finished': { title: '已结束的实验', description: '自上次复盘以来结束的实验的 id。' },
  '/definitions/reviewChanges/properties/skills-raised': {
    title: '提升的技能',
    description: '等级提高了的技能。每个键是一个技能 id，值是它的新等级（0–5）。',
  },
  '/definitions/reviewChanges/properties/commits': { title: '提交次数', description: '自上次复盘以来修改过规划的 git 提交次数。' },
};
