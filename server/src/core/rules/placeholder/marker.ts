import type { Rule } from '../rule';
import { atLineStart, codeBefore, codes, eachOccurrence, leftAlone, reportStandIn, STAND_IN_MESSAGES, standInMessagesEn } from './scan';

export const MARKER_KIND = '方括号占位符';
export const MARKER_KIND_EN = 'Bracket placeholder';

const OPENERS = '[［【';
/**
 * From an opening bracket: `[X]` `【X】` `[ ]` `【】` `［××］`, brackets holding only stand-in characters
 * or nothing. Brackets with real content (`〔2021〕`, `[2008]`, `【字号】`) are not placeholders.
 */
const BRACKETED = /[[［【](?:[ \u3000]*[XxＸｘ×＊*?？]+[ \u3000]*|[ \u3000]*)[\]］】]/y;
const BULLETS = codes('-*+');

export const placeholderMarker: Rule = {
  id: 'placeholder-marker',
  category: 'placeholder',
  defaultSeverity: 'warning',
  description: '方括号占位符：“[X]”“【X】”“[ ]”等尚未填写的标记。',
  descriptionEn: 'A bracketed placeholder such as [X], 【X】 or [ ] not yet filled in.',
  fixable: false,
  messages: STAND_IN_MESSAGES,
  messagesEn: standInMessagesEn(MARKER_KIND_EN),
  scope: 'paragraph',
  check(doc, ctx) {
    const text = doc.text;
    eachOccurrence(doc, OPENERS, (start) => {
      BRACKETED.lastIndex = start;
      const m = BRACKETED.exec(text);
      if (!m || leftAlone(doc, start)) return;
      const end = start + m[0].length;
      // `- [ ] task` / `- [x] done`: a Markdown task-list box.
      const bullet = codeBefore(text, start);
      if (BULLETS.has(bullet) && atLineStart(text, text.lastIndexOf(String.fromCharCode(bullet), start))) return;
      reportStandIn(ctx, MARKER_KIND, text, start, end);
    });
  },
};
