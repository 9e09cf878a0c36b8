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

/** Bad arguments: reported with a pointer to the command's help, exit 2. */
export class UsageError extends Error {
  constructor(message: string, readonly command?: string) {
    super(message);
  }
}

export { IoError } from '../node/planFiles';
