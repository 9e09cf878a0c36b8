/**
 * What a terminal or a CI log would act on instead of showing: C0 and C1 control characters
 * (line breaks, ESC sequences, backspace, the bell…), DEL, Unicode line and paragraph separators,
 * and the bidirectional controls that reorder how a line reads ("Trojan Source").
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' };

/**
 * A text from a plan, a file name or git, made safe to print on one line: every unsafe character
 * becomes a visible escape (`\n`, `\e`, `\u202e`), so a value cannot start a line of its own
 * (a forged `::error` workflow command), move the cursor or recolour the terminal. Every text
 * formatter of the command line prints through it.
 */
export function escapeText(text: string): string {
  return text.replace(UNSAFE, (char) => NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A file path as the first thing on a line: escaped, and a relative path that starts with
 * something a CI log reads as a command (`::` for GitHub Actions, `##` for Azure Pipelines,
 * leading blanks before either) gets `./` in front: the same file, and no longer a command.
 */
export function escapePath(path: string): string {
  const escaped = escapeText(path);
  return /^[\s:#]/.test(escaped) ? `./${escaped}` : escaped;
}
