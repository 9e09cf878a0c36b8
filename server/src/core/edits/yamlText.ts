/**
 * Small helpers for writing YAML text by hand, so that edits touch only the lines they must
 * and keep the file's own style (indentation, line endings, flow or block maps).
 */

import { lineEndOf } from '../text/lineIndex';
import { refuse } from './refusal';

/** The line ending the document already uses (a lone `\r` is not one YAML reads, so it is never written). */
export function eolOf(text: string): string {
  const nl = text.indexOf('\n');
  return nl > 0 && text[nl - 1] === '\r' ? '\r\n' : '\n';
}

/** The end of the last line a node's text touches (a block value's range may end after its newline). */
export function lastLineEnd(text: string, end: number): number {
  let at = end;
  while (at > 0 && (text[at - 1] === '\n' || text[at - 1] === '\r')) at--;
  return lineEndOf(text, Math.max(at - 1, 0));
}

const PLAIN_SAFE = /^[^\s#:\-?\[\]{},&*!|>'"%@`][^#:\r\n]*$/;
/** Inside `[ ]` and `{ }` these end a plain scalar. */
const FLOW_INDICATOR = /[,\[\]{}]/;
const RESERVED = /^(true|false|null|yes|no|on|off|~|[-+]?(\d[\d_.]*|\.\d+)([eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.inf|\.nan)$/i;
/** Characters YAML does not allow raw in a document (outside its printable set), plus the BOM. */
const NOT_PRINTABLE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * A YAML scalar for a string: plain when YAML reads it back as the same string, else
 * double-quoted. Dates and ids stay plain (YAML 1.2 core reads them as strings). In a flow
 * collection (`flow`), commas and brackets force quotes too.
 */
export function yamlString(value: string, flow = false): string {
  const printable = !NOT_PRINTABLE.test(value);
  if (value !== '' && printable && PLAIN_SAFE.test(value) && !/\s$/.test(value) && !RESERVED.test(value) && !(flow && FLOW_INDICATOR.test(value))) return value;
  return JSON.stringify(value).replace(new RegExp(NOT_PRINTABLE.source, 'g'), (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function yamlScalar(value: string | number | boolean, flow = false): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return yamlString(String(value), flow);
  return typeof value === 'string' ? yamlString(value, flow) : String(value);
}

/** A flow sequence (`[a, b]`) of scalars, each quoted where a comma or bracket would end it. */
export function yamlFlowList(values: readonly (string | number)[]): string {
  return `[${values.map((v) => yamlScalar(v, true)).join(', ')}]`;
}

/** YAML reads an implicit key (`key: value`, quoted or not) of at most 1024 characters. */
export const MAX_KEY_LENGTH = 1024;

/** A map key for an id: `yamlString`, refused when YAML could not read it back as a key. */
export function yamlKey(id: string, flow = false): string {
  const key = yamlString(id, flow);
  if (key.length > MAX_KEY_LENGTH) refuse('edit.refused-long-key', `${id.slice(0, 32)}…`);
  return key;
}
