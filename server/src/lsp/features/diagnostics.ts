import { DiagnosticRefreshRequest, DocumentDiagnosticRequest, type DocumentDiagnosticReport } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerContext } from '../context';
import { countOverdue, reviewStatus } from '../../core/views/planView';
import { pullsDiagnostics } from '../capabilities';
import { DiagnosticLists } from '../diagnosticLists';
import { DiagnosticReports } from '../diagnosticReports';
import { GarbageBudget } from '../memory';
import { AnalysisChangedNotification } from '../protocol';

/**
 * A plan is validated this long after its last change: enough for messages that arrive together
 * (a completion request right behind the keystroke that triggered it, a multi-cursor edit, an
 * undo) to be handled first and coalesced, and no longer, because an incremental analysis of even
 * a 50,000-line plan costs tens of milliseconds.
 */
export const VALIDATION_DELAY_MS = 5;
/** How long the user must pause before derived indexes of the new version are built ahead of need. */
const IDLE_WARM_MS = 300;

/**
 * Diagnostics: a plan is validated right after it opens and shortly after each change
 * (debounced), and again when the settings or the date change. A client that pulls diagnostics
 * (capabilities.ts) is answered from these validations (diagnosticReports.ts); to any other
 * they are pushed. Each push carries the version it was computed for, and a result is only
 * published while its version is still the current one.
 */
export function register(ctx: ServerContext): void {
  const timers = new Map<string, NodeJS.Timeout>();
  const warmers = new Map<string, NodeJS.Timeout>();
  const garbage = new GarbageBudget();
  const analysedOnce = new Set<string>();
  const sent = new DiagnosticLists();
  const reports = new DiagnosticReports();
  const pulls = () => pullsDiagnostics(ctx.client);

  const schedule = (uri: string, delay: number) => {
    clearTimeout(timers.get(uri));
    timers.set(uri, setTimeout(() => {
      timers.delete(uri);
      // The first diagnostics wait for the client's settings, so a rule turned off never flashes.
      if (!ctx.settings.isReady) void ctx.settings.whenReady().then(() => schedule(uri, 0));
      // One more turn of the event loop first: answers computed meanwhile (a completion right
      // behind the keystroke) leave through the connection's writer, which writes from a
      // setImmediate queued before this one; a timer would run the analysis ahead of them.
      else setImmediate(() => ctx.runner.run('validate', () => {
        try {
          validate(uri);
        } finally {
          // A validation that failed or was overtaken still answers the pulls waiting on it.
          if (pulls() && !timers.has(uri)) reports.release(uri);
        }
      }));
    }, delay));
  };

  const validate = (uri: string) => {
    const document = ctx.documents.get(uri);
    if (!document) return;
    // The garbage of earlier versions is collected here, once over budget: the requests that came
    // with the keystroke (a completion right behind it) have been answered during the delay, so
    // the collection holds up this push only, not an answer someone is waiting for at the cursor.
    garbage.settle();
    const doc = ctx.store.analyze(document);
    // Analysis is synchronous, so the document cannot have changed meanwhile; this guards
    // against a future asynchronous analysis publishing an old version.
    if (ctx.documents.get(uri)?.version !== doc.version) return;
    const diagnostics = sent.next(uri, doc.analysis);
    if (pulls()) reports.deliver(uri, doc.version, diagnostics);
    else void ctx.connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
    // A document's first analysis parsed it whole and left its garbage behind: collected after
    // that push has left, while the user reads the diagnostics, not during the first keystrokes.
    if (!analysedOnce.has(uri)) setImmediate(() => garbage.settle(true));
    analysedOnce.add(uri);
    // Build the id index once the user pauses, so the next hover or go-to finds it ready; not
    // right away, where it would delay the analysis of the next keystroke.
    clearTimeout(warmers.get(uri));
    warmers.set(uri, setTimeout(() => {
      warmers.delete(uri);
      if (ctx.store.peek(uri) === doc) ctx.runner.run('warm ids', () => doc.ids);
    }, IDLE_WARM_MS));
    if (ctx.initOptions.analysisNotifications) {
      void ctx.connection.sendNotification(AnalysisChangedNotification.type, {
        uri,
        version: doc.version,
        today: doc.today,
        overdueCount: countOverdue(doc.analysis.model, doc.today),
        reviewDue: reviewStatus(doc.analysis.model, doc.today)?.isDue ?? false,
        hasSyntaxErrors: doc.analysis.hasSyntaxErrors,
      });
    }
  };

  const opened = new Set<string>();
  ctx.documents.onDidOpen((event) => opened.add(event.document.uri));
  ctx.documents.onDidChangeContent((event: { document: TextDocument }) => {
    const uri = event.document.uri;
    // The first validation after opening is immediate: nothing to coalesce yet.
    schedule(uri, opened.delete(uri) ? 0 : VALIDATION_DELAY_MS);
  });
  ctx.documents.onDidClose((event) => {
    const uri = event.document.uri;
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    clearTimeout(warmers.get(uri));
    warmers.delete(uri);
    opened.delete(uri);
    analysedOnce.delete(uri);
    sent.forget(uri);
    if (pulls()) reports.forget(uri);
    else void ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
  });
  ctx.onRevalidate((uris) => {
    for (const uri of uris ?? ctx.documents.keys()) if (ctx.documents.get(uri)) schedule(uri, 0);
    if (!pulls()) return;
    // The lists the editor holds may no longer hold: it pulls again, and the pulls wait for these validations.
    reports.invalidate(uris);
    ctx.connection.sendRequest(DiagnosticRefreshRequest.type).catch((error: unknown) => ctx.log.warn(`The editor did not pull diagnostics again: ${error instanceof Error ? error.message : String(error)}`));
  });
  ctx.connection.onRequest(DocumentDiagnosticRequest.type, ctx.runner.request('textDocument/diagnostic', (): DocumentDiagnosticReport => ({ kind: 'full', items: [] }), (params, token) => {
    const uri = params.textDocument.uri;
    const document = ctx.documents.get(uri);
    if (!document) return { kind: 'full', items: [] };
    return reports.report(uri, document.version, params.previousResultId, token);
  }));
}
