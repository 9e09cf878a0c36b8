import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerContext } from '../context';
import type { Finding } from '../../core/analyze';
import { changedRun } from '../../core/model/listChange';
import type { Severity } from '../../core/codes';
import { countOverdue, reviewStatus } from '../../core/views/planView';
import type { AnalyzedDocument } from '../documents';
import { GarbageBudget } from '../memory';
import { AnalysisChangedNotification } from '../protocol';

/**
 * A plan is validated this long after its last change: enough for messages that arrive together
 * (a completion request right behind the keystroke that triggered it, a multi-cursor edit, an
 * undo) to be handled first and coalesced, and no longer, because an incremental analysis of even
 * a 50,000-line plan costs tens of milliseconds.
 */
export const VALIDATION_DELAY_MS = 5;
export const DIAGNOSTIC_SOURCE = 'careerplan';
/** How long the user must pause before derived indexes of the new version are built ahead of need. */
const IDLE_WARM_MS = 300;

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * A finding as the client sees it. Its `data` (the facts its quick fixes use) stays on the server:
 * code actions find the finding again by code and range in the current analysis (codeActions.ts),
 * so a push of a 50,000-line plan's findings is a quarter smaller without it.
 */
export function toDiagnostic(doc: AnalyzedDocument, finding: Finding): Diagnostic {
  const diagnostic: Diagnostic = {
    range: doc.analysis.lines.rangeOf(finding),
    severity: SEVERITY[finding.severity],
    code: finding.code,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  };
  if (finding.code === 'unused-suppression') diagnostic.tags = [DiagnosticTag.Unnecessary];
  return diagnostic;
}

/**
 * The diagnostics last pushed per document. A new push hands over the object sent before for
 * each diagnostic that did not change (compared from both ends of the list, where an edit
 * leaves them alike), so the encoder serializes only what changed (lsp/messageJson.ts).
 */
class SentDiagnostics {
  private readonly sent = new Map<string, Diagnostic[]>();

  reuse(uri: string, next: Diagnostic[]): Diagnostic[] {
    const before = this.sent.get(uri) ?? [];
    const change = changedRun(before, next, sameDiagnostic);
    for (let i = 0; i < change.start; i++) next[i] = before[i];
    for (let i = change.newEnd; i < next.length; i++) next[i] = before[i - change.newEnd + change.oldEnd];
    this.sent.set(uri, next);
    return next;
  }

  forget(uri: string): void {
    this.sent.delete(uri);
  }
}

/** Whether two diagnostics toDiagnostic made say the same. */
function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  const r = a.range;
  const q = b.range;
  return (
    r.start.line === q.start.line && r.start.character === q.start.character && r.end.line === q.end.line && r.end.character === q.end.character &&
    a.code === b.code && a.message === b.message && a.severity === b.severity && a.source === b.source &&
    a.tags?.length === b.tags?.length
  );
}


/**
 * Pushes diagnostics: a plan is validated right after it opens and shortly after each change
 * (debounced), and again when the settings or the date change. Each push carries the version it
 * was computed for, and a result is only published while its version is still the current one.
 */
export function register(ctx: ServerContext): void {
  const timers = new Map<string, NodeJS.Timeout>();
  const warmers = new Map<string, NodeJS.Timeout>();
  const garbage = new GarbageBudget();
  const analysedOnce = new Set<string>();
  const sent = new SentDiagnostics();

  const schedule = (uri: string, delay: number) => {
    clearTimeout(timers.get(uri));
    timers.set(uri, setTimeout(() => {
      timers.delete(uri);
      // The first diagnostics wait for the client's settings, so a rule turned off never flashes.
      if (!ctx.settings.isReady) void ctx.settings.whenReady().then(() => schedule(uri, 0));
      // One more turn of the event loop first: answers computed meanwhile (a completion right
      // behind the keystroke) leave through the connection's writer, which writes from a
      // setImmediate queued before this one; a timer would run the analysis ahead of them.
      else setImmediate(() => ctx.runner.run('validate', () => validate(uri)));
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
    void ctx.connection.sendDiagnostics({ uri, version: doc.version, diagnostics: sent.reuse(uri, doc.analysis.findings.map((f) => toDiagnostic(doc, f))) });
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
    void ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
  });
  ctx.onRevalidate((uris) => {
    for (const uri of uris ?? ctx.documents.keys()) if (ctx.documents.get(uri)) schedule(uri, 0);
  });
}
