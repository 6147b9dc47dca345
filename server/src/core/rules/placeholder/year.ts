import type { Rule } from '../rule';
import { codes, continuesRun, eachOccurrence, leftAlone, isAsciiAlnum, reportPlaceholder, runEnd } from './scan';

export const YEAR_KIND = '年份占位符';
export const YEAR_KIND_EN = 'Year placeholder';

const OPEN_DIGITS = 'xXＸｘ×*＊';
const OPEN_RUN = codes(OPEN_DIGITS);
const CENTURY = /(?:19|20)[0-9]?/y;

/** The century (`20`, `19`, `202`) stands at [start, open). */
function centuryAt(text: string, start: number, open: number): boolean {
  if (start < 0) return false;
  CENTURY.lastIndex = start;
  const century = CENTURY.exec(text);
  return century !== null && start + century[0].length === open;
}

export const placeholderYear: Rule = {
  id: 'placeholder-year',
  category: 'placeholder',
  defaultSeverity: 'warning',
  description: '年份占位符：年份未写全（如“202x”“20XX”“20××”“20**年”）。',
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
      if (end - open > 2) return;
      let start = open - (4 - (end - open));
      if (!centuryAt(text, start, open)) {
        // One stand-in for the last two digits, before 年: `20*年`, `20×年`.
        if (end - open !== 1 || text.charCodeAt(end) !== 0x5e74 || !centuryAt(text, open - 2, open)) return;
        start = open - 2;
      }
      if (isAsciiAlnum(text.charCodeAt(start - 1)) || isAsciiAlnum(text.charCodeAt(end))) return;
      if (leftAlone(doc, start)) return;
      reportPlaceholder(ctx, start, end, 'open', { kind: YEAR_KIND, expected: 'year', fill: 'replace', text: text.slice(start, end) });
    });
  },
};
