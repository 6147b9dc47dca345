import type { Rule } from '../rule';
import { FULL_WIDTH, halfWidthMarks, MARK_NAME } from './halfWidthMarks';
import { fixTitle } from '../fixTitles';

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
  messages: {
    mark: '半角{name}“{mark}”应为全角“{full}”（GB/T 15834—2011：中文标点占一个字的位置）。',
  },
  messagesEn: {
    mark: 'Half-width “{mark}” should be full-width “{full}” (GB/T 15834—2011: Chinese punctuation takes the space of one character).',
  },
  check(doc, ctx) {
    const text = doc.text;
    // Seven marks: one data object and title each, not one for each of a dense draft's 200,000 marks (the
    // engine fills a message in once per data object).
    const words = new Map<string, { data: { name: string; mark: string; full: string }; title: ReturnType<typeof fixTitle> }>();
    for (const o of halfWidthMarks(doc)) {
      const mark = text[o];
      let w = words.get(mark);
      if (!w) {
        const full = FULL_WIDTH[mark];
        w = { data: { name: MARK_NAME[mark], mark, full }, title: fixTitle('toFullWidth', { mark: full }) };
        words.set(mark, w);
      }
      const { title } = w;
      ctx.report({ messageId: 'mark', data: w.data, start: o, end: o + 1, fixes: [{ title: title.title, titleId: title.titleId, titleData: title.titleData, edits: [{ start: o, end: o + 1, newText: w.data.full }], safe: true }] });
    }
  },
};
