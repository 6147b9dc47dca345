import { isHanCode } from '../core/text/chars';

/**
 * Which plain-text and Markdown files are drafts. Every `.txt` and `.md` of a workspace matches the
 * editor's file patterns, and a project README or a log is not a 公文: such a file is checked only when
 * it looks like a Chinese draft — mostly Chinese text, or a line `<!-- 公文 -->` (`<!-- gongwen -->`)
 * near its top — or once the writer has said so for its folder. Files in the `gongwen` language are
 * always drafts. Measured over the first 4,000 characters (whitespace and figures not counted): the 5
 * seeds and 43 corpus documents are 68–100 % Chinese; this project's README 32 %, ARCHITECTURE.md 0 %,
 * the rule pages 41–47 % (the drafters' guide docs/extension.md, 72 %, is Chinese prose and counts).
 */

/** How much of the text is read: a draft shows what it is on its first page. */
const SAMPLE = 4000;
/** Share of Chinese characters and punctuation among the counted characters. */
const MIN_SHARE = 0.6;
/** Fewer Han characters than this is no draft yet (a new, still empty file). */
const MIN_HAN = 5;
/** The explicit marker, on a line of its own in the first lines. */
const MARKER = /^[ \t]*<!--[ \t]*(?:公文|gongwen)[ \t]*-->[ \t]*$/m;
const MARKER_LINES = 10;

/** Full-width forms, CJK punctuation and the marks Chinese text writes with general punctuation (“”‘’…—×·). */
function isChinesePunctuationCode(c: number): boolean {
  return (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 ||
    c === 0x2026 || c === 0x2014 || c === 0xd7 || c === 0xb7;
}

function isNeutralCode(c: number): boolean {
  // Whitespace and figures (digits, `.`, `%`): as common in drafts as in code.
  return c <= 0x20 || (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x25 || c === 0xa0 || c === 0xfeff || (c >= 0xdc00 && c <= 0xdfff);
}

export function looksLikeChineseDraft(text: string): boolean {
  const end = Math.min(text.length, SAMPLE);
  let han = 0;
  let chinese = 0;
  let counted = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isNeutralCode(c)) continue;
    counted++;
    if (isHanCode(c)) {
      han++;
      chinese++;
    } else if (isChinesePunctuationCode(c)) chinese++;
  }
  if (han >= MIN_HAN && chinese >= MIN_SHARE * counted) return true;
  return MARKER.test(text.slice(0, SAMPLE).split(/\r\n|\r|\n/, MARKER_LINES).join('\n'));
}

/** Files in the `gongwen` language by name (for drafts sent as text, whose language the server does not know). */
export function isGongwenFileName(uri: string): boolean {
  return /\.(gw|gongwen)$/i.test(uri.replace(/[?#].*$/, ''));
}
