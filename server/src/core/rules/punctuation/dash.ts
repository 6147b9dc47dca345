import type { Rule } from '../rule';
import { protectedSpans } from '../hygiene';
import { isChineseContext } from '../../text/chars';
import { fixTitle } from '../fixTitles';

/**
 * A dash typed with the wrong characters: Chinese text needs `——` (two em dashes, GB/T 15834—2011 4.10).
 * Two of `-` `－` `―` (U+2015) `─` (U+2500) `–` (U+2013) are a dash (safe fix); one `―` `─` `–` beside Chinese text
 * is a dash or a connector — a single em dash `—` is the connector 一字线 (4.13) — so both readings are offered.
 * `—` alone is the connector and right; runs of three or more `─` or `-` are table rules; `2021–2023` is a range.
 */
const FAKE_DASH = /-{2,}|－{2,}|—-|-—|―{1,2}|─+|–{1,2}/g;
const SINGLE = /^[―─–]$/;

function isDigitCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

export const punctuationDash: Rule = {
  id: 'punctuation-dash',
  category: 'punctuation',
  defaultSeverity: 'warning',
  description: '破折号写法不规范：应为“——”，不用“--”“――”“──”“–”（GB/T 15834—2011 4.10）。',
  descriptionEn: 'A dash written as --, ――, ── or – instead of ——',
  fixable: true,
  scope: 'paragraph',
  messages: {
    dash: '破折号应写作“——”（GB/T 15834—2011 4.10），此处为“{written}”。',
    single: '“{written}”不是中文标点：用作破折号应写作“——”（GB/T 15834—2011 4.10），用作连接号应写作一字线“—”（GB/T 15834—2011 4.13）。',
  },
  messagesEn: {
    dash: 'A dash is written “——” (GB/T 15834—2011 4.10), not “{written}”.',
    single: '“{written}” is no Chinese punctuation mark: as a dash write “——” (GB/T 15834—2011 4.10), as a connecting mark the one-character “—” (GB/T 15834—2011 4.13).',
  },
  check(doc, ctx) {
    const text = doc.text;
    if (!/--|－－|—-|-—|[―─–]/.test(text)) return;
    const isProtected = protectedSpans(doc).cursor();
    FAKE_DASH.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = FAKE_DASH.exec(text))) {
      const written = m[0];
      const start = m.index;
      const end = start + written.length;
      // A table rule (`────`, `----`) is no dash.
      if ((written[0] === '─' || written[0] === '-') && written.length > 2) continue;
      // Beside Chinese text, or opening a line (a subtitle `——2026年1月26日在…`).
      const lineStart = start === 0 || text[start - 1] === '\n' || text[start - 1] === '\r';
      if (!lineStart && !isChineseContext(text[start - 1]) && !isChineseContext(text[end])) continue;
      // `2021–2023`: a range between figures is the connector's business.
      if (written.length === 1 && isDigitCode(text.charCodeAt(start - 1)) && isDigitCode(text.charCodeAt(end))) continue;
      if (isProtected(start, end)) continue;
      if (SINGLE.test(written)) {
        ctx.report({
          messageId: 'single', data: { written }, start, end,
          fixes: [
            { ...fixTitle('toDash'), edits: [{ start, end, newText: '——' }], safe: false },
            { ...fixTitle('toConnector'), edits: [{ start, end, newText: '—' }], safe: false },
          ],
        });
      } else {
        ctx.report({ messageId: 'dash', data: { written }, start, end, fixes: [{ ...fixTitle('replace', { text: '——' }), edits: [{ start, end, newText: '——' }], safe: true }] });
      }
    }
  },
};
