import type { Rule } from '../rule';
import { codes, continuesRun, insideMarker, codeAfter, codeBefore, eachOccurrence, expectationAfter, inVerbatim, isAsciiAlnum, reportPlaceholder, runEnd, standInMessage } from './scan';
import { isChineseContextCode } from '../../text/chars';

export const LETTER_KIND = '字母占位符';

const LETTERS = 'XxＸｘ';
const LETTER_RUN = codes(LETTERS);
/** Real terms that start with X: X射线, X光, X线, X型, X轴. */
const TERMS = ['射线', '光', '线', '型', '轴', '染色体', '波段'];
/** Characters that join an X into a Latin token or formula (`1+N+X`, `I/M`, `PM_X`). */
const JOINERS = codes('+-/._&@#');

export const placeholderLetter: Rule = {
  id: 'placeholder-letter',
  category: 'placeholder',
  defaultSeverity: 'warning',
  description: '字母占位符：用“X”“XX”“xx”“XXX”代替名称或数字（如“美丽XX建设”“XX公司”“党的xx全会”）。',
  descriptionEn: 'X, XX, xx or XXX standing for a name or figure in Chinese text.',
  fixable: false,
  scope: 'paragraph',
  check(doc, ctx) {
    const text = doc.text;
    eachOccurrence(doc, LETTERS, (start) => {
      if (continuesRun(text, start, LETTER_RUN)) return;
      const end = runEnd(text, start, LETTER_RUN);
      const written = text.slice(start, end);
      const before = text.charCodeAt(start - 1);
      const after = text.charCodeAt(end);
      // Part of a Latin word, abbreviation, number or formula (`EOD`, `555X`, `1+N+X`, `xx.gov.cn`).
      if (isAsciiAlnum(before) || isAsciiAlnum(after) || JOINERS.has(before) || JOINERS.has(after)) return;
      // Must sit in Chinese text: a Chinese character or Chinese punctuation on at least one side.
      if (!isChineseContextCode(codeBefore(text, start)) && !isChineseContextCode(codeAfter(text, end))) return;
      if (written.length === 1 && TERMS.some((t) => text.startsWith(t, end))) return;
      if (inVerbatim(doc, start) || insideMarker(text, start, end)) return;
      reportPlaceholder(ctx, LETTER_KIND, start, end, standInMessage(LETTER_KIND, written, expectationAfter(text, end)));
    });
  },
};
