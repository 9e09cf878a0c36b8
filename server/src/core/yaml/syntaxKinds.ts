import { MAX_NESTING } from './limits';
import type { SyntaxProblem } from './tree';

/**
 * What is wrong with the YAML, as a kind the message catalogues put into words in every
 * language. The `yaml` package's messages are English sentences for developers; the problem's
 * code (and, where one code covers several mistakes, its message) picks the kind.
 */
export type SyntaxArgs =
  | { problem: SimpleProblem }
  | { problem: 'unclosed-quote'; quote: string }
  | { problem: 'too-deep'; levels: number }
  | { problem: 'bad-scalar-start'; char: string }
  | { problem: 'unresolved-alias' | 'alias-cycle'; name: string };

/** The kinds that need no argument. */
type SimpleProblem =
  | 'missing-colon' | 'tab-indent' | 'map-column' | 'list-column' | 'bad-indent' | 'multiline-key' | 'block-scalar-header'
  | 'flow-separator' | 'comment-space' | 'bad-escape' | 'anchor-tag' | 'directive' | 'structure' | 'unexpected'
  | 'multiple-docs' | 'expected-key' | 'alias-limit' | 'nested-too-deeply' | 'parser-failure';

/** Mistakes one code covers, told apart by the message. */
const BY_MESSAGE: Array<[RegExp, SimpleProblem]> = [
  [/^Implicit map keys need to be followed by map values|^Missing , or : between/, 'missing-colon'],
  [/^All mapping items must start at the same column/, 'map-column'],
  [/^All sequence items must start at the same column/, 'list-column'],
  [/^Maximum call stack size exceeded/, 'nested-too-deeply'],
  [/^Block scalar header/, 'block-scalar-header'],
  [/^Missing ,|^Unexpected , in|^Unexpected empty item|^Missing space after :/, 'flow-separator'],
  [/^Comments must be separated/, 'comment-space'],
  [/^Missing directives-end|^Block collection cannot start on same line with directives-end/, 'directive'],
  [/^Tags and anchors must be separated/, 'anchor-tag'],
  [/^Sequence item without - indicator|^Nested mappings are not allowed/, 'structure'],
];

const BY_CODE: Record<string, SimpleProblem> = {
  TAB_AS_INDENT: 'tab-indent',
  BAD_INDENT: 'bad-indent',
  MULTILINE_IMPLICIT_KEY: 'multiline-key',
  BAD_DQ_ESCAPE: 'bad-escape',
  ALIAS_PROPS: 'anchor-tag',
  BAD_ALIAS: 'anchor-tag',
  MULTIPLE_ANCHORS: 'anchor-tag',
  MULTIPLE_TAGS: 'anchor-tag',
  BAD_PROP_ORDER: 'anchor-tag',
  TAG_RESOLVE_FAILED: 'anchor-tag',
  BAD_COLLECTION_TYPE: 'anchor-tag',
  BAD_DIRECTIVE: 'directive',
  BLOCK_AS_IMPLICIT_KEY: 'structure',
  BLOCK_IN_FLOW: 'structure',
  NON_STRING_KEY: 'structure',
  MULTIPLE_DOCS: 'multiple-docs',
  EXPECTED_KEY: 'expected-key',
  ALIAS_LIMIT: 'alias-limit',
  RESOURCE_EXHAUSTION: 'alias-limit',
};

export function syntaxArgs(problem: Pick<SyntaxProblem, 'code' | 'message'>): SyntaxArgs {
  const { code, message } = problem;
  const quote = /^Missing closing (["'])quote/.exec(message);
  if (quote) return { problem: 'unclosed-quote', quote: quote[1] };
  const start = /^Plain value cannot start with .*?(\S+)\s*$/.exec(message);
  if (start) return { problem: 'bad-scalar-start', char: start[1].trim() };
  const alias = /^The alias \*(\S+)/.exec(message);
  if (alias && (code === 'UNRESOLVED_ALIAS' || code === 'ALIAS_CYCLE')) return { problem: code === 'UNRESOLVED_ALIAS' ? 'unresolved-alias' : 'alias-cycle', name: alias[1] };
  if (code === 'TOO_DEEP') return { problem: 'too-deep', levels: MAX_NESTING };
  if (code === 'PARSER_FAILURE') return { problem: /nested too deeply/.test(message) ? 'nested-too-deeply' : 'parser-failure' };
  for (const [pattern, kind] of BY_MESSAGE) if (pattern.test(message)) return { problem: kind };
  return { problem: BY_CODE[code] ?? 'unexpected' };
}
