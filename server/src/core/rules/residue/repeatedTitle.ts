import type { Rule } from '../rule';
import type { Paragraph } from '../../model/document';
import { deleteLineEdit, excerpt } from '../hygiene';
import { webResidueLineSet } from '../webLines';

/** Copies from web pages and databases repeat the title within the first lines, before the text begins. */
const HEAD_PARAGRAPHS = 12;
const SENTENCE = /[。；！？]/;

/** The title's words only: copies differ in bracket width and dashes (`(2021—2023年)` / `（2021-2023年）`). */
function titleKey(s: string): string {
  return s.replace(/[^\p{L}\p{N}]/gu, '').replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

export const residueRepeatedTitle: Rule = {
  id: 'residue-repeated-title',
  category: 'residue',
  defaultSeverity: 'warning',
  description: '标题在文首重复出现（网页、数据库复制时常见）。',
  descriptionEn: 'The title is repeated in the first lines (a copy from a web page or database).',
  fixable: true,
  check(doc, ctx) {
    const residue = webResidueLineSet(doc);
    const seen = new Map<string, Paragraph>();
    for (const p of doc.paragraphs.slice(0, HEAD_PARAGRAPHS)) {
      if (residue.has(p.line)) continue;
      const content = doc.text.slice(p.start, p.end);
      // The head ends at the first sentence: a decree that prints the title again before its text is not a copy artefact.
      if (SENTENCE.test(content)) break;
      if (content.length < 4 || content.length > 100) continue;
      const key = titleKey(content);
      if (key.length < 4) continue;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, p);
        continue;
      }
      ctx.report({
        message: `标题“${excerpt(doc.text, p.start, p.end)}”在第 ${first.line + 1} 行已出现，此处重复。请删除重复的一行。`,
        start: p.start,
        end: p.end,
        fixes: [{ title: '删除重复的标题行', edits: [deleteLineEdit(doc, p.line)], safe: true }],
        related: [{ start: first.start, end: first.end, message: '标题首次出现处' }],
      });
    }
  },
};
