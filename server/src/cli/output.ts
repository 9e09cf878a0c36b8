import { realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeFileAtomic } from '../node/atomicWrite';
import { ioCause, PLAN_FILE_PATTERN, type PlanFile } from '../node/planFiles';
import { CliIoError, type CliIo } from './io';
import { cliMessage } from './messages/catalog';

export interface OutputFile {
  /** The FILE as the user wrote it (messages name it so). */
  path: string;
  /** --force: replace an existing file. */
  force: boolean;
  /** The files the command reads: never written, --force or not. */
  inputs?: readonly PlanFile[];
  /** True for outputs that are not plans (an .ics): a plan file name is refused, --force or not. */
  refusePlanNames?: boolean;
}

/**
 * Writes a command's output FILE, atomically (see `writeFileAtomic`). An existing file is
 * replaced only with --force, and never when it is one of the command's inputs (`calendar plan
 * -o plan` would replace the plan with its own export), a plan file where a plan is not what is
 * written, a folder, or not a regular file (a device or a FIFO). A symlink is written through,
 * so the link stays. Every refusal and failure is an I/O error naming FILE (exit 2).
 */
export function writeOutputFile(io: Pick<CliIo, 'cwd'>, output: OutputFile, text: string): void {
  const absolute = resolve(io.cwd, output.path);
  const existing = existingTarget(absolute, output.path);
  if (output.refusePlanNames && (PLAN_FILE_PATTERN.test(absolute) || (existing && PLAN_FILE_PATTERN.test(existing.real)))) {
    throw new CliIoError(cliMessage('io.write-plan-name', { path: output.path }));
  }
  if (existing) {
    if (existing.kind === 'folder') throw new CliIoError(cliMessage('io.write-folder', { path: output.path }));
    if (existing.kind === 'other') throw new CliIoError(cliMessage('io.write-not-file', { path: output.path }));
    const input = output.inputs?.find((file) => realOrUndefined(file.absolute) === existing.real);
    if (input) throw new CliIoError(cliMessage('io.write-input', { path: output.path, input: input.path }));
    if (!output.force) throw new CliIoError(cliMessage('io.write-exists', { path: output.path }));
  }
  try {
    writeFileAtomic(existing ? existing.real : absolute, text, { overwrite: existing !== undefined });
  } catch (error) {
    if ((error as { code?: string }).code === 'EEXIST') throw new CliIoError(cliMessage('io.write-exists', { path: output.path }));
    throw new CliIoError(cliMessage('io.write-failed', { path: output.path, cause: ioCause(error) }));
  }
}

/** The file a path names once symlinks are resolved, and what it is; undefined when nothing is there. */
function existingTarget(absolute: string, shown: string): { real: string; kind: 'file' | 'folder' | 'other' } | undefined {
  let real: string;
  try {
    real = realpathSync(absolute);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') return undefined;
    throw new CliIoError(cliMessage('io.write-failed', { path: shown, cause: ioCause(error) }));
  }
  const stats = statSync(real);
  return { real, kind: stats.isFile() ? 'file' : stats.isDirectory() ? 'folder' : 'other' };
}

function realOrUndefined(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}
