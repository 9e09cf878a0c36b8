/**
 * SPEC §3: every code has a fix besides the suppression comment, and every fix offered on the
 * fixtures (rules, quick fixes, the shared examples) leaves a valid plan where the finding it
 * fixes is gone (or replaced by what the fix intends: a different message of the same code).
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PlanAnalyzer } from '../src/core/analyze';
import { RULE_CODES, type RuleCode } from '../src/core/codes';
import { applyEdits } from '../src/core/edits/textEdits';
import { quickFixes } from '../src/core/fixes';
import { suppressFix } from '../src/core/fixes/suppress';
import { fixContext, offsetEdits, takeFixCursor } from './fixHelpers';
import { planFilesBelow } from './planFilesBelow';

/** An edit is refused while the file cannot be read safely, so these two have no fix by design. */
const NO_AUTOMATIC_FIX: readonly RuleCode[] = ['yaml-syntax', 'merge-conflict'];
/** The insight rules (SPEC §3's last seven rows) landed before their fixes: remove each code here as its fix lands. */
const FIX_PENDING: readonly RuleCode[] = [];

const analyzer = new PlanAnalyzer();

function corpus(): Array<{ path: string; text: string; today: string }> {
  const test = join(process.cwd(), 'server', 'test', 'fixtures');
  const shared = join(process.cwd(), '..', 'shared');
  const files = [...planFilesBelow(join(test, 'rules')), ...planFilesBelow(join(test, 'fixes')), ...planFilesBelow(join(shared, 'examples')), ...planFilesBelow(join(shared, 'insights'))];
  return files.map((path) => {
    const raw = readFileSync(path, 'utf8');
    const text = path.includes(`${join('fixtures', 'fixes')}`) ? takeFixCursor(raw).text : raw;
    const today = /^# today: (\d{4}-\d{2}-\d{2})/m.exec(text)?.[1] ?? '2026-11-24';
    return { path, text, today };
  });
}

describe('a fix for every finding', () => {
  const fixed = new Set<string>();

  it('every fix offered on the fixtures leaves a valid plan without the finding it fixes', () => {
    let checked = 0;
    for (const { path, text, today } of corpus()) {
      const analysis = analyzer.analyze(text, { today });
      const context = fixContext(analysis, today);
      const schemaBefore = new Set(analysis.findings.filter((f) => f.code === 'schema').map((f) => f.message));
      for (const finding of analysis.findings) {
        const ignore = new Set(suppressFix.fixes(context, finding).map((a) => a.title));
        const fixes = quickFixes(context, finding).filter((a) => !ignore.has(a.title));
        if (fixes.length) fixed.add(finding.code);
        for (const action of fixes) {
          if (!action.edit) continue;
          const where = `${path}: ${finding.code} "${finding.message}": "${action.title}"`;
          const result = applyEdits(text, offsetEdits(analysis, action));
          const after = analyzer.analyze(result, { today });
          assert.equal(after.hasSyntaxErrors, false, `${where} leaves valid YAML`);
          for (const f of after.findings) if (f.code === 'schema') assert.ok(schemaBefore.has(f.message), `${where} adds no schema error: ${f.message}`);
          const same = (f: { code: string; message: string }) => f.code === finding.code && f.message === finding.message;
          assert.ok(after.findings.filter(same).length < analysis.findings.filter(same).length, `${where} removes the finding`);
          checked++;
        }
      }
    }
    assert.ok(checked > 100, `checked ${checked} fixes`);
  });

  it('every code but the two that block edits has a fix besides the suppression comment', () => {
    const missing = RULE_CODES.filter((code) => !NO_AUTOMATIC_FIX.includes(code) && !FIX_PENDING.includes(code) && !fixed.has(code));
    assert.deepEqual(missing, [], 'codes with no fix on any fixture');
    assert.deepEqual(FIX_PENDING.filter((code) => fixed.has(code)), [], 'codes that have a fix now: remove them from FIX_PENDING');
  });
});
