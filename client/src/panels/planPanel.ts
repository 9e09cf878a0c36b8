import * as vscode from 'vscode';
import type { RequestType } from 'vscode-languageserver-protocol';
import type { CareerplanServer } from '../languageClient';
import { planFileName } from '../views/describe';

/**
 * What the report and timeline panels share: one webview panel showing one plan, opened beside
 * the editor or revealed again, titled after the plan, asked anew (debounced) whenever the server
 * analyses that plan again, and answered only with the newest request's result (an older answer
 * arriving late is dropped). A subclass says how its page is made and what it shows.
 */
export abstract class PlanPanel<R> implements vscode.Disposable {
  protected panel: vscode.WebviewPanel | undefined;
  protected uri: string | undefined;
  protected readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;

  constructor(
    protected readonly server: CareerplanServer,
    private readonly request: RequestType<{ uri: string }, R | null, void>,
    private readonly updateDelayMs: number,
  ) {
    this.disposables.push(
      server.onDidChangeAnalysis((uri) => {
        if (uri.toString() === this.uri) this.scheduleUpdate();
      }),
    );
  }

  async show(uri: string): Promise<void> {
    this.uri = uri;
    if (!this.panel) this.panel = this.open();
    else this.panel.reveal(undefined, true);
    this.panel.title = this.title(planFileName(uri));
    await this.update();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.panel?.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }

  /** The panel's title for the plan file's name. */
  protected abstract title(fileName: string): string;
  /** A new panel with its page. */
  protected abstract create(): vscode.WebviewPanel;
  /** Shows the server's answer for the plan (null: the server could not give one). */
  protected abstract present(panel: vscode.WebviewPanel, uri: string, result: R | null): Promise<void> | void;
  /** Forgets what was shown, as the panel is closed. */
  protected abstract forget(): void;

  /** Asks the server again and shows its answer, unless a newer request or another plan came first. */
  protected async update(): Promise<void> {
    const uri = this.uri;
    if (!uri || !this.panel) return;
    const mine = ++this.generation;
    let result: R | null;
    try {
      result = await this.server.request(this.request, { uri });
    } catch (error) {
      this.server.output.warn(`${this.request.method}: ${String(error)}`);
      result = null;
    }
    if (mine !== this.generation || uri !== this.uri || !this.panel) return;
    await this.present(this.panel, uri, result);
  }

  private open(): vscode.WebviewPanel {
    const panel = this.create();
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.forget();
    }, undefined, this.disposables);
    return panel;
  }

  private scheduleUpdate(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.update();
    }, this.updateDelayMs);
  }
}
