import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pickLocale, type Locale } from '../../core/messages/catalog';
import { reportData, reportHtml, reportMarkdown, reportText, type ProgressPoint, type ReportData } from '../../core/report';
import { planHistory } from '../../node/git/history';
import { describeIoError } from '../../node/planFiles';
import { analyzeFiles, readablePlans } from '../analyzeFiles';
import { parseCommandArgs } from '../args';
import { EXIT_FINDINGS, EXIT_OK, IoError, UsageError, type CliIo } from '../io';
import { resolveLocale } from '../locale';
import { expandPlanPaths } from '../planPaths';
import { resolveToday } from '../today';

export const reportHelp = `Usage: careerplan report [options] [PATH...]

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
`;

const FORMATS = ['text', 'md', 'html', 'json'] as const;
type Format = (typeof FORMATS)[number];
const CJK = /[\u3400-\u9fff]/;

export async function runReport(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs('report', args, {
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    today: { type: 'string' },
    lang: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (parsed.flag('help')) {
    io.stdout(reportHelp);
    return EXIT_OK;
  }
  const format = (parsed.string('format') ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format: '${format}' is not a format for report; use one of ${FORMATS.join(', ')}`, 'report');
  const today = resolveToday(parsed.string('today'), io.env);
  const lang = parsed.string('lang');
  const fixedLocale = lang === undefined ? undefined : resolveLocale(lang, io.env);
  const output = parsed.string('output');
  const files = expandPlanPaths(parsed.positionals, io.cwd);
  const target = output === undefined ? undefined : resolve(io.cwd, output);
  if (target && files.some((f) => resolve(f.absolute) === target)) throw new UsageError(`-o: ${output} is one of the plans read; write the report to another file`, 'report');

  const { plans, unreadable } = readablePlans(analyzeFiles(files, { today }), io);
  const reports: ReportData[] = [];
  for (const { file, analysis } of plans) {
    // A plan written in Chinese gets a Chinese report unless --lang says otherwise.
    const locale: Locale = fixedLocale ?? (CJK.test(analysis.text) ? 'zh-cn' : pickLocale(io.env.LC_ALL || io.env.LC_MESSAGES || io.env.LANG));
    const progress = format === 'html' ? await progressOf(file.absolute) : null;
    reports.push(reportData(file.path, analysis, { today, locale, progress }));
  }
  const text = render(format, reports);
  if (target === undefined) io.stdout(text);
  else {
    writeAtomically(target, text, output!);
    io.stdout(`Wrote the report of ${reports.length} ${reports.length === 1 ? 'plan' : 'plans'} to ${output}\n`);
  }
  return unreadable ? EXIT_FINDINGS : EXIT_OK;
}

function render(format: Format, reports: readonly ReportData[]): string {
  switch (format) {
    case 'json':
      return JSON.stringify(reports.map((r) => ({ file: r.file, ...r.insights })), null, 2) + '\n';
    case 'md':
      return reports.map(reportMarkdown).join('\n');
    case 'html':
      // One page a person can open or mail, with each plan in turn.
      return reportHtml(reports);
    default:
      return reports.map(reportText).join('\n');
  }
}

/** Progress per commit, oldest first; null outside a repository or without git. */
async function progressOf(file: string): Promise<ProgressPoint[] | null> {
  const history = await planHistory(file);
  if (history.kind !== 'ok' || history.rows.length === 0) return null;
  return history.rows
    .filter((row) => row.blob !== null)
    .map((row) => ({ date: row.date.slice(0, 10), done: row.actionsDone, total: row.actionsTotal, skillsRaised: row.skillsRaised.length }))
    .reverse();
}

/** Writes beside the target and renames over it, so a reader never sees half a report. */
function writeAtomically(target: string, text: string, shown: string): void {
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, text, { encoding: 'utf8', flag: 'wx' });
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new IoError(`cannot write ${shown}: ${describeIoError(error)}`);
  }
}
