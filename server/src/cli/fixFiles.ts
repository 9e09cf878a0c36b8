import { createTwoFilesPatch } from 'diff';
import { PlanAnalyzer, type AnalyzeOptions } from '../core/analyze';
import { fixAllText, type AppliedFix } from '../core/fixes/fixAll';
import { createMessageFormatter } from '../core/messages/catalog';
import { writeFileAtomic } from '../node/atomicWrite';
import { hasUtf8Bom } from '../node/planFiles';
import type { FileAnalysis } from './analyzeFiles';
import type { CliIo } from './io';
import type { CliFormatter } from './messages/catalog';

export interface FixRun {
  /** Fixes applied (or, for a dry run, that would be). */
  fixes: number;
  /** Files changed (or that would be). */
  files: number;
}

/**
 * `check --fix` and `--fix-dry-run`: the unambiguous fixes of SPEC §3 (the same set as
 * `source.fixAll.careerplan`), applied until none is left. A file with YAML syntax errors or
 * merge conflicts, or that is not UTF-8, is never touched. `--fix` writes each changed file
 * atomically (a byte order mark stays) and names every fix on stderr, so stdout keeps the report
 * format; `--fix-dry-run` prints a unified diff on stdout and writes nothing.
 */
export function fixFiles(results: readonly FileAnalysis[], options: AnalyzeOptions, io: CliIo, t: CliFormatter, dryRun: boolean): FixRun {
  const analyzer = new PlanAnalyzer();
  const format = createMessageFormatter(options.locale ?? 'en', options.catalog);
  const run: FixRun = { fixes: 0, files: 0 };
  for (const { file, analysis } of results) {
    if (!analysis) continue;
    if (analysis.hasSyntaxErrors || analysis.parsed.conflicts.length) {
      io.stderr(`careerplan: ${t('note.not-fixed', { path: file.path, why: format(analysis.parsed.conflicts.length ? 'edit.refused-conflict' : 'edit.refused-syntax', {}) })}\n`);
      continue;
    }
    const { text, applied } = fixAllText(analysis.text, (t) => analyzer.analyze(t, options), { uri: file.absolute, version: null, today: options.today, format });
    if (applied.length === 0) continue;
    run.fixes += applied.length;
    run.files++;
    if (dryRun) {
      io.stdout(createTwoFilesPatch(file.path, file.path, analysis.text, text, '', '', { context: 3 }));
      continue;
    }
    writeFileAtomic(file.absolute, hasUtf8Bom(file) ? `\ufeff${text}` : text, { overwrite: true });
    for (const fix of applied) io.stderr(describeFix(file.path, fix, t));
  }
  return run;
}

function describeFix(path: string, fix: AppliedFix, t: CliFormatter): string {
  return `${t('note.fixed', { place: `${path}:${fix.line + 1}:${fix.character + 1}`, code: fix.code, title: fix.title })}\n`;
}
