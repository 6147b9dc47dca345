import type { Rule } from '../rule';
import { protectedSpans } from '../hygiene';
import { isChineseContext } from '../../text/chars';
import { fixTitle } from '../fixTitles';

/** `...` `。。。` `···` or a lone/odd `…` where Chinese text needs `……` (two characters of three dots each). */
const ELLIPSIS = /\.{3,}|。{3,}|·{3,}|…+/g;

export const punctuationEllipsis: Rule = {
  id: 'punctuation-ellipsis',
  category: 'punctuation',
  defaultSeverity: 'warning',
  description: '省略号写法不规范：应为“……”，不用“...”“。。。”或单个“…”（GB/T 15834—2011 4.11）。',
  descriptionEn: 'Ellipsis written as ... or 。。。 or a single … instead of ……',
  fixable: true,
  scope: 'paragraph',
  messages: {
    ellipsis: '省略号应写作“……”（GB/T 15834—2011 4.11），此处为“{written}”。',
  },
  messagesEn: {
    ellipsis: 'An ellipsis is written “……” (GB/T 15834—2011 4.11), not “{written}”.',
  },
  check(doc, ctx) {
    const text = doc.text;
    const isProtected = protectedSpans(doc).cursor();
    ELLIPSIS.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ELLIPSIS.exec(text))) {
      const written = m[0];
      const start = m.index;
      const end = start + written.length;
      // …… is right, and two of them (…………) mark an omitted paragraph.
      if (written[0] === '…' && (written.length === 2 || written.length === 4)) continue;
      // Dots belong to Chinese text only beside it (not `1...5` or code).
      if (written[0] !== '…' && !isChineseContext(text[start - 1]) && !isChineseContext(text[end])) continue;
      if (isProtected(start, end)) continue;
      ctx.report({
        messageId: 'ellipsis',
        data: { written },
        start,
        end,
        fixes: [{ ...fixTitle('replace', { text: '……' }), edits: [{ start, end, newText: '……' }], safe: true }],
      });
    }
  },
};
