import type { Rule } from '../rule';
import { codes, continuesRun, eachOccurrence, leftAlone, isAsciiAlnum, runEnd, reportStandIn, STAND_IN_MESSAGES, standInMessagesEn } from './scan';
import { isChineseContextCode } from '../../text/chars';
import { siteSuffixAfterTitle } from '../../parser/chrome';

export const UNDERSCORE_KIND = '下划线占位符';
export const UNDERSCORE_KIND_EN = 'Underscore placeholder';

const UNDERSCORES = '_＿';
const UNDERSCORE_RUN = codes(UNDERSCORES);

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
      // `__粗体__`: Markdown strong emphasis, not a blank.
      if (end - start === 2) return;
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
