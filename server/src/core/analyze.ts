import { RULE_DEFAULTS, type RuleCode, type Severity } from './codes';
import type { IsoDate } from './dates';
import { createMessageFormatter, type Catalog, type Locale, type MessageId } from './messages/catalog';
import { buildModel, newEntryCache, type EntryCache } from './model/buildModel';
import { syntaxArgs } from './yaml/syntaxKinds';
import type { PlanModel } from './model/types';
import type { FindingData, Report, Rule, RuleContext, Span } from './rules/rule';
import { RULES } from './rules';
import { recordInto, replay } from './rules/kept';
import { sameItems } from './model/listChange';
import { SchemaValidator, type SectionErrorLists } from './schema/validate';
import { isConfigured, resolveLevels, type RuleLevels } from './severity';
import { DIRECTIVE_MARK, findSuppressions, isInsideScalar, type Suppression } from './suppressions';
import type { LineIndex } from './text/lineIndex';
import type { TextSource } from './text/textSource';
import { ChunkedYamlParser, type KnownEdit, type ParsedYaml } from './yaml/chunkedParser';
import { planSizeExcess } from './yaml/limits';
import type { YNode } from './yaml/tree';

export interface AnalyzeOptions {
  today: IsoDate;
  /** Levels from editor settings: the file's `rules:` wins over these. */
  settings?: RuleLevels;
  /** Levels from the command line: these win over the file. */
  overrides?: RuleLevels;
  locale?: Locale;
  /** A translated message catalogue for `locale`. */
  catalog?: Partial<Catalog>;
}

export interface Finding {
  code: RuleCode;
  severity: Severity;
  start: number;
  end: number;
  message: string;
  data?: FindingData;
}

export interface Analysis {
  /** The text analysed as one string; a text held in blocks is joined when first asked (see textSource.ts). */
  readonly text: string;
  /** The text analysed as given: reads around an offset (completion, the next parse) copy nothing more. */
  source: TextSource;
  parsed: ParsedYaml;
  model: PlanModel;
  lines: LineIndex;
  findings: Finding[];
  /** True when the text has YAML syntax errors (edits are refused then). */
  hasSyntaxErrors: boolean;
  /** Rules that threw (a bug): the analysis goes on without them; callers log these. */
  internalErrors: Array<{ code: string; error: unknown }>;
}

interface RawFinding extends Omit<Finding, 'severity'> {
  severity?: Severity;
}

/** What one document's analysis leaves for the next. */
interface DocumentMemo {
  rules: Map<RuleCode, RuleMemo>;
  /** The last text had the mark of a suppression comment (true before the first analysis). */
  directives: boolean;
  /** The model's last lists of the id-keyed sections (EntryCache.lists). */
  lists: NonNullable<EntryCache['lists']>;
  /** The schema check's last errors of those sections, pair by pair. */
  schema: SectionErrorLists;
}

/** What one document keeps of a rule between analyses: its last findings and what they came from, and the rule's own store. */
interface RuleMemo {
  inputs?: readonly unknown[];
  today?: IsoDate;
  calls?: Array<Parameters<Report>>;
  kept: Map<string, unknown>;
}

type MakeFinding = (code: RuleCode, span: Span, id: MessageId, args: unknown, data?: FindingData, severity?: Severity) => RawFinding;

/**
 * The whole analysis: parse → model → schema and rules → suppressions → severities.
 * Holds compiled things (the schema validator, the rule list) and caches keyed by tree objects,
 * so one instance serves every document; per-document state (the parse cache) is passed in.
 */
export class PlanAnalyzer {
  /**
   * Model entries of chunks the parser reused, keyed by their tree objects. Trees are unique to
   * one parse of one document, so one cache serves every document, and entries vanish with them.
   */
  private readonly entryCache: EntryCache = newEntryCache();
  /** Per document (its parser is its state): what one analysis leaves for the next. */
  private readonly documents = new WeakMap<ChunkedYamlParser, DocumentMemo>();
  /**
   * Messages by the arguments object they were formatted from: a replayed report (runRule)
   * passes the object it recorded, so its message is not formatted again at every keystroke.
   */
  private readonly messages = new WeakMap<object, { id: MessageId; locale: Locale; catalog: unknown; text: string }>();

  constructor(
    private readonly schema: SchemaValidator = new SchemaValidator(),
    private readonly rules: readonly Rule[] = RULES,
  ) {}

  /** `known`: where the text differs from the one `parser` parsed last, when the caller knows (ChunkedYamlParser.parse). */
  analyze(text: TextSource, options: AnalyzeOptions, parser: ChunkedYamlParser = new ChunkedYamlParser(), known?: KnownEdit): Analysis {
    const parsed = parser.parse(text, known);
    let memo = this.documents.get(parser);
    if (!memo) this.documents.set(parser, (memo = { rules: new Map(), directives: true, lists: new Map(), schema: new Map() }));
    const lines = parsed.lines;
    const model = buildModel(parsed.root, { ...this.entryCache, lists: memo.lists });
    const locale = options.locale ?? 'en';
    const formatter = createMessageFormatter(locale, options.catalog);
    const format = (id: MessageId, args: never): string => {
      if (typeof args !== 'object' || args === null) return formatter(id, args);
      const known = this.messages.get(args);
      if (known && known.id === id && known.locale === locale && known.catalog === options.catalog) return known.text;
      const text = formatter(id, args);
      this.messages.set(args, { id, locale, catalog: options.catalog, text });
      return text;
    };
    const raw: RawFinding[] = [];
    const internalErrors: Analysis['internalErrors'] = [];
    const make: MakeFinding = (code, span, id, args, data, severity) => ({
      code, start: span.start, end: Math.max(span.end, span.start), message: format(id, args as never), data, severity,
    });
    const reporter = (code: RuleCode): Report =>
      ((span: Span, id: MessageId, args: never, data?: FindingData, severity?: Severity) => {
        raw.push(make(code, span, id, args, data, severity));
      }) as Report;

    for (const block of parsed.conflicts) reporter('merge-conflict')(block, 'merge-conflict', {});
    const syntax = reporter('yaml-syntax');
    for (const problem of parsed.problems) {
      const excess = problem.code === 'TOO_LARGE' ? planSizeExcess(text) : null;
      if (excess) {
        syntax(problem, 'yaml-syntax.too-large', excess);
      } else if (isDuplicateKey(problem)) {
        syntax(problem, 'yaml-syntax.duplicate-key', { key: text.slice(problem.start, problem.end).trim() });
      } else {
        syntax(problem, 'yaml-syntax', syntaxArgs(problem));
      }
    }
    const hasSyntaxErrors = parsed.problems.length > 0;
    // With syntax errors the tree is a guess; schema and rule findings on it would mislead. A
    // duplicate key is no guess: the tree is read with the key's last occurrence, so the rest of
    // the plan is still checked (edits stay refused: hasSyntaxErrors is true).
    if (parsed.problems.every(isDuplicateKey)) {
      const today = options.today;
      try {
        this.schema.check(parsed, model, reporter('schema'), memo.schema);
      } catch (error) {
        internalErrors.push({ code: 'schema', error });
      }
      const memos = memo.rules;
      for (const rule of this.rules) {
        try {
          runRule(rule, model, today, reporter(rule.code), memos);
        } catch (error) {
          memos.delete(rule.code);
          internalErrors.push({ code: rule.code, error });
        }
      }
    }

    const levels = resolveLevels(options.settings, model.ruleSettings, options.overrides);
    // No suppression mark in the last text and none in or next to the edited text: none now, without reading the whole text.
    const changed = parsed.changed;
    memo.directives = (memo.directives || !changed || mayHoldDirective(text, changed.start, changed.end)) && text.includes(DIRECTIVE_MARK);
    const suppressions = memo.directives ? findSuppressions(String(text), (offset) => lines.positionAt(offset).line) : [];
    const kept = applySuppressions(suppressions, lines, raw, make, parsed.root);
    const findings: Finding[] = [];
    for (const f of kept) {
      const level = levels.get(f.code) ?? RULE_DEFAULTS[f.code];
      if (level === 'off') continue;
      // Each raw finding is made for this analysis alone (make), so it becomes the finding in place.
      f.severity = f.severity && !isConfigured(f.code, levels) ? f.severity : level;
      findings.push(f as Finding);
    }
    findings.sort((a, b) => a.start - b.start || a.end - b.end || a.code.localeCompare(b.code));
    return analysisOf(text, { parsed, model, lines, findings, hasSyntaxErrors, internalErrors });
  }
}

/** An analysis of `source` (its `text` joined when first read). */
export function analysisOf(source: TextSource, parts: Omit<Analysis, 'text' | 'source'>): Analysis {
  return {
    source,
    get text(): string {
      return String(source);
    },
    ...parts,
  };
}

/**
 * Runs a rule, or replays its last findings when everything it reads (`Rule.reads`) is the same
 * object as last time and the day is the same. Replayed reports read their spans anew, so
 * findings in a section that moved are where the section is now.
 */
function runRule(rule: Rule, model: PlanModel, today: IsoDate, report: Report, memos: Map<RuleCode, RuleMemo>): void {
  let memo = memos.get(rule.code);
  if (!memo) memos.set(rule.code, (memo = { kept: new Map() }));
  const inputs = rule.reads?.(model);
  if (inputs && memo.calls && memo.today === today && memo.inputs && sameItems(memo.inputs, inputs)) {
    replay(memo.calls, report);
    return;
  }
  const context: RuleContext = { model, today, kept: memo.kept };
  if (!inputs) {
    rule.check(context, report);
    return;
  }
  const calls: Array<Parameters<Report>> = [];
  rule.check(context, recordInto(calls));
  replay(calls, report);
  memo.inputs = inputs;
  memo.today = today;
  memo.calls = calls;
}

/** Whether a suppression comment's mark may overlap [start, end) of the text. */
function mayHoldDirective(text: TextSource, start: number, end: number): boolean {
  return text.slice(Math.max(0, start - DIRECTIVE_MARK.length), end + DIRECTIVE_MARK.length).includes(DIRECTIVE_MARK);
}

function isDuplicateKey(problem: { code: string }): boolean {
  return problem.code === 'DUPLICATE_KEY' || problem.code === 'DUPLICATE_KEYS';
}

/** Drops silenced findings and reports suppressions that silence nothing (or name no rule). */
function applySuppressions(found: Suppression[], lines: LineIndex, raw: RawFinding[], make: MakeFinding, root: YNode | null): RawFinding[] {
  const suppressions = found.filter((s) => !isInsideScalar(root, s.start));
  if (suppressions.length === 0) return raw;
  // Each named code of each comment gets an id "comment:code" so we can tell which ones were used.
  const fileWide = new Map<string, string>();
  const byLine = new Map<number, Array<[string, string]>>();
  suppressions.forEach((s, i) => {
    const codes = s.codes.length ? s.codes.filter((c) => c.known).map((c) => c.code) : ['*'];
    for (const code of codes) {
      const id = `${i}:${code}`;
      if (s.scope === 'file') fileWide.set(code, id);
      else byLine.set(s.line + 1, [...(byLine.get(s.line + 1) ?? []), [code, id]]);
    }
  });
  const used = new Set<string>();
  const kept = raw.filter((f) => {
    const fileHit = fileWide.get(f.code) ?? fileWide.get('*');
    const hit = fileHit ?? byLine.get(lines.positionAt(f.start).line)?.find(([code]) => code === f.code || code === '*')?.[1];
    if (hit) used.add(hit);
    return !hit;
  });
  suppressions.forEach((s, i) => {
    if (s.codes.length === 0 && !used.has(`${i}:*`)) kept.push(make('unused-suppression', s, 'unused-suppression', { code: '*' }));
    for (const c of s.codes) {
      if (!c.known) kept.push(make('unused-suppression', c, 'unused-suppression.unknown', { code: c.code }));
      else if (!used.has(`${i}:${c.code}`)) kept.push(make('unused-suppression', c, 'unused-suppression', { code: c.code }));
    }
  });
  return kept;
}
