/**
 * The diagnostics pushed after an edit reuse those pushed before for findings the edit only
 * moved (diagnosticLists.ts). Whatever the edit — typed characters, pasted or deleted lines, line
 * breaks of every kind — and whether or not every version was pushed, each list must equal
 * `toDiagnostic` of every finding, as the server would make it afresh.
 */
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { generatePlan, PLAN_TODAY } from '../../scripts/genplan.mjs';
import { typingScenario } from '../../scripts/bench/typing.mjs';
import { PlanAnalyzer } from '../src/core/analyze';
import { ChunkedYamlParser } from '../src/core/yaml/chunkedParser';
import { DiagnosticLists, toDiagnostic } from '../src/lsp/diagnosticLists';
import { EditTracker } from '../src/lsp/editTracker';
import { PlanDocument, sourceOf } from '../src/lsp/planDocument';

const analyzer = new PlanAnalyzer();
const URI = 'file:///plan.careerplan.yaml';

/** A document edited as the server's text model is, analysed warm after each edit, as the server does. */
class Session {
  private readonly tracker = new EditTracker();
  private document: PlanDocument;
  private readonly parser = new ChunkedYamlParser();
  private parsedVersion: number | undefined;
  readonly lists = new DiagnosticLists();

  constructor(text: string) {
    this.document = this.tracker.create(URI, 'careerplan', 1, text) as PlanDocument;
  }

  edit(range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string): void {
    this.document = this.tracker.update(this.document, [{ range, text }], this.document.version + 1) as PlanDocument;
  }

  /** Analyses the current version; pushes its diagnostics when `push`, checking them against fresh ones. */
  analyse(push: boolean, context: string): void {
    const known = this.tracker.since(this.document, this.parsedVersion);
    const analysis = analyzer.analyze(sourceOf(this.document), { today: PLAN_TODAY }, this.parser, known);
    this.parsedVersion = this.document.version;
    this.tracker.mark(this.document);
    if (!push) return;
    const expected = analysis.findings.map((f) => toDiagnostic(analysis, f));
    const pushed = this.lists.next(URI, analysis);
    assert.deepEqual(pushed, expected, context);
    const before = new Set(this.last);
    this.reused += pushed.filter((d) => before.has(d)).length;
    this.total += pushed.length;
    this.last = pushed;
  }

  private last: unknown[] = [];
  /** Diagnostics pushed, and how many of them were objects pushed the time before. */
  total = 0;
  reused = 0;

  position(offset: number): { line: number; character: number } {
    return this.document.positionAt(offset);
  }

  get length(): number {
    return sourceOf(this.document).length;
  }
}

const piece = fc.constantFrom('x', ' ', '\n', '\r\n', '\r', '    due: 2020-01-01\n', '  new-id:\n', '中', '#', ': ', '- ', '    status: done\n');
const editAt = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.oneof(fc.nat(3), fc.nat(200)), insert: fc.array(piece, { maxLength: 4 }), push: fc.boolean() });

describe('diagnostics pushed after an edit', () => {
  it('equal fresh diagnostics through a typing session on a large plan', function () {
    this.timeout(120_000);
    const text = generatePlan({ lines: 3000, seed: 2, lang: 'zh' });
    const session = new Session(text);
    session.analyse(true, 'open');
    let step = 0;
    for (const { edit } of typingScenario(text)) {
      if (!edit) continue;
      session.edit(edit.range, edit.text);
      session.analyse(true, `edit ${++step}`);
    }
    assert.ok(step > 100, `the session made ${step} edits`);
    // Most edits move the findings after them by characters on other lines, or by whole lines.
    assert.ok(session.reused > 0.8 * session.total, `${session.reused} of ${session.total} diagnostics reused`);
  });

  it('equal fresh diagnostics after any edits, some versions never pushed', () => {
    const base = generatePlan({ lines: 300, seed: 3 }).replace(/\n/g, (m, at: number) => (at % 7 === 0 ? '\r\n' : m));
    fc.assert(
      fc.property(fc.array(editAt, { minLength: 1, maxLength: 12 }), (edits) => {
        const session = new Session(base);
        session.analyse(true, 'open');
        edits.forEach(({ at, remove, insert, push }, i) => {
          const start = Math.floor(at * session.length);
          const end = Math.min(session.length, start + remove);
          session.edit({ start: session.position(start), end: session.position(end) }, insert.join(''));
          session.analyse(push || i === edits.length - 1, `edit ${i}`);
        });
      }),
      { numRuns: 80 },
    );
  });
});
