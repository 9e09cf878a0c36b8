import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every *.careerplan.yaml below `dir`, at any depth (none when `dir` is missing). */
export function planFilesBelow(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return planFilesBelow(full);
    return name.endsWith('.careerplan.yaml') ? [full] : [];
  });
}
