import type { Rule } from '../rule';
import { protectedSpans } from '../hygiene';
import { fixTitle } from '../fixTitles';

/** `。。` `，，` `、、` `；；` `：：`: a mark typed twice. Three or more full stops are a wrong ellipsis (punctuation-ellipsis). */
const REPEATED = /(?<!。)。。(?!。)|，{2,}|、{2,}|；{2,}|：{2,}/g;

export const punctuationRepeated: Rule = {
  id: 'punctuation-repeated',
  category: 'punctuation',
  defaultSeverity: 'warning',
  description: '标点重复（如“。。”“，，”“、、”）。',
  descriptionEn: 'A punctuation mark typed twice (。。, ，，, 、、).',
  fixable: true,
  scope: 'paragraph',
  messages: {
    repeated: '标点重复：“{written}”应为“{mark}”。请删除多余的标点。',
  },
  messagesEn: {
    repeated: 'Repeated punctuation: “{written}” should be “{mark}”. Delete the extra mark.',
  },
  check(doc, ctx) {
    const isProtected = protectedSpans(doc).cursor();
    REPEATED.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = REPEATED.exec(doc.text))) {
      const start = m.index;
      const end = start + m[0].length;
      // `5、、市城管局`: the first 、 belongs to a page number, reported as residue.
      if (isProtected(start, end)) continue;
      ctx.report({
        messageId: 'repeated',
        data: { written: m[0], mark: m[0][0] },
        start,
        end,
        fixes: [{ ...fixTitle('replace', { text: m[0][0] }), edits: [{ start: start + 1, end, newText: '' }], safe: true }],
      });
    }
  },
};
