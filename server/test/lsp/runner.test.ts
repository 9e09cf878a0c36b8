import * as assert from 'node:assert/strict';
import { CancellationTokenSource, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { RequestRunner, type Logger } from '../../src/lsp/runner';
import { SettingsService, type Clock } from '../../src/lsp/settings';

function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, error: (m) => lines.push(`error ${m}`), warn: (m) => lines.push(`warn ${m}`), info: (m) => lines.push(`info ${m}`), trace: () => undefined };
}

describe('request runner', () => {
  it('answers a throwing handler with its empty value and logs the error', async () => {
    const log = memoryLogger();
    const runner = new RequestRunner(log);
    const handler = runner.request('textDocument/hover', () => null, () => {
      throw new Error('boom');
    });
    assert.equal(await handler({}, new CancellationTokenSource().token), null);
    assert.match(log.lines.join('\n'), /error textDocument\/hover failed: Error: boom/);
    assert.equal(runner.stats()['textDocument/hover'].errors, 1);
  });

  it('answers a cancelled request with RequestCancelled, before and after the work', async () => {
    const runner = new RequestRunner(memoryLogger());
    const before = new CancellationTokenSource();
    before.cancel();
    let ran = false;
    const result = await runner.request('x', () => [], () => {
      ran = true;
      return [1];
    })({}, before.token);
    assert.ok(result instanceof ResponseError && result.code === LSPErrorCodes.RequestCancelled);
    assert.equal(ran, false);
    const during = new CancellationTokenSource();
    const late = await runner.request('y', () => [], () => {
      during.cancel();
      return [1];
    })({}, during.token);
    assert.ok(late instanceof ResponseError && late.code === LSPErrorCodes.RequestCancelled);
  });

  it('passes refusals (ResponseError) through and times every call', async () => {
    const runner = new RequestRunner(memoryLogger());
    const refusal = new ResponseError(LSPErrorCodes.RequestFailed, 'no');
    assert.equal(await runner.request('z', () => null, () => Promise.reject(refusal))({}, new CancellationTokenSource().token), refusal);
    assert.equal(runner.stats().z.count, 1);
  });
});

describe('settings', () => {
  /** A clock whose time the test sets, with timers the test fires. */
  function fakeClock(start: Date): Clock & { set(date: Date): void; fire(): void; delays: number[] } {
    let now = start;
    const timers: Array<() => void> = [];
    const delays: number[] = [];
    return {
      delays,
      now: () => now,
      set: (date) => (now = date),
      setTimeout: (callback, ms) => {
        timers.push(callback);
        delays.push(ms);
        return timers.length;
      },
      clearTimeout: () => undefined,
      fire: () => timers.shift()?.(),
    };
  }

  it('takes today from the setting, else CAREERPLAN_TODAY, else the local date', () => {
    const clock = fakeClock(new Date(2026, 10, 24, 15, 0));
    const withEnv = new SettingsService({ log: memoryLogger(), env: { CAREERPLAN_TODAY: '2026-01-02' }, clock });
    assert.equal(withEnv.current.today, '2026-01-02');
    withEnv.update({ today: '2026-03-04' });
    assert.deepEqual([withEnv.current.today, withEnv.current.todaySource], ['2026-03-04', 'setting']);
    const plain = new SettingsService({ log: memoryLogger(), env: {}, clock });
    assert.deepEqual([plain.current.today, plain.current.todaySource], ['2026-11-24', 'clock']);
  });

  it('re-reads the date just after local midnight and tells its listeners, once', () => {
    const clock = fakeClock(new Date(2026, 10, 24, 23, 59, 0));
    const settings = new SettingsService({ log: memoryLogger(), env: {}, clock });
    let changes = 0;
    settings.onDidChange(() => changes++);
    settings.startMidnightTimer();
    assert.equal(clock.delays[0], 61_000);
    clock.set(new Date(2026, 10, 25, 0, 0, 1));
    const epoch = settings.epoch;
    clock.fire();
    assert.deepEqual([settings.current.today, changes, settings.epoch], ['2026-11-25', 1, epoch + 1]);
    // The timer is set again for the next midnight, a day later.
    assert.equal(clock.delays[1], 24 * 3600 * 1000);
  });

  it('ignores malformed rule levels and dates with a warning', () => {
    const log = memoryLogger();
    const settings = new SettingsService({ log, env: {}, clock: fakeClock(new Date(2026, 0, 1)) });
    settings.update({ rules: { overdue: 'off', 'no-such-rule': 'error', 'skill-gap': 'loud' }, today: 'tomorrow', locale: 'zh-CN' });
    assert.deepEqual(settings.current.rules, { overdue: 'off' });
    assert.equal(settings.current.today, '2026-01-01');
    assert.equal(settings.current.locale, 'zh-cn');
    assert.equal(log.lines.filter((l) => l.startsWith('warn')).length, 3);
  });
});
