import { isUtf8 } from 'node:buffer';
import * as iconv from 'iconv-lite';

/** How a draft's bytes were decoded; `--fix` writes back the same way. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gbk' | 'gb18030';

/** Names a user recognises, for the note on stderr. */
export const ENCODING_LABEL: Readonly<Record<TextEncoding, string>> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8（带 BOM）',
  'utf-16le': 'UTF-16 LE（带 BOM）',
  'utf-16be': 'UTF-16 BE（带 BOM）',
  gbk: 'GBK',
  gb18030: 'GB18030',
};

export class UndecodableError extends Error {}

/**
 * Control characters other than tab, LF, VT, FF, CR and the DOS end-of-file mark do not occur in
 * drafts; a few may come from a pasted fragment, many mean the file is not text.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length, 65536);
  let controls = 0;
  for (let i = 0; i < sample; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 11 && b !== 12 && b !== 13 && b !== 0x1a) controls++;
  }
  return controls > 8 && controls * 100 > sample;
}

/**
 * Whether the bytes follow the GB18030 structure: ASCII, two-byte pairs (lead 81–FE, trail 40–7E
 * or 80–FE) and four-byte sequences (81–FE, 30–39, 81–FE, 30–39). Returns which form occurred, so
 * a file using only the two-byte range is reported as GBK.
 */
function gbStructure(bytes: Uint8Array): 'gbk' | 'gb18030' | undefined {
  let fourByte = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    if (b === 0x80 || b === 0xff || i + 1 >= bytes.length) return undefined;
    const t = bytes[i + 1];
    if ((t >= 0x40 && t <= 0x7e) || (t >= 0x80 && t <= 0xfe)) {
      i++;
    } else if (t >= 0x30 && t <= 0x39 && i + 3 < bytes.length && bytes[i + 2] >= 0x81 && bytes[i + 2] <= 0xfe && bytes[i + 3] >= 0x30 && bytes[i + 3] <= 0x39) {
      fourByte = true;
      i += 3;
    } else {
      return undefined;
    }
  }
  return fourByte ? 'gb18030' : 'gbk';
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  if ((bytes.length - 2) % 2 !== 0) throw new UndecodableError('UTF-16 文件的字节数为奇数，文件可能已截断');
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset + 2, bytes.length - 2), encoding);
  // A lone surrogate means a damaged file, and findings on it would be garbage.
  if (LONE_SURROGATE.test(text)) throw new UndecodableError('UTF-16 内容中有不成对的代理项，文件已损坏');
  return text;
}

/**
 * Detect the encoding of a draft and decode it: a BOM decides (UTF-8, UTF-16 LE/BE); otherwise
 * valid UTF-8, then GB18030/GBK. Binary content and bytes no candidate decodes are refused, never
 * turned into replacement characters.
 */
export function decodeDraft(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const body = bytes.subarray(3);
    if (!isUtf8(body)) throw new UndecodableError('文件以 UTF-8 BOM 开头，但内容不是有效的 UTF-8');
    return { text: Buffer.from(body.buffer, body.byteOffset, body.length).toString('utf8'), encoding: 'utf-8-bom' };
  }
  // UTF-32 LE also starts with FF FE; it is not a draft encoding.
  if (bytes[0] === 0xff && bytes[1] === 0xfe && !(bytes[2] === 0 && bytes[3] === 0)) return { text: decodeUtf16(bytes, 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeUtf16(bytes, 'utf-16be'), encoding: 'utf-16be' };
  if (looksBinary(bytes)) throw new UndecodableError('不是文本文件（含有 NUL 或大量控制字符）');
  if (isUtf8(bytes)) return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8'), encoding: 'utf-8' };
  const gb = gbStructure(bytes);
  if (gb) {
    const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), 'gb18030');
    if (!text.includes('\ufffd')) return { text, encoding: gb };
  }
  throw new UndecodableError('无法识别编码：既不是 UTF-8、带 BOM 的 UTF-16，也不是 GB18030/GBK');
}

/**
 * Encode text back into the draft's own encoding. Refuses (throws) when a character has no form in
 * that encoding, so a fix never writes a `?` into a GBK file.
 */
export function encodeDraft(text: string, encoding: TextEncoding): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.from('\ufeff' + text, 'utf8');
    case 'utf-16le':
    case 'utf-16be':
      return iconv.encode(text, encoding, { addBOM: true });
    case 'gbk':
    case 'gb18030': {
      const bytes = iconv.encode(text, 'gb18030');
      if (iconv.decode(bytes, 'gb18030') !== text) throw new UndecodableError(`修复后的文本含有 ${ENCODING_LABEL[encoding]} 无法表示的字符`);
      return bytes;
    }
  }
}
