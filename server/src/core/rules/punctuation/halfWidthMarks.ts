import type { PolicyDocument } from '../../model/document';
import { isChineseContextCode, isHanCode, protectedSpans } from '../hygiene';
import { webResidueLineSet } from '../residue/webLines';

export const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）', '?': '？', '!': '！' };
export const MARK_NAME: Readonly<Record<string, string>> = { ',': '逗号', ';': '分号', ':': '冒号', '(': '括号', ')': '括号', '?': '问号', '!': '叹号' };

const MARKS = /[,;:()?!]/g;
/** ” ’ 》 ） 】 」 』 〕 and “ ‘ 《 （ 【 「 『 〔, by code unit. */
const CLOSING = new Set([0x201d, 0x2019, 0x300b, 0xff09, 0x3011, 0x300d, 0x300f, 0x3015]);
const OPENING = new Set([0x201c, 0x2018, 0x300a, 0xff08, 0x3010, 0x300c, 0x300e, 0x3014]);

function isAsciiAlphanumericCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * `,;:?!` belong to Chinese text when a Han character (or the end of a quotation) precedes them, or one
 * follows them after a figure or word (`上,PM2.5`, `GDP,能耗`). `1,000`, `12:01` and `、?` (a character
 * lost in conversion, not a question) are left alone.
 */
function clauseMarkIsChinese(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1);
  if (isHanCode(before) || CLOSING.has(before)) return true;
  const after = text.charCodeAt(i + 1);
  return (isHanCode(after) || OPENING.has(after)) && (isAsciiAlphanumericCode(before) || before === 0x25 || before === 0x5d);
}

/** A parenthesis is in Chinese text when a Han character or CJK mark stands beside it. */
function besideChinese(text: string, i: number): boolean {
  return isChineseContextCode(text.charCodeAt(i - 1)) || isChineseContextCode(text.charCodeAt(i + 1));
}

function holdsHan(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isHanCode(text.charCodeAt(i))) return true;
  return false;
}

const cache = new WeakMap<PolicyDocument, readonly number[]>();

/**
 * Offsets of half-width punctuation written in Chinese text, in order; found once per document for both
 * half-width rules. Plain offsets, not objects: a pasted draft can hold tens of thousands.
 */
export function halfWidthMarks(doc: PolicyDocument): readonly number[] {
  let result = cache.get(doc);
  if (result) return result;
  const text = doc.text;
  const marks: number[] = [];
  const isProtected = protectedSpans(doc).cursor();
  const skipLines = webResidueLineSet(doc);
  const paragraphs = doc.paragraphs;
  // One scan over the whole text. Candidates are kept in text order; a `(` is held as a slot that is
  // dropped (-1) if its pair turns out not to be Chinese, so no sorting is needed.
  let pi = -1;
  let skip = true;
  let open: number[] = [];
  const flush = () => {
    for (const slot of open) {
      const o = marks[slot];
      if (!besideChinese(text, o)) marks[slot] = -1;
    }
    open = [];
  };
  MARKS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARKS.exec(text))) {
    const i = m.index;
    if (pi < 0 || i >= paragraphs[pi].end) {
      flush();
      do pi++; while (pi < paragraphs.length && i >= paragraphs[pi].end);
      if (pi >= paragraphs.length) break;
      skip = skipLines.has(paragraphs[pi].line);
    }
    if (skip || i < paragraphs[pi].start || isProtected(i)) continue;
    const mark = text.charCodeAt(i);
    if (mark === 0x28) {
      open.push(marks.length);
      marks.push(i);
    } else if (mark === 0x29) {
      const slot = open.pop();
      if (slot === undefined) {
        if (besideChinese(text, i)) marks.push(i);
      } else {
        const o = marks[slot];
        if (isChineseContextCode(text.charCodeAt(o - 1)) || isChineseContextCode(text.charCodeAt(i + 1)) || holdsHan(text, o + 1, i)) marks.push(i);
        else marks[slot] = -1;
      }
    } else if (clauseMarkIsChinese(text, i)) {
      marks.push(i);
    }
  }
  flush();
  result = marks.filter((o) => o >= 0);
  cache.set(doc, result);
  return result;
}
