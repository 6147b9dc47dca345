import type { Rule } from '../rule';
import type { Fix } from '../../model/findings';
import { inResidue, trimmedElements } from '../frameText';
import { fixTitle } from '../fixTitles';

/**
 * A document number as written: agency code, a bracketed year, an optional `第`, the sequence number
 * and `号`. Found from its bracket: any bracket a writer uses for the year (`[` `［` `(` `（` `【` `〖`
 * `﹝` or the right `〔`), right after a Han character of the agency code (tested in code: a lookbehind first
 * would make the regex engine try every character of the draft instead of only the brackets). A case number (`（2021）京01民初1号`)
 * has letters after the bracket and a bracket first, so it does not match.
 */
const DOC_NUMBER = /([〔\[［(（【〖﹝])[ \u3000]*([0-9０-９]{4}|[0-9０-９]{2})[ \u3000]*([〕\]］)）】〗﹞])[ \u3000]*(第?)[ \u3000]*([0-9０-９]+)[ \u3000]*号/g;
/** The agency code shown in messages: the Han characters before the bracket (at most this many). */
const MAX_CODE = 8;

function codeStart(text: string, bracket: number): number {
  let p = bracket;
  while (p > 0 && bracket - p < MAX_CODE && /[\u3400-\u9fff]/.test(text[p - 1])) p--;
  return p;
}

export const elementDocNumber: Rule = {
  id: 'element-doc-number',
  category: 'element',
  defaultSeverity: 'warning',
  description: '发文字号写法不规范：年份应用六角括号“〔〕”括入，发文顺序号不加“第”字、不编虚位（如“国办发〔2024〕3号”）；引用的文号同样检查（GB/T 9704—2012 7.2.5）。',
  descriptionEn: 'Malformed document number: the year in 〔〕, no 第 and no leading zeros in the sequence number (GB/T 9704—2012 7.2.5).',
  fixable: true,
  messages: {
    bracket: '{what}“{number}”的年份应用六角括号“〔〕”括入，不用“{brackets}”：应写作“{fixed}”（GB/T 9704—2012 7.2.5）。',
    ordinal: '{what}“{number}”的发文顺序号前不加“第”字：应写作“{fixed}”（GB/T 9704—2012 7.2.5）。',
    zero: '{what}“{number}”的发文顺序号不编虚位（即1不编为01）：应写作“{fixed}”（GB/T 9704—2012 7.2.5）。',
    shortYear: '{what}“{number}”的年份应标全称（四位数字）：应写作“{fixed}”（GB/T 9704—2012 7.2.5）。',
    malformed: '发文字号“{number}”写法不完整：应由发文机关代字、年份和发文顺序号组成，年份用六角括号括入，序号后加“号”字，如“国办发〔2024〕3号”（GB/T 9704—2012 7.2.5）。',
  },
  messagesEn: {
    bracket: 'The year of {whatEn} “{number}” is enclosed in hexagonal brackets “〔〕”, not “{brackets}”: write “{fixed}” (GB/T 9704—2012 7.2.5).',
    ordinal: 'No “第” before the serial number of {whatEn} “{number}”: write “{fixed}” (GB/T 9704—2012 7.2.5).',
    zero: 'The serial number of {whatEn} “{number}” has no leading zeros (1, not 01): write “{fixed}” (GB/T 9704—2012 7.2.5).',
    shortYear: 'The year of {whatEn} “{number}” is written in full (four digits): write “{fixed}” (GB/T 9704—2012 7.2.5).',
    malformed: 'The document number “{number}” is incomplete: it has the issuer\'s code, the year in hexagonal brackets and the serial number followed by “号”, as in “国办发〔2024〕3号” (GB/T 9704—2012 7.2.5).',
  },
  check(doc, ctx) {
    const text = doc.text;
    const own = trimmedElements(doc, 'doc-number');
    const matched = new Set<number>();
    const numbers = new RegExp(DOC_NUMBER.source, 'g');
    for (let m = numbers.exec(text); m; m = numbers.exec(text)) {
      const open = m.index;
      // Not after a Han character: no number starts here, but one may start right after this bracket.
      if (open === 0 || !/[\u3400-\u9fff]/.test(text[open - 1])) {
        numbers.lastIndex = open + 1;
        continue;
      }
      if (inResidue(doc, open)) continue;
      const end = open + m[0].length;
      const start = codeStart(text, open);
      const ownIndex = own.findIndex((e) => e.start <= open && end <= e.end);
      if (ownIndex >= 0) matched.add(ownIndex);
      const what = ownIndex >= 0 ? '发文字号' : '引用的发文字号';
      const whatEn = ownIndex >= 0 ? 'the document number' : 'the cited document number';
      const [, openBracket, year, closeBracket, ordinal, sequence] = m;
      const yearAt = text.indexOf(year, open + 1);
      const closeAt = text.indexOf(closeBracket, yearAt + year.length);
      const ordinalAt = ordinal ? text.indexOf('第', closeAt + 1) : -1;
      const sequenceAt = text.indexOf(sequence, ordinal ? ordinalAt + 1 : closeAt + 1);
      const zeros = /^[0０]+(?=[0-9０-９])/.exec(sequence)?.[0].length ?? 0;
      const code = text.slice(start, open);
      const fullYear = year.length === 2 ? `20${year}` : year;
      const fixed = `${code}〔${fullYear}〕${sequence.slice(zeros)}号`;
      const number = text.slice(start, end);
      const data = { what, whatEn, number, fixed };
      if (openBracket !== '〔' || closeBracket !== '〕') {
        const fix: Fix = {
          ...fixTitle('hexagonalBrackets'),
          edits: [
            ...(openBracket !== '〔' ? [{ start: open, end: open + 1, newText: '〔' }] : []),
            ...(closeBracket !== '〕' ? [{ start: closeAt, end: closeAt + 1, newText: '〕' }] : []),
          ],
          safe: true,
        };
        ctx.report({ messageId: 'bracket', data: { ...data, brackets: openBracket + closeBracket }, start: open, end: closeAt + 1, fixes: [fix] });
      }
      if (year.length === 2) {
        ctx.report({
          messageId: 'shortYear', data, start: yearAt, end: yearAt + 2,
          fixes: [{ ...fixTitle('yearTo', { text: fullYear }), edits: [{ start: yearAt, end: yearAt, newText: '20' }], safe: false }],
        });
      }
      if (ordinal) {
        ctx.report({
          messageId: 'ordinal', data, start: ordinalAt, end: ordinalAt + 1,
          fixes: [{ ...fixTitle('removeCharacter', { text: '第' }), edits: [{ start: ordinalAt, end: ordinalAt + 1, newText: '' }], safe: false }],
        });
      }
      if (zeros > 0) {
        ctx.report({
          messageId: 'zero', data, start: sequenceAt, end: sequenceAt + zeros,
          fixes: [{ ...fixTitle('removeLeadingZeros', { text: sequence.slice(0, zeros) }), edits: [{ start: sequenceAt, end: sequenceAt + zeros, newText: '' }], safe: false }],
        });
      }
    }
    // The document's own number where nothing of the usual form was found in it.
    own.forEach((e, i) => {
      const { start, end } = e;
      const number = text.slice(start, end);
      // A template's blanks (`×号`) are the placeholder rules' to report; an order is numbered `（第290号）` (令号).
      if (matched.has(i) || /[×Xx]/.test(number) || /^[（(]?第[0-9０-９]+号[）)]?$/.test(number)) return;
      ctx.report({ messageId: 'malformed', data: { number }, start, end });
    });
  },
};
