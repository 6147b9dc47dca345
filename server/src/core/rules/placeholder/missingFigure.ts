import type { Rule } from '../rule';
import { codeBefore, codes, eachOccurrence, inVerbatim, isLineBreak, reportPlaceholder } from './scan';
import { isHanCode } from '../../text/chars';

export const MISSING_FIGURE_KIND = '缺失数字';

/**
 * A unit that needs a number, where the number was never written (seed 004: `保持%`, `由年每立方米`,
 * `从年的天提高到天`, `较年累计下降27%`, `。年,我市`). Each check is a word that expects a figure
 * (由/从/较/到/达/保持/提高到…), then the bare unit, then what shows the unit is not part of a word:
 * `到年底`, `从年初`, `较年轻`, `在天边`, `达到万兆`, `年实际使用外资` stay silent.
 * Every scan finds the unit in the placeholder rules' shared scan (`eachOccurrence`) and reads the
 * words around it, which keeps a megabyte within the budget.
 */

/** A year: 由年每…, 从年的…, 较年累计…, 到年基本…; 年底/年初/年内/年度/年轻 are words. */
const YEAR_TRIGGERS = codes('由从较自于至到');
const AFTER_TRIGGERED_YEAR = codes('的每起至到累基比，,、；－—~～-以');
const CLAUSE_OPENERS = codes('。！？；，,：:');
/** A number of days: 从年的天提高到天, 达天。 */
const DAY_TRIGGERS = ['到', '从', '由', '达', '年的'];
const AFTER_DAYS = codes('，,。；、');
const DAY_VERBS = ['提高', '增加', '下降', '减少', '以上', '以下', '以内', '左右'];
/**
 * Counts and amounts ending a clause after a word that expects them: 总投资亿元，新增家。 A regular
 * expression, not `indexOf`: V8 searches characters of the U+4E00 block (个 万 亿) slowly.
 */
const COUNT = /(?:[个家项亩亿]|公里|[万亿](?:元|人次|人|吨|亩|千瓦|户))(?=[，,。；、])/g;
const COUNT_TRIGGERS = ['达到', '达', '共', '新增', '累计', '完成', '超过', '增至', '降至', '提高到', '下降到', '减少到', '增加到', '总计', '合计', '总投资', '投资'];
/** Percentage points: 提高个百分点 (found from each 百). */
const POINTS = '个百分点';
const POINT_TRIGGERS = ['提高', '下降', '降低', '增加', '减少', '上升', '高出', '达到', '达'];

function message(context: string, unit: string): string {
  const what = unit === '年' ? '年份' : '数值';
  return `${MISSING_FIGURE_KIND}：“${context}”的“${unit}”前没有数字，请在“${unit}”前填写实际${what}。`;
}

function triggerBefore(text: string, offset: number, triggers: readonly string[]): string | undefined {
  return triggers.find((t) => text.startsWith(t, offset - t.length));
}

export const placeholderMissingFigure: Rule = {
  id: 'placeholder-missing-figure',
  category: 'placeholder',
  defaultSeverity: 'warning',
  description: '缺失数字：没有任何标记，但单位前缺少数字（如“保持%”“由年每立方米45微克”“从年的天提高到天”）。',
  descriptionEn: 'A figure missing without any marker: a unit with no number before it (保持%, 由年…, 从年的天提高到天).',
  fixable: false,
  scope: 'paragraph',
  check(doc, ctx) {
    const text = doc.text;
    const report = (start: number, unit: string, context: string) => {
      if (!inVerbatim(doc, start)) reportPlaceholder(ctx, MISSING_FIGURE_KIND, start, start + unit.length, message(context, unit), 'insert');
    };
    // A percent sign right after a Chinese character has no number: 保持%, 达%.
    eachOccurrence(doc, '%％', (i) => {
      if (isHanCode(text.charCodeAt(i - 1))) report(i, text[i], text.slice(Math.max(0, i - 2), i + 1));
    });

    eachOccurrence(doc, '年', (start) => {
      const next = text.charCodeAt(start + 1);
      if (YEAR_TRIGGERS.has(text.charCodeAt(start - 1))) {
        // 以 only as 以来: 从年以来.
        if (AFTER_TRIGGERED_YEAR.has(next) && (next !== 0x4ee5 || text[start + 2] === '来')) report(start, '年', text.slice(start - 1, start + 1));
      } else if (next === 44 || next === 0xff0c || text.startsWith('万元', start + 1) || text.startsWith('亿元', start + 1)) {
        // A clause that opens with the bare year: `。年,我市…`, `，年万元生产总值…`.
        const opener = codeBefore(text, start);
        if (Number.isNaN(opener) || isLineBreak(opener) || CLAUSE_OPENERS.has(opener)) report(start, '年', text.slice(start, start + 3));
      }
    });

    eachOccurrence(doc, '天', (start) => {
      const trigger = triggerBefore(text, start, DAY_TRIGGERS);
      if (!trigger) return;
      if (AFTER_DAYS.has(text.charCodeAt(start + 1)) || DAY_VERBS.some((v) => text.startsWith(v, start + 1))) report(start, '天', trigger + '天');
    });

    COUNT.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = COUNT.exec(text))) {
      const trigger = triggerBefore(text, m.index, COUNT_TRIGGERS);
      if (trigger) report(m.index, m[0], trigger + m[0]);
    }

    eachOccurrence(doc, '百', (i) => {
      const start = i - 1;
      if (!text.startsWith(POINTS, start)) return;
      const trigger = triggerBefore(text, start, POINT_TRIGGERS);
      if (trigger) report(start, POINTS, trigger + POINTS);
    });
  },
};
