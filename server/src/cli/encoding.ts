import { isUtf8 } from 'node:buffer';
import * as iconv from 'iconv-lite';
import { BilingualError, type Bilingual } from '../core/model/bilingual';

/** How a draft's bytes were decoded; `--fix` writes back the same way. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gbk' | 'gb18030';

/** Names a user recognises, for the notes on stderr. */
export const ENCODING_LABEL: Readonly<Record<TextEncoding, Bilingual>> = {
  'utf-8': { zh: 'UTF-8', en: 'UTF-8' },
  'utf-8-bom': { zh: 'UTF-8（带 BOM）', en: 'UTF-8 (with BOM)' },
  'utf-16le': { zh: 'UTF-16 LE（带 BOM）', en: 'UTF-16 LE (with BOM)' },
  'utf-16be': { zh: 'UTF-16 BE（带 BOM）', en: 'UTF-16 BE (with BOM)' },
  gbk: { zh: 'GBK', en: 'GBK' },
  gb18030: { zh: 'GB18030', en: 'GB18030' },
};

export class UndecodableError extends BilingualError {}

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
  if ((bytes.length - 2) % 2 !== 0) throw new UndecodableError({ zh: 'UTF-16 文件的字节数为奇数，文件可能已截断', en: 'a UTF-16 file with an odd number of bytes: it may be cut off' });
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset + 2, bytes.length - 2), encoding);
  // A lone surrogate means a damaged file, and findings on it would be garbage.
  if (LONE_SURROGATE.test(text)) throw new UndecodableError({ zh: 'UTF-16 内容中有不成对的代理项，文件已损坏', en: 'unpaired surrogates in the UTF-16 text: the file is damaged' });
  return text;
}

/**
 * Counts of well-formed multi-byte UTF-8 sequences and of bytes that are not part of one. GBK text
 * has about one well-formed sequence per four stray bytes (its pairs rarely look like UTF-8); a UTF-8
 * file damaged in a few places has thousands of sequences per bad byte.
 */
function utf8Tally(bytes: Uint8Array): { sequences: number; invalid: number } {
  let sequences = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const n = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = n > 0 && i + n <= bytes.length;
    for (let k = 1; ok && k < n; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    // Overlong forms, surrogates and code points past U+10FFFF.
    const c = bytes[i + 1];
    if (ok && ((b === 0xe0 && c < 0xa0) || (b === 0xed && c > 0x9f) || (b === 0xf0 && c < 0x90) || (b === 0xf4 && c > 0x8f))) ok = false;
    if (ok) {
      sequences++;
      i += n;
    } else {
      invalid++;
      i++;
    }
  }
  return { sequences, invalid };
}

/** A decoded draft. `exact`: encoding the text again gives the very bytes read, so `--fix` may write it. */
export interface DecodedDraft {
  readonly text: string;
  readonly encoding: TextEncoding;
  readonly exact: boolean;
}

function utf8Text(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
}

/**
 * Detect the encoding of a draft and decode it: a BOM decides (UTF-8, UTF-16 LE/BE); otherwise
 * valid UTF-8, then GB18030/GBK. A UTF-8 file with a few bad bytes stays UTF-8 (they read as U+FFFD),
 * never GBK. Binary content and bytes no candidate decodes are refused. Whatever does not encode
 * back to the same bytes is marked inexact: it is checked, and never written.
 */
export function decodeDraft(bytes: Uint8Array): DecodedDraft {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const body = bytes.subarray(3);
    return { text: utf8Text(body), encoding: 'utf-8-bom', exact: isUtf8(body) };
  }
  // UTF-32 LE also starts with FF FE; it is not a draft encoding.
  if (bytes[0] === 0xff && bytes[1] === 0xfe && !(bytes[2] === 0 && bytes[3] === 0)) return roundTripped(decodeUtf16(bytes, 'utf-16le'), 'utf-16le', bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return roundTripped(decodeUtf16(bytes, 'utf-16be'), 'utf-16be', bytes);
  if (looksBinary(bytes)) throw new UndecodableError({ zh: '不是文本文件（含有 NUL 或大量控制字符）', en: 'not a text file (NUL bytes or many control characters)' });
  if (isUtf8(bytes)) return { text: utf8Text(bytes), encoding: 'utf-8', exact: true };
  const tally = utf8Tally(bytes);
  if (tally.sequences > 2 * tally.invalid) return { text: utf8Text(bytes), encoding: 'utf-8', exact: false };
  const gb = gbStructure(bytes);
  if (gb) {
    const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), 'gb18030');
    if (!text.includes('\ufffd')) return roundTripped(text, gb, bytes);
  }
  throw new UndecodableError({ zh: '无法识别编码：既不是 UTF-8、带 BOM 的 UTF-16，也不是 GB18030/GBK', en: 'unknown encoding: neither UTF-8, UTF-16 with a BOM nor GB18030/GBK' });
}

/** GB18030 accepts sequences it maps to other bytes on the way back (unassigned four-byte codes, `A3 A0`). */
function roundTripped(text: string, encoding: TextEncoding, bytes: Uint8Array): DecodedDraft {
  let exact: boolean;
  try {
    exact = encodeDraft(text, encoding).equals(bytes);
  } catch {
    exact = false;
  }
  return { text, encoding, exact };
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
      if (iconv.decode(bytes, 'gb18030') !== text) throw new UndecodableError({
        zh: `修复后的文本含有 ${ENCODING_LABEL[encoding].zh} 无法表示的字符`,
        en: `the fixed text has characters ${ENCODING_LABEL[encoding].en} cannot represent`,
      });
      return bytes;
    }
  }
}
