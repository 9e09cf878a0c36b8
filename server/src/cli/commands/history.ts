import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { planHistory } from '../../node/git/history';
import { IoError, ioCause } from '../../node/planFiles';
import { stdoutColors } from '../color';
import type { Command, CommandContext } from '../command';
import { escapeText } from '../formats/escape';
import { formatHistoryTable } from '../formats/historyTable';
import { CliIoError, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError } from '../io';
import { cliMessage } from '../messages/catalog';

const FORMATS = ['text', 'json'] as const;

export const historyCommand: Command = {
  usage: 'PATH',
  options: {
    format: { type: 'string' },
    'no-color': { type: 'boolean' },
  },
  run: runHistory,
};

async function runHistory({ io, args, t }: CommandContext): Promise<number> {
  const format = args.format(FORMATS);
  if (args.positionals.length !== 1) throw new UsageError(cliMessage('usage.history-paths', { count: args.positionals.length }), 'history');
  const path = args.positionals[0];
  const absolute = resolve(io.cwd, path);
  let stats;
  try {
    stats = statSync(absolute);
  } catch (error) {
    throw new IoError({ kind: 'path', path, cause: ioCause(error) });
  }
  if (stats.isDirectory()) throw new UsageError(cliMessage('usage.history-folder', { path }), 'history');
  if (!stats.isFile()) throw new CliIoError(cliMessage('io.history-not-file', { path }));

  const history = await planHistory(absolute);
  if (history.kind === 'not-in-git') {
    io.stderr(`careerplan: ${t('note.not-in-git', { path: escapeText(path) })}\n`);
    return EXIT_FINDINGS;
  }
  if (history.kind !== 'ok') {
    // A missing git in our words; otherwise git's own (its first stderr line), in the language git speaks.
    const detail = history.kind === 'git-unavailable' ? t('note.git-missing', {}) : escapeText(history.message);
    io.stderr(`careerplan: ${t('note.history-failed', { path: escapeText(path), detail })}\n`);
    return EXIT_USAGE;
  }
  if (format === 'json') io.stdout(JSON.stringify(history.rows, null, 2) + '\n');
  else io.stdout(formatHistoryTable(history.rows, { colors: stdoutColors(io, args.flag('no-color')), path, t }));
  return EXIT_OK;
}
