import type { CliMessage } from './messages/catalog';

/** What a command may touch of the outside world; main.ts binds it to the process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Whether stdout is a terminal (colours and tables are for people). */
  stdoutIsTTY: boolean;
  /** All of standard input (for `check -`); rejects when it cannot be read. */
  readStdin(): Promise<Uint8Array>;
}

export const EXIT_OK = 0;
/** Errors found (or more warnings than --max-warnings allows). */
export const EXIT_FINDINGS = 1;
/** The command could not do its job: bad usage, a missing or unreadable path. */
export const EXIT_USAGE = 2;

/**
 * Bad arguments: reported with a pointer to the command's help, exit 2. It carries the message
 * unformatted, so main.ts writes it in the user's language (the English text is for stack traces).
 */
export class UsageError extends Error {
  constructor(readonly text: CliMessage, readonly command?: string) {
    super(`${text.id} ${JSON.stringify(text.args)}`);
  }
}

/** A path the command line itself cannot read or write (exit 2), its message unformatted like `UsageError`'s. */
export class CliIoError extends Error {
  constructor(readonly text: CliMessage) {
    super(`${text.id} ${JSON.stringify(text.args)}`);
  }
}

export { IoError } from '../node/planFiles';
