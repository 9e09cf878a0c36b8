import * as vscode from 'vscode';
import { ReportRequest } from '../../../server/src/lsp/protocol';
import type { CareerplanServer } from '../languageClient';
import { PlanPanel } from '../panels/planPanel';
import { planFileName } from '../views/describe';
import { themedReport } from './theme';

export const REPORT_VIEW_TYPE = 'careerplan.report';
const UPDATE_DELAY_MS = 300;

/**
 * The one report panel (`careerplan.showReport`): the core's HTML report of a plan, in the
 * editor's theme colours, shown again whenever the server analyses the plan anew (as it is
 * edited). The page runs no script and loads nothing: its own content security policy allows
 * inline styles and data images only. "Save as HTML" writes the page as the core made it.
 */
export class ReportPanel extends PlanPanel<NonNullable<ReportRequest.Result>> {
  /** The core's page last shown (what "Save as HTML" writes). */
  private html: string | undefined;

  constructor(server: CareerplanServer) {
    super(server, ReportRequest.type, UPDATE_DELAY_MS);
  }

  /** Writes the report as a standalone HTML file where the user says. */
  async save(): Promise<void> {
    const { html, uri } = this;
    if (!html || !uri) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Show a report first.'));
      return;
    }
    const plan = vscode.Uri.parse(uri);
    const name = planFileName(uri).replace(/\.careerplan\.ya?ml$/, '');
    const target = await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.joinPath(plan, '..', `${name}.report.html`),
      filters: { [vscode.l10n.t('HTML page')]: ['html'] },
      saveLabel: vscode.l10n.t('Save Report'),
    });
    if (!target) return;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(html));
    void vscode.window.showInformationMessage(vscode.l10n.t('Saved the report as {0}.', vscode.workspace.asRelativePath(target)));
  }

  protected override title(fileName: string): string {
    return vscode.l10n.t('Report: {0}', fileName);
  }

  protected override create(): vscode.WebviewPanel {
    return vscode.window.createWebviewPanel(REPORT_VIEW_TYPE, vscode.l10n.t('Report'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: false,
      localResourceRoots: [],
      enableFindWidget: true,
    });
  }

  protected override forget(): void {
    this.html = undefined;
  }

  protected override present(panel: vscode.WebviewPanel, uri: string, report: ReportRequest.Result): void {
    if (!report) {
      this.html = undefined;
      panel.webview.html = themedReport(unavailablePage(vscode.l10n.t('The report of {0} is not available: the plan cannot be read.', planFileName(uri))));
      return;
    }
    this.html = report.html;
    panel.webview.html = themedReport(report.html);
  }
}

/** A page with one message, under the same policy as the report. */
function unavailablePage(message: string): string {
  const text = message.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"></head><body><p>${text}</p></body></html>`;
}
