import { Transform, TransformCallback } from 'node:stream';

/**
 * Guards the stdio transport. The JSON-RPC reader of vscode-languageserver stops understanding a
 * stream after one bad frame (a wrong Content-Length leaves it reading the rest as headers, so every
 * later message is lost) and answers bad JSON with silence. This filter passes well-formed frames
 * through unchanged, answers a malformed one with the JSON-RPC error it deserves, and finds the next
 * `Content-Length:` header so the server keeps serving.
 */

const HEADER_END = Buffer.from('\r\n\r\n');
const CONTENT_LENGTH = 'content-length:';
/** A header block longer than this is garbage, not headers. */
const MAX_HEADER = 1024;
/**
 * The largest message body taken (64 MiB: a draft at the CLI's size limit, escaped as JSON). A larger
 * Content-Length is refused at once: waiting for ten gigabytes would stop every later message.
 */
export const MAX_CONTENT_LENGTH = 64 * 1024 * 1024;

export const PARSE_ERROR = -32700;
export const INVALID_REQUEST = -32600;

export type ErrorReply = (id: string | number | null, code: number, message: string) => void;

/** Where `content-length:` (any case) next starts in the buffer at or after `from`; -1 when nowhere. */
function indexOfHeaderName(buffer: Buffer, from: number): number {
  const last = buffer.length - CONTENT_LENGTH.length;
  for (let i = from; i <= last; i++) {
    if ((buffer[i] | 0x20) !== 0x63) continue; // c or C
    let k = 1;
    while (k < CONTENT_LENGTH.length && (buffer[i + k] | (buffer[i + k] >= 0x41 && buffer[i + k] <= 0x5a ? 0x20 : 0)) === CONTENT_LENGTH.charCodeAt(k)) k++;
    if (k === CONTENT_LENGTH.length) return i;
  }
  return -1;
}

export class FrameGuard extends Transform {
  private buffer = Buffer.alloc(0);
  /** Chunks not yet joined to the buffer: a 10 MB message arrives in hundreds of chunks, joined once. */
  private pending: Buffer[] = [];
  private pendingSize = 0;
  /** Bytes the frame at the buffer's start needs (0: its header is not read yet). */
  private needed = 0;
  /** No blank line (the end of a header block) starts before this offset of the buffer. */
  private clearTo = 0;
  /** No `Content-Length:` starts before this offset of the buffer (after the first byte). */
  private nameClearTo = 0;
  /** Dropping garbage since the last well-framed message (it has been answered once). */
  private resyncing = false;

  constructor(private readonly reply: ErrorReply) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.pending.push(chunk);
    this.pendingSize += chunk.length;
    if (this.buffer.length + this.pendingSize >= this.needed) {
      this.buffer = Buffer.concat([this.buffer, ...this.pending]);
      this.pending = [];
      this.pendingSize = 0;
      this.drain();
    }
    done();
  }

  private drain(): void {
    for (;;) {
      // A header block ends within MAX_HEADER bytes of its start, so the blank line is looked for there
      // only, and never again where it was looked for before: garbage costs each byte once.
      const window = this.buffer.subarray(0, MAX_HEADER + HEADER_END.length);
      const headerEnd = window.indexOf(HEADER_END, this.clearTo);
      if (headerEnd < 0) {
        this.clearTo = Math.max(0, window.length - HEADER_END.length + 1);
        if (this.buffer.length > MAX_HEADER) this.resync(this.buffer.length - MAX_HEADER, '消息头缺失或过长');
        return;
      }
      const bodyStart = headerEnd + HEADER_END.length;
      const length = this.contentLength(this.buffer.subarray(0, headerEnd).toString('ascii'));
      if (length === undefined || length > MAX_CONTENT_LENGTH) {
        // The blank line found stays the first one after where the next header may start.
        this.clearTo = headerEnd;
        this.resync(bodyStart, length === undefined ? '消息头无效：缺少或无法解析 Content-Length' : `消息过长：Content-Length 为 ${length}，上限为 ${MAX_CONTENT_LENGTH} 字节`);
        continue;
      }
      this.needed = bodyStart + length;
      if (this.buffer.length < this.needed) return;
      this.needed = 0;
      this.clearTo = 0;
      this.nameClearTo = 0;
      this.resyncing = false;
      const frame = this.buffer.subarray(0, bodyStart + length);
      const body = frame.subarray(bodyStart);
      this.buffer = this.buffer.subarray(bodyStart + length);
      if (this.acceptable(body)) this.push(frame);
    }
  }

  /** Content-Length of a header block whose every line is `Name: value`, else undefined. */
  private contentLength(headers: string): number | undefined {
    let length: number | undefined;
    for (const line of headers.split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon <= 0 || !/^[A-Za-z-]+$/.test(line.slice(0, colon))) return undefined;
      if (line.slice(0, colon).toLowerCase() === 'content-length') {
        const value = line.slice(colon + 1).trim();
        if (!/^[0-9]{1,10}$/.test(value)) return undefined;
        length = Number(value);
      }
    }
    return length;
  }

  /**
   * Drop bytes up to the next `Content-Length:` after the start, or up to `fallback` when there is none;
   * always drops something. Neither this search nor the one for the blank line goes again over bytes it
   * has read, so resynchronising over any amount of garbage is linear.
   */
  private resync(fallback: number, reason: string): void {
    const next = indexOfHeaderName(this.buffer, Math.max(1, this.nameClearTo));
    if (next < 0) this.nameClearTo = Math.max(0, this.buffer.length - CONTENT_LENGTH.length + 1);
    const drop = next > 0 ? next : Math.max(1, fallback);
    this.buffer = this.buffer.subarray(drop);
    this.clearTo = Math.max(0, this.clearTo - drop);
    this.nameClearTo = Math.max(0, this.nameClearTo - drop);
    // One answer per stretch of garbage, however many false starts it holds.
    if (!this.resyncing) this.reply(null, PARSE_ERROR, reason);
    this.resyncing = true;
  }

  /** A body the JSON-RPC reader can take; anything else is answered here. */
  private acceptable(body: Buffer): boolean {
    let message: unknown;
    try {
      message = JSON.parse(body.toString('utf8'));
    } catch (e) {
      this.reply(null, PARSE_ERROR, `无法解析的 JSON：${e instanceof Error ? e.message : String(e)}`);
      return false;
    }
    if (typeof message !== 'object' || message === null || Array.isArray(message)) {
      this.reply(null, INVALID_REQUEST, 'JSON-RPC 消息应为对象');
      return false;
    }
    const m = message as Record<string, unknown>;
    const id = typeof m.id === 'string' || typeof m.id === 'number' ? m.id : null;
    const isResponse = 'result' in m || 'error' in m;
    if (!isResponse && typeof m.method !== 'string') {
      this.reply(id, INVALID_REQUEST, '请求缺少字符串类型的 method');
      return false;
    }
    return true;
  }
}
