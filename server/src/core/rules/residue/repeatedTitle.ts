import type { Rule } from '../rule';
import { elementsOf } from '../../model/frame';
import { deleteLineEdit, excerpt } from '../hygiene';
import { fixTitle } from '../fixTitles';
import { related } from '../relatedMessages';

/**
 * Copies from web pages and databases print the title again in the head of the draft. The frame finds
 * such a repeat (a line before the body whose words are the title's, `(2021—2023年)` and `（2021-2023年）`
 * alike) and names it `repeated-title`; a decree that prints the title again after its own text is not one.
 */
export const residueRepeatedTitle: Rule = {
  id: 'residue-repeated-title',
  category: 'residue',
  defaultSeverity: 'warning',
  description: '标题在文首重复出现（网页、数据库复制时常见）。',
  descriptionEn: 'The title is repeated in the first lines (a copy from a web page or database).',
  fixable: true,
  messages: {
    repeated: '标题“{title}”在第 {line} 行已出现，此处重复。请删除重复的一行。',
  },
  messagesEn: {
    repeated: 'The title “{title}” already stands on line {line}; this is a repetition. Delete the repeated line.',
  },
  check(doc, ctx) {
    const title = doc.frame.title;
    if (!title) return;
    for (const repeat of elementsOf(doc.frame, 'repeated-title')) {
      ctx.report({
        messageId: 'repeated',
        data: { title: excerpt(doc.text, repeat.start, repeat.end), line: doc.lines.lineOf(title.start) + 1 },
        start: repeat.start,
        end: repeat.end,
        fixes: [{ ...fixTitle('deleteRepeatedTitle'), edits: [deleteLineEdit(doc, doc.lines.lineOf(repeat.start))], safe: true }],
        related: [related(title.start, title.end, 'firstTitle')],
      });
    }
  },
};
