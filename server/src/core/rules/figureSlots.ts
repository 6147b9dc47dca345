import { charCodeTable, isArabicDigitCode, isHanCode, isWhitespaceCode } from '../text/chars';

/**
 * Where a figure is to be written: the words that expect one after them, the units that need one before
 * them, and spaces a writer left for a figure to fill in later (`增长　%`, `于　月　日前`). Shared by
 * placeholder-missing-figure, which reports a unit with no figure and a blank left for one, and
 * punctuation-spacing, for which such a blank is a place to fill, not a stray space to delete.
 */

export const PERCENT_UNITS = ['%', '％', '‰', '个百分点'];
export const COMPOUND_UNITS = [
  '万亿元', '亿元', '万元', '亿美元', '万美元', '万亩', '万吨', '亿吨', '万人次', '亿人次', '万户', '万人', '万千瓦时', '万千瓦',
  '千瓦时', '千瓦', '兆瓦', '万平方米', '平方米', '平方公里', '万立方米', '亿立方米', '立方米', '公里', '千米', '万辆', '万家',
  '万个', '万套', '万件', '万台', '万株', '万头', '万只',
];

/**
 * Words that expect a figure right after them. Indexed by last character: each position tries only the
 * words that could end there.
 */
const FIGURE_TRIGGERS = [
  '使用', '筹措', '统筹', '争取', '支出', '列支', '处以', '罚款', '扩大至', '扩大到', '升至', '增加至', '提高至', '减至', '压减至',
  '控制在', '稳定在', '维持在',
  '达到', '达', '新增', '累计', '建成', '超过', '超', '近', '约', '保持在', '保持', '高于', '低于', '占', '占比', '增长', '下降', '完成',
  '安排', '改造', '增加', '减少', '提高', '降低', '提升', '共有', '总计', '合计', '共计', '增至', '降至', '提高到', '下降到', '减少到',
  '增加到', '提升到', '达到了', '新建', '培育', '引进', '实现', '突破', '不少于', '不低于', '不超过', '至少', '多达', '仅', '只有',
  '分别', '分别为', '分别达到', '约为', '高出', '超出', '创建', '认定', '投入', '筹集', '发行', '拨付', '下达', '发放', '惠及',
  '覆盖', '带动', '吸纳', '新开工', '开工', '竣工', '签约', '招引', '新当选', '入选', '获批', '培训', '接待', '举办', '召开', '开展',
  '压减', '淘汰', '整治', '总投资', '投资', '同比增长', '同比下降', '年均增长', '增速', '比例', '比重', '面积',
];
const TRIGGERS_BY_END = new Map<number, string[]>();
for (const t of FIGURE_TRIGGERS) {
  const c = t.charCodeAt(t.length - 1);
  const list = TRIGGERS_BY_END.get(c) ?? [];
  list.push(t);
  TRIGGERS_BY_END.set(c, list.sort((a, b) => b.length - a.length));
}

/** The word expecting a figure that ends at `offset`, if one does (the longest). */
export function triggerBefore(text: string, offset: number): string | undefined {
  const candidates = TRIGGERS_BY_END.get(text.charCodeAt(offset - 1));
  if (candidates) for (const t of candidates) if (text.startsWith(t, offset - t.length)) return t;
  return undefined;
}

/** More spaces than this are layout (a signature set to the right, a form's column), not a figure's place. */
const MAX_FIGURE_BLANK = 4;

/** Why a blank stands for a figure. */
export type BlankEvidence = 'trigger' | 'list' | 'ordinal' | 'date' | 'after-word';

export interface FigureBlank {
  /** What follows the blank and needs the figure: a unit (`%`, `亿元`), a measure word (`家`), 年, 月 or 日. */
  readonly unit: string;
  readonly evidence: BlankEvidence;
}

/** Units after a blank, longest first by first character. */
const UNITS_BY_START = new Map<number, string[]>();
for (const u of [...PERCENT_UNITS, ...COMPOUND_UNITS]) {
  const list = UNITS_BY_START.get(u.charCodeAt(0)) ?? [];
  list.push(u);
  UNITS_BY_START.set(u.charCodeAt(0), list.sort((a, b) => b.length - a.length));
}
/** Measure words a blank after a word expecting a figure leaves without its count (`新增　家`, `开展　次`). */
const BLANK_MEASURES = charCodeTable('家个项座名次倍元亩台户件辆套条批期天处届轮场位所');
/**
 * Measure words that end a count after a noun and a blank (`加装电梯  台，`, `师生　人。`): not 元, 天 or 位, which end
 * a name padded to the width of three characters (`王　元、`) more often than a count.
 */
const AFTER_WORD_MEASURES = charCodeTable('家个项座名次件台户辆套处人');
/** What follows a count that ends its phrase: clause punctuation, or 以上/以下/左右/以内. */
const PHRASE_END = charCodeTable('，。；、：！？）,;:!?)');
const PHRASE_END_WORDS = ['以上', '以下', '左右', '以内'];
/** After 第, a measure word with no ordinal: `第　次会议`. */
const ORDINAL_MEASURES = charCodeTable('次届批期轮个项条款章节名位场季');
/** Words before a date not yet fixed: `于　月　日前`, `截至　月底`, `自　年　月起`. */
const DATE_TRIGGERS = charCodeTable('于至到自从在止为');
/** What 年 after a blank is followed by when it is a year to fill: `　年　月`, `到　年底`. */
const AFTER_BLANK_YEAR = charCodeTable('底初末内');
/** The figures a year, a month or a day is written in: Arabic (ASCII or full-width) and Chinese. */
export const DATE_FIGURES = charCodeTable('0123456789０１２３４５６７８９〇○零一二三四五六七八九');
const LIST_SEPARATORS = charCodeTable('、和与及或至～~');
export const NIAN = 0x5e74; // 年
export const YUE = 0x6708; // 月
export const RI = 0x65e5; // 日

/** The blank run before `at`, from where it starts (`at` when none, or when longer than a figure's place). */
export function blankStartBefore(text: string, at: number): number {
  let from = at;
  while (from > 0 && at - from < MAX_FIGURE_BLANK + 1 && isWhitespaceCode(text.charCodeAt(from - 1))) from--;
  return at - from > MAX_FIGURE_BLANK ? at : from;
}

/** The end of the blank run from `at` (`at` when none), at most a figure's place long. */
export function blankEndAfter(text: string, at: number): number {
  let end = at;
  while (end < at + MAX_FIGURE_BLANK && isWhitespaceCode(text.charCodeAt(end))) end++;
  return end;
}

/** A year written before the 年 at `nian` (`2025年`, `二〇二五年`), or a blank left for it (`　年`). */
function yearBefore(text: string, nian: number): boolean {
  if (DATE_FIGURES[text.charCodeAt(nian - 1)] === 1) return DATE_FIGURES[text.charCodeAt(nian - 2)] === 1;
  const from = blankStartBefore(text, nian);
  return from < nian && DATE_TRIGGERS[text.charCodeAt(from - 1)] === 1;
}

/** The month before the 月 at `yue` is written (`5月`) or blank after a year or a date word (`2025年　月`, `于　月`). */
function monthBefore(text: string, yue: number): boolean {
  if (DATE_FIGURES[text.charCodeAt(yue - 1)] === 1) return true;
  const from = blankStartBefore(text, yue);
  if (from === yue) return false;
  const c = text.charCodeAt(from - 1);
  return DATE_TRIGGERS[c] === 1 || (c === NIAN && yearBefore(text, from - 1));
}

/**
 * The spaces [start, end) stand where a figure is to be written, and why; undefined when they do not.
 * A word expecting a figure before them and a unit after (`增长　%`, `投资　亿元`, `新增　家`), 第 and a
 * measure word (`第　次`), an item of a list of figures (`5%、　%和8%`), or a part of a date (`2025年　月　日`,
 * `于　月　日前`, `截至　月底`, `到　年底`). Reads the line around the blank only.
 */
export function figureBlank(text: string, start: number, end: number): FigureBlank | undefined {
  if (end - start > MAX_FIGURE_BLANK || start === 0) return undefined;
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  if (after === NIAN || after === YUE || after === RI) {
    const date = dateBlank(text, start, end, before, after);
    if (date) return date;
  }
  if (before === 0x7b2c /* 第 */) return ORDINAL_MEASURES[after] === 1 ? { unit: text[end], evidence: 'ordinal' } : undefined;
  const unit = UNITS_BY_START.get(after)?.find((u) => text.startsWith(u, end)) ?? (BLANK_MEASURES[after] === 1 || AFTER_WORD_MEASURES[after] === 1 ? text[end] : undefined);
  if (unit === undefined) return undefined;
  if (LIST_SEPARATORS[before] === 1 && figureWithUnitEndsAt(text, start - 1, unit)) return { unit, evidence: 'list' };
  if (!isHanCode(before)) return undefined;
  if (triggerBefore(text, start) !== undefined) return { unit, evidence: 'trigger' };
  // After a noun: a percentage anywhere (`失业率 %左右`, `约　%的企业`); a compound unit or a measure word where its
  // count ends the phrase (`雨水管网　　公里，`, `最高  万元；`, `加装电梯  台，`).
  if (PERCENT_UNITS.includes(unit)) return { unit, evidence: 'after-word' };
  const countable = unit.length > 1 || AFTER_WORD_MEASURES[after] === 1;
  return countable && endsPhrase(text, end + unit.length) ? { unit, evidence: 'after-word' } : undefined;
}

function endsPhrase(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return Number.isNaN(c) || c === 10 || c === 13 || PHRASE_END[c] === 1 || PHRASE_END_WORDS.some((w) => text.startsWith(w, at));
}

function dateBlank(text: string, start: number, end: number, before: number, after: number): FigureBlank | undefined {
  const date: FigureBlank = { unit: text[end], evidence: 'date' };
  if (after === RI) return before === YUE && monthBefore(text, start - 1) ? date : undefined;
  if (after === YUE) {
    if (before === NIAN && yearBefore(text, start - 1)) return date;
    return DATE_TRIGGERS[before] === 1 ? date : undefined;
  }
  // 年: a year to fill after a date word, when a month or a year's end follows (`于　年　月`, `到　年底`).
  if (DATE_TRIGGERS[before] !== 1) return undefined;
  const next = text.charCodeAt(end + 1);
  return AFTER_BLANK_YEAR[next] === 1 || (isWhitespaceCode(next) && text.charCodeAt(blankEndAfter(text, end + 1)) === YUE) ? date : undefined;
}

/** A figure with `unit` ends at `at` (`5%`, `3.2亿元`): the item before a list separator. */
function figureWithUnitEndsAt(text: string, at: number, unit: string): boolean {
  return text.startsWith(unit, at - unit.length) && isArabicDigitCode(text.charCodeAt(at - unit.length - 1));
}
