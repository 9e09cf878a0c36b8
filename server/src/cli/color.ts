import type { CliIo } from './io';

/** ANSI styling that collapses to plain text when colour is off. */
export interface Colors {
  red(text: string): string;
  yellow(text: string): string;
  blue(text: string): string;
  gray(text: string): string;
  bold(text: string): string;
}

/**
 * Colour only for a terminal, never with --no-color or NO_COLOR (any non-empty value, as
 * no-color.org defines it); FORCE_COLOR turns it on for logs that render ANSI (CI).
 */
export function colorEnabled(stdoutIsTTY: boolean, env: Readonly<Record<string, string | undefined>>, noColorFlag: boolean): boolean {
  if (noColorFlag || env.NO_COLOR) return false;
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return true;
  return stdoutIsTTY && env.TERM !== 'dumb';
}

/** The styling for what a command writes to standard output. */
export function stdoutColors(io: Pick<CliIo, 'stdoutIsTTY' | 'env'>, noColorFlag: boolean): Colors {
  return createColors(colorEnabled(io.stdoutIsTTY, io.env, noColorFlag));
}

export function createColors(enabled: boolean): Colors {
  const style = (open: number, close: number) => (text: string) => (enabled && text ? `\u001b[${open}m${text}\u001b[${close}m` : text);
  return { red: style(31, 39), yellow: style(33, 39), blue: style(34, 39), gray: style(90, 39), bold: style(1, 22) };
}
