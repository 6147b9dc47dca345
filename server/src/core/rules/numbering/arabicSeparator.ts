import type { Rule } from '../rule';
import { fixTitle } from '../fixTitles';

/**
 * A digit or Latin letter (ASCII or full-width) right after `3、`: `3.5G`, `2.10万亩`, `4.2024年底` would read as
 * one number, so the point needs a space after it (and the writer decides that).
 */
const READS_ON = /^[0-9０-９A-Za-zＡ-Ｚａ-ｚ]/;

export const numberingArabicSeparator: Rule = {
  id: 'numbering-arabic-separator',
  category: 'numbering',
  defaultSeverity: 'hint',
  description: '阿拉伯数字序号后应用下脚点“1.”，不用顿号“1、”（GB/T 15834—2011 附录 B.3）。',
  descriptionEn: 'An arabic heading number takes a point (1.), not 、.',
  fixable: true,
  messages: {
    point: '阿拉伯数字序号“{marker}”后应用下脚点，写作“{fixed}”（GB/T 15834—2011 B.3）。',
    pointReadsOn: '阿拉伯数字序号“{marker}”后应用下脚点（GB/T 15834—2011 B.3）；其后紧接“{next}”，写成“{joined}”会读成一个数，请写作“{fixed} {next}”（下脚点后空一格）。',
  },
  messagesEn: {
    point: 'An Arabic numeral “{marker}” used as a number is followed by a full stop point: write “{fixed}” (GB/T 15834—2011 B.3).',
    pointReadsOn: 'An Arabic numeral “{marker}” used as a number is followed by a full stop point (GB/T 15834—2011 B.3); “{next}” comes right after it and “{joined}” would read as one number: write “{fixed} {next}” (a space after the point).',
  },
  check(doc, ctx) {
    // Headings, and the items of a 附件说明 (`附件：1、…`), in text order.
    const markers = [...doc.headings.map((h) => h.marker), ...doc.frame.attachmentList.map((i) => i.marker)]
      .filter((m) => m !== undefined).sort((a, b) => a.start - b.start);
    for (const m of markers) {
      if (m.scheme !== 'arabic' || m.separator !== '、') continue;
      const fixed = doc.text.slice(m.start, m.numeralEnd) + '.';
      const next = READS_ON.exec(doc.text.slice(m.end, m.end + 1))?.[0];
      if (next === undefined) {
        ctx.report({
          messageId: 'point', data: { marker: m.text, fixed }, start: m.start, end: m.end,
          fixes: [{ ...fixTitle('replace', { text: fixed }), edits: [{ start: m.numeralEnd, end: m.end, newText: '.' }], safe: true }],
        });
      } else {
        // Offered, never safe: the space is a choice of the writer's, and `3. 5G` may want rewording instead.
        ctx.report({
          messageId: 'pointReadsOn', data: { marker: m.text, next, fixed, joined: `${fixed}${next}` }, start: m.start, end: m.end,
          fixes: [{ ...fixTitle('pointWithSpace', { text: fixed }), edits: [{ start: m.numeralEnd, end: m.end, newText: '. ' }], safe: false }],
        });
      }
    }
  },
};
