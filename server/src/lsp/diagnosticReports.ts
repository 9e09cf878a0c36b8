import type { CancellationToken, Diagnostic, DocumentDiagnosticReport } from 'vscode-languageserver';
import { sameDiagnostics } from './diagnosticLists';

/** The diagnostics of one version of a document, as last computed. */
interface Computed {
  version: number;
  resultId: string;
  diagnostics: Diagnostic[];
  /** Settings or the date changed since: the list may no longer hold, a pull waits for the next. */
  stale: boolean;
}

interface Waiter {
  version: number;
  settle(computed: Computed | undefined): void;
}

/**
 * Answers pulled diagnostics (`textDocument/diagnostic`, LSP 3.17) from the validations the
 * diagnostics provider runs anyway. A pull for a version not validated yet waits for its
 * validation. A list is named by a result id that changes only when the list does, so after a
 * keystroke that changed no finding (most of them: a word typed in a title) the editor is told
 * `unchanged` instead of being sent, and parsing, a 50,000-line plan's hundreds of diagnostics.
 */
export class DiagnosticReports {
  private readonly computed = new Map<string, Computed>();
  private readonly waiters = new Map<string, Waiter[]>();
  private nextId = 1;

  /** Records the diagnostics of `version` and answers the pulls waiting for it. */
  deliver(uri: string, version: number, diagnostics: Diagnostic[]): void {
    const before = this.computed.get(uri);
    const resultId = before && sameDiagnostics(before.diagnostics, diagnostics) ? before.resultId : String(this.nextId++);
    const computed: Computed = { version, resultId, diagnostics, stale: false };
    this.computed.set(uri, computed);
    this.settle(uri, (waiter) => waiter.version <= version, computed);
  }

  /** A validation ended without a delivery (it failed): pulls waiting on it get the last list rather than no answer. */
  release(uri: string): void {
    this.settle(uri, () => true, this.computed.get(uri));
  }

  /** The lists of these documents (all when omitted) no longer hold: pulls wait for the next validation. */
  invalidate(uris?: readonly string[]): void {
    for (const [uri, computed] of this.computed) if (!uris || uris.includes(uri)) computed.stale = true;
  }

  /** The document closed: its pulls are answered empty and its list forgotten. */
  forget(uri: string): void {
    this.computed.delete(uri);
    this.settle(uri, () => true, undefined);
  }

  /**
   * The report for `version` of a document (the current one): `unchanged` when the editor holds
   * the list already (`previousResultId`), else the full list. Waits for the version's validation.
   */
  async report(uri: string, version: number, previousResultId: string | undefined, token?: CancellationToken): Promise<DocumentDiagnosticReport> {
    let computed = this.computed.get(uri);
    if (!computed || computed.stale || computed.version < version) computed = await this.wait(uri, version, token);
    if (!computed) return { kind: 'full', items: [] };
    if (previousResultId === computed.resultId) return { kind: 'unchanged', resultId: computed.resultId };
    return { kind: 'full', resultId: computed.resultId, items: computed.diagnostics };
  }

  private wait(uri: string, version: number, token?: CancellationToken): Promise<Computed | undefined> {
    return new Promise((resolve) => {
      let cancelled: { dispose(): void } | undefined;
      const waiter: Waiter = {
        version,
        settle: (computed) => {
          cancelled?.dispose();
          resolve(computed);
        },
      };
      this.waiters.set(uri, [...(this.waiters.get(uri) ?? []), waiter]);
      // A cancelled pull stops waiting (the runner answers it as cancelled).
      cancelled = token?.onCancellationRequested(() => this.settle(uri, (other) => other === waiter, undefined));
    });
  }

  private settle(uri: string, due: (waiter: Waiter) => boolean, computed: Computed | undefined): void {
    const list = this.waiters.get(uri);
    if (!list) return;
    const waiting = list.filter((waiter) => !due(waiter));
    const settled = list.filter(due);
    if (waiting.length) this.waiters.set(uri, waiting);
    else this.waiters.delete(uri);
    for (const waiter of settled) waiter.settle(computed);
  }
}
