import type { Rule } from '../rule';
import { codes, continuesRun, eachOccurrence, leftAlone, isAsciiAlnum, runEnd, reportStandIn, STAND_IN_MESSAGES, standInMessagesEn } from './scan';
import { isChineseContextCode } from '../../text/chars';
import type { PolicyDocument } from '../../model/document';
import { siteSuffixAfterTitle } from '../../parser/chrome';

export const UNDERSCORE_KIND = '下划线占位符';
export const UNDERSCORE_KIND_EN = 'Underscore placeholder';

const UNDERSCORES = '_＿';
const UNDERSCORE_RUN = codes(UNDERSCORES);

/** What Markdown's strong emphasis encloses: two characters at least, within one clause. */
const EMPHASISED = /^[^\s_＿，。；！？,;!?]{2,}$/;

/**
 * The `__` at `start` pairs with another on its line around a phrase, as Markdown's strong emphasis does
 * (`__重点__`, `__以上内容须在会前完成__`); runs pair in order along the line. Around one character, or across
 * a clause, they are blanks (`于__月__日`, `下降__%，`).
 */
function strongEmphasis(doc: PolicyDocument, start: number): boolean {
  const text = doc.text;
  const line = doc.lines.lineOf(start);
  const lineEnd = doc.lines.lineContentEnd(line);
  let open = -1;
  for (let i = text.indexOf('__', doc.lines.lineStarts[line]); i >= 0 && i < lineEnd; ) {
    const end = runEnd(text, i, UNDERSCORE_RUN);
    if (end - i === 2) {
      if (open >= 0 && EMPHASISED.test(text.slice(open + 2, i))) {
        if (open === start || i === start) return true;
        open = -1;
      } else open = i;
    }
    if (i > start && open !== start) return false;
    i = text.indexOf('__', end);
  }
  return false;
}

export const placeholderUnderscore: Rule = {
  id: 'placeholder-underscore',
  category: 'placeholder',
  defaultSeverity: 'warning',
  description: '下划线占位符：汉字旁的“_”“___”是待填写的空白（如“深入贯彻_生态文明思想”）。',
  descriptionEn: 'An underscore blank between Chinese characters.',
  fixable: false,
  messages: STAND_IN_MESSAGES,
  messagesEn: standInMessagesEn(UNDERSCORE_KIND_EN),
  scope: 'paragraph',
  check(doc, ctx) {
    const text = doc.text;
    eachOccurrence(doc, UNDERSCORES, (start) => {
      if (continuesRun(text, start, UNDERSCORE_RUN)) return;
      const end = runEnd(text, start, UNDERSCORE_RUN);
      // `__粗体__`: Markdown strong emphasis, not a blank (`于__月__日`, `下降__%` are blanks).
      if (end - start === 2 && strongEmphasis(doc, start)) return;
      const before = text.charCodeAt(start - 1);
      const after = text.charCodeAt(end);
      // `PM_2.5`, `file_name`: part of a Latin token.
      if (isAsciiAlnum(before) || isAsciiAlnum(after)) return;
      if (!isChineseContextCode(before) && !isChineseContextCode(after)) return;
      if (leftAlone(doc, start)) return;
      // `…的通知_某某市人民政府门户网站`: a browser title's separator before the site's name (residue-web-navigation's).
      const line = doc.lines.lineOf(start);
      if (siteSuffixAfterTitle(text, doc.lines.lineStarts[line], doc.lines.lineContentEnd(line), start)) return;
      reportStandIn(ctx, UNDERSCORE_KIND, text, start, end);
    });
  },
};
