import type { Rule } from '../rule';
import type { TextEdit } from '../../model/findings';
import { FULL_WIDTH, halfWidthMarkCounts, halfWidthMarks, MARK_NAME_EN, markNameOf } from './halfWidthMarks';
import { fixTitle } from '../fixTitles';

/**
 * One finding per document: drafts pasted from the web often use half-width punctuation throughout,
 * and hundreds of identical warnings would bury everything else. Per-occurrence findings are the
 * separate rule `punctuation-half-width-each` (off unless switched on).
 */
export const punctuationHalfWidth: Rule = {
  id: 'punctuation-half-width',
  category: 'punctuation',
  defaultSeverity: 'warning',
  description: '中文文本中使用了半角标点（, ; : ( ) ? ! 和句末的 .），全文汇总为一条提示，可一键全部转换为全角（GB/T 15834—2011）。',
  descriptionEn: 'Half-width punctuation in Chinese text: one summary finding per document with a convert-all fix.',
  fixable: true,
  messages: {
    // Advice first: a Problems row shows the start of the message, a narrow panel cuts the rest.
    summary: '半角标点应改为全角：全文 {count} 处（{detail}），可一键全文转换（数字、网址、西文和标题序号不受影响）。此处为第一处“{first}”；GB/T 15834—2011 规定中文标点占一个字的位置。',
  },
  messagesEn: {
    summary: 'Half-width punctuation should be full-width: {count} in the document ({detailEn}); convert them all with one fix (figures, web addresses, Latin text and heading numbers are left alone). This is the first, “{first}”; GB/T 15834—2011 has Chinese punctuation take the space of one character.',
  },
  check(doc, ctx) {
    const text = doc.text;
    const marks = halfWidthMarks(doc);
    if (marks.length === 0) return;
    // Counted by code unit; the names are listed in order of first appearance (ties keep that order).
    const perCode = halfWidthMarkCounts(doc);
    const names = new Set<string>();
    for (let c = 0; c < perCode.length; c++) if (perCode[c]) names.add(markNameOf(c));
    const counts = new Map<string, number>();
    for (let k = 0; k < marks.length && counts.size < names.size; k++) counts.set(markNameOf(text.charCodeAt(marks[k])), 0);
    for (let c = 0; c < perCode.length; c++) if (perCode[c]) counts.set(markNameOf(c), counts.get(markNameOf(c))! + perCode[c]);
    const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    const detail = sorted.map(([name, n]) => `${name} ${n} 处`).join('、');
    const detailEn = sorted.map(([name, n]) => `${MARK_NAME_EN[name]} ${n}`).join(', ');
    const first = marks[0];
    let edits: TextEdit[] | undefined;
    ctx.report({
      messageId: 'summary',
      start: first,
      end: first + 1,
      fixes: [{
        ...fixTitle('convertAllFullWidth'),
        // Built when the fix is used: a pasted draft can hold tens of thousands of marks.
        get edits(): TextEdit[] {
          edits ??= marks.map((o) => ({ start: o, end: o + 1, newText: FULL_WIDTH[text[o]] }));
          return edits;
        },
        safe: true,
      }],
      data: { count: marks.length, detail, detailEn, first: text[first] },
    });
  },
};
