import type { Rule } from '../rule';
import { FULL_WIDTH, halfWidthMarks, MARK_NAME } from './halfWidthMarks';

/** Every half-width mark on its own: off by default (the summary rule covers them), for users who want each one marked. */
export const punctuationHalfWidthEach: Rule = {
  id: 'punctuation-half-width-each',
  category: 'punctuation',
  defaultSeverity: 'hint',
  offByDefault: true,
  description: '逐处标出中文文本中的半角标点（默认关闭；需要时在设置中设为 hint 等级别开启）。',
  descriptionEn: 'Each half-width punctuation mark in Chinese text (off by default; switch on in settings).',
  fixable: true,
  scope: 'paragraph',
  check(doc, ctx) {
    const text = doc.text;
    // Seven marks, seven messages and titles: built once, not for each of a dense draft's 200,000 marks.
    const words = new Map<string, { message: string; title: string; full: string }>();
    for (const o of halfWidthMarks(doc)) {
      const mark = text[o];
      let w = words.get(mark);
      if (!w) {
        const full = FULL_WIDTH[mark];
        w = { message: `半角${MARK_NAME[mark]}“${mark}”应为全角“${full}”（GB/T 15834—2011：中文标点占一个字的位置）。`, title: `改为全角“${full}”`, full };
        words.set(mark, w);
      }
      ctx.report({ message: w.message, start: o, end: o + 1, fixes: [{ title: w.title, edits: [{ start: o, end: o + 1, newText: w.full }], safe: true }] });
    }
  },
};
