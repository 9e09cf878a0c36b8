import {
  LSPErrorCodes, ResponseError, type PrepareRenameParams, type Range, type RenameParams, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver';
import { parse } from 'yaml';
import type { ServerContext } from '../context';
import { renameEdits } from '../../core/edits/rename';
import { toTextEdits } from '../../core/edits/textEdits';
import { scalarTextSpan } from '../../core/edits/valueSlot';
import { MAX_KEY_LENGTH } from '../../core/edits/yamlText';
import type { IdOccurrence } from '../../core/ids/idIndex';
import type { YScalar } from '../../core/yaml/tree';
import { isValidId } from '../../core/ids/idPattern';
import type { AnalyzedDocument } from '../documents';
import type { ServerTexts } from '../serverMessages';


function refuse(message: string): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestFailed, message);
}

/** The id's own text: inside the quotes of a quoted scalar, the content line of a block scalar. */
function idRange(doc: AnalyzedDocument, node: YScalar): Range {
  return doc.analysis.lines.rangeOf(scalarTextSpan(doc.analysis.text, node));
}

function occurrenceAt(doc: AnalyzedDocument, position: PrepareRenameParams['position'], texts: ServerTexts): IdOccurrence {
  if (doc.analysis.hasSyntaxErrors) throw refuse(texts.rename.syntax);
  const occurrence = doc.ids.at(doc.analysis.lines.offsetAt(position));
  if (!occurrence) throw refuse(texts.rename.notAnId);
  return occurrence;
}

export function providePrepareRename(doc: AnalyzedDocument, params: PrepareRenameParams, texts: ServerTexts): { range: Range; placeholder: string } {
  const occurrence = occurrenceAt(doc, params.position, texts);
  return { range: idRange(doc, occurrence.node), placeholder: occurrence.id };
}

/**
 * Rename an id everywhere in the plan: its key and every reference (for a skill, also the
 * needs that name it). Refused, with the reason, when the new id is not kebab-case, would read
 * as a number or date, or is already taken by another item of the same kind.
 */
export function provideRename(doc: AnalyzedDocument, params: RenameParams, texts: ServerTexts, documentChanges: boolean): WorkspaceEdit {
  const occurrence = occurrenceAt(doc, params.position, texts);
  const newName = params.newName.trim();
  if (!isValidId(newName)) throw refuse(texts.rename.invalid(newName));
  if (newName.length > MAX_KEY_LENGTH) throw refuse(texts.rename.tooLong(MAX_KEY_LENGTH));
  if (typeof parse(newName) !== 'string') throw refuse(texts.rename.notText(newName));
  const { kind, id, scope } = occurrence;
  if (newName !== id && doc.ids.has(kind, newName, scope)) throw refuse(texts.rename.taken(texts.kind[kind].toLowerCase(), newName));
  const offsets = newName === id ? [] : renameEdits(doc.analysis.text, doc.ids.all(kind, id, scope), newName);
  const edits: TextEdit[] = toTextEdits(offsets, doc.analysis.lines);
  if (documentChanges) return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] };
  return { changes: { [doc.uri]: edits } };
}

export function register(ctx: ServerContext): void {
  ctx.connection.onPrepareRename(
    ctx.runner.request('textDocument/prepareRename', () => null, (params: PrepareRenameParams) => {
      const doc = ctx.store.get(params.textDocument.uri);
      return doc ? providePrepareRename(doc, params, ctx.texts()) : null;
    }),
  );
  ctx.connection.onRenameRequest(
    ctx.runner.request('textDocument/rename', () => null, (params: RenameParams) => {
      const doc = ctx.store.get(params.textDocument.uri);
      return doc ? provideRename(doc, params, ctx.texts(), Boolean(ctx.client.workspace?.workspaceEdit?.documentChanges)) : null;
    }),
  );
}
