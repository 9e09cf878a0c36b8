import { RULE_CODES } from '../../core/codes';
import { SCHEMA_FILE_NAME } from '../packageFiles';
import { DEFAULT_PLAN_FILE } from '../planPaths';

export type NextColumn = 'due' | 'when' | 'status' | 'action' | 'plan' | 'todo' | 'where';
export type HistoryColumn = 'date' | 'commit' | 'author' | 'actions' | 'skills' | 'path' | 'message';

const plural = (count: number, word: string, words = `${word}s`) => `${count} ${count === 1 ? word : words}`;

/** What an I/O error code means; `cause` is a code of WORDED_IO_CODES or the system's own message. */
const CAUSES: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  EEXIST: 'already exists',
  ELOOP: 'too many levels of symbolic links',
};
const cause = (code: string) => CAUSES[code] ?? code;

/**
 * Every text the command line writes itself, in English; zh.ts has the same ids and arguments and
 * is typed by this object, so a text missing there fails the type check. Findings, reports and
 * calendars come in their words from the core's catalogue. Option names, values, paths, ids and
 * rule codes are arguments or stay as written: they are what the user types, not prose.
 */
export const cliEn = {
  // The program's help.
  'program.usage': () => 'Usage: careerplan <command> [options]',
  'program.about': () => 'Career plans as code: checks NAME.careerplan.yaml files and shows what to do next.',
  'program.commands': () => 'Commands:',
  'program.options': () => 'Options:',
  'program.footer': () => `"Today" is --today, else $CAREERPLAN_TODAY, else the local date.
Exit status: 0 success, 1 findings (check) or unreadable plans (next), 2 usage or I/O errors.`,
  'program.help-command': () => 'show help for a command',
  'program.help-option': () => "show this help (careerplan COMMAND --help for a command's options)",
  'program.version-option': () => 'show the version',
  'program.lang-option': () => 'language of messages and help (default: from LC_ALL, LC_MESSAGES, LANG)',
  'command.check': () => 'check plans and report findings (exit 1 on errors)',
  'command.next': () => 'list open actions by due date, overdue first',
  'command.init': () => `write a starter plan (default: ${DEFAULT_PLAN_FILE})`,
  'command.calendar': () => 'export open actions and contact dates as an iCalendar (.ics) file',
  'command.history': () => "show a plan's git history with its progress at each commit",
  'command.report': () => 'what the plans mean: readiness, runway, gaps, next actions, contacts',
  'command.schema': () => "print the plan format's JSON schema",

  // Usage errors (exit 2, followed by the pointer to the help).
  'usage.see-help': (a: { help: string }) => `Run '${a.help}' for usage.`,
  'usage.unknown-command': (a: { name: string; guess: string; commands: string }) =>
    `unknown command '${a.name}'${a.guess ? ` (did you mean '${a.guess}'?)` : `; commands: ${a.commands}`}`,
  'usage.option-before-command': (a: { option: string }) => `unknown option '${a.option}' (options go after the command)`,
  'usage.unknown-option': (a: { option: string; guess: string }) => `unknown option '${a.option}'${a.guess ? ` (did you mean --${a.guess}?)` : ''}`,
  'usage.needs-value': (a: { option: string }) => `option '${a.option}' needs a value`,
  'usage.takes-no-value': (a: { option: string }) => `option '${a.option}' does not take a value`,
  'usage.bad-arguments': (a: { detail: string }) => a.detail,
  'usage.lang': (a: { value: string; languages: string }) => `--lang: '${a.value}' is not supported; use one of ${a.languages}`,
  'usage.today': (a: { source: string; value: string }) => `${a.source}: '${a.value}' is not a calendar date in the form YYYY-MM-DD`,
  'usage.format': (a: { value: string; command: string; formats: string }) =>
    `--format: '${a.value}' is not a format${a.command === 'check' ? '' : ` for ${a.command}`}; use one of ${a.formats}`,
  'usage.choose-one': (a: { first: string; second: string }) => `${a.first} and ${a.second}: choose one`,
  'usage.fix-stdin': () => '--fix writes files: for standard input use --fix-dry-run',
  'usage.stdin-filename': (a: { stdin: string }) => `--stdin-filename names a plan read from standard input: add the PATH '${a.stdin}'`,
  'usage.stdin-alone': (a: { stdin: string }) => `'${a.stdin}' (standard input) cannot be combined with other paths`,
  'usage.max-warnings': (a: { value: string }) => `--max-warnings: '${a.value}' is not a whole number (0 or more)`,
  'usage.rule-form': (a: { value: string }) => `--rule: '${a.value}' is not CODE=LEVEL (for example --rule stale-contact=off)`,
  'usage.rule-code': (a: { code: string; codes: string }) => `--rule: '${a.code}' is not a rule code; valid codes: ${a.codes}`,
  'usage.rule-level': (a: { level: string; levels: string }) => `--rule: '${a.level}' is not a level; valid levels: ${a.levels}`,
  'usage.alarm': (a: { value: string }) => `--alarm: '${a.value}' is not a span like 1d, 2w or 12h`,
  'usage.within': (a: { value: string }) => `--within: '${a.value}' is not a span like 14d, 2w, 1m or 1y`,
  'usage.history-paths': (a: { count: number }) => (a.count ? `history shows one plan, but ${a.count} paths were given` : 'history needs the PATH of a plan file'),
  'usage.history-folder': (a: { path: string }) => `${a.path} is a folder: history shows one plan file`,
  'usage.init-files': (a: { count: number }) => `init writes one file, but ${a.count} were given`,
  'usage.report-output': (a: { output: string }) => `-o: ${a.output} is one of the plans read; write the report to another file`,
  'usage.schema-arguments': (a: { value: string }) => `schema takes no arguments, but got '${a.value}'`,

  // Paths that cannot be read or written (exit 2).
  'io.path': (a: { path: string; cause: string }) => `${a.path}: ${cause(a.cause)}`,
  'io.read-folder': (a: { path: string; cause: string }) => `cannot read folder ${a.path}: ${cause(a.cause)}`,
  'io.read-file': (a: { path: string; cause: string }) => `cannot read ${a.path}: ${cause(a.cause)}`,
  'io.not-a-file': (a: { path: string }) => `cannot read ${a.path}: not a regular file (a plan is read only from a regular file)`,
  'io.too-large': (a: { path: string; megabytes: number }) => `cannot read ${a.path}: larger than ${a.megabytes} MB, the largest plan the tools read`,
  'io.read-stdin': (a: { cause: string }) => `cannot read standard input: ${cause(a.cause)}`,
  'io.no-plans': (a: { paths: string }) => `no career plans (*.careerplan.yaml, *.careerplan.yml) found in ${a.paths}`,
  'io.write-plan-name': (a: { path: string }) => `refusing to write ${a.path}: it is named like a plan file (*.careerplan.yaml); choose another FILE`,
  'io.write-folder': (a: { path: string }) => `cannot write ${a.path}: it is a folder`,
  'io.write-not-file': (a: { path: string }) => `cannot write ${a.path}: not a regular file (a FIFO or a device); leave out -o to write to standard output`,
  'io.write-input': (a: { path: string; input: string }) => `refusing to write ${a.path}: it is ${a.input}, which this command reads`,
  'io.write-exists': (a: { path: string }) => `${a.path} already exists: not overwriting it (add --force to replace it)`,
  'io.write-failed': (a: { path: string; cause: string }) => `cannot write ${a.path}: ${cause(a.cause)}`,
  'io.history-not-file': (a: { path: string }) => `${a.path}: not a regular file (history shows a plan file kept in git)`,

  // Notes on stderr while a command runs.
  'note.left-out': (a: { path: string; notUtf8: boolean }) =>
    `${a.path} is left out: ${a.notUtf8 ? 'it is not UTF-8 text' : 'it has YAML syntax errors'} (run careerplan check ${a.path})`,
  'note.not-fixed': (a: { path: string; why: string }) => `${a.path} is not fixed: ${a.why}`,
  'note.fixed': (a: { place: string; code: string; title: string }) => `${a.place}: fixed ${a.code}: ${a.title}`,
  'note.would-fix': (a: { fixes: number; files: number }) => `${a.fixes} fixes in ${a.files} files would be applied`,
  'note.internal-error': (a: { code: string; path: string; error: string }) => `internal error in rule ${a.code} while checking ${a.path}: ${a.error}`,
  'note.max-warnings': (a: { warnings: number; max: number }) => `${a.warnings} warnings, more than --max-warnings ${a.max} allows`,
  'note.not-plan-name': (a: { path: string }) => `note: ${a.path} does not end in .careerplan.yaml, so folder searches and editors will not recognise it as a plan`,
  'note.schema-kept': (a: { path: string }) =>
    `note: kept the existing ${a.path}, which differs from this version's schema (careerplan schema > ${a.path} updates it)`,
  'note.not-in-git': (a: { path: string }) => `${a.path} is not in a git repository, so it has no history (commit it to a repository first)`,
  'note.history-failed': (a: { path: string; detail: string }) => `cannot read the history of ${a.path}: ${a.detail}`,
  'note.git-missing': () => 'git is not installed or not on the PATH',

  // What a command did.
  'done.init': (a: { path: string }) => `Created ${a.path}. Edit it, then run: careerplan check ${a.path}`,
  'done.init-schema': (a: { path: string }) => `Created ${a.path}, the format's schema that the plan's first line points YAML editors to.`,
  'done.calendar': (a: { events: number; path: string }) => `Wrote ${plural(a.events, 'event')} to ${a.path}`,
  'done.report': (a: { plans: number; path: string }) => `Wrote the report of ${plural(a.plans, 'plan')} to ${a.path}`,

  // check's summary line.
  'check.summary': (a: { error: number; warning: number; info: number; hint: number; files: number }) => {
    const parts = [plural(a.error, 'error'), plural(a.warning, 'warning'), plural(a.info, 'info'), ...(a.hint ? [plural(a.hint, 'hint')] : [])];
    return `${parts.join(', ')} in ${plural(a.files, 'file')}`;
  },

  // The table of next.
  'next.none': () => 'No open actions.',
  'next.none-within': (a: { span: string }) => `No open actions due within ${a.span}.`,
  'next.waiting': (a: { count: number }) => `Waiting (${a.count})`,
  'next.waits-on': (a: { text: string; ids: string }) => `${a.text} (waits on ${a.ids})`,
  'next.column': (a: { column: NextColumn }) => ({ due: 'DUE', when: 'WHEN', status: 'STATUS', action: 'ACTION', plan: 'PLAN', todo: 'TO DO', where: 'WHERE' })[a.column],
  'next.no-date': () => 'no date',
  'next.today': () => 'today',
  'next.overdue-days': (a: { days: number }) => `${a.days}d overdue`,
  'next.in-days': (a: { days: number }) => `in ${a.days}d`,
  'next.summary': (a: { open: number; overdue: number; waiting: number }) =>
    `${plural(a.open, 'open action', 'open actions')}${a.overdue ? `, ${a.overdue} overdue` : ''}${a.waiting ? `, ${a.waiting} waiting` : ''}`,

  // The table of history.
  'history.none': (a: { path: string }) => `No commit touches ${a.path} yet.`,
  'history.column': (a: { column: HistoryColumn }) =>
    ({ date: 'DATE', commit: 'COMMIT', author: 'AUTHOR', actions: 'ACTIONS', skills: 'SKILLS RAISED', path: 'PATH', message: 'MESSAGE' })[a.column],
  'history.deleted': () => 'deleted',
  'history.summary': (a: { commits: number; from: string; to: string }) => `${plural(a.commits, 'commit')}; actions done ${a.from} → ${a.to}`,
  'history.syntax-note': () => '? the plan had YAML syntax errors at that commit: its figures are a best effort',

  // Each command's --help.
  'help.check': () => `Usage: careerplan check [options] [PATH...]

Checks career plans and reports what the analysis finds. PATH is a plan file or a folder,
searched recursively for *.careerplan.yaml and *.careerplan.yml (node_modules and .git are
skipped); the default is the current folder. PATH - reads one plan from standard input.

Options:
  --format text|json|sarif|github
                            output format (default: text)
  --stdin-filename NAME     the name a plan read from standard input has in the output
  --quiet                   report errors only (warnings still count for --max-warnings)
  --today YYYY-MM-DD        the date to check against (default: $CAREERPLAN_TODAY, else today)
  --rule CODE=LEVEL         set a rule's level: error, warning, info, hint or off; repeatable,
                            and wins over the file's own "rules:" section
  --max-warnings N          also fail when there are more than N warnings
  --lang en|zh              language of the messages (default: from LC_ALL, LC_MESSAGES, LANG)
  --fix                     apply the unambiguous fixes (the closest allowed value, the closest
                            real date, an id one letter away) to the files, name each fix on
                            stderr, then report what is left; files with YAML syntax errors or
                            merge conflicts are never changed
  --fix-dry-run             print the changes --fix would make as a unified diff, write nothing
  --no-color                no colours (also when NO_COLOR is set or output is not a terminal)
  -h, --help                show this help

Output:
  text   one line per finding: path:line:col: severity code: message (1-based line and column),
         then a summary "N errors, N warnings, N infos in N files" when there are findings or
         several files were checked; nothing at all for one clean file
  json   an array of {file, line, column, endLine, endColumn, severity, code, message}
  sarif  a SARIF 2.1.0 log with metadata and help for every rule (for code scanning tools);
         paths relative to %SRCROOT%, the git repository around the working folder (else it)
  github GitHub Actions annotations (::warning file=…,line=…::message), paths relative to
         the git repository around the working folder (else it)
  Columns count UTF-16 code units, as editors do; endColumn is the column after the finding.

Exit status:
  0  no errors (and no more warnings than --max-warnings)
  1  errors found, or too many warnings
  2  usage error, a path that does not exist or cannot be read, or no plan found
  With --fix-dry-run: 1 when there is something to fix, else 0.

Rule codes: ${RULE_CODES.join(', ')}
`,
  'help.next': () => `Usage: careerplan next [options] [PATH...]

Lists the open actions (todo, doing, blocked) of all plans by due date: overdue first, then the
soonest, undated last. PATH is a plan file or a folder searched recursively for
*.careerplan.yaml (default: the current folder).

Options:
  --within SPAN        only actions due within SPAN from today, and overdue ones; SPAN is a
                       number followed by d, w, m or y (14d, 2w, 1m, 1y)
  --today YYYY-MM-DD   the date to count from (default: $CAREERPLAN_TODAY, else today)
  --actionable         only actions that can start now: none of their "after" actions is open
  --format text|json   a table (default; actions waiting on others come apart, below), or a
                       JSON array of {file, line, column, id, do, status, due, daysLeft,
                       overdue, plan, goal, waitingOn}
  --no-color           no colours (also when NO_COLOR is set or output is not a terminal)
  --lang en|zh         language of the table and messages (default: from LC_ALL, LC_MESSAGES,
                       LANG)
  -h, --help           show this help

Exit status: 0, or 1 when a plan could not be read (YAML syntax errors, not UTF-8; its actions
are left out and the file is named on stderr), 2 for usage errors and missing paths.
`,
  'help.init': () => `Usage: careerplan init [options] [FILE]

Writes a starter plan with comments that explain each section, to FILE (default:
${DEFAULT_PLAN_FILE}). Its dates are counted from today, so it checks clean.
An existing file is replaced only with --force. The file is written atomically:
it is complete or not there, whatever happens while it is written.

Beside the plan it writes the format's JSON schema, ${SCHEMA_FILE_NAME}, and the plan's
first line points YAML editors at it ("# yaml-language-server: $schema=./${SCHEMA_FILE_NAME}"),
so completion and validation work without a network. An existing schema file is kept.

Options:
  --lang en|zh         language of the comments and examples (default: from LC_ALL,
                       LC_MESSAGES, LANG)
  --owner NAME         the plan's owner (default: a placeholder)
  --today YYYY-MM-DD   the date to count from (default: $CAREERPLAN_TODAY, else today)
  --no-schema          write neither the schema file nor the modeline
  --force              replace an existing FILE
  -h, --help           show this help

Exit status: 0 when the file was written, 2 for usage errors, an existing FILE (without
--force), or a FILE that cannot be written.
`,
  'help.calendar': () => `Usage: careerplan calendar [options] [PATH...]

Writes an iCalendar (RFC 5545) file with an all-day event for every open action that has a due
date, every contact's next contact (repeating with an RRULE when the contact has "every"), the
next review, every goal's "by" and the end ("to") of every planned or running experiment. Each
event has a one-line summary (a multi-line text continues in the description), a description
naming the plan and the item, and a reminder. PATH is a plan file or a folder searched
recursively for *.careerplan.yaml (default: the current folder).

Each event's UID is made of the plan file's path inside its git repository (else its absolute
path) and the action or contact id, so importing a newer export updates the events instead of
adding copies. Each event names its plan and item in X-CAREERPLAN-PLAN and X-CAREERPLAN-ACTION,
-GOAL, -EXPERIMENT, -CONTACT or -REVIEW.

Options:
  -o, --output FILE    write to FILE (default: standard output; - is standard output too).
                       An existing FILE is replaced only with --force; a plan file, and
                       any PATH this command reads, never
  --force              replace an existing FILE
  --alarm SPAN         a reminder that long before each event: Nd, Nw or Nh (default: 1d)
  --no-alarm           no reminders
  --today YYYY-MM-DD   the date stamped on the events (default: $CAREERPLAN_TODAY, else today)
  --lang en|zh         language of the texts the export adds (default: from LC_ALL,
                       LC_MESSAGES, LANG)
  -h, --help           show this help

Exit status: 0, or 1 when a plan could not be read (YAML syntax errors, not UTF-8; its events
are left out and the file is named on stderr), 2 for usage errors, missing or unreadable paths,
and a FILE that cannot or may not be written.
`,
  'help.history': () => `Usage: careerplan history [options] PATH

Shows the git history of one plan: every commit that touched it, following renames, newest
first, with the actions done out of all actions (dropped ones do not count) and the skills
raised at that commit. Runs your own git (on the PATH).

Options:
  --format text|json   a table (default), or a JSON array of {commit, date, author, message,
                       path, change, blob, actionsDone, actionsTotal, skillsRaised: [{id, from,
                       to}], syntaxErrors}
  --no-color           no colours (also when NO_COLOR is set or output is not a terminal)
  --lang en|zh         language of the table and messages (default: from LC_ALL, LC_MESSAGES,
                       LANG)
  -h, --help           show this help

Exit status: 0, 1 when PATH is not in a git repository, 2 for usage errors, a missing PATH, or
when git is missing or fails.
`,
  'help.report': () => `Usage: careerplan report [options] [PATH...]

Shows what each plan means (SPEC §7): the readiness of each backup plan, the runway if your job
stopped today, skill gaps with their closing dates, next actions (the waiting ones apart),
contacts by next contact date and the review status. PATH is a plan file or a folder searched
recursively for *.careerplan.yaml (default: the current folder).

Options:
  --format text|md|html|json
                       text (default), Markdown for a README or a pull request, one standalone
                       HTML page (inline CSS and SVG, no script, nothing loaded from the
                       network; with the timeline, and progress per commit in a git
                       repository), or a JSON array with one object per plan file
  -o, --output FILE    write to FILE, atomically (never over one of the plans read)
  --today YYYY-MM-DD   the date to count from (default: $CAREERPLAN_TODAY, else today)
  --lang en|zh         the report's language (default: Chinese for a plan written in Chinese,
                       else from LC_ALL, LC_MESSAGES, LANG)
  -h, --help           show this help

Exit status: 0, or 1 when a plan could not be read (YAML syntax errors, not UTF-8; it is left
out and named on stderr), 2 for usage errors, missing paths and a FILE that cannot be written.
`,
  'help.schema': () => `Usage: careerplan schema [options]

Prints the career plan format's JSON schema (draft-07), the ${SCHEMA_FILE_NAME} that
"careerplan init" writes beside a plan. To give a plan completion and validation in any YAML
editor without a network:

  careerplan schema > ${SCHEMA_FILE_NAME}

and make the plan's first line: # yaml-language-server: $schema=./${SCHEMA_FILE_NAME}

Options:
  --lang en|zh   language of the help and messages (default: from LC_ALL, LC_MESSAGES, LANG)
  -h, --help     show this help
`,
} satisfies Record<string, (args: never) => string>;
