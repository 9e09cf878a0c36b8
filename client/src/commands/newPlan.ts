import * as vscode from 'vscode';
import { isIsoDate, localIsoDate } from '../../../server/src/core/dates';
import { starterPlan, type StarterLanguage } from '../../../server/src/core/templates';
import type { CommandFactory } from './context';

const PLAN_NAME = /\.careerplan\.ya?ml$/;

/**
 * `careerplan.newPlan`: writes the starter plan (English or Chinese) to a new file of the
 * workspace and opens it. It never overwrites a file. Without a folder open, the starter opens
 * as an untitled plan to be saved wherever the user likes.
 */
export const newPlan: CommandFactory = () => async () => {
  const lang = await pickLanguage();
  if (!lang) return;
  const content = starterPlan({ lang, today: today() });
  const folder = await pickFolder();
  if (!folder) {
    if (vscode.workspace.workspaceFolders?.length) return;
    const document = await vscode.workspace.openTextDocument({ language: 'careerplan', content });
    await vscode.window.showTextDocument(document);
    return;
  }
  const name = await vscode.window.showInputBox({
    title: vscode.l10n.t('New career plan'),
    prompt: vscode.l10n.t('File name of the plan, relative to {0}', folder.name),
    value: lang === 'zh' ? 'wode.careerplan.yaml' : 'my.careerplan.yaml',
    valueSelection: [0, lang === 'zh' ? 4 : 2],
    validateInput: (value) => validateName(folder, value),
  });
  if (name === undefined) return;
  const target = vscode.Uri.joinPath(folder.uri, name.trim());
  // Checked again: the file may have appeared while the input box was open.
  if (await exists(target)) {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists: choose another name.', name.trim()));
    return;
  }
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
  await vscode.window.showTextDocument(target, { preview: false });
};

async function pickLanguage(): Promise<StarterLanguage | undefined> {
  type Item = vscode.QuickPickItem & { lang: StarterLanguage };
  const items: Item[] = [
    { label: vscode.l10n.t('English'), description: 'en', lang: 'en' },
    { label: vscode.l10n.t('Simplified Chinese'), description: '简体中文', lang: 'zh' },
  ];
  if (vscode.env.language.toLowerCase().startsWith('zh')) items.reverse();
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('New career plan'), placeHolder: vscode.l10n.t('Language of the starter plan') });
  return picked?.lang;
}

async function pickFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Folder for the new plan') });
}

async function validateName(folder: vscode.WorkspaceFolder, raw: string): Promise<string | undefined> {
  const name = raw.trim();
  if (!PLAN_NAME.test(name)) return vscode.l10n.t('The name must end with .careerplan.yaml (or .careerplan.yml).');
  if (name.startsWith('/') || name.split(/[\\/]/).some((part) => part === '..' || part === '')) return vscode.l10n.t('Give a path inside the folder, like plans/ada.careerplan.yaml.');
  if (await exists(vscode.Uri.joinPath(folder.uri, name))) return vscode.l10n.t('{0} already exists: choose another name.', name);
  return undefined;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** The same "today" as the analysis: the setting, else `CAREERPLAN_TODAY`, else the local date. */
function today(): string {
  const setting = vscode.workspace.getConfiguration('careerplan').get<string>('today', '').trim();
  if (isIsoDate(setting)) return setting;
  const env = process.env.CAREERPLAN_TODAY?.trim();
  return env && isIsoDate(env) ? env : localIsoDate();
}
