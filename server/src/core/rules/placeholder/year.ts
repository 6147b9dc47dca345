import type { Rule } from '../rule';
import { codes, continuesRun, eachOccurrence, leftAlone, isAsciiAlnum, reportPlaceholder, runEnd } from './scan';

export const YEAR_KIND = '年份占位符';
export const YEAR_KIND_EN = 'Year placeholder';

const OPEN_DIGITS = 'xXＸｘ×';
const OPEN_RUN = codes(OPEN_DIGITS);
const CENTURY = /(?:19|20)[0-9]?/y;

export const placeholderYear: Rule = {
  id: 'placeholder-year',
  category: 'placeholder',
  defaultSeverity: 'warning',
  description: '年份占位符：年份未写全（如“202x”“20XX”“20××”）。',
  descriptionEn: 'A year with its last digits left open (202x, 20XX).',
  fixable: false,
  scope: 'paragraph',
  messages: {
    open: '年份占位符“{text}”：年份未写全，请填写实际年份。',
  },
  messagesEn: {
    open: 'Year placeholder “{text}”: the year is not written in full. Fill in the actual year.',
  },
  check(doc, ctx) {
    const text = doc.text;
    // From the open digits back to the century: `202x`, `20XX`, `19xx`.
    eachOccurrence(doc, OPEN_DIGITS, (open) => {
      if (continuesRun(text, open, OPEN_RUN)) return;
      const end = runEnd(text, open, OPEN_RUN);
      const start = open - (4 - (end - open));
      if (end - open > 2 || start < 0) return;
      CENTURY.lastIndex = start;
      const century = CENTURY.exec(text);
      if (!century || start + century[0].length !== open) return;
      if (isAsciiAlnum(text.charCodeAt(start - 1)) || isAsciiAlnum(text.charCodeAt(end))) return;
      if (leftAlone(doc, start)) return;
      reportPlaceholder(ctx, start, end, 'open', { kind: YEAR_KIND, expected: 'year', fill: 'replace', text: text.slice(start, end) });
    });
  },
};
