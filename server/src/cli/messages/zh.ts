import { RULE_CODES } from '../../core/codes';
import { SCHEMA_FILE_NAME } from '../packageFiles';
import { DEFAULT_PLAN_FILE } from '../planPaths';
import type { CliCatalog } from './catalog';

/** 系统错误码的含义（其余的用系统自己的说明）。 */
const CAUSES: Record<string, string> = {
  ENOENT: '没有这个文件或文件夹',
  EACCES: '没有权限',
  EPERM: '没有权限',
  EISDIR: '这是一个文件夹',
  ENOTDIR: '不是文件夹',
  EEXIST: '已经存在',
  ELOOP: '符号链接层数太多',
};
const cause = (code: string) => CAUSES[code] ?? code;

/**
 * The command line's own texts in Simplified Chinese: the same ids and arguments as en.ts, typed
 * as `CliCatalog`, so an id added there and missing here fails the type check. Option names,
 * values, paths, ids and rule codes stay as the user types them.
 */
export const cliZh: CliCatalog = {
  'program.usage': () => '用法：careerplan <命令> [选项]',
  'program.about': () => '以代码管理职业规划：检查 NAME.careerplan.yaml 文件，并告诉你下一步做什么。',
  'program.commands': () => '命令：',
  'program.options': () => '选项：',
  'program.footer': () => `“今天”取 --today，否则取 $CAREERPLAN_TODAY，否则取本地日期。
退出状态：0 成功；1 有发现（check）或有无法读取的规划（next）；2 用法错误或读写错误。`,
  'program.help-command': () => '显示某个命令的帮助',
  'program.help-option': () => '显示本帮助（careerplan COMMAND --help 查看某个命令的选项）',
  'program.version-option': () => '显示版本号',
  'program.lang-option': () => '消息和帮助的语言（默认：取自 LC_ALL、LC_MESSAGES、LANG）',
  'command.check': () => '检查规划并报告发现的问题（有错误时退出状态为 1）',
  'command.next': () => '按到期日列出未完成的行动，逾期的在前',
  'command.init': () => `写一份入门规划（默认：${DEFAULT_PLAN_FILE}）`,
  'command.calendar': () => '把未完成的行动和联系日期导出为 iCalendar（.ics）文件',
  'command.history': () => '显示规划的 git 历史，以及每次提交时的进度',
  'command.report': () => '规划意味着什么：就绪度、资金缓冲期、技能差距、下一步行动、联系人',
  'command.schema': () => '输出规划格式的 JSON schema',

  'usage.see-help': (a) => `运行 '${a.help}' 查看用法。`,
  'usage.unknown-command': (a) => `未知命令 '${a.name}'${a.guess ? `（你是不是想用 '${a.guess}'？）` : `；可用的命令：${a.commands}`}`,
  'usage.option-before-command': (a) => `未知选项 '${a.option}'（选项写在命令之后）`,
  'usage.unknown-option': (a) => `未知选项 '${a.option}'${a.guess ? `（你是不是想用 --${a.guess}？）` : ''}`,
  'usage.needs-value': (a) => `选项 '${a.option}' 需要一个值`,
  'usage.takes-no-value': (a) => `选项 '${a.option}' 不接受值`,
  'usage.bad-arguments': (a) => `参数有误：${a.detail}`,
  'usage.lang': (a) => `--lang：不支持 '${a.value}'；可用：${a.languages}`,
  'usage.today': (a) => `${a.source}：'${a.value}' 不是 YYYY-MM-DD 形式的日历日期`,
  'usage.format': (a) => `--format：'${a.value}' 不是 ${a.command} 支持的格式；可用：${a.formats}`,
  'usage.choose-one': (a) => `${a.first} 和 ${a.second} 只能选一个`,
  'usage.fix-stdin': () => '--fix 会写文件：标准输入请用 --fix-dry-run',
  'usage.stdin-filename': (a) => `--stdin-filename 用于命名从标准输入读取的规划：请加上路径 '${a.stdin}'`,
  'usage.stdin-alone': (a) => `'${a.stdin}'（标准输入）不能和其他路径一起使用`,
  'usage.max-warnings': (a) => `--max-warnings：'${a.value}' 不是整数（0 或更大）`,
  'usage.rule-form': (a) => `--rule：'${a.value}' 不是 CODE=LEVEL 的形式（例如 --rule stale-contact=off）`,
  'usage.rule-code': (a) => `--rule：'${a.code}' 不是规则代码；可用的代码：${a.codes}`,
  'usage.rule-level': (a) => `--rule：'${a.level}' 不是级别；可用的级别：${a.levels}`,
  'usage.alarm': (a) => `--alarm：'${a.value}' 不是 1d、2w 或 12h 这样的时长`,
  'usage.within': (a) => `--within：'${a.value}' 不是 14d、2w、1m 或 1y 这样的时长`,
  'usage.history-paths': (a) => (a.count ? `history 只显示一份规划，但给了 ${a.count} 个路径` : 'history 需要一个规划文件的路径（PATH）'),
  'usage.history-folder': (a) => `${a.path} 是文件夹：history 只显示一个规划文件`,
  'usage.init-files': (a) => `init 只写一个文件，但给了 ${a.count} 个`,
  'usage.report-output': (a) => `-o：${a.output} 是要读取的规划之一；请把报告写到别的文件`,
  'usage.schema-arguments': (a) => `schema 不接受参数，但收到了 '${a.value}'`,

  'io.path': (a) => `${a.path}：${cause(a.cause)}`,
  'io.read-folder': (a) => `无法读取文件夹 ${a.path}：${cause(a.cause)}`,
  'io.read-file': (a) => `无法读取 ${a.path}：${cause(a.cause)}`,
  'io.not-a-file': (a) => `无法读取 ${a.path}：不是普通文件（规划只从普通文件读取）`,
  'io.too-large': (a) => `无法读取 ${a.path}：超过 ${a.megabytes} MB，这是工具能读取的最大规划`,
  'io.read-stdin': (a) => `无法读取标准输入：${cause(a.cause)}`,
  'io.no-plans': (a) => `在 ${a.paths} 中没有找到职业规划（*.careerplan.yaml、*.careerplan.yml）`,
  'io.write-plan-name': (a) => `拒绝写入 ${a.path}：它的名字像规划文件（*.careerplan.yaml）；请换一个 FILE`,
  'io.write-folder': (a) => `无法写入 ${a.path}：这是一个文件夹`,
  'io.write-not-file': (a) => `无法写入 ${a.path}：不是普通文件（FIFO 或设备）；去掉 -o 即可写到标准输出`,
  'io.write-input': (a) => `拒绝写入 ${a.path}：它就是本命令要读取的 ${a.input}`,
  'io.write-exists': (a) => `${a.path} 已经存在：不会覆盖它（加上 --force 才会替换）`,
  'io.write-failed': (a) => `无法写入 ${a.path}：${cause(a.cause)}`,
  'io.history-not-file': (a) => `${a.path}：不是普通文件（history 显示保存在 git 中的规划文件）`,

  'note.left-out': (a) => `已跳过 ${a.path}：${a.notUtf8 ? '它不是 UTF-8 文本' : '它有 YAML 语法错误'}（运行 careerplan check ${a.path}）`,
  'note.not-fixed': (a) => `未修复 ${a.path}：${a.why}`,
  'note.fixed': (a) => `${a.place}：已修复 ${a.code}：${a.title}`,
  'note.would-fix': (a) => `将在 ${a.files} 个文件中应用 ${a.fixes} 处修复`,
  'note.internal-error': (a) => `检查 ${a.path} 时规则 ${a.code} 出现内部错误：${a.error}`,
  'note.max-warnings': (a) => `${a.warnings} 个警告，超过了 --max-warnings ${a.max} 允许的数量`,
  'note.not-plan-name': (a) => `注意：${a.path} 不以 .careerplan.yaml 结尾，文件夹搜索和编辑器不会把它当作规划`,
  'note.schema-kept': (a) => `注意：保留了已有的 ${a.path}，它与这个版本的 schema 不同（careerplan schema > ${a.path} 可以更新它）`,
  'note.not-in-git': (a) => `${a.path} 不在 git 仓库中，所以没有历史（请先把它提交到仓库）`,
  'note.history-failed': (a) => `无法读取 ${a.path} 的历史：${a.detail}`,
  'note.git-missing': () => '没有安装 git，或 git 不在 PATH 中',

  'done.init': (a) => `已创建 ${a.path}。编辑它，然后运行：careerplan check ${a.path}`,
  'done.init-schema': (a) => `已创建 ${a.path}：格式的 schema，规划的第一行让 YAML 编辑器指向它。`,
  'done.calendar': (a) => `已把 ${a.events} 个事件写入 ${a.path}`,
  'done.report': (a) => `已把 ${a.plans} 份规划的报告写入 ${a.path}`,

  'check.summary': (a) => `${a.error} 个错误，${a.warning} 个警告，${a.info} 条信息${a.hint ? `，${a.hint} 条提示` : ''}，共 ${a.files} 个文件`,

  'next.none': () => '没有未完成的行动。',
  'next.none-within': (a) => `${a.span} 内没有到期的未完成行动。`,
  'next.waiting': (a) => `等待中（${a.count}）`,
  'next.waits-on': (a) => `${a.text}（等待 ${a.ids}）`,
  'next.column': (a) => ({ due: '到期日', when: '剩余', status: '状态', action: '行动', plan: '规划', todo: '要做的事', where: '位置' })[a.column],
  'next.no-date': () => '无日期',
  'next.today': () => '今天',
  'next.overdue-days': (a) => `逾期 ${a.days} 天`,
  'next.in-days': (a) => `${a.days} 天后`,
  'next.summary': (a) => `${a.open} 个未完成的行动${a.overdue ? `，${a.overdue} 个逾期` : ''}${a.waiting ? `，${a.waiting} 个等待中` : ''}`,

  'history.none': (a) => `还没有提交涉及 ${a.path}。`,
  'history.column': (a) => ({ date: '日期', commit: '提交', author: '作者', actions: '行动', skills: '提升的技能', path: '路径', message: '说明' })[a.column],
  'history.deleted': () => '已删除',
  'history.summary': (a) => `${a.commits} 次提交；已完成的行动 ${a.from} → ${a.to}`,
  'history.syntax-note': () => '? 该提交时规划有 YAML 语法错误：其数字只是尽力而为',

  'help.check': () => `用法：careerplan check [选项] [PATH...]

检查职业规划并报告分析发现的问题。PATH 是规划文件或文件夹；文件夹会递归搜索
*.careerplan.yaml 和 *.careerplan.yml（跳过 node_modules 和 .git）；默认是当前文件夹。
PATH 为 - 时从标准输入读取一份规划。

选项：
  --format text|json|sarif|github
                            输出格式（默认：text）
  --stdin-filename NAME     从标准输入读取的规划在输出中的名字
  --quiet                   只报告错误（警告仍计入 --max-warnings）
  --today YYYY-MM-DD        检查所依据的日期（默认：$CAREERPLAN_TODAY，否则为今天）
  --rule CODE=LEVEL         设置规则的级别：error、warning、info、hint 或 off；可重复，
                            优先于文件自己的 "rules:" 部分
  --max-warnings N          警告超过 N 个时也判为失败
  --lang en|zh              消息的语言（默认：取自 LC_ALL、LC_MESSAGES、LANG）
  --fix                     对文件应用明确无歧义的修复（最接近的允许值、最接近的真实日期、
                            只差一个字母的 id），在标准错误上列出每处修复，再报告剩下的问题；
                            有 YAML 语法错误或合并冲突的文件永远不会被修改
  --fix-dry-run             以统一 diff 格式输出 --fix 会做的修改，不写任何文件
  --no-color                不用颜色（设置了 NO_COLOR 或输出不是终端时也不用）
  -h, --help                显示本帮助

输出：
  text   每个发现一行：path:line:col: severity code: message（行号和列号从 1 开始），
         有发现或检查了多个文件时，最后一行是汇总（“N 个错误，N 个警告……”）；
         单个没有问题的文件什么也不输出
  json   一个数组，元素为 {file, line, column, endLine, endColumn, severity, code, message}
  sarif  SARIF 2.1.0 日志，带每条规则的元数据和说明（供代码扫描工具使用）；路径相对于
         %SRCROOT%，即工作文件夹所在的 git 仓库（不在仓库中时为工作文件夹）
  github 供 GitHub Actions 使用的注释（::warning file=…,line=…::message），路径相对于
         工作文件夹所在的 git 仓库（不在仓库中时为工作文件夹）
  列号按 UTF-16 码元计数，与编辑器一致；endColumn 是发现之后的那一列。

退出状态：
  0  没有错误（且警告不超过 --max-warnings）
  1  发现错误，或警告太多
  2  用法错误、路径不存在或无法读取、或没有找到规划
  使用 --fix-dry-run 时：有可修复的内容为 1，否则为 0。

规则代码：${RULE_CODES.join(', ')}
`,
  'help.next': () => `用法：careerplan next [选项] [PATH...]

按到期日列出所有规划中未完成的行动（todo、doing、blocked）：逾期的在前，然后是最近到期的，
没有日期的在最后。PATH 是规划文件或文件夹，文件夹会递归搜索 *.careerplan.yaml
（默认：当前文件夹）。

选项：
  --within SPAN        只列出从今天起 SPAN 内到期的行动，以及逾期的行动；SPAN 是数字加
                       d、w、m 或 y（14d、2w、1m、1y）
  --today YYYY-MM-DD   计算所依据的日期（默认：$CAREERPLAN_TODAY，否则为今天）
  --actionable         只列出现在就能开始的行动：它的 "after" 中没有未完成的行动
  --format text|json   表格（默认；等待其他行动的行动单独列在下面），或 JSON 数组，元素为
                       {file, line, column, id, do, status, due, daysLeft, overdue, plan,
                       goal, waitingOn}
  --no-color           不用颜色（设置了 NO_COLOR 或输出不是终端时也不用）
  --lang en|zh         表格和消息的语言（默认：取自 LC_ALL、LC_MESSAGES、LANG）
  -h, --help           显示本帮助

退出状态：0；有规划无法读取时为 1（YAML 语法错误、不是 UTF-8；其行动不列出，并在标准错误上
给出文件名）；用法错误和路径不存在时为 2。
`,
  'help.init': () => `用法：careerplan init [选项] [FILE]

写一份入门规划到 FILE（默认：${DEFAULT_PLAN_FILE}），其中的注释解释每个部分。规划中的日期
从今天算起，所以检查没有问题。已有的文件只有加上 --force 才会被替换。文件以原子方式写入：
无论写入时发生什么，它要么完整，要么不存在。

在规划旁边还会写入格式的 JSON schema（${SCHEMA_FILE_NAME}），规划第一行让 YAML 编辑器指向它
（"# yaml-language-server: $schema=./${SCHEMA_FILE_NAME}"），这样不联网也能补全和校验。
已有的 schema 文件会保留。

选项：
  --lang en|zh         注释和示例的语言（默认：取自 LC_ALL、LC_MESSAGES、LANG）
  --owner NAME         规划的主人（默认：一个占位名）
  --today YYYY-MM-DD   计算所依据的日期（默认：$CAREERPLAN_TODAY，否则为今天）
  --no-schema          既不写 schema 文件，也不写第一行的指向
  --force              替换已有的 FILE
  -h, --help           显示本帮助

退出状态：文件写好时为 0；用法错误、FILE 已存在（没有 --force）或 FILE 无法写入时为 2。
`,
  'help.calendar': () => `用法：careerplan calendar [选项] [PATH...]

写一个 iCalendar（RFC 5545）文件，为下列每一项生成全天事件：每个有到期日的未完成行动、
每个联系人的下次联系（联系人有 "every" 时用 RRULE 重复）、下次复盘、每个目标的 "by"，以及
每个计划中或进行中的实验的结束日（"to"）。每个事件有一行摘要（多行文字接在描述里）、写明
规划和条目的描述，以及提醒。PATH 是规划文件或文件夹，文件夹会递归搜索 *.careerplan.yaml
（默认：当前文件夹）。

每个事件的 UID 由规划文件在其 git 仓库中的路径（不在仓库中时为绝对路径）和行动或联系人的
id 组成，所以导入较新的导出会更新事件，而不会添加副本。每个事件在 X-CAREERPLAN-PLAN 和
X-CAREERPLAN-ACTION、-GOAL、-EXPERIMENT、-CONTACT 或 -REVIEW 中写明它的规划和条目。

选项：
  -o, --output FILE    写到 FILE（默认：标准输出；- 也表示标准输出）。已有的 FILE 只有加上
                       --force 才会被替换；规划文件和本命令读取的任何 PATH 永远不会被替换
  --force              替换已有的 FILE
  --alarm SPAN         在每个事件之前多久提醒：Nd、Nw 或 Nh（默认：1d）
  --no-alarm           不提醒
  --today YYYY-MM-DD   事件上标注的日期（默认：$CAREERPLAN_TODAY，否则为今天）
  --lang en|zh         导出时加入的文字的语言（默认：取自 LC_ALL、LC_MESSAGES、LANG）
  -h, --help           显示本帮助

退出状态：0；有规划无法读取时为 1（YAML 语法错误、不是 UTF-8；其事件不导出，并在标准错误上
给出文件名）；用法错误、路径不存在或无法读取、FILE 无法或不允许写入时为 2。
`,
  'help.history': () => `用法：careerplan history [选项] PATH

显示一份规划的 git 历史：每个改动过它的提交（跟随重命名，最新的在前），以及该提交时已完成的
行动占全部行动的比例（已放弃的不计）和提升的技能。运行你自己的 git（在 PATH 环境变量中）。

选项：
  --format text|json   表格（默认），或 JSON 数组，元素为 {commit, date, author, message,
                       path, change, blob, actionsDone, actionsTotal, skillsRaised: [{id,
                       from, to}], syntaxErrors}
  --no-color           不用颜色（设置了 NO_COLOR 或输出不是终端时也不用）
  --lang en|zh         表格和消息的语言（默认：取自 LC_ALL、LC_MESSAGES、LANG）
  -h, --help           显示本帮助

退出状态：0；PATH 不在 git 仓库中时为 1；用法错误、PATH 不存在、没有 git 或 git 出错时为 2。
`,
  'help.report': () => `用法：careerplan report [选项] [PATH...]

显示每份规划意味着什么（SPEC §7）：每个备选方案的就绪度、如果今天停止工作的资金缓冲期、
技能差距及其补齐日期、下一步行动（等待中的单独列出）、按下次联系日期排列的联系人，以及复盘
状态。PATH 是规划文件或文件夹，文件夹会递归搜索 *.careerplan.yaml（默认：当前文件夹）。

选项：
  --format text|md|html|json
                       text（默认）；Markdown，用于 README 或拉取请求；一个独立的 HTML 页面
                       （内联 CSS 和 SVG，没有脚本，不从网络加载任何内容；含时间线，在 git
                       仓库中还有每次提交的进度）；或 JSON 数组，每个规划文件一个对象
  -o, --output FILE    以原子方式写到 FILE（永远不会覆盖要读取的规划）
  --today YYYY-MM-DD   计算所依据的日期（默认：$CAREERPLAN_TODAY，否则为今天）
  --lang en|zh         报告的语言（默认：用中文写的规划为中文，否则取自 LC_ALL、LC_MESSAGES、
                       LANG）
  -h, --help           显示本帮助

退出状态：0；有规划无法读取时为 1（YAML 语法错误、不是 UTF-8；它不列入报告，并在标准错误上
给出文件名）；用法错误、路径不存在、FILE 无法写入时为 2。
`,
  'help.schema': () => `用法：careerplan schema [选项]

输出职业规划格式的 JSON schema（draft-07），即 "careerplan init" 写在规划旁边的
${SCHEMA_FILE_NAME}。要在任何 YAML 编辑器中不联网就得到补全和校验：

  careerplan schema > ${SCHEMA_FILE_NAME}

并把规划的第一行写成：# yaml-language-server: $schema=./${SCHEMA_FILE_NAME}

选项：
  --lang en|zh   帮助和消息的语言（默认：取自 LC_ALL、LC_MESSAGES、LANG）
  -h, --help     显示本帮助
`,
};
