import * as vscode from 'vscode';
import { ListPlansRequest, PlanModelRequest, type PlanView } from '../../../server/src/lsp/protocol';
import { isPlanDocument, type CareerplanServer } from '../languageClient';

export type PlanEntry = ListPlansRequest.PlanEntry;

/** How long a burst of analyses (typing, a workspace index pass) is collected before views refresh. */
const REFRESH_DELAY_MS = 250;
const LIST_RETRY_FIRST_MS = 300;
const LIST_RETRY_MAX_MS = 5000;

/**
 * The server's view models of the plans, cached until the server analyses a plan again. Every
 * view, the status bar and the commands read plans through here — the client never parses a
 * plan itself. `onDidChange` fires (debounced) when any cached answer may be stale, or when the
 * plan the views follow changes.
 */
export class PlanModels implements vscode.Disposable {
  private readonly views = new Map<string, Promise<PlanView | null>>();
  private plans: Promise<ListPlansRequest.Result> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private listRetry: ReturnType<typeof setTimeout> | undefined;
  private listRetryMs = LIST_RETRY_FIRST_MS;
  private focusUri: string | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  readonly onDidChange = this.changed.event;

  constructor(private readonly server: CareerplanServer) {
    this.disposables.push(
      this.changed,
      server.onDidChangeAnalysis((uri) => this.invalidate(uri.toString())),
      server.onDidRestart(() => this.invalidate()),
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      vscode.workspace.onDidCloseTextDocument((document) => {
        // An untitled plan that is closed is gone; a file stays in the workspace list.
        if (document.uri.scheme === 'untitled' && document.uri.toString() === this.focusUri) {
          this.focusUri = undefined;
          this.invalidate(document.uri.toString());
        }
      }),
    );
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.careerplan.{yaml,yml}', false, true, false);
    this.disposables.push(watcher, watcher.onDidCreate(() => this.invalidateList()), watcher.onDidDelete((uri) => this.invalidate(uri.toString())));
    this.follow(vscode.window.activeTextEditor);
  }

  /** The view model of one plan, or null when the server does not know it. */
  model(uri: string): Promise<PlanView | null> {
    let view = this.views.get(uri);
    if (!view) {
      view = this.fetch(uri).catch((error) => {
        this.server.output.warn(`careerplan/planModel ${uri}: ${String(error)}`);
        this.views.delete(uri);
        return null;
      });
      this.views.set(uri, view);
    }
    return view;
  }

  /**
   * The server builds view models of the documents it has open. A plan of the workspace that no
   * editor shows is opened in the background (no editor appears), which makes VS Code send it
   * to the server, and then asked for again.
   */
  private async fetch(uri: string): Promise<PlanView | null> {
    const view = await this.server.request(PlanModelRequest.type, { uri });
    if (view || vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri)) return view;
    const parsed = vscode.Uri.parse(uri);
    if (parsed.scheme !== 'file') return null;
    await vscode.workspace.openTextDocument(parsed);
    return this.server.request(PlanModelRequest.type, { uri });
  }

  /** Every plan of the workspace (open ones included). */
  list(): Promise<ListPlansRequest.Result> {
    if (!this.plans) {
      const plans = this.server.request(ListPlansRequest.type, {}).then(
        (result) => {
          // The server announces no end of its workspace index: ask again until it is complete.
          if (!result.complete) this.retryList(plans);
          else this.listRetryMs = LIST_RETRY_FIRST_MS;
          return result;
        },
        (error) => {
          this.server.output.warn(`careerplan/listPlans: ${String(error)}`);
          this.plans = undefined;
          return { plans: [], complete: true };
        },
      );
      this.plans = plans;
    }
    return this.plans;
  }

  private retryList(answered: Promise<ListPlansRequest.Result>): void {
    if (this.listRetry) return;
    const delay = this.listRetryMs;
    this.listRetryMs = Math.min(delay * 2, LIST_RETRY_MAX_MS);
    this.listRetry = setTimeout(() => {
      this.listRetry = undefined;
      if (this.plans === answered) this.invalidateList();
    }, delay);
  }

  /**
   * The plan the views follow and the other plans of the workspace. The followed plan is the one
   * in the active editor, else the last one that was active, else the workspace's first plan.
   */
  async focus(): Promise<{ focus: PlanEntry | undefined; others: PlanEntry[]; complete: boolean }> {
    const { plans, complete } = await this.list();
    const sorted = [...plans].sort((a, b) => a.uri.localeCompare(b.uri));
    let focus = sorted.find((p) => p.uri === this.focusUri);
    if (!focus && this.focusUri && vscode.workspace.textDocuments.some((d) => d.uri.toString() === this.focusUri && isPlanDocument(d))) {
      // An open plan outside the workspace folders (or not indexed yet) is still the one the user looks at.
      focus = { uri: this.focusUri, owner: null, overdueCount: 0, reviewDue: false, open: true };
    }
    focus ??= sorted[0];
    return { focus, others: sorted.filter((p) => p !== focus), complete };
  }

  /** Drops cached answers (one plan's, or all) and tells the listeners soon. */
  invalidate(uri?: string): void {
    if (uri === undefined) this.views.clear();
    else this.views.delete(uri);
    this.invalidateList();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.listRetry) clearTimeout(this.listRetry);
    for (const disposable of this.disposables) disposable.dispose();
  }

  private invalidateList(): void {
    this.plans = undefined;
    this.schedule();
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    if (!isPlanDocument(editor?.document)) return;
    const uri = editor.document.uri.toString();
    if (uri === this.focusUri) return;
    this.focusUri = uri;
    this.schedule();
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.changed.fire();
    }, REFRESH_DELAY_MS);
  }
}
