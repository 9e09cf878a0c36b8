/**
 * Why an edit is not made. Builders deep inside an edit `refuse(...)`; the edit's entry point
 * (`safeEdit`) turns that into an `{ ok: false }` result, so a half-built edit is never returned.
 * Each reason is a message id of messages/en.ts (and zh.ts).
 */
export type RefusalReason =
  | 'edit.refused-syntax'
  | 'edit.refused-conflict'
  | 'edit.not-found'
  | 'edit.unsupported'
  | 'edit.refused-lone-cr'
  | 'edit.refused-alias'
  | 'edit.refused-long-key'
  | 'edit.refused-block';

export class EditRefused extends Error {
  constructor(
    readonly reason: RefusalReason,
    readonly subject?: string,
  ) {
    super(reason);
  }
}

export function refuse(reason: RefusalReason, subject?: string): never {
  throw new EditRefused(reason, subject);
}
