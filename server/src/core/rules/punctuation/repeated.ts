import type { Rule } from '../rule';
import { protectedSpans } from '../hygiene';

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
        message: `标点重复：“${m[0]}”应为“${m[0][0]}”。请删除多余的标点。`,
        start,
        end,
        fixes: [{ title: `改为“${m[0][0]}”`, edits: [{ start: start + 1, end, newText: '' }], safe: true }],
      });
    }
  },
};
