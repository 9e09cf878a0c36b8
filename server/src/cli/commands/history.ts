import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { planHistory } from '../../node/git/history';
import { parseCommandArgs } from '../args';
import { stdoutColors } from '../color';
import { describeIoError } from '../../node/planFiles';
import { escapeText } from '../formats/escape';
import { formatHistoryTable } from '../formats/historyTable';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, IoError, UsageError, type CliIo } from '../io';

export const historyHelp = `Usage: careerplan history [options] PATH

Shows the git history of one plan: every commit that touched it, following renames, newest
first, with the actions done out of all actions (dropped ones do not count) and the skills
raised at that commit. Runs your own git (on the PATH).

Options:
  --format text|json   a table (default), or a JSON array of {commit, date, author, message,
                       path, change, blob, actionsDone, actionsTotal, skillsRaised: [{id, from,
                       to}], syntaxErrors}
  --no-color           no colours (also when NO_COLOR is set or output is not a terminal)
  -h, --help           show this help

Exit status: 0, 1 when PATH is not in a git repository, 2 for usage errors, a missing PATH, or
when git is missing or fails.
`;

const FORMATS = ['text', 'json'] as const;

export async function runHistory(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs('history', args, {
    format: { type: 'string' },
    'no-color': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (parsed.flag('help')) {
    io.stdout(historyHelp);
    return EXIT_OK;
  }
  const format = parsed.string('format') ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format: '${format}' is not a format for history; use one of ${FORMATS.join(', ')}`, 'history');
  if (parsed.positionals.length !== 1) throw new UsageError(parsed.positionals.length ? `history shows one plan, but ${parsed.positionals.length} paths were given` : 'history needs the PATH of a plan file', 'history');
  const path = parsed.positionals[0];
  const absolute = resolve(io.cwd, path);
  let stats;
  try {
    stats = statSync(absolute);
  } catch (error) {
    throw new IoError(`${path}: ${describeIoError(error)}`);
  }
  if (stats.isDirectory()) throw new UsageError(`${path} is a folder: history shows one plan file`, 'history');
  if (!stats.isFile()) throw new IoError(`${path}: not a regular file (history shows a plan file kept in git)`);

  const history = await planHistory(absolute);
  if (history.kind === 'not-in-git') {
    io.stderr(`careerplan: ${escapeText(path)} is not in a git repository, so it has no history (commit it to a repository first)\n`);
    return EXIT_FINDINGS;
  }
  if (history.kind !== 'ok') {
    io.stderr(`careerplan: cannot read the history of ${escapeText(path)}: ${escapeText(history.message)}\n`);
    return EXIT_USAGE;
  }
  if (format === 'json') io.stdout(JSON.stringify(history.rows, null, 2) + '\n');
  else io.stdout(formatHistoryTable(history.rows, { colors: stdoutColors(io, parsed.flag('no-color')), path }));
  return EXIT_OK;
}
