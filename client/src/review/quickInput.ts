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
  pick.placeholder = placeholder;
  pick.items = items;
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  if (active) pick.activeItems = [active];
  return ask<T>(pick, step, (accept) =>
    pick.onDidAccept(() => {
      const [chosen] = pick.selectedItems.length ? pick.selectedItems : pick.activeItems;
      if (chosen) accept(chosen.value);
    }),
  );
}

/** One input box of a multi-step input; `validate` returns the message shown while the value is not acceptable. */
export function askText(step: Step, prompt: string, options: { value?: string; placeholder?: string; validate?: (value: string) => string | undefined } = {}): Promise<string> {
  const box = vscode.window.createInputBox();
  box.prompt = prompt;
  box.value = options.value ?? '';
  box.placeholder = options.placeholder;
  const validate = options.validate ?? (() => undefined);
  return ask<string>(box, step, (accept) => {
    box.onDidChangeValue((value) => (box.validationMessage = validate(value)));
    box.onDidAccept(() => {
      const problem = validate(box.value);
      if (problem) box.validationMessage = problem;
      else accept(box.value);
    });
  });
}

/**
 * Shows `input` as `step` of the review until `listen` accepts a value; hiding it before that
 * (Escape, or closing it) rejects with Cancelled. The input is disposed of either way.
 */
function ask<T>(input: vscode.QuickInput, step: Step, listen: (accept: (value: T) => void) => void): Promise<T> {
  input.title = step.title;
  input.step = step.step;
  input.totalSteps = step.totalSteps;
  input.ignoreFocusOut = true;
  return new Promise<T>((resolve, reject) => {
    let accepted = false;
    listen((value) => {
      accepted = true;
      resolve(value);
      input.hide();
    });
    input.onDidHide(() => {
      input.dispose();
      if (!accepted) reject(new Cancelled());
    });
    input.show();
  });
}
