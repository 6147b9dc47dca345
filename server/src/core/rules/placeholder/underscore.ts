import type { Rule } from '../rule';
import { codes, continuesRun, eachOccurrence, expectationAfter, leftAlone, isAsciiAlnum, reportPlaceholder, runEnd, standInMessage } from './scan';
import { isChineseContextCode } from '../../text/chars';

export const UNDERSCORE_KIND = '下划线占位符';

const UNDERSCORES = '_＿';
const UNDERSCORE_RUN = codes(UNDERSCORES);

export const placeholderUnderscore: Rule = {
  id: 'placeholder-underscore',
  category: 'placeholder',
  defaultSeverity: 'warning',
  description: '下划线占位符：汉字旁的“_”“___”是待填写的空白（如“深入贯彻_生态文明思想”）。',
  descriptionEn: 'An underscore blank between Chinese characters.',
  fixable: false,
  scope: 'paragraph',
  check(doc, ctx) {
    const text = doc.text;
    eachOccurrence(doc, UNDERSCORES, (start) => {
      if (continuesRun(text, start, UNDERSCORE_RUN)) return;
      const end = runEnd(text, start, UNDERSCORE_RUN);
      const written = text.slice(start, end);
      // `__粗体__`: Markdown strong emphasis, not a blank.
      if (end - start === 2) return;
      const before = text.charCodeAt(start - 1);
      const after = text.charCodeAt(end);
      // `PM_2.5`, `file_name`: part of a Latin token.
      if (isAsciiAlnum(before) || isAsciiAlnum(after)) return;
      if (!isChineseContextCode(before) && !isChineseContextCode(after)) return;
      if (leftAlone(doc, start)) return;
      reportPlaceholder(ctx, UNDERSCORE_KIND, start, end, standInMessage(UNDERSCORE_KIND, written, expectationAfter(text, end)));
    });
  },
};
