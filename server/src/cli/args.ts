import { parseArgs } from 'node:util';
import { UsageError } from './io';
import { cliMessage, type CliMessage } from './messages/catalog';

export interface OptionSpec {
  type: 'string' | 'boolean';
  multiple?: boolean;
  short?: string;
}

export interface ParsedArgs {
  positionals: string[];
  string(name: string): string | undefined;
  strings(name: string): string[];
  flag(name: string): boolean;
  /** --format: one of `formats`, the first when it is not given. */
  format<F extends string>(formats: readonly F[]): F;
}

/**
 * Strict parsing of one command's arguments: unknown options, missing values and stray values
 * of boolean flags are usage errors with a hint, never silently ignored.
 */
export function parseCommandArgs(command: string, args: string[], options: Record<string, OptionSpec>): ParsedArgs {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(describeParseError(error, Object.keys(options)), command);
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  return {
    positionals: parsed.positionals,
    string: (name) => {
      const value = values[name];
      return typeof value === 'string' ? value : undefined;
    },
    strings: (name) => {
      const value = values[name];
      return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
    },
    flag: (name) => values[name] === true,
    format: (formats) => {
      const value = values.format ?? formats[0];
      if (typeof value !== 'string' || !(formats as readonly string[]).includes(value)) {
        throw new UsageError(cliMessage('usage.format', { value: String(value), command, formats: formats.join(', ') }), command);
      }
      return value as (typeof formats)[number];
    },
  };
}

function describeParseError(error: unknown, known: string[]): CliMessage {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /'([^']+)'/.exec(message)?.[1] ?? '';
    const guess = closest(option.replace(/^-+/, '').replace(/=.*$/, ''), known);
    return cliMessage('usage.unknown-option', { option, guess: guess ?? '' });
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = /'(-[^' ]+)/.exec(message)?.[1];
    if (option && /argument missing/.test(message)) return cliMessage('usage.needs-value', { option });
    if (option && /does not take an argument/.test(message)) return cliMessage('usage.takes-no-value', { option });
  }
  // Any other mistake Node's parser finds, in Node's words (English only: there is no id to translate).
  return cliMessage('usage.bad-arguments', { detail: message.split('\n')[0] });
}

/** The candidate nearest to a misspelt word, if it is near enough to be a plausible typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
