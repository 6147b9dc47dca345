import type { Rule } from '../rule';
import { protectedSpans } from '../hygiene';
import { isChineseContext } from '../../text/chars';

/** `--` `－－` `—-` typed for the dash: Chinese text needs `——` (two em dashes). A single — is the connector (`深圳—香港`). */
const FAKE_DASH = /-{2,}|－{2,}|—-|-—/g;

export const punctuationDash: Rule = {
  id: 'punctuation-dash',
  category: 'punctuation',
  defaultSeverity: 'warning',
  description: '破折号写法不规范：应为“——”，不用“--”（GB/T 15834—2011 4.10）。',
  descriptionEn: 'Dash written as -- instead of ——',
  fixable: true,
  scope: 'paragraph',
  check(doc, ctx) {
    const text = doc.text;
    if (!text.includes('--') && !text.includes('－－') && !text.includes('—-') && !text.includes('-—')) return;
    const isProtected = protectedSpans(doc).cursor();
    FAKE_DASH.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = FAKE_DASH.exec(text))) {
      const start = m.index;
      const end = start + m[0].length;
      if (!isChineseContext(text[start - 1]) && !isChineseContext(text[end])) continue;
      if (isProtected(start, end)) continue;
      ctx.report({
        message: `破折号应写作“——”（GB/T 15834—2011 4.10），此处为“${m[0]}”。`,
        start,
        end,
        fixes: [{ title: '改为“——”', edits: [{ start, end, newText: '——' }], safe: true }],
      });
    }
  },
};
