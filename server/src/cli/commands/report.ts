import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Locale } from '../../core/messages/catalog';
import { reportData, reportHtml, reportMarkdown, reportText, type ProgressPoint, type ReportData } from '../../core/report';
import { planHistory } from '../../node/git/history';
import { ioCause } from '../../node/planFiles';
import { analyzeFiles, readablePlans } from '../analyzeFiles';
import type { Command, CommandContext } from '../command';
import { CliIoError, EXIT_FINDINGS, EXIT_OK, UsageError } from '../io';
import { cliMessage } from '../messages/catalog';
import { expandPlanPaths } from '../planPaths';

const FORMATS = ['text', 'md', 'html', 'json'] as const;
type Format = (typeof FORMATS)[number];
const CJK = /[\u3400-\u9fff]/;

export const reportCommand: Command = {
  usage: '[PATH...]',
  options: {
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    today: { type: 'string' },
  },
  run: runReport,
};

async function runReport({ io, args, locale, localeFromFlag, t, today: resolveToday }: CommandContext): Promise<number> {
  const format = args.format(FORMATS);
  const today = resolveToday();
  const output = args.string('output');
  const files = expandPlanPaths(args.positionals, io.cwd);
  const target = output === undefined ? undefined : resolve(io.cwd, output);
  if (target && files.some((f) => resolve(f.absolute) === target)) throw new UsageError(cliMessage('usage.report-output', { output: output! }), 'report');

  const { plans, unreadable } = readablePlans(analyzeFiles(files, { today }), io, t);
  const reports: ReportData[] = [];
  for (const { file, analysis } of plans) {
    // A plan written in Chinese gets a Chinese report unless --lang says otherwise.
    const planLocale: Locale = localeFromFlag ? locale : CJK.test(analysis.text) ? 'zh-cn' : locale;
    const progress = format === 'html' ? await progressOf(file.absolute) : null;
    reports.push(reportData(file.path, analysis, { today, locale: planLocale, progress }));
  }
  const text = render(format, reports);
  if (target === undefined) io.stdout(text);
  else {
    writeAtomically(target, text, output!);
    io.stdout(`${t('done.report', { plans: reports.length, path: output! })}\n`);
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
    throw new CliIoError(cliMessage('io.write-failed', { path: shown, cause: ioCause(error) }));
  }
}
