import type { Rule } from '../rule';
import { fixTitle } from '../fixTitles';

/**
 * `9～16亿`, `15～30%`: in a range the first number must keep its 亿/万/% (GB/T 15835—2011 5.1.3:
 * 9亿～16亿, not 9～16亿; 15%～30%, not 15～30%), or it reads as 9 and 16亿. Units that cannot be
 * misread (`100～150kg`, `2021—2023年`) may be left off the first number and are not reported.
 */
// Tried only where a figure starts (not inside a longer token: `PM2.5-10%`, `x12`, the middle of a digit
// run): tried at every digit of a long run, `\d+` read the rest of the run each time (quadratic).
const RANGE = /(?<![0-9.．A-Za-z])(\d+(?:\.\d+)?)(\s*[～~〜—–\-－至]\s*)(\d+(?:\.\d+)?)(万亿|千万|百万|亿|万|%|％|‰)([元人吨亩户台辆件次家项座套])?/g;

export const numberRangeUnit: Rule = {
  id: 'number-range-unit',
  category: 'number',
  defaultSeverity: 'warning',
  description: '数值范围省略了前一个数的“亿”“万”“%”（如“9～16亿”应为“9亿～16亿”，“15～30%”应为“15%～30%”）（GB/T 15835—2011 5.1.3）。',
  descriptionEn: 'A range drops 亿/万/% from its first number (9～16亿 for 9亿～16亿).',
  fixable: true,
  scope: 'paragraph',
  messages: {
    range: '数值范围中前一个数省略了“{unit}”：“{written}”应写作“{expected}”，否则“{first}”会被误读（GB/T 15835—2011 5.1.3）。',
  },
  messagesEn: {
    range: 'The first number of a range leaves out “{unit}”: write “{written}” as “{expected}”, or “{first}” may be misread (GB/T 15835—2011 5.1.3).',
  },
  check(doc, ctx) {
    const text = doc.text;
    // A table of figures repeats the same few ranges: each written range is worded once (its shared data is
    // then also filled into the message once); each occurrence only gets its own offsets.
    const worded = new Map<string, { readonly data: Readonly<Record<string, string>>; readonly title: ReturnType<typeof fixTitle>; readonly unit: string; readonly firstLength: number }>();
    RANGE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = RANGE.exec(text))) {
      const written = m[0];
      let w = worded.get(written);
      if (!w) {
        const [, first, connector, second, magnitude, measure = ''] = m;
        const unit = magnitude + measure;
        const expected = `${first}${unit}${connector}${second}${unit}`;
        w = { data: { unit, written, expected, first }, title: fixTitle('replace', { text: expected }), unit, firstLength: first.length };
        worded.set(written, w);
      }
      const start = m.index;
      const firstEnd = start + w.firstLength;
      ctx.report({
        messageId: 'range',
        data: w.data,
        start,
        end: start + written.length,
        fixes: [{ title: w.title.title, titleId: w.title.titleId, titleData: w.title.titleData, edits: [{ start: firstEnd, end: firstEnd, newText: w.unit }], safe: true }],
      });
    }
  },
};
