import type { Rule } from '../rule';
import type { Expectation, PlaceholderData } from './scan';
import { afterAreaCode, codes, continuesRun, insideMarker, eachOccurrence, expectationAfter, leftAlone, isAsciiAlnum, isDigit, isLineBreak, runEnd, reportPlaceholder, STAND_IN_MESSAGES, standInMessagesEn } from './scan';

export const CROSS_KIND = '叉号占位符';
export const CROSS_KIND_EN = 'Cross placeholder';

const CROSSES = '×╳';
const CROSS_RUN = codes(CROSSES);
/** Multiplied dimensions (`长×宽×高`) are arithmetic, not stand-ins. */
const DIMENSIONS = codes('长宽高厚');
/** Real names that end in a multiplication sign (the national “数据要素×” action). */
const SLOGANS = ['数据要素'];
const FORMULA_WINDOW = 12;

/** A `÷` or `=` close by on the same line: the `×` belongs to a formula. */
function inFormula(text: string, start: number, end: number): boolean {
  for (let i = start - 1; i >= Math.max(0, start - FORMULA_WINDOW) && !isLineBreak(text.charCodeAt(i)); i--) {
    const c = text.charCodeAt(i);
    if (c === 0xf7 || c === 61 || c === 0xff1d) return true;
  }
  for (let i = end; i < Math.min(text.length, end + FORMULA_WINDOW) && !isLineBreak(text.charCodeAt(i)); i++) {
    const c = text.charCodeAt(i);
    if (c === 0xf7 || c === 61 || c === 0xff1d) return true;
  }
  return false;
}

export const placeholderCross: Rule = {
  id: 'placeholder-cross',
  category: 'placeholder',
  defaultSeverity: 'warning',
  description: '叉号占位符：用“×”“××”代替数字或名称（如“×县”“×%”“×月×日”）。',
  descriptionEn: 'A × or ×× standing for a figure or a name (×县, ×%, ×月×日).',
  fixable: false,
  messages: STAND_IN_MESSAGES,
  messagesEn: standInMessagesEn(CROSS_KIND_EN),
  scope: 'paragraph',
  check(doc, ctx) {
    const text = doc.text;
    // What `reportStandIn` reports, with one data object per written run and expectation:
    // a draft with thousands of `×县`, `×月×日` then has its few messages filled once, not once per run.
    const dataFor = new Map<string, PlaceholderData & Readonly<Record<string, string>>>();
    eachOccurrence(doc, CROSSES, (start) => {
      // Visit each run once, from its first character.
      if (continuesRun(text, start, CROSS_RUN)) return;
      const end = runEnd(text, start, CROSS_RUN);
      const before = text.charCodeAt(start - 1);
      const after = text.charCodeAt(end);
      // `3×4`, `7×24小时`, `“4×4”`; years such as `20××` are the year rule's.
      if (isDigit(before) || isDigit(after)) return;
      // `0736-××××××××`: a masked telephone number (placeholder-masked).
      if (end - start >= 2 && afterAreaCode(text, start)) return;
      // `a×b`: algebra.
      if (isAsciiAlnum(before) && isAsciiAlnum(after)) return;
      if (DIMENSIONS.has(before) && DIMENSIONS.has(after)) return;
      if (SLOGANS.some((s) => text.startsWith(s, start - s.length))) return;
      if (inFormula(text, start, end) || leftAlone(doc, start) || insideMarker(text, start, end)) return;
      const expected: Expectation = expectationAfter(text, end);
      const written = text.slice(start, end);
      const key = `${expected}\u0000${written}`;
      let data = dataFor.get(key);
      if (!data) dataFor.set(key, (data = { kind: CROSS_KIND, expected, fill: 'replace', text: written }));
      reportPlaceholder(ctx, start, end, expected, data);
    });
  },
};
