import type { Diagnostic } from 'vscode-languageserver';
import type { Message } from 'vscode-languageserver/node';

const PUBLISH_DIAGNOSTICS = 'textDocument/publishDiagnostics';
const COMMA = Buffer.from(',');
const END = Buffer.from(']}}');

/**
 * The JSON encoder of the stdio writer. A plan's diagnostics are pushed whole after every
 * keystroke (or sent whole in a pull's full report when they changed), and at 50,000 lines that
 * is hundreds of kilobytes; a diagnostic sent again unchanged (diagnostics.ts hands over the very
 * object it sent before) is serialized and encoded as UTF-8 once, and its bytes reused. Every
 * other message is `JSON.stringify`'d as the library's own encoder does.
 */
export class MessageJson {
  readonly name = 'application/json';
  private readonly bytes = new WeakMap<Diagnostic, Uint8Array>();

  encode(message: Message, options: { charset: BufferEncoding }): Promise<Uint8Array> {
    try {
      const utf8 = /^utf-?8$/i.test(options.charset);
      const publish = utf8 ? asPublish(message) : undefined;
      if (publish) return Promise.resolve(this.encodePublish(publish));
      const report = utf8 ? asFullReport(message) : undefined;
      if (report) return Promise.resolve(this.encodeReport(report));
      return Promise.resolve(Buffer.from(JSON.stringify(message), options.charset));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /** The push's UTF-8 JSON, equal as JSON to `JSON.stringify(message)`, from the bytes of its diagnostics. */
  private encodePublish({ jsonrpc, params }: Publish): Buffer {
    const version = params.version === undefined ? '' : `,"version":${JSON.stringify(params.version)}`;
    return this.withDiagnostics(`{"jsonrpc":${JSON.stringify(jsonrpc)},"method":"${PUBLISH_DIAGNOSTICS}","params":{"uri":${JSON.stringify(params.uri)}${version},"diagnostics":[`, params.diagnostics);
  }

  /** A pull's full report, likewise. */
  private encodeReport({ jsonrpc, id, result }: FullReport): Buffer {
    const resultId = result.resultId === undefined ? '' : `,"resultId":${JSON.stringify(result.resultId)}`;
    return this.withDiagnostics(`{"jsonrpc":${JSON.stringify(jsonrpc)},"id":${JSON.stringify(id)},"result":{"kind":"full"${resultId},"items":[`, result.items);
  }

  /** `head`, the diagnostics' bytes separated by commas, and `]}}`. */
  private withDiagnostics(head: string, diagnostics: readonly Diagnostic[]): Buffer {
    const pieces: Uint8Array[] = [Buffer.from(head)];
    diagnostics.forEach((diagnostic, i) => {
      if (i > 0) pieces.push(COMMA);
      pieces.push(this.bytesOf(diagnostic));
    });
    pieces.push(END);
    return Buffer.concat(pieces);
  }

  private bytesOf(diagnostic: Diagnostic): Uint8Array {
    let bytes = this.bytes.get(diagnostic);
    if (bytes === undefined) {
      bytes = Buffer.from(JSON.stringify(diagnostic), 'utf8');
      this.bytes.set(diagnostic, bytes);
    }
    return bytes;
  }
}

interface Publish {
  jsonrpc: string;
  params: { uri: string; version?: number; diagnostics: Diagnostic[] };
}

/** The message as a diagnostics push of exactly the usual shape, or undefined (then it is serialized as any other). */
function asPublish(message: Message): Publish | undefined {
  const m = message as unknown as Record<string, unknown>;
  if (m.method !== PUBLISH_DIAGNOSTICS || !hasOnlyKeys(m, ['jsonrpc', 'method', 'params']) || typeof m.jsonrpc !== 'string') return undefined;
  const params = m.params as Record<string, unknown> | null;
  if (typeof params !== 'object' || params === null || !hasOnlyKeys(params, ['uri', 'version', 'diagnostics'])) return undefined;
  if (typeof params.uri !== 'string' || !Array.isArray(params.diagnostics)) return undefined;
  if (params.version !== undefined && typeof params.version !== 'number') return undefined;
  return m as unknown as Publish;
}

interface FullReport {
  jsonrpc: string;
  id: number | string;
  result: { kind: 'full'; resultId?: string; items: Diagnostic[] };
}

/** The message as the answer to a diagnostics pull with a full report, of exactly the usual shape, or undefined. */
function asFullReport(message: Message): FullReport | undefined {
  const m = message as unknown as Record<string, unknown>;
  if (!hasOnlyKeys(m, ['jsonrpc', 'id', 'result']) || typeof m.jsonrpc !== 'string' || (typeof m.id !== 'number' && typeof m.id !== 'string')) return undefined;
  const result = m.result as Record<string, unknown> | null;
  if (typeof result !== 'object' || result === null || !hasOnlyKeys(result, ['kind', 'resultId', 'items'])) return undefined;
  if (result.kind !== 'full' || !Array.isArray(result.items)) return undefined;
  if (result.resultId !== undefined && typeof result.resultId !== 'string') return undefined;
  return m as unknown as FullReport;
}

function hasOnlyKeys(object: object, allowed: readonly string[]): boolean {
  for (const key of Object.keys(object)) if (!allowed.includes(key)) return false;
  return true;
}
