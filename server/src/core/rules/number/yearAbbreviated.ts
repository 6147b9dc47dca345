import type { Rule } from '../rule';

/**
 * `24年底`, `21年3月`, `23年度`: a two-digit year. Only where what follows makes it a calendar year
 * (底/初/末/上半年/度/月/季度), so durations (`连续12年`, `30年`) stay silent.
 */
const SHORT_YEAR = /(?<![0-9０-９.．A-Za-z])([0-9]{2})年(?=底|初|末|[上下]半年|度|[1-9]月|1[0-2]月|[一二三四五六七八九十]{1,2}月|第?[一二三四1-4]季度)/g;
/** Words before a number that make it a count of years. */
const DURATION_BEFORE = /(?:连续|近|约|超过|逾|满|历时|经过|用了|第)$/;

export const numberYearAbbreviated: Rule = {
  id: 'number-year-abbreviated',
  category: 'number',
  defaultSeverity: 'warning',
  description: '年份简写（如“24年底”应为“2024年底”）（GB/T 15835—2011 5.1.4）。',
  descriptionEn: 'Abbreviated two-digit year (24年 for 2024年).',
  fixable: false,
  check(doc, ctx) {
    const text = doc.text;
    SHORT_YEAR.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SHORT_YEAR.exec(text))) {
      if (DURATION_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
      const yy = Number(m[1]);
      const full = `${yy >= 50 ? 19 : 20}${m[1]}`;
      const start = m.index;
      const end = start + 2;
      ctx.report({
        message: `年份不应简写：“${m[1]}年”应写全为“${full}年”（GB/T 15835—2011 5.1.4）。请核对年份。`,
        start,
        end,
        fixes: [{ title: `改为“${full}年”`, edits: [{ start, end, newText: full }], safe: false }],
      });
    }
  },
};
