import type { Rule } from '../rule';

/**
 * A rise, a fall or a share given as a bare number: `比上年增长12.5；`, `同比下降3.2，`, `占比18.6。`,
 * `由28%提高到30，`. Official writing always gives such a figure its unit (`%`, `个百分点`, `倍`, `万元`…); a bare
 * one ending its clause is a unit a converter or an editor dropped (`12.5%` read as `12.5`). Left alone:
 * - a unit after the number (`增长12.5倍`, `下降0.3个百分点`), or anything but clause punctuation after it
 *   (`缩小至2.27:1` is a ratio; a number at a line's end may go on with its unit on the next line, a PDF's wrap);
 * - quantities that have no unit: a coefficient, an index, a ratio, a score, a rank (`基尼系数为0.465，比上年下降0.003，`,
 *   `综合指数同比下降0.12。`, `收入比下降0.03`, `排名上升3，`): those words in the sentence before the number;
 * - a rule of scoring (`每提高0.1，加1分`), an item of a list whose unit comes last (`分别增长12.5、13.6%`),
 *   a version (`提升到2.0，`), and a whole number after 增加/减少 (counts: `每减少1，扣0.5分`).
 */
const CHANGE = /(增长|下降|提高|降低|减少|增加|上升|回落|上涨|下滑|增幅|降幅|涨幅|占比|比重)(了)?(到|至|为)?[ \t\u3000]*(\d+(?:\.\d+)?)(?=[ \t\u3000]*[，。；、,;！？!?）)和及])/g;
/** The next item of a list of bare figures: `、12.6`, `和45.5`. */
const LIST_ITEM = /^[ \t\u3000]*[、和及][ \t\u3000]*(\d+(?:\.\d+)?)(?![\d.])/;
/** Clause punctuation right after the number (blanks allowed): no unit follows. */
const CLAUSE_END = /^[ \t\u3000]*[，。；,;！？!?）)]|^[ \t\u3000]*、(?![ \t\u3000]*\d)/;

/** Words in the sentence before the number naming a quantity that has no unit. */
const UNITLESS = [
  '系数', '指数', '比值', '收入比', '之比', '容积率', '评分', '得分', '分值', '分数', '排名', '位次', '名次', '版本', '等级',
  'PMI', 'CPI', 'PPI', 'AQI',
];
/** How far back the sentence is read for them (`基尼系数为0.465，比上年下降0.003，`). */
const SENTENCE_REACH = 80;
const SENTENCE_ENDS = /[。；！？;!?\n\r]/;
/** A figure of its own with no unit, as a coefficient or an index has: `最高点0.491后，`, `降至0.468，`. */
const BARE_DECIMAL = /\d\.\d+(?=[，,；;、后时])/;

/**
 * The change is a unitless quantity's: such a word in this clause or the one before (`基尼系数为0.465，比上年下降0.003`),
 * or further back with a bare decimal of its own between (`基尼系数…达到最高点0.491后，…累计下降0.023`). Further back
 * with none between it names another figure (`综合算力指数全国第一，…比重提高到25.5`).
 */
function unitlessSubject(before: string): boolean {
  let clauses = before.length;
  for (let commas = 0; clauses > 0; clauses--) {
    if (/[，,]/.test(before[clauses - 1]) && ++commas === 2) break;
  }
  for (const w of UNITLESS) {
    const at = before.lastIndexOf(w);
    if (at < 0) continue;
    if (at >= clauses || BARE_DECIMAL.test(before.slice(at))) return true;
  }
  return false;
}

/** Whole numbers after these count things (`人数增加2，`, `每减少1，`): a measure word is not always written. */
const COUNT_VERBS = new Set(['增加', '减少']);

export const numberMissingUnit: Rule = {
  id: 'number-missing-unit',
  category: 'number',
  defaultSeverity: 'warning',
  description: '增减幅度、比重的数字缺少单位（如“比上年增长12.5；”中“12.5”后缺“%”）：增长、下降、占比等后的数字直接以标点结束。',
  descriptionEn: 'A rise, fall or share given as a bare number ending its clause (比上年增长12.5；): its unit (%, 个百分点, 倍…) is missing.',
  fixable: false,
  scope: 'paragraph',
  // data: word (增长, 下降到…), figure, written (word and figure as in the text).
  messages: {
    unit: '数字缺少单位：“{written}”的“{figure}”后没有单位。增减幅度、比重应写明单位，请在“{figure}”后补上实际单位（如“%”“个百分点”“倍”“万元”）。',
  },
  messagesEn: {
    unit: 'A figure without its unit: “{figure}” in “{written}” has none. A rise, fall or share is written with its unit: add the actual unit after “{figure}” (such as %, 个百分点, 倍, 万元).',
  },
  check(doc, ctx) {
    const text = doc.text;
    CHANGE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CHANGE.exec(text))) {
      const [written, verb, , particle, first] = m;
      if (!first.includes('.') && COUNT_VERBS.has(verb)) continue;
      // A version: 提升到2.0, 升级至3.0.
      if (particle !== undefined && first.endsWith('.0')) continue;
      // A list of figures after the word takes its unit with its last item (分别增长10.6、12.6%): the last item is read.
      let figureStart = m.index + written.length - first.length;
      let figureEnd = figureStart + first.length;
      for (let item = LIST_ITEM.exec(text.slice(figureEnd, figureEnd + 24)); item; item = LIST_ITEM.exec(text.slice(figureEnd, figureEnd + 24))) {
        figureStart = figureEnd + item[0].length - item[1].length;
        figureEnd = figureStart + item[1].length;
      }
      if (!CLAUSE_END.test(text.slice(figureEnd, figureEnd + 4))) continue;
      const figure = text.slice(figureStart, figureEnd);
      // The sentence before: a quantity without unit, or a rule of scoring (每提高0.1).
      let from = m.index;
      while (from > Math.max(0, m.index - SENTENCE_REACH) && !SENTENCE_ENDS.test(text[from - 1])) from--;
      const before = text.slice(from, m.index);
      if (before.endsWith('每') || unitlessSubject(before)) continue;
      ctx.report({ messageId: 'unit', data: { word: verb + (m[2] ?? '') + (particle ?? ''), figure, written: text.slice(m.index, figureEnd) }, start: figureStart, end: figureEnd });
    }
  },
};
