import { isChineseContextCode, isHanCode } from '../../text/chars';
import type { PolicyDocument } from '../../model/document';
import { protectedSpans } from '../hygiene';
import { webResidueLineSet } from '../webLines';
import { CarriedScan, splicedByWindow } from '../rule';

export const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）', '?': '？', '!': '！', '.': '。' };
export const MARK_NAME: Readonly<Record<string, string>> = { ',': '逗号', ';': '分号', ':': '冒号', '(': '括号', ')': '括号', '?': '问号', '!': '叹号', '.': '句号' };
/** The marks' names in English (plural, as the summary counts them), by their Chinese name. */
export const MARK_NAME_EN: Readonly<Record<string, string>> = { 逗号: 'commas', 分号: 'semicolons', 冒号: 'colons', 括号: 'brackets', 问号: 'question marks', 叹号: 'exclamation marks', 句号: 'full stops' };

/** MARK_NAME by code unit: the summary counts every mark without reading it as a string. */
export function markNameOf(c: number): string {
  switch (c) {
    case 0x2c: return '逗号';
    case 0x3b: return '分号';
    case 0x3a: return '冒号';
    case 0x3f: return '问号';
    case 0x21: return '叹号';
    case 0x2e: return '句号';
    default: return '括号';
  }
}

const MARKS = /[,;:()?!.]/g;

/** ” ’ 》 ） 】 」 』 〕, by code unit. */
function isClosingCode(c: number): boolean {
  return c === 0x201d || c === 0x2019 || c === 0x300b || c === 0xff09 || c === 0x3011 || c === 0x300d || c === 0x300f || c === 0x3015;
}

/** “ ‘ 《 （ 【 「 『 〔, by code unit. */
function isOpeningCode(c: number): boolean {
  return c === 0x201c || c === 0x2018 || c === 0x300a || c === 0xff08 || c === 0x3010 || c === 0x300c || c === 0x300e || c === 0x3014;
}

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
  if (isHanCode(before) || isClosingCode(before)) return true;
  const after = text.charCodeAt(i + 1);
  return (isHanCode(after) || isOpeningCode(after)) && (isAsciiAlphanumericCode(before) || before === 0x25 || before === 0x5d);
}

/**
 * A `.` ends a Chinese sentence: after a Han character (or a quotation or bracket closed after one), and
 * before the line's end, a space, the next sentence (`完成任务.下一步…`, `…的通知》.`) or the next item run
 * into the line (`306件.2.加大`). `1.5`, `Inc.`, `a.b`, `...` and addresses are left alone.
 */
function endsChineseSentence(text: string, i: number): boolean {
  let before = text.charCodeAt(i - 1);
  if (isClosingCode(before)) before = text.charCodeAt(i - 2);
  if (!isHanCode(before)) return false;
  const after = text.charCodeAt(i + 1);
  return Number.isNaN(after) || after === 10 || after === 13 || after === 0x20 || after === 0x3000 || after === 0x09 ||
    isHanCode(after) || isOpeningCode(after) || after === 0x201d || after === 0x2019 || startsItem(text, i + 1);
}

/** An item number run into the line (`解答咨询306件.2.加大…`): digits, a point or 、, then Han text. */
function startsItem(text: string, at: number): boolean {
  let i = at;
  while (i < at + 3 && isAsciiAlphanumericCode(text.charCodeAt(i)) && text.charCodeAt(i) <= 0x39) i++;
  if (i === at) return false;
  const c = text.charCodeAt(i);
  return (c === 0x2e || c === 0x3001 || c === 0xff0e) && isHanCode(text.charCodeAt(i + 1));
}

/** A parenthesis is in Chinese text when a Han character or CJK mark stands beside it. */
function besideChinese(text: string, i: number): boolean {
  return isChineseContextCode(text.charCodeAt(i - 1)) || isChineseContextCode(text.charCodeAt(i + 1));
}

function holdsHan(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isHanCode(text.charCodeAt(i))) return true;
  return false;
}

interface HalfWidthMarks {
  readonly offsets: readonly number[];
  /** How many of the offsets hold each mark, by code unit (all are below 0x40). */
  readonly countByCode: ArrayLike<number>;
}

const cache = new WeakMap<PolicyDocument, HalfWidthMarks>();

/** At a paragraph end: each `(` still open (slots into `marks`) stays only beside Chinese text. */
function dropUnpaired(text: string, marks: number[], open: number[], countByCode: Uint32Array): void {
  for (const slot of open) {
    if (!besideChinese(text, marks[slot])) {
      marks[slot] = -1;
      countByCode[0x28]--;
    }
  }
  open.length = 0;
}

/**
 * Offsets of half-width punctuation written in Chinese text, in order; found once per document for both
 * half-width rules. Plain offsets, not objects: a pasted draft can hold tens of thousands.
 */
export function halfWidthMarks(doc: PolicyDocument): readonly number[] {
  return scanMarks(doc).offsets;
}

/** How many marks of each kind `halfWidthMarks` holds, by code unit: the summary needs no pass over them. */
export function halfWidthMarkCounts(doc: PolicyDocument): ArrayLike<number> {
  return scanMarks(doc).countByCode;
}

function scanMarks(doc: PolicyDocument): HalfWidthMarks {
  let result = cache.get(doc);
  if (result) return result;
  const text = doc.text;
  const marks: number[] = [];
  const countByCode = new Uint32Array(0x40);
  const isProtected = protectedSpans(doc).cursor();
  const skipLines = webResidueLineSet(doc);
  const paragraphs = doc.paragraphs;
  // One scan over the whole text. Candidates are kept in text order; a `(` is held as a slot that is
  // dropped (-1) if its pair turns out not to be Chinese, so no sorting is needed.
  let pi = -1;
  let skip = true;
  const open: number[] = [];
  MARKS.lastIndex = 0;
  // `test` rather than `exec`: every match is one character, so no match object is needed.
  while (MARKS.test(text)) {
    const i = MARKS.lastIndex - 1;
    if (pi < 0 || i >= paragraphs[pi].end) {
      dropUnpaired(text, marks, open, countByCode);
      do pi++; while (pi < paragraphs.length && i >= paragraphs[pi].end);
      if (pi >= paragraphs.length) break;
      skip = skipLines.has(paragraphs[pi].line);
    }
    if (skip || i < paragraphs[pi].start || isProtected(i)) continue;
    const mark = text.charCodeAt(i);
    if (mark === 0x28) {
      open.push(marks.length);
      marks.push(i);
      countByCode[mark]++;
    } else if (mark === 0x29) {
      const slot = open.pop();
      if (slot === undefined) {
        if (besideChinese(text, i)) {
          marks.push(i);
          countByCode[mark]++;
        }
      } else {
        const o = marks[slot];
        if (isChineseContextCode(text.charCodeAt(o - 1)) || isChineseContextCode(text.charCodeAt(i + 1)) || holdsHan(text, o + 1, i)) {
          marks.push(i);
          countByCode[mark]++;
        } else {
          marks[slot] = -1;
          countByCode[0x28]--;
        }
      }
    } else if (mark === 0x2e ? endsChineseSentence(text, i) : clauseMarkIsChinese(text, i)) {
      marks.push(i);
      countByCode[mark]++;
    }
  }
  dropUnpaired(text, marks, open, countByCode);
  let kept = 0;
  for (const o of marks) if (o >= 0) marks[kept++] = o;
  marks.length = kept;
  result = { offsets: marks, countByCode };
  cache.set(doc, result);
  return result;
}

/** After an edit, the marks of the new draft from the previous draft's and the re-checked lines'. */
export const carriedHalfWidthMarks: CarriedScan = {
  carry(previous, doc, window) {
    const before = cache.get(previous);
    if (!before || cache.has(doc)) return;
    const inWindow = scanMarks(window.document).offsets;
    const offsets = splicedByWindow(before.offsets, inWindow, window, (o) => o, (o, by) => o + by);
    const countByCode = new Uint32Array(0x40);
    for (const o of offsets) countByCode[doc.text.charCodeAt(o)]++;
    cache.set(doc, { offsets, countByCode });
  },
};
