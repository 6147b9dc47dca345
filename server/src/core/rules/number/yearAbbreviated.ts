import type { Rule } from '../rule';
import { offsetsOf } from '../hygiene';
import { fixTitle } from '../fixTitles';

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * `24年底`, `21年3月`, `23年度`: a two-digit year. Only where what follows makes it a calendar year
 * (底/初/末/上半年/度/月/季度), or what stands before it a point in time (POINT_BEFORE), so durations
 * (`连续12年`, `30年`) stay silent.
 */
const CALENDAR_YEAR_AFTER = /底|初|末|[上下]半年|度|[1-9]月|1[0-2]月|[一二三四五六七八九十]{1,2}月|第?[一二三四1-4]季度/y;
/** Before the two digits: a longer number or a word (`2024年`, `PM25年`) is no short year. */
const LONGER_TOKEN = /[0-9０-９.．A-Za-z]/;
/**
 * Or after a word that starts or ends a span at a point in time (`自21年以来`, `从22年起`, `截至23年`), unless
 * what follows makes it a count (`21年来`, `从20年前`, `21年间`, `从21年多`) or a decade (`从80年代起`).
 */
const POINT_BEFORE = /(?:自|从|截至|截止到|直至)$/;
const COUNT_AFTER = /[来前后间内里多余半代]/;
/** Words before a number that make it a count of years. */
const DURATION_BEFORE = /(?:连续|近|约|超过|逾|满|历时|经过|用了|第)$/;

export const numberYearAbbreviated: Rule = {
  id: 'number-year-abbreviated',
  category: 'number',
  defaultSeverity: 'warning',
  description: '年份简写（如“24年底”应为“2024年底”）（GB/T 15835—2011 5.1.4）。',
  descriptionEn: 'Abbreviated two-digit year (24年 for 2024年).',
  fixable: false,
  scope: 'paragraph',
  messages: {
    abbreviated: '年份不应简写：“{digits}年”应写全为“{full}年”（GB/T 15835—2011 5.1.4）。请核对年份。',
  },
  messagesEn: {
    abbreviated: 'Years are not abbreviated: write “{digits}年” in full as “{full}年” (GB/T 15835—2011 5.1.4). Check the year.',
  },
  check(doc, ctx) {
    const text = doc.text;
    // From each 年 (its offsets are shared with the other number rules) back to two digits before it.
    for (const year of offsetsOf(doc, '年')) {
      const start = year - 2;
      if (start < 0 || !isDigitCode(text.charCodeAt(start)) || !isDigitCode(text.charCodeAt(start + 1))) continue;
      if (start > 0 && LONGER_TOKEN.test(text[start - 1])) continue;
      CALENDAR_YEAR_AFTER.lastIndex = year + 1;
      const point = POINT_BEFORE.test(text.slice(Math.max(0, start - 3), start)) && !COUNT_AFTER.test(text[year + 1] ?? '');
      if (!point && !CALENDAR_YEAR_AFTER.test(text)) continue;
      if (DURATION_BEFORE.test(text.slice(Math.max(0, start - 2), start))) continue;
      const digits = text.slice(start, year);
      const yy = Number(digits);
      const full = `${yy >= 50 ? 19 : 20}${digits}`;
      const end = start + 2;
      ctx.report({
        messageId: 'abbreviated',
        data: { digits, full },
        start,
        end,
        fixes: [{ ...fixTitle('replace', { text: `${full}年` }), edits: [{ start, end, newText: full }], safe: false }],
      });
    }
  },
};
