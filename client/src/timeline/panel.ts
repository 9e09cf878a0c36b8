import * as vscode from 'vscode';
import { LIGHT_TIMELINE_THEME, renderTimelineSvg, type TimelineModel } from '../../../server/src/core/timeline';
import { TimelineRequest } from '../../../server/src/lsp/protocol';
import { isPlanDocument, type CareerplanServer } from '../languageClient';
import { PlanPanel } from '../panels/planPanel';
import { planFileName } from '../views/describe';
import { timelineHtml, WEBVIEW_TIMELINE_THEME } from './html';
import type { FromWebview, ToWebview } from './messages';

export const TIMELINE_VIEW_TYPE = 'careerplan.timeline';
const UPDATE_DELAY_MS = 200;
const EXPORT_WIDTH = 1200;

type Model = NonNullable<TimelineRequest.Result>;

/**
 * The one timeline panel: shows a plan's timeline, switches to another plan when asked, redraws
 * when the server analyses the plan again (as it is edited) or the panel is resized, reveals an
 * item in the plan when it is clicked, and exports the picture as a standalone SVG.
 */
export class TimelinePanel extends PlanPanel<Model> {
  private model: Model | undefined;
  private width = 1000;

  constructor(server: CareerplanServer) {
    super(server, TimelineRequest.type, UPDATE_DELAY_MS);
  }

  protected override title(fileName: string): string {
    return vscode.l10n.t('Timeline: {0}', fileName);
  }

  protected override create(): vscode.WebviewPanel {
    const panel = vscode.window.createWebviewPanel(TIMELINE_VIEW_TYPE, vscode.l10n.t('Timeline'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      // Nothing is loaded from disk either: the page, its style and its (bundled) script are inline.
      localResourceRoots: [],
      enableFindWidget: true,
    });
    panel.webview.html = timelineHtml(panel.webview.cspSource, {
      lang: vscode.env.language,
      loading: vscode.l10n.t('Drawing the timeline…'),
      exportSvg: vscode.l10n.t('Export as SVG'),
      goal: vscode.l10n.t('goal'),
      action: vscode.l10n.t('action'),
      done: vscode.l10n.t('done'),
      overdue: vscode.l10n.t('overdue'),
      experiment: vscode.l10n.t('experiment'),
      today: vscode.l10n.t('today'),
      undated: vscode.l10n.t('Without a date'),
      chartLabel: vscode.l10n.t('Goals, actions and experiments by date, one lane per plan'),
    });
    panel.webview.onDidReceiveMessage((message: FromWebview) => void this.receive(message), undefined, this.disposables);
    return panel;
  }

  protected override forget(): void {
    this.model = undefined;
  }

  protected override async present(_panel: vscode.WebviewPanel, uri: string, model: Model | null): Promise<void> {
    if (!model) {
      await this.post({ type: 'error', message: vscode.l10n.t('The timeline of {0} is not available: the language server does not know the plan.', planFileName(uri)) });
      return;
    }
    this.model = model;
    await this.post(this.renderMessage(model));
  }

  private async receive(message: FromWebview): Promise<void> {
    switch (message.type) {
      case 'ready':
      case 'resize':
        if (Number.isFinite(message.width)) this.width = Math.max(600, Math.min(8000, Math.round(message.width)));
        if (this.model) await this.post(this.renderMessage(this.model));
        else await this.update();
        return;
      case 'reveal':
        await this.reveal(message.kind, message.id, message.plan);
        return;
      case 'export':
        await this.exportSvg();
        return;
    }
  }

  private renderMessage(model: Model): ToWebview {
    const svg = renderTimelineSvg(model, WEBVIEW_TIMELINE_THEME, { width: this.width });
    const undated = model.lanes.flatMap((lane) => lane.undated.map((item) => ({ kind: item.kind, id: item.id, plan: lane.plan ?? '', title: item.title, lane: lane.title })));
    return { type: 'render', title: planFileName(model.uri), svg, undated };
  }

  private async post(message: ToWebview): Promise<void> {
    await this.panel?.webview.postMessage(message);
  }

  /** Shows the entry in the plan, in the editor column the plan already has (else the first), not over the timeline. */
  private async reveal(kind: string, id: string, plan: string): Promise<void> {
    const model = this.model;
    if (!model) return;
    const item = findItem(model, kind, id, plan);
    if (!item) return;
    const uri = vscode.Uri.parse(model.uri);
    const document = await vscode.workspace.openTextDocument(uri);
    const r = item.selectionRange;
    const selection = new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
    const column = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === model.uri && isPlanDocument(e.document))?.viewColumn;
    const editor = await vscode.window.showTextDocument(document, { viewColumn: column ?? vscode.ViewColumn.One, selection, preview: true });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private async exportSvg(): Promise<void> {
    const model = this.model;
    if (!model) return;
    const plan = vscode.Uri.parse(model.uri);
    const name = planFileName(model.uri).replace(/\.careerplan\.ya?ml$/, '');
    const target = await vscode.window.showSaveDialog({
      defaultUri: plan.scheme === 'file' ? vscode.Uri.joinPath(plan, '..', `${name}.timeline.svg`) : undefined,
      filters: { [vscode.l10n.t('SVG image')]: ['svg'] },
      title: vscode.l10n.t('Export the timeline as SVG'),
    });
    if (!target) return;
    // A standalone file has no theme to follow: it gets the light colours.
    const svg = renderTimelineSvg(model, LIGHT_TIMELINE_THEME, { width: EXPORT_WIDTH });
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(svg));
    void vscode.window.showInformationMessage(vscode.l10n.t('The timeline was saved to {0}.', vscode.workspace.asRelativePath(target)));
  }
}

function findItem(model: TimelineModel, kind: string, id: string, plan: string) {
  for (const lane of model.lanes) {
    if ((lane.plan ?? '') !== plan) continue;
    const found = [...lane.items, ...lane.undated].find((item) => item.kind === kind && item.id === id);
    if (found) return found;
  }
  return undefined;
}
