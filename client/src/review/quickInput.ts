import * as vscode from 'vscode';

/** The user pressed Escape (or closed the input): the whole review stops and nothing changes. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

export interface Step {
  title: string;
  step: number;
  totalSteps: number;
}

export type Choice<T> = vscode.QuickPickItem & { value: T };

/**
 * One quick pick of a multi-step input, resolved with the accepted item's value. It stays open
 * when focus moves elsewhere (the user may look something up in the plan); Escape cancels.
 */
export function pickOne<T>(step: Step, placeholder: string, items: Array<Choice<T>>, active?: Choice<T>): Promise<T> {
  const pick = vscode.window.createQuickPick<Choice<T>>();
  pick.title = step.title;
  pick.step = step.step;
  pick.totalSteps = step.totalSteps;
  pick.placeholder = placeholder;
  pick.items = items;
  pick.ignoreFocusOut = true;
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  if (active) pick.activeItems = [active];
  return new Promise<T>((resolve, reject) => {
    let accepted = false;
    pick.onDidAccept(() => {
      const [chosen] = pick.selectedItems.length ? pick.selectedItems : pick.activeItems;
      if (!chosen) return;
      accepted = true;
      resolve(chosen.value);
      pick.hide();
    });
    pick.onDidHide(() => {
      pick.dispose();
      if (!accepted) reject(new Cancelled());
    });
    pick.show();
  });
}

/** One input box of a multi-step input; `validate` returns the message shown while the value is not acceptable. */
export function askText(step: Step, prompt: string, options: { value?: string; placeholder?: string; validate?: (value: string) => string | undefined } = {}): Promise<string> {
  const box = vscode.window.createInputBox();
  box.title = step.title;
  box.step = step.step;
  box.totalSteps = step.totalSteps;
  box.prompt = prompt;
  box.value = options.value ?? '';
  box.placeholder = options.placeholder;
  box.ignoreFocusOut = true;
  const validate = options.validate ?? (() => undefined);
  return new Promise<string>((resolve, reject) => {
    let accepted = false;
    box.onDidChangeValue((value) => (box.validationMessage = validate(value)));
    box.onDidAccept(() => {
      const problem = validate(box.value);
      if (problem) {
        box.validationMessage = problem;
        return;
      }
      accepted = true;
      resolve(box.value);
      box.hide();
    });
    box.onDidHide(() => {
      box.dispose();
      if (!accepted) reject(new Cancelled());
    });
    box.show();
  });
}
