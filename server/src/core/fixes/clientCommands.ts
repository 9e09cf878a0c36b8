/**
 * Commands that code lenses and code actions name and the VS Code client implements
 * (`markDone` and `snooze` by asking the server for the edit with `careerplan/edit`).
 */
export const CLIENT_COMMANDS = {
  markDone: 'careerplan.markDone',
  snooze: 'careerplan.snooze',
  startReview: 'careerplan.startReview',
  /** Shows a range of a plan: `(uri, range)`. */
  reveal: 'careerplan.reveal',
  showReadiness: 'careerplan.showReadiness',
} as const;
