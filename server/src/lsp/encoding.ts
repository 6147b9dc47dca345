import type { Diagnostic, Message } from 'vscode-languageserver';

/**
 * The JSON of outgoing messages over stdio, as vscode-jsonrpc writes it (`JSON.stringify`, UTF-8), except that
 * a list of diagnostics marked by `encodeEachOnce` is written from each diagnostic's bytes, kept per diagnostic
 * object: a keystroke on a long draft answers with thousands of diagnostics, almost all of them the very objects
 * of the previous answer (carriedDiagnostics.ts), and encoding them all again cost more than converting them.
 * The bytes are exactly `JSON.stringify`'s (test/unit/encoding.test.ts).
 */

const marked = new WeakSet<readonly Diagnostic[]>();
const encoded = new WeakMap<Diagnostic, Buffer>();

/** Let the server's writer encode this list from its diagnostics' kept bytes (the list is sent as is, never changed after). */
export function encodeEachOnce(diagnostics: readonly Diagnostic[]): void {
  marked.add(diagnostics);
}

/** A string no JSON of a diagnostic list can hold unescaped: where the list's bytes are spliced in. */
const HOLE = '\u0000gongwen-diagnostics\u0000';
const HOLE_JSON = JSON.stringify(HOLE);
const COMMA = Buffer.from(',');
const OPEN = Buffer.from('[');
const CLOSE = Buffer.from(']');

/** The marked list in a message: a pull answer's `result.items` or a push's `params.diagnostics`. */
function markedList(msg: Message): readonly Diagnostic[] | undefined {
  const m = msg as { result?: { items?: unknown }; params?: { diagnostics?: unknown } };
  const list = (m.result && typeof m.result === 'object' ? m.result.items : undefined) ?? (m.params && typeof m.params === 'object' ? m.params.diagnostics : undefined);
  return Array.isArray(list) && marked.has(list) ? list : undefined;
}

function bytesOf(d: Diagnostic): Buffer {
  let bytes = encoded.get(d);
  if (!bytes) {
    bytes = Buffer.from(JSON.stringify(d), 'utf-8');
    encoded.set(d, bytes);
  }
  return bytes;
}

export function encodeMessage(msg: Message): Buffer {
  const list = markedList(msg);
  if (!list) return Buffer.from(JSON.stringify(msg, undefined, 0), 'utf-8');
  const json = JSON.stringify(msg, (_key, value: unknown) => (value === list ? HOLE : value));
  const at = json.indexOf(HOLE_JSON);
  const parts: Buffer[] = [Buffer.from(json.slice(0, at), 'utf-8'), OPEN];
  for (let i = 0; i < list.length; i++) {
    if (i > 0) parts.push(COMMA);
    parts.push(bytesOf(list[i]));
  }
  parts.push(CLOSE, Buffer.from(json.slice(at + HOLE_JSON.length), 'utf-8'));
  return Buffer.concat(parts);
}

/** The writer's content encoder (vscode-jsonrpc's `contentTypeEncoder`); other charsets than UTF-8 are not asked for. */
export const diagnosticsEncoder = {
  name: 'application/json',
  encode(msg: Message, options: { charset: string }): Promise<Uint8Array> {
    try {
      return Promise.resolve(options.charset === 'utf-8' ? encodeMessage(msg) : Buffer.from(JSON.stringify(msg, undefined, 0), options.charset as BufferEncoding));
    } catch (e) {
      return Promise.reject(e);
    }
  },
};
