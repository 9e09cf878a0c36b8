/**
 * Answers to diagnostic pulls (diagnosticReports.ts): a pull waits for the validation of its
 * version, a list keeps its result id exactly while it says the same, and a pull always ends —
 * answered, released after a failed validation, forgotten with its document, or cancelled.
 */
import * as assert from 'node:assert/strict';
import { CancellationTokenSource, type Diagnostic } from 'vscode-languageserver';
import { DiagnosticReports } from '../src/lsp/diagnosticReports';

const URI = 'file:///plan.careerplan.yaml';

function diagnostic(line: number, message = 'Action "a" is overdue.'): Diagnostic {
  return { range: { start: { line, character: 4 }, end: { line, character: 14 } }, severity: 2, code: 'overdue', source: 'careerplan', message };
}

/** Whether the promise has settled once everything queued so far has run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setImmediate(resolve));
  return done;
}

describe('diagnostic reports for pulls', () => {
  it('answers a pull once its version is validated, and not with an older version', async () => {
    const reports = new DiagnosticReports();
    reports.deliver(URI, 1, [diagnostic(3)]);
    const pull = reports.report(URI, 2, undefined);
    reports.deliver(URI, 1, [diagnostic(4)]);
    assert.equal(await settled(pull), false, 'version 1 does not answer a pull of version 2');
    reports.deliver(URI, 2, [diagnostic(5)]);
    const report = await pull;
    assert.equal(report.kind, 'full');
    assert.deepEqual(report.kind === 'full' && report.items, [diagnostic(5)]);
  });

  it('keeps the result id while the list says the same, in new objects too, and changes it when it does not', async () => {
    const reports = new DiagnosticReports();
    reports.deliver(URI, 1, [diagnostic(3)]);
    const first = await reports.report(URI, 1, undefined);
    assert.ok(first.kind === 'full' && first.resultId);
    reports.deliver(URI, 2, [diagnostic(3)]);
    assert.deepEqual(await reports.report(URI, 2, first.resultId), { kind: 'unchanged', resultId: first.resultId });
    reports.deliver(URI, 3, [diagnostic(3, 'Action "a" is overdue by a day.')]);
    const third = await reports.report(URI, 3, first.resultId);
    assert.equal(third.kind, 'full');
    assert.notEqual(third.resultId, first.resultId);
    reports.deliver(URI, 4, [diagnostic(4, 'Action "a" is overdue by a day.')]);
    assert.notEqual((await reports.report(URI, 4, third.resultId)).resultId, third.resultId, 'a moved finding is a new list');
  });

  it('makes pulls wait again after the settings changed, until the next validation', async () => {
    const reports = new DiagnosticReports();
    reports.deliver(URI, 1, [diagnostic(3)]);
    reports.invalidate([URI]);
    const pull = reports.report(URI, 1, undefined);
    assert.equal(await settled(pull), false);
    reports.deliver(URI, 1, []);
    assert.deepEqual(await pull, { kind: 'full', resultId: '2', items: [] });
  });

  it('ends every pull: a failed validation answers the last list, a closed document an empty one, a cancelled pull nothing more', async () => {
    const reports = new DiagnosticReports();
    reports.deliver(URI, 1, [diagnostic(3)]);
    const afterFailure = reports.report(URI, 2, undefined);
    reports.release(URI);
    assert.deepEqual(await afterFailure, { kind: 'full', resultId: '1', items: [diagnostic(3)] });

    const afterClose = reports.report(URI, 3, undefined);
    reports.forget(URI);
    assert.deepEqual(await afterClose, { kind: 'full', items: [] });

    const source = new CancellationTokenSource();
    const cancelled = reports.report(URI, 4, undefined, source.token);
    const waiting = reports.report(URI, 4, undefined);
    source.cancel();
    assert.deepEqual(await cancelled, { kind: 'full', items: [] });
    assert.equal(await settled(waiting), false, 'another pull of the same version still waits');
    reports.deliver(URI, 4, [diagnostic(6)]);
    assert.equal((await waiting).kind, 'full');
  });
});
