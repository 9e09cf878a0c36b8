import { realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeFileAtomic } from '../node/atomicWrite';
import { describeIoError, PLAN_FILE_PATTERN, type PlanFile } from '../node/planFiles';
import { IoError, type CliIo } from './io';

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
    throw new IoError(`refusing to write ${output.path}: it is named like a plan file (*.careerplan.yaml); choose another FILE`);
  }
  if (existing) {
    if (existing.kind === 'folder') throw new IoError(`cannot write ${output.path}: it is a folder`);
    if (existing.kind === 'other') throw new IoError(`cannot write ${output.path}: not a regular file (a FIFO or a device); leave out -o to write to standard output`);
    const input = output.inputs?.find((file) => realOrUndefined(file.absolute) === existing.real);
    if (input) throw new IoError(`refusing to write ${output.path}: it is ${input.path}, which this command reads`);
    if (!output.force) throw new IoError(`${output.path} already exists: not overwriting it (add --force to replace it)`);
  }
  try {
    writeFileAtomic(existing ? existing.real : absolute, text, { overwrite: existing !== undefined });
  } catch (error) {
    if ((error as { code?: string }).code === 'EEXIST') throw new IoError(`${output.path} already exists: not overwriting it (add --force to replace it)`);
    throw new IoError(`cannot write ${output.path}: ${describeIoError(error)}`);
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
    throw new IoError(`cannot write ${shown}: ${describeIoError(error)}`);
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
