import type { Rule } from '../rule';
import { protectedSpans } from '../hygiene';
import { isCjk } from '../../text/chars';
import { webResidueLineSet } from '../residue/webLines';

/**
 * Spaces in Chinese running text: before a mark (`政治责任 。`), after one (`。 持续`), and between
 * Han characters of a sentence. Indentation, title and signature lines (no 。 or ，), the space
 * after a heading marker (`第一条 为了…`) and spaced slogans in quotes are layout, not errors.
 */
const SPACES = /[ \u3000\u00a0]+/g;
const MARKS = new Set(['。', '，', '、', '；', '：', '？', '！']);
const BEFORE_MARK = new Set(['”', '’', '》', '）', '】']);
const AFTER_MARK = new Set(['“', '《', '（']);
const RUNNING_TEXT = /[。，]/;

function insideQuotes(content: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    if (content[i] === '“') depth++;
    else if (content[i] === '”' && depth > 0) depth--;
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
  check(doc, ctx) {
    const text = doc.text;
    const skip = webResidueLineSet(doc);
    const afterMarker = new Set(doc.headings.flatMap((h) => (h.marker ? [h.marker.trailing ? h.marker.trailing.end : h.marker.end] : [])));
    const isProtected = protectedSpans(doc).cursor();
    SPACES.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SPACES.exec(text))) {
      const start = m.index;
      const end = start + m[0].length;
      const before = text[start - 1];
      const after = text[end];
      let message: string | undefined;
      if (MARKS.has(after) && (isCjk(before) || BEFORE_MARK.has(before))) {
        message = `标点“${after}”前多了空格。标点紧跟在相应文字之后（GB/T 15834—2011 第5章），请删除空格。`;
      } else if (MARKS.has(before) && (isCjk(after) || AFTER_MARK.has(after))) {
        message = `标点“${before}”后多了空格。中文标点本身占一个字的位置，其后不再加空格（GB/T 15834—2011 第5章），请删除空格。`;
      } else if (m[0].indexOf('\u3000') < 0 && isCjk(before) && isCjk(after) && !afterMarker.has(start)) {
        const line = doc.lines.lineOf(start);
        const lineStart = doc.lines.lineStarts[line];
        const content = text.slice(lineStart, doc.lines.lineContentEnd(line));
        // Slogans in quotes are spaced on purpose (`“鹭引五洲 才聚八闽”`).
        if (RUNNING_TEXT.test(content) && !insideQuotes(content, start - lineStart)) {
          message = `汉字“${before}”与“${after}”之间多了空格。中文正文字词之间不空格，请删除。`;
        }
      }
      if (!message || isProtected(start, end) || skip.has(doc.lines.lineOf(start))) continue;
      ctx.report({ message, start, end, fixes: [{ title: '删除空格', edits: [{ start, end, newText: '' }], safe: true }] });
    }
  },
};
