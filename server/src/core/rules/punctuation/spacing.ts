import type { Rule } from '../rule';
import { isHanCode } from '../../text/chars';
import { protectedSpans } from '../hygiene';
import { webResidueLineSet } from '../webLines';

/**
 * Spaces in Chinese running text: before a mark (`政治责任 。`), after one (`。 持续`), and between
 * Han characters of a sentence. Indentation, title and signature lines (no 。 or ，), the space
 * after a heading marker (`第一条 为了…`) and spaced slogans in quotes are layout, not errors.
 */
const SPACES = /[ \u3000\u00a0]+/g;
const RUNNING_TEXT = /[。，]/;

// Neighbours are compared by code unit: reading them as strings allocates one per non-ASCII character.

/** 。 ， 、 ； ： ？ ！ */
function isMarkCode(c: number): boolean {
  return c === 0x3002 || c === 0xff0c || c === 0x3001 || c === 0xff1b || c === 0xff1a || c === 0xff1f || c === 0xff01;
}

/** ” ’ 》 ） 】: may stand before a mark. */
function isBeforeMarkCode(c: number): boolean {
  return c === 0x201d || c === 0x2019 || c === 0x300b || c === 0xff09 || c === 0x3011;
}

/** “ 《 （: may follow a mark. */
function isAfterMarkCode(c: number): boolean {
  return c === 0x201c || c === 0x300a || c === 0xff08;
}

function insideQuotes(content: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    const c = content.charCodeAt(i);
    if (c === 0x201c) depth++;
    else if (c === 0x201d && depth > 0) depth--;
  }
  return depth > 0;
}

export const punctuationSpacing: Rule = {
  id: 'punctuation-spacing',
  category: 'punctuation',
  defaultSeverity: 'warning',
  description: '中文正文中多余的空格：标点前后（如“政治责任 。”）或汉字之间。',
  descriptionEn: 'Stray spaces in Chinese running text: around punctuation or between Han characters.',
  fixable: true,
  scope: 'paragraph',
  check(doc, ctx) {
    const text = doc.text;
    const skip = webResidueLineSet(doc);
    let afterMarker: ReadonlySet<number> | undefined;
    const isProtected = protectedSpans(doc).cursor();
    SPACES.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SPACES.exec(text))) {
      const start = m.index;
      const end = start + m[0].length;
      const before = text.charCodeAt(start - 1);
      const after = text.charCodeAt(end);
      let message: string | undefined;
      if (isMarkCode(after) && (isHanCode(before) || isBeforeMarkCode(before))) {
        message = `标点“${text[end]}”前多了空格。标点紧跟在相应文字之后（GB/T 15834—2011 第5章），请删除空格。`;
      } else if (isMarkCode(before) && (isHanCode(after) || isAfterMarkCode(after))) {
        message = `标点“${text[start - 1]}”后多了空格。中文标点本身占一个字的位置，其后不再加空格（GB/T 15834—2011 第5章），请删除空格。`;
      } else if (m[0].indexOf('\u3000') < 0 && isHanCode(before) && isHanCode(after)) {
        afterMarker ??= new Set(doc.headings.flatMap((h) => (h.marker ? [h.marker.trailing ? h.marker.trailing.end : h.marker.end] : [])));
        if (afterMarker.has(start)) continue;
        const line = doc.lines.lineOf(start);
        const lineStart = doc.lines.lineStarts[line];
        const content = text.slice(lineStart, doc.lines.lineContentEnd(line));
        // Slogans in quotes are spaced on purpose (`“鹭引五洲 才聚八闽”`).
        if (RUNNING_TEXT.test(content) && !insideQuotes(content, start - lineStart)) {
          message = `汉字“${text[start - 1]}”与“${text[end]}”之间多了空格。中文正文字词之间不空格，请删除。`;
        }
      }
      if (!message || isProtected(start, end) || skip.has(doc.lines.lineOf(start))) continue;
      ctx.report({ message, start, end, fixes: [{ title: '删除空格', edits: [{ start, end, newText: '' }], safe: true }] });
    }
  },
};
