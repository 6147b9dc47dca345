/**
 * Word `.docx` → draft text, for the CLI and the language server (the VS Code command sends the
 * file's bytes in a request). A .docx is a zip archive; its body is WordprocessingML. Each `w:p`
 * paragraph becomes one line of the extracted text, in document order (table cells and text boxes
 * included); a manual line break (Shift+Enter) inside a paragraph also starts a new line, because the
 * writer sees a new line there. Only the body is read: headers, footers, footnotes and comments are
 * not part of the draft's numbering. Deleted text of tracked changes (`w:delText`) and field codes
 * (`w:instrText`) are left out; inserted text is in.
 */
import { inflateRawSync } from 'node:zlib';
import { lastAtOrBefore } from './core/text/lineIndex';

export class DocxError extends Error {}

export interface DocxText {
  /** Paragraphs joined with `\n`. */
  readonly text: string;
  /** Offset in `text` where each paragraph starts (UTF-16 code units), ascending. */
  readonly paragraphStarts: readonly number[];
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/** The entries of a zip archive by name, inflated on demand. Zip64 and encryption are refused. */
function zipEntries(zip: Buffer): Map<string, () => Buffer> {
  if (zip.length >= 4 && zip.readUInt32BE(0) === 0xd0cf11e0) {
    throw new DocxError('这是旧版 Word 97–2003 文档（.doc）或加密的 .docx，请在 Word 中另存为未加密的 .docx 后再检查');
  }
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new DocxError('不是有效的 Word 文档（.docx 应为 zip 压缩包）');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  if (p === 0xffffffff) throw new DocxError('不支持 Zip64 格式的 .docx');
  const entries = new Map<string, () => Buffer>();
  for (let n = 0; n < count; n++) {
    if (p + 46 > zip.length || zip.readUInt32LE(p) !== CENTRAL_SIGNATURE) throw new DocxError('.docx 的目录已损坏');
    const flags = zip.readUInt16LE(p + 8);
    const method = zip.readUInt16LE(p + 10);
    const compressedSize = zip.readUInt32LE(p + 20);
    const nameLength = zip.readUInt16LE(p + 28);
    const extraLength = zip.readUInt16LE(p + 30);
    const commentLength = zip.readUInt16LE(p + 32);
    const localOffset = zip.readUInt32LE(p + 42);
    const name = zip.toString('utf8', p + 46, p + 46 + nameLength);
    entries.set(name, () => {
      if (flags & 1) throw new DocxError('.docx 已加密，请先在 Word 中取消密码');
      if (localOffset + 30 > zip.length || zip.readUInt32LE(localOffset) !== LOCAL_SIGNATURE) throw new DocxError(`.docx 中的“${name}”已损坏`);
      const start = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
      const data = zip.subarray(start, start + compressedSize);
      if (method === 0) return data;
      if (method !== 8) throw new DocxError(`.docx 中的“${name}”使用了不支持的压缩方式 ${method}`);
      try {
        return inflateRawSync(data);
      } catch {
        throw new DocxError(`.docx 中的“${name}”无法解压，文件已损坏`);
      }
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name] ?? whole;
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The main document part named by the package relationships (normally `word/document.xml`). */
function mainPartName(entries: Map<string, () => Buffer>): string {
  const rels = entries.get('_rels/.rels');
  if (rels) {
    for (const m of rels().toString('utf8').matchAll(/<Relationship\b[^>]*>/g)) {
      if (/Type="[^"]*\/officeDocument"/.test(m[0])) {
        const target = /Target="([^"]*)"/.exec(m[0])?.[1];
        if (target) return decodeEntities(target).replace(/^\//, '');
      }
    }
  }
  return 'word/document.xml';
}

const TAG = /<(\/?)([A-Za-z_][\w.-]*(?::[\w.-]+)?)([^>]*?)(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|([^<]+)/g;

/** Paragraph texts of a WordprocessingML body, in document order. */
function paragraphsOf(xml: string): string[] {
  const paragraphs: string[] = [];
  /** Open paragraphs: a text box inside a paragraph holds paragraphs of its own. */
  const open: string[][] = [];
  let runDepth = 0;
  let inText = false;
  /** Inside `mc:Fallback`, which repeats the content of `mc:Choice` for older readers. */
  let fallbackDepth = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    const [, closing, name, attributes, selfClosing, cdata, chars] = m;
    if (chars !== undefined || cdata !== undefined) {
      if (inText && fallbackDepth === 0 && open.length) open[open.length - 1].push(cdata ?? decodeEntities(chars));
      continue;
    }
    if (name === undefined) continue;
    if (name === 'mc:Fallback') {
      if (!selfClosing) fallbackDepth += closing ? -1 : 1;
      continue;
    }
    if (fallbackDepth > 0) continue;
    const current = open[open.length - 1];
    switch (name) {
      case 'w:p':
        if (selfClosing) paragraphs.push('');
        else if (closing) paragraphs.push((open.pop() ?? []).join(''));
        else open.push([]);
        break;
      case 'w:r':
        if (!selfClosing) runDepth += closing ? -1 : 1;
        break;
      case 'w:t':
        inText = !closing && !selfClosing;
        break;
      case 'w:tab':
      case 'w:ptab':
        // w:tab also defines tab stops in paragraph properties; only a tab inside a run is text.
        if (runDepth > 0 && current && !closing) current.push('\t');
        break;
      case 'w:br':
      case 'w:cr':
        if (runDepth > 0 && current && !closing && !/w:type="(page|column)"/.test(attributes)) current.push('\n');
        break;
      case 'w:noBreakHyphen':
        if (runDepth > 0 && current && !closing) current.push('-');
        break;
    }
  }
  return paragraphs;
}

/** Extract the paragraphs of a .docx file's bytes. Throws DocxError with a Chinese reason. */
export function extractDocx(bytes: Uint8Array): DocxText {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const entries = zipEntries(zip);
  const part = entries.get(mainPartName(entries));
  if (!part) throw new DocxError('.docx 中没有正文（缺少 word/document.xml）');
  const paragraphs = paragraphsOf(part().toString('utf8'));
  const paragraphStarts: number[] = [];
  let offset = 0;
  for (const p of paragraphs) {
    paragraphStarts.push(offset);
    offset += p.length + 1;
  }
  return { text: paragraphs.join('\n'), paragraphStarts };
}

/** One-based paragraph number and zero-based UTF-16 offset inside it, for a text offset. */
export function paragraphAt(starts: readonly number[], offset: number): { paragraph: number; offset: number } {
  const lo = lastAtOrBefore(starts, offset);
  return { paragraph: lo + 1, offset: offset - (starts[lo] ?? 0) };
}
