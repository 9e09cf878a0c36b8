import type { Diagnostic } from 'vscode-languageserver';
import type { Message } from 'vscode-languageserver/node';

const PUBLISH_DIAGNOSTICS = 'textDocument/publishDiagnostics';

/**
 * The JSON encoder of the stdio writer. A plan's diagnostics are pushed whole after every
 * keystroke, and at 50,000 lines that is hundreds of kilobytes; a diagnostic the push sends again
 * unchanged (diagnostics.ts hands over the very object it sent before) is serialized once and its
 * text reused. Every other message is `JSON.stringify`'d as the library's own encoder does.
 */
export class MessageJson {
  readonly name = 'application/json';
  private readonly texts = new WeakMap<Diagnostic, string>();

  encode(message: Message, options: { charset: BufferEncoding }): Promise<Uint8Array> {
    try {
      return Promise.resolve(Buffer.from(this.stringify(message), options.charset));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /** The message's JSON: equal, as JSON, to `JSON.stringify(message)`. */
  stringify(message: Message): string {
    const publish = asPublish(message);
    if (!publish) return JSON.stringify(message);
    const { jsonrpc, params } = publish;
    const version = params.version === undefined ? '' : `,"version":${JSON.stringify(params.version)}`;
    const diagnostics = params.diagnostics.map((d) => this.textOf(d)).join(',');
    return `{"jsonrpc":${JSON.stringify(jsonrpc)},"method":"${PUBLISH_DIAGNOSTICS}","params":{"uri":${JSON.stringify(params.uri)}${version},"diagnostics":[${diagnostics}]}}`;
  }

  private textOf(diagnostic: Diagnostic): string {
    let text = this.texts.get(diagnostic);
    if (text === undefined) {
      text = JSON.stringify(diagnostic);
      this.texts.set(diagnostic, text);
    }
    return text;
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

function hasOnlyKeys(object: object, allowed: readonly string[]): boolean {
  for (const key of Object.keys(object)) if (!allowed.includes(key)) return false;
  return true;
}
