import {
  CompletionItemKind, InsertTextFormat, InsertTextMode, MarkupKind,
  type CompletionItem, type CompletionList, type CompletionParams, type Position, type Range,
} from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { isRuleCode } from '../../core/codes';
import { cursorContext, type KeyContext, type PathSegment, type ValueContext } from '../../core/cursor/cursorContext';
import { addDays, addMonths, type IsoDate } from '../../core/dates';
import { DeclaredIdsCache } from '../../core/ids/idIndex';
import { definitionSiteAt, keyReferenceSiteAt, referenceSiteAt, type IdKind } from '../../core/ids/idSites';
import { ruleHelpMarkdown } from '../../core/ruleDocs';
import type { KeyInfo, SchemaInfo } from '../../core/schema/schemaInfo';
import type { AnalyzedDocument } from '../documents';
import { itemDetail, itemInfo } from '../itemInfo';
import { schemaMarkdown } from '../schemaMarkdown';
import type { ServerTexts } from '../serverMessages';
import type { TextSource } from '../../core/text/textSource';
import { sourceOf } from '../planDocument';

export interface CompletionInput {
  /** The document's current text (read around the cursor only). */
  text: TextSource;
  offset: number;
  position: Position;
  /** The document's latest analysis (maybe of an earlier version: only its ids and titles are read), asked for only when the answer needs ids. */
  analysis: () => AnalyzedDocument;
  schema: SchemaInfo;
  texts: ServerTexts;
  today: IsoDate;
  /** The client accepts snippets (`$1`, `${1|a,b|}`). */
  snippets: boolean;
  /** The ids a tree declares (kept by section between versions). */
  declared: DeclaredIdsCache;
}

const EMPTY: CompletionList = { isIncomplete: false, items: [] };

/**
 * Completion from the text around the cursor (so half-typed, unparseable lines work) and the
 * schema: the keys a map may still take, enum values, dates, the ids a reference may name (with
 * each item's title as detail), and snippets for new actions, experiments, goals, plans and contacts.
 */
export function provideCompletion(input: CompletionInput): CompletionList {
  const context = cursorContext(input.text, input.offset);
  if (context.kind === 'none') return EMPTY;
  if (context.kind === 'key') {
    const node = input.schema.resolve(context.path);
    // `- ` in a list of ids or texts: the word is a list item, not a key.
    if (context.listItem && node && !input.schema.keysAt(context.path).length && !input.schema.isIdMap(context.path)) {
      const listPath = context.path.slice(0, -1);
      return valueCompletion(input, { kind: 'value', path: listPath, prefix: context.prefix, start: context.start, end: context.end, flow: false, listItem: true, siblings: context.siblings });
    }
    return keyCompletion(input, context);
  }
  return valueCompletion(input, context);
}

function rangeOf(input: CompletionInput, start: number, end: number): Range {
  // The word being completed is on the cursor's line: move the cursor's character only.
  return {
    start: { line: input.position.line, character: input.position.character - (input.offset - start) },
    end: { line: input.position.line, character: input.position.character + (end - input.offset) },
  };
}

function keyCompletion(input: CompletionInput, context: KeyContext): CompletionList {
  const { schema, texts } = input;
  const path = context.path;
  const range = rangeOf(input, context.start, context.end);
  const items: CompletionItem[] = [];
  const stringPath = path.map(String);
  if (schema.isIdMap(path)) {
    const definition = definitionSiteAt(stringPath);
    if (definition && !context.flow && !context.hasColon) items.push(...entrySnippets(input, definition.kind, context, range));
    // Skills named by a plan's needs but missing from `skills`, and skills a plan does not need yet.
    const keyReference = keyReferenceSiteAt(stringPath);
    if (definition?.kind === 'skill' || keyReference?.kind === 'skill') {
      const ids = knownIds(input, 'skill');
      const taken = new Set(context.siblings);
      for (const id of ids) {
        if (taken.has(id)) continue;
        items.push({ label: id, kind: CompletionItemKind.Reference, detail: texts.kind.skill, textEdit: { range, newText: context.hasColon ? id : `${id}: ` }, sortText: `0${id}` });
      }
    }
    return { isIncomplete: false, items };
  }
  const taken = new Set(context.siblings);
  const keys = schema.keysAt(path);
  keys.forEach((key, index) => {
    if (taken.has(key.name)) return;
    const ruleCode = path.length === 1 && path[0] === 'rules' && isRuleCode(key.name);
    const insert = keyInsertText(input, key, context);
    items.push({
      label: key.name,
      kind: CompletionItemKind.Property,
      detail: key.title && key.title !== key.name ? key.title : undefined,
      documentation: { kind: MarkupKind.Markdown, value: ruleCode ? ruleHelpMarkdown(key.name as never, texts.locale) : schemaMarkdown(key, key.name, texts) },
      textEdit: { range, newText: insert.text },
      insertTextFormat: insert.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      insertTextMode: InsertTextMode.asIs,
      filterText: key.name,
      sortText: `${key.required ? 0 : 1}${String(index).padStart(3, '0')}`,
    });
  });
  return { isIncomplete: false, items };
}

/** `key: `, `key:\n    ` for maps, `key: [$1]` for lists, `key: ${1|a,b|}` for enums, `key: <today>` for dates. */
function keyInsertText(input: CompletionInput, key: KeyInfo, context: KeyContext): { text: string; snippet: boolean } {
  const name = key.name;
  if (context.hasColon) return { text: name, snippet: false };
  if (context.flow) return { text: `${name}: `, snippet: false };
  const child = '\n' + ' '.repeat(context.column + indentUnit(input.text));
  switch (key.shape) {
    case 'map':
    case 'idMap':
      return { text: `${name}:${child}`, snippet: false };
    case 'list': {
      const itemsAreMaps = input.schema.keysAt([...context.path, name, 0]).length > 0;
      if (itemsAreMaps) return { text: `${name}:${child}- `, snippet: false };
      return input.snippets ? { text: `${name}: [$1]`, snippet: true } : { text: `${name}: []`, snippet: false };
    }
    default:
      if (key.enum?.length && input.snippets) return { text: `${name}: \${1|${key.enum.map(escapeChoice).join(',')}|}`, snippet: true };
      if (key.valueType === 'date' && input.snippets) return { text: `${name}: \${1:${input.today}}`, snippet: true };
      return { text: `${name}: `, snippet: false };
  }
}

function valueCompletion(input: CompletionInput, context: ValueContext): CompletionList {
  const { schema, texts } = input;
  const range = rangeOf(input, context.start, context.end);
  // `plan:|` with no space yet: the value needs one.
  const lead = input.text.charAt(context.start - 1) === ':' ? ' ' : '';
  const items: CompletionItem[] = [];
  const stringPath = context.path.map(String);
  const reference = referenceSiteAt(stringPath);
  if (reference) {
    const taken = new Set(context.siblings);
    // An action cannot come after itself.
    if (reference.kind === 'action' && stringPath[0] === 'actions') taken.add(stringPath[1]);
    const wrap = reference.list && !context.listItem && !context.flow && !context.quote;
    const { choices, incomplete } = idChoices(input, reference.kind, context.prefix, taken);
    for (const [id, detail, rank] of choices) {
      items.push({
        label: id,
        kind: CompletionItemKind.Reference,
        detail,
        textEdit: { range, newText: lead + (wrap ? `[${id}]` : id) },
        filterText: id,
        sortText: `${rank}${id}`,
      });
    }
    return { isIncomplete: incomplete, items };
  }
  const doc = schema.describe(context.path);
  if (!doc) return EMPTY;
  const keyName = String(context.path[context.path.length - 1]);
  if (doc.enum?.length) {
    doc.enum.forEach((value, index) => {
      items.push({
        label: value,
        kind: CompletionItemKind.EnumMember,
        detail: doc.title ?? keyName,
        documentation: doc.description,
        textEdit: { range, newText: lead + value },
        sortText: String(index).padStart(3, '0'),
      });
    });
  } else if (doc.valueType === 'date') {
    const dates: Array<[IsoDate, string]> = [
      [input.today, texts.snippet.today],
      [addDays(input.today, 7), texts.snippet.inAWeek],
      [addMonths(input.today, 1), texts.snippet.inAMonth],
    ];
    dates.forEach(([date, label], index) => {
      items.push({ label: date, kind: CompletionItemKind.Value, detail: label, textEdit: { range, newText: lead + date }, sortText: String(index) });
    });
  }
  return { isIncomplete: false, items };
}

/**
 * At most this many ids are offered at once. A plan of 200,000 lines has thousands of plans and
 * actions; listing them all (each with its title) made a completion cost what the plan does, and
 * no one scrolls a list that long. Past the limit the ids are those that match what was typed,
 * and the list says it is incomplete, so the editor asks again as the user types on.
 */
export const MAX_ID_CHOICES = 100;

/**
 * The ids of a kind not `taken`, with the item's title and a sort rank (advisors first for review
 * advisors, …); when there are more than MAX_ID_CHOICES, the first of those that match `prefix`
 * (its characters in order, case ignored, as editors filter), ranked first, then in the plan's
 * order, and `incomplete`.
 */
function idChoices(input: CompletionInput, kind: IdKind, prefix: string, taken: ReadonlySet<string>): { choices: Array<[id: string, detail: string | undefined, rank: number]>; incomplete: boolean } {
  const doc = input.analysis();
  const { texts } = input;
  const models = [doc.analysis.model, doc.lastGood?.model].filter((m) => m !== undefined);
  const rankOf = (id: string) => {
    const role = kind === 'contact' ? doc.analysis.model.contactById.get(id)?.role?.value : undefined;
    return role === 'mentor' || role === 'advisor' ? 0 : 1;
  };
  let ids = knownIds(input, kind).filter((id) => !taken.has(id));
  let incomplete = false;
  if (ids.length > MAX_ID_CHOICES) {
    const matching = prefix ? ids.filter((id) => matchesInOrder(id, prefix)) : ids;
    // Ranked first, then the plan's order (sorting thousands of ids cost more than the rest of the answer).
    const ranked = [...matching.filter((id) => rankOf(id) === 0), ...matching.filter((id) => rankOf(id) !== 0)];
    incomplete = ranked.length > MAX_ID_CHOICES;
    ids = ranked.slice(0, MAX_ID_CHOICES);
  }
  const choices = ids.map((id): [string, string | undefined, number] => {
    let info;
    for (const model of models) if ((info = itemInfo(model, kind, id, '', input.today, texts))) break;
    return [id, info ? itemDetail(info) || texts.kind[kind] : texts.kind[kind], rankOf(id)];
  });
  return { choices, incomplete };
}

/** Whether the characters of `typed` occur in `id` in order, case ignored (how editors filter completions). */
function matchesInOrder(id: string, typed: string): boolean {
  const haystack = id.toLowerCase();
  let at = 0;
  for (const c of typed.toLowerCase()) {
    at = haystack.indexOf(c, at);
    if (at < 0) return false;
    at += c.length;
  }
  return true;
}

/**
 * Ids of a kind in the analysed text, plus those of the last version that parsed (the current one
 * may be half-typed). Read from the declaring maps only, not from an id index: typing gives a new
 * version each keystroke, and indexing all of a large plan's ids would delay every completion.
 */
function knownIds(input: CompletionInput, kind: IdKind): string[] {
  const doc = input.analysis();
  const ids = new Set(input.declared.of(doc.analysis.parsed.root, kind));
  const lastGood = doc.lastGood;
  if (lastGood && lastGood !== doc.analysis) {
    for (const id of input.declared.of(lastGood.parsed.root, kind)) ids.add(id);
  }
  return [...ids];
}

/** Snippets for a new entry of an id-keyed section. Dates start from today. */
function entrySnippets(input: CompletionInput, kind: IdKind, context: KeyContext, range: Range): CompletionItem[] {
  const { texts, today, schema } = input;
  const choices = (path: PathSegment[]) => (schema.allowedValues(path) ?? []).map(escapeChoice).join(',');
  const bodies: Partial<Record<IdKind, [label: string, lines: string[]]>> = {
    action: [texts.snippet.action, ['${1:new-action}:', `  do: \${2:${texts.snippet.actionDo}}`, `  due: \${3:${addDays(today, 7)}}`, '  status: ${4|' + choices(['actions', '*', 'status']) + '|}']],
    experiment: [texts.snippet.experiment, ['${1:new-experiment}:', '  kind: ${2|' + choices(['plans', '*', 'experiments', '*', 'kind']) + '|}', `  from: \${3:${today}}`, `  to: \${4:${addMonths(today, 1)}}`, '  status: planned']],
    goal: [texts.snippet.goal, ['${1:new-goal}:', `  title: \${2:${texts.snippet.goalTitle}}`, `  by: \${3:${addMonths(today, 12)}}`, '  horizon: ${4|' + choices(['goals', '*', 'horizon']) + '|}']],
    contact: [texts.snippet.contact, ['${1:new-contact}:', `  name: \${2:${texts.snippet.contactName}}`, '  role: ${3|' + choices(['network', '*', 'role']) + '|}', `  last-contact: \${4:${today}}`]],
    plan: [texts.kind.plan, ['${1:new-plan}:', '  title: ${2}', '  kind: ${3|' + choices(['plans', '*', 'kind']) + '|}']],
  };
  const body = bodies[kind];
  if (!body) return [];
  const unit = indentUnit(input.text);
  const indent = ' '.repeat(context.column);
  const lines = body[1].map((line, i) => (i === 0 ? line : indent + line.replace(/^ {2}/, ' '.repeat(unit))));
  const snippet = lines.join('\n');
  return [{
    label: body[0],
    kind: CompletionItemKind.Snippet,
    detail: texts.kind[kind],
    textEdit: { range, newText: input.snippets ? snippet : plainSnippet(snippet) },
    insertTextFormat: input.snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    insertTextMode: InsertTextMode.asIs,
    filterText: context.prefix ? `${context.prefix}${body[0]}` : body[0],
    sortText: '~',
  }];
}

/** The text a snippet inserts with every placeholder at its default (for clients without snippets). */
function plainSnippet(snippet: string): string {
  return snippet.replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{?\d+\}?/g, '');
}

function escapeChoice(value: string): string {
  return value.replace(/[\\,|$}]/g, (c) => `\\${c}`);
}

/** The file's indentation step (the first indented line's indentation), 2 by default. */
function indentUnit(text: TextSource): number {
  const match = /\n( +)\S/.exec(text.slice(0, 20_000));
  const width = match ? match[1].length : 2;
  return width >= 1 && width <= 8 ? width : 2;
}

export function register(ctx: ServerContext): void {
  const declared = new DeclaredIdsCache();
  ctx.connection.onCompletion(
    ctx.runner.request('textDocument/completion', () => EMPTY, (params: CompletionParams) => {
      const document = ctx.documents.get(params.textDocument.uri);
      if (!document) return EMPTY;
      return provideCompletion({
        text: sourceOf(document),
        offset: document.offsetAt(params.position),
        position: params.position,
        analysis: () => ctx.store.latest(document),
        schema: ctx.schema(),
        texts: ctx.texts(),
        today: ctx.settings.current.today,
        snippets: Boolean(ctx.client.textDocument?.completion?.completionItem?.snippetSupport),
        declared,
      });
    }),
  );
}
