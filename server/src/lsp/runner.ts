import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import type { Lifecycle } from './lifecycle';
import type { StatsRequest } from './protocol';

export interface Logger {
  error(message: string): void;
  warn(message: string): void;
  info(message: string): void;
  /** Verbose output, only sent when the client has turned tracing on. */
  trace(message: string): void;
}

type Timing = StatsRequest.Timing;

/**
 * The one error boundary every handler goes through (like vscode's `runSafe`): a request that
 * was cancelled before or during its work is answered with `RequestCancelled`, a throw is
 * logged and answered with the handler's empty value (never a crash, never a hung request),
 * and every call is timed (trace log plus counters for `careerplan/stats`).
 */
export class RequestRunner {
  private readonly timings = new Map<string, Timing>();

  /** `lifecycle`, when given, refuses requests before `initialize` and after `shutdown`. */
  constructor(
    private readonly log: Logger,
    private readonly lifecycle?: Lifecycle,
  ) {}

  /** Wraps a request handler; `empty` is the answer when the handler fails. */
  request<P, R>(name: string, empty: () => R, handler: (params: P, token: CancellationToken) => R | Promise<R>): (params: P, token: CancellationToken) => Promise<R | ResponseError<void>> {
    return async (params, token) => {
      const refused = this.lifecycle?.refusal();
      if (refused) return refused;
      const timing = this.timing(name);
      if (token?.isCancellationRequested) {
        timing.cancelled++;
        return cancelled();
      }
      const started = performance.now();
      try {
        const result = await handler(params, token);
        if (token?.isCancellationRequested) {
          timing.cancelled++;
          return cancelled();
        }
        return result;
      } catch (error) {
        timing.errors++;
        if (error instanceof ResponseError) return error;
        this.log.error(`${name} failed: ${describe(error)}`);
        return empty();
      } finally {
        this.record(name, timing, performance.now() - started);
      }
    };
  }

  /** Wraps a notification or event handler: a throw is logged, never propagated. */
  notification<P>(name: string, handler: (params: P) => void | Promise<void>): (params: P) => Promise<void> {
    return async (params) => {
      // Notifications before initialize are dropped, as the specification asks.
      if (this.lifecycle && !this.lifecycle.initialized) return;
      const timing = this.timing(name);
      const started = performance.now();
      try {
        await handler(params);
      } catch (error) {
        timing.errors++;
        this.log.error(`${name} failed: ${describe(error)}`);
      } finally {
        this.record(name, timing, performance.now() - started);
      }
    };
  }

  /** Runs internal work (a validation, an index update) under the same boundary and timing. */
  run(name: string, work: () => void): void {
    const timing = this.timing(name);
    const started = performance.now();
    try {
      work();
    } catch (error) {
      timing.errors++;
      this.log.error(`${name} failed: ${describe(error)}`);
    } finally {
      this.record(name, timing, performance.now() - started);
    }
  }

  stats(): Record<string, Timing> {
    return Object.fromEntries([...this.timings].map(([name, t]) => [name, { ...t }]));
  }

  private timing(name: string): Timing {
    let timing = this.timings.get(name);
    if (!timing) {
      timing = { count: 0, errors: 0, cancelled: 0, totalMs: 0, maxMs: 0, lastMs: 0 };
      this.timings.set(name, timing);
    }
    return timing;
  }

  private record(name: string, timing: Timing, ms: number): void {
    timing.count++;
    timing.totalMs += ms;
    timing.lastMs = ms;
    if (ms > timing.maxMs) timing.maxMs = ms;
    this.log.trace(`${name}: ${ms.toFixed(1)} ms`);
  }
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
}

export function describe(error: unknown): string {
  return error instanceof Error ? error.stack ?? error.message : String(error);
}
