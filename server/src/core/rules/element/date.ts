import type { Rule, RuleContext } from '../rule';
import type { PolicyDocument } from '../../model/document';
import type { TextEdit } from '../../model/findings';
import type { WrittenDate } from '../../model/frame';
import { elementsOf } from '../../model/frame';
import { fullDatesIn, paddingZeros, standardDateText } from '../dates';
import { inResidue } from '../frameText';
import { fixTitle } from '../fixTitles';

/** GB/T 9704—2012 took effect on 2012-07-01; before it, administrative documents dated in Chinese numerals (GB/T 9704—1999). */
function beforeStandard(date: WrittenDate): boolean {
  return date.year !== undefined && (date.year < 2012 || (date.year === 2012 && (date.month ?? 0) < 7));
}

/** Edits deleting the zeros that pad month and day (`2026年08月01日` → `2026年8月1日`). */
function zeroEdits(text: string, date: WrittenDate): TextEdit[] {
  return paddingZeros(text, date).map((at) => ({ start: at, end: at + 1, newText: '' }));
}

const WHAT = {
  signature: { what: '成文日期', cite: '（GB/T 9704—2012 7.3.5.4）', whatEn: 'The date of the document', citeEn: ' (GB/T 9704—2012 7.3.5.4)' },
  print: { what: '印发日期', cite: '，与成文日期写法相同', whatEn: 'The date of printing', citeEn: ', as the date of the document is written' },
} as const;

function checkFrameDate(doc: PolicyDocument, ctx: RuleContext, date: WrittenDate, kind: keyof typeof WHAT): void {
  const text = doc.text;
  const written = text.slice(date.start, date.end);
  const fixed = standardDateText(date);
  const data = { ...WHAT[kind], date: written, fixed };
  if (date.style !== 'arabic') {
    if (date.style === 'chinese' && beforeStandard(date)) return;
    ctx.report({
      messageId: date.style, data, start: date.start, end: date.end,
      fixes: [{ ...fixTitle('replace', { text: fixed }), edits: [{ start: date.start, end: date.end, newText: fixed }], safe: false }],
    });
  } else if (paddingZeros(text, date).length > 0) {
    ctx.report({ messageId: 'padded', data, start: date.start, end: date.end, fixes: [{ ...fixTitle('replace', { text: fixed }), edits: zeroEdits(text, date), safe: true }] });
  }
}

export const elementDate: Rule = {
  id: 'element-date',
  category: 'element',
  defaultSeverity: 'warning',
  description: '成文日期、印发日期写法不规范：应用阿拉伯数字将年、月、日标全，月、日不编虚位（如“2024年1月5日”，不写“2024年01月05日”“2024.1.5”）；文中其他日期与成文日期写法不一致（GB/T 9704—2012 7.3.5.4）。',
  descriptionEn: 'The date of the document (and of printing) in Arabic numerals, full year, no leading zeros; other dates written like it (GB/T 9704—2012 7.3.5.4).',
  fixable: true,
  messages: {
    padded: '{what}“{date}”的月、日不编虚位（即1不编为01）：应写作“{fixed}”{cite}。',
    chinese: '{what}“{date}”应用阿拉伯数字将年、月、日标全：应写作“{fixed}”{cite}。',
    numeric: '{what}“{date}”不用数字加分隔符的简写，应用阿拉伯数字将年、月、日标全：应写作“{fixed}”{cite}。',
    mixed: '日期“{date}”与成文日期“{main}”写法不一致：月、日不编虚位，应写作“{fixed}”。',
  },
  messagesEn: {
    padded: '{whatEn} “{date}” has no leading zeros in month and day (1, not 01): write “{fixed}”{citeEn}.',
    chinese: '{whatEn} “{date}” gives year, month and day in full in Arabic numerals: write “{fixed}”{citeEn}.',
    numeric: '{whatEn} “{date}” is not abbreviated as figures with separators; give year, month and day in full in Arabic numerals: write “{fixed}”{citeEn}.',
    mixed: 'The date “{date}” is written unlike the date of the document “{main}”: no leading zeros in month and day; write “{fixed}”.',
  },
  check(doc, ctx) {
    const text = doc.text;
    const frameDates: WrittenDate[] = [];
    // A form's blank date (`××××年××月××日`) has no year: nothing to check.
    const main = doc.frame.date?.year !== undefined ? doc.frame.date : undefined;
    if (main) {
      frameDates.push(main);
      checkFrameDate(doc, ctx, main, 'signature');
    }
    for (const line of elementsOf(doc.frame, 'print-line')) {
      for (const d of fullDatesIn(text, line.start, line.end)) {
        frameDates.push(d);
        checkFrameDate(doc, ctx, d, 'print');
      }
    }
    // A second style in the same document: dates padded with zeros beside a 成文日期 written without.
    if (!main || main.style !== 'arabic' || paddingZeros(text, main).length > 0) return;
    const mainText = text.slice(main.start, main.end);
    for (const d of fullDatesIn(text)) {
      if (d.style !== 'arabic' || paddingZeros(text, d).length === 0 || inResidue(doc, d.start) || frameDates.some((f) => f.start === d.start)) continue;
      const fixed = standardDateText(d);
      ctx.report({
        messageId: 'mixed', data: { date: text.slice(d.start, d.end), main: mainText, fixed }, start: d.start, end: d.end,
        fixes: [{ ...fixTitle('replace', { text: fixed }), edits: zeroEdits(text, d), safe: true }],
      });
    }
  },
};
