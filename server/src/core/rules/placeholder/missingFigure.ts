import type { Rule, RuleContext } from '../rule';
import type { PolicyDocument } from '../../model/document';
import type { Expected } from './scan';
import { codeBefore, codes, eachOccurrence, isBlank, isDigit, isLineBreak, leftAlone, reportPlaceholder } from './scan';
import { isHanCode } from '../../text/chars';
import { standsAlone, wordEndingAt } from '../../text/words';
import { charCodeTable, isWhitespaceCode } from '../../text/chars';
import { blankEndAfter, blankStartBefore, COMPOUND_UNITS, DATE_FIGURES, figureBlank, NIAN, PERCENT_UNITS, RI, triggerBefore, YUE } from '../figureSlots';
import type { FigureBlank } from '../figureSlots';

export const MISSING_FIGURE_KIND = '缺失数字';
export const MISSING_FIGURE_KIND_EN = 'Missing figure';

/**
 * A quantity slot with no figure in it: a unit that needs a number (`%`, `个百分点`, `万亩`, `亿元`, `公里`,
 * `家`, `次`…) with no numeral before it, where the text shows one was meant: a word that expects a
 * figure stands before it (`增长%`, `新增家企业`), it is an item of a list of figures (`分别增长5%、%和8%`),
 * it opens a clause (`，%的…`), a compound unit ends a phrase after a noun (`新增造林万亩，`), `第` has no
 * ordinal (`第次会议`); and a year missing after 由/从/较/到 or opening a clause (seed 004: `由年每立方米`,
 * `。年,我市`). Words made of the same characters stay silent (`国家`, `项目`, `首次`, `万亩良田`, `超亿元`,
 * `亿元以上项目`, `每公里`, `千家万户`, `比重（%）`, `年底`, `到天津`): the evidence each unit needs is
 * as strong as the words it can be part of, and ICU's word segmentation (`standsAlone`) tells a measure
 * word standing alone from one inside a word.
 */

/** How a unit reads: a percentage, a compound unit (公里, 万亩), or a measure word (家, 次) that also starts and ends words. */
type UnitKind = 'percent' | 'compound' | 'measure';

interface Unit {
  readonly text: string;
  readonly kind: UnitKind;
  /** 万/亿 units: 近万人, 超亿元, 数万户 are complete figures, and 万亩良田 an attribute. */
  readonly myriad: boolean;
  /** A measure word's evidence and word tables (see MEASURES); absent for one that is a slot only in lists. */
  readonly measure?: MeasureTables;
}

/** A measure word's character sets as lookup tables by code unit (this runs for every unit in the text). */
interface MeasureTables extends Measure {
  readonly before: Uint8Array;
  readonly after: Uint8Array;
  readonly casual: Uint8Array;
}

/**
 * Measure words: also the first or last character of many words (国家, 项目, 首次), so they need more
 * evidence than a compound unit, each as much as the corpus showed it can be trusted with:
 * - `countsNoun`: standing alone before the noun it counts is a slot (`在个工作日内`, `遴选个优秀案例`);
 * - `afterNoun`: ending a phrase after a noun is a slot (`重点实验室家，`, `院士名。`);
 * - `clauseStart`: opening a clause is a slot (`，家企业获评`);
 * - `wordBefore` / `wordAfter`: characters that make a word with it (国家 专家 投资家, 事项 奖项, 首次 档次,
 *   姓名 报名; 家电 家校), which the segmenter does not always join.
 * Every measure word is a slot after a word that expects a figure (unless it makes a word with it), in a
 * list of figures, before 以上/左右 after a noun (`工业机器人台以上`), and after 第.
 */
interface Measure {
  readonly countsNoun?: boolean;
  readonly afterNoun?: boolean;
  readonly clauseStart?: boolean;
  readonly wordBefore?: string;
  /** Characters after it that make a word the segmenter misses (家电 家校, 台企 台胞). */
  readonly wordAfter?: string;
  /** Verbs it follows without a numeral in speech (打个电话, 开个会): not a slot unless a word expecting a figure stands there. */
  readonly casualBefore?: string;
}
const MEASURES: Readonly<Record<string, Measure>> = {
  家: {
    afterNoun: true, clauseStart: true,
    wordBefore: '国大专作学术业育治想农商厂买卖东人回全居成安住老行赢独儒道法自本亲婆娘酒船店名画的之其家干资管在到离搬持当起败发养顾玩',
    wordAfter: '门庭长乡园属具电政风教族务畜禽底居用里中人装访校事纺宴暴境国',
  },
  个: { countsNoun: true, afterNoun: true, clauseStart: true, wordBefore: '真', wordAfter: '人体别性案税例子', casualBefore: '打做开来有是算找吃看想说问帮走过当作成给叫让了拜鼓表提' },
  项: { clauseStart: true, wordBefore: '事款选强弱立专单分重奖义进用细主要条', wordAfter: '目链' },
  座: { afterNoun: true, clauseStart: true, wordBefore: '讲宝星就入满茶底基插灯' },
  名: { afterNoun: true, wordBefore: '姓命报排提实知著署罪地签点人书品化匿冠联挂功有出美盛齐闻威大小别译题记英俗真假同莫网域学科' },
  次: { afterNoun: true, wordBefore: '名批班人架座层档场车主位席频轮航级渐等艘家亩辆趟户件台' },
  倍: { afterNoun: true, wordBefore: '加成翻双' },
  元: { afterNoun: true, wordBefore: '单公纪美欧日港澳台韩新状开中培' },
  亩: { afterNoun: true, wordBefore: '田' },
  台: { wordBefore: '平舞出讲上后前电站柜阳戏月看擂吧烛灶琴井兑对垒澳', wordAfter: '师生胞企商青资湾港澳籍属风账阶' },
  户: { wordBefore: '落入开农住客用商门账帐散体困贫保到千万窗牧贷立', wordAfter: '外籍口型主数均厕内' },
  件: { wordBefore: '文条案事部零软硬邮证稿物要附信配构机器印组办' },
  辆: { wordBefore: '车' }, 套: { wordBefore: '配成整俗手外全圈' }, 条: { wordBefore: '面金线教链便萧苗发纸字头封信收欠借' },
  批: { wordBefore: '审报获分大小成整同秒' }, 期: { wordBefore: '年时近定长短到周日学初中后前同逾限工分星' },
  天: {}, 处: {}, 届: {}, 轮: {}, 场: {}, 位: {},
};
/**
 * Measure words that are a slot only in a list of figures or after 第 (and 人 after a verb counting people, below):
 * after a word expecting a figure they are mostly words of their own (提高人均, 投资所产生).
 */
const ONLY_IN_LISTS = ['人', '人次', '所'];

/**
 * Verbs whose object is people counted with 人 (`带动就业3000人`, `转移农村劳动力5万人`, `培训乡村医生5000人`): 人
 * ending the phrase (or before 就业/增收…) a short object after one has lost its count (`带动就业人，`). The
 * object holds no particle, preposition or numeral (`投资于人`, `帮扶三类人`), and 人 is no word's end (残疾人, 经理人,
 * 带头人, 老年人: the segmenter does not join them all).
 */
const PEOPLE_VERBS = ['带动', '吸纳', '培训', '帮扶', '转移', '安置', '救助', '资助', '招聘', '招录', '招收', '慰问', '培养', '接待', '惠及', '救治', '选派', '录用', '表彰'];
const MAX_PEOPLE_OBJECT = 6;
const PEOPLE_WORD_BEFORE = charCodeTable('疾理头工军个年老班法家病责事请护系路心能匠书白纪承国轻新主他本众商名好亲友客证华私男女诗文艺犯夫成大小外别行世后前真');
const NOT_IN_PEOPLE_OBJECT = codes('的了是和与及或也都在于为给对向从把被将让由以到等之而并且么谁');
/** The object is a noun of two characters or more: `培养人`, `怎样培养人` is a verb and its object, no count. */
const MIN_PEOPLE_OBJECT = 2;
/** What the counted people do, right after 人: `带动周边农户人增收`. */
const PEOPLE_DO = ['就业', '增收', '致富', '脱贫', '创业', '受益'];
const MEASURE_UNITS = [...Object.keys(MEASURES), ...ONLY_IN_LISTS];
/** What follows a measure word that does not count a noun: particles, prepositions, verbs of grammar (`在家中`, `个的`). */
const NOT_A_COUNTED_NOUN = codes('的了是和与及或也都在中里内外上下等之而并且就才又还被把将对向从以为由于到去来过着得地很更最不没已要会能可应该需所其转升变');
/** After 第, a measure word with no ordinal: 第次会议, 第届, 第批. */
const ORDINAL_UNITS = codes('次届批期轮个项条款章节名位场季');

/** Units by first character, longest first: the scan finds a first character and tries its units. */
const UNITS = new Map<number, Unit[]>();
for (const [list, kind] of [[PERCENT_UNITS, 'percent'], [COMPOUND_UNITS, 'compound'], [MEASURE_UNITS, 'measure']] as const) {
  for (const text of list) {
    const c = text.charCodeAt(0);
    const units = UNITS.get(c) ?? [];
    const m = kind === 'measure' ? MEASURES[text] : undefined;
    const measure = m && { ...m, before: charCodeTable(m.wordBefore ?? ''), after: charCodeTable(m.wordAfter ?? ''), casual: charCodeTable(m.casualBefore ?? '') };
    units.push({ text, kind, myriad: text[0] === '万' || text[0] === '亿', measure });
    UNITS.set(c, units.sort((a, b) => b.text.length - a.text.length));
  }
}
/**
 * First characters of units by code unit: one loop over the text with a table lookup (a character-class
 * regex over these 40-odd CJK characters scans 30 times slower, and `indexOf` per character is slow for the U+4E00 block).
 */
const UNIT_START = new Uint8Array(65536);
for (const c of UNITS.keys()) UNIT_START[c] = 1;

/**
 * The next position from `from` where a unit may start without a figure before it (most units follow
 * theirs: nothing more to read there), or -1. A loop of its own, apart from the checks at each unit.
 */
function nextUnitStart(text: string, from: number): number {
  const n = text.length;
  for (let i = from; i < n; i++) {
    if (UNIT_START[text.charCodeAt(i)] === 1 && !isNumeral(text.charCodeAt(i - 1))) return i;
  }
  return -1;
}

/** Numerals and quantity words: a unit after them has its figure (`三项`, `几个`, `每次`, `各家`, `首批`). */
const QUANTITY = charCodeTable('〇零一二三四五六七八九十百千万亿两几数多余半若每各某这那哪整全单双首末上下前后本此该其同逐历屡再又依层档另共');
/** A stand-in before the unit is a placeholder of its own (`×个单位`, `XX家`): the stand-in rules report it. */
const STAND_IN = charCodeTable('×╳XxＸｘ*＊_＿○△□]］】');
/**
 * Before a 万/亿 unit these make 万/亿 the numeral: 近万人, 超亿元, 上万户, 破亿元, 过万家. Not 约: it approximates a
 * figure written after it (约1.2亿元, 约3万人), and 约亿元 is one a converter or an editor dropped.
 */
const MYRIAD_QUANTITY = codes('近超逾上数几过成破达余千百十万亿');
/** Percentages in a table heading or a bracket are labels: `比重（%）`, `(%)`, `单位：%`. */
const LABEL_BEFORE = codes('（(【[［/／');

/** The first of `words` written at `offset` (plain loops: this runs for every unit in the text). */
function wordAt(text: string, offset: number, words: readonly string[]): string | undefined {
  for (const w of words) if (text.startsWith(w, offset)) return w;
  return undefined;
}

function wordEndsAt(text: string, offset: number, words: readonly string[]): boolean {
  for (const w of words) if (text.startsWith(w, offset - w.length)) return true;
  return false;
}

const CLAUSE_MARKS = codes('。！？；，、：,;:!?');
const CLAUSE_ENDS = codes('，。；、！？）)：,;:!?');
/** What follows a count that ends its phrase: 以上, 左右… (not after 万/亿: `亿元以上项目` is a class of projects). */
const PHRASE_ENDS = ['以上', '以下', '左右', '以内', '之间'];
/** Separators in a list or range of figures: 5%、%和8%, 9亿～亿元. */
const LIST_SEPARATORS = codes('、和与及或至～~〜—–-');

function isNumeral(c: number): boolean {
  return isDigit(c) || c === 0x2e || c === 0xff0e;
}

/** Words between two figures of a range: `3万元以上万元以下`, `万元以上20万元以下`. */
const RANGE_WORDS = ['以上', '以下'];

/** The figure before a separator ending at `at`: a digit within a few characters, with its unit after it (`5%、`, `3家和`). */
function figureEndsAt(text: string, at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 7); i--) {
    const c = text.charCodeAt(i);
    if (isNumeral(c)) return true;
    if (!isHanCode(c) && c !== 0x25 && c !== 0xff05) return false;
  }
  return false;
}

/** The list item ending at `at` is a bare number or a figure with this unit. */
function itemBefore(text: string, at: number, unit: string): boolean {
  return isNumeral(text.charCodeAt(at - 1)) || (text.startsWith(unit, at - unit.length) && figureEndsAt(text, at));
}

/**
 * The unit stands in a list or range of figures: `5%、%和8%`, `9亿～亿元`, `%、8%`, `3万元以上万元以下`,
 * `第2、项`. The item before is a figure with the same unit, or a bare number (`2、`); the item after a
 * figure with the same unit.
 */
function inFigureList(text: string, start: number, end: number): boolean {
  const unit = text.slice(start, end);
  if (LIST_SEPARATORS.has(text.charCodeAt(start - 1)) && itemBefore(text, start - 1, unit)) return true;
  if (wordEndsAt(text, start, RANGE_WORDS) && itemBefore(text, start - 2, unit)) return true;
  // Or the next item is a figure with the same unit: `%、8%`, `万元以上20万元`.
  let next = end;
  if (LIST_SEPARATORS.has(text.charCodeAt(end))) next = end + 1;
  else if (wordAt(text, end, RANGE_WORDS)) next = end + 2;
  if (next === end || !isNumeral(text.charCodeAt(next))) return false;
  while (isNumeral(text.charCodeAt(next))) next++;
  return text.startsWith(unit, next);
}

/**
 * The unit ends its phrase: clause punctuation, or 以上/左右… (for 万/亿 units only in a list, or after a
 * word expecting a figure when the clause ends there: `亿元以上项目` is a class of projects, `稳定在万吨以上。`
 * a figure left out).
 */
function endsPhrase(text: string, end: number, unit: Unit, evidence: 'list' | 'trigger' | undefined = undefined): boolean {
  if (endsClause(text, end)) return true;
  const word = wordAt(text, end, PHRASE_ENDS);
  if (!word) return false;
  if (!unit.myriad || evidence === 'list') return true;
  // 年投资亿元以上项目: a class of projects even after a word expecting a figure; 稳定在万吨以上。 ends the clause.
  return evidence === 'trigger' && endsClause(text, end + word.length);
}

function endsClause(text: string, at: number): boolean {
  const after = text.charCodeAt(at);
  return Number.isNaN(after) || isLineBreak(after) || CLAUSE_ENDS.has(after);
}

function beforePhraseEnd(text: string, end: number): boolean {
  return wordAt(text, end, PHRASE_ENDS) !== undefined;
}

function atClauseStart(text: string, start: number): boolean {
  const before = codeBefore(text, start);
  if (Number.isNaN(before) || isLineBreak(before)) return true;
  if (!CLAUSE_MARKS.has(before)) return false;
  // `单位：%`, `单位：万元`: a table's unit label.
  return !(before === 0xff1a || before === 0x3a) || !text.startsWith('单位', start - 3);
}

/**
 * Spaces between a figure and its unit are no gap: Word and PDF exports set numbers off with spaces (`219 个村`,
 * `提前 2 个月`, `XX 家`). (A space after words, `共计 万元`, is read as before: in a form it is the blank left to fill.)
 */
function figureBeforeSpaces(text: string, start: number): boolean {
  let at = start;
  while (at > 0 && isBlank(text.charCodeAt(at - 1))) at--;
  if (at === start || at === 0) return false;
  const c = text.charCodeAt(at - 1);
  return isNumeral(c) || STAND_IN[c] === 1 || QUANTITY[c] === 1;
}

/**
 * What shows a figure was meant before the unit at [start, end), or undefined: the unit ends a list
 * of figures, follows a word expecting one, opens a clause, ends a phrase after a noun, counts the
 * noun after it, or follows 第.
 */
type Slot = 'ordinal' | 'list' | 'trigger' | 'clause-start' | 'after-word' | 'counts-noun' | 'after-noun' | 'counted-people';

function slotBefore(text: string, start: number, end: number, unit: Unit): Slot | undefined {
  const before = text.charCodeAt(start - 1);
  if (isNumeral(before) || STAND_IN[before] === 1 || figureBeforeSpaces(text, start)) return undefined;
  // 上/下 of 以上/以下 between two figures of a range are no quantity words (`3万元以上万元以下`).
  if (QUANTITY[before] === 1 && !(wordEndsAt(text, start, RANGE_WORDS) && inFigureList(text, start, end))) return undefined;
  const list = inFigureList(text, start, end);
  if (before === 0x7b2c /* 第 */) return unit.kind === 'measure' && ORDINAL_UNITS.has(text.charCodeAt(start)) ? 'ordinal' : undefined;
  // Measure words that are slots only in lists (人, 所): nothing else to read unless one is, or 人 counts a verb's object.
  if (unit.kind === 'measure' && !unit.measure && !list) return unit.text === '人' && peopleSlot(text, start, end, before) ? 'counted-people' : undefined;
  const trigger = triggerBefore(text, start);
  // 近万人, 超亿元: 万/亿 is the numeral, unless a longer word expecting a figure ends there (不超过万元) or
  // the unit is an item of a range (3万元以上万元以下).
  if (unit.myriad && MYRIAD_QUANTITY.has(before) && (trigger?.length ?? 1) < 2 && !list) return undefined;
  switch (unit.kind) {
    case 'percent':
      if (LABEL_BEFORE.has(before)) return undefined;
      if (list) return 'list';
      if (trigger) return 'trigger';
      if (atClauseStart(text, start)) return 'clause-start';
      return isHanCode(before) ? 'after-word' : undefined;
    case 'compound': {
      // Per unit, not a count: 每公里, 每万元, 人均, 亩均. A compound unit must end its phrase (万亩良田 is an attribute)
      // and stand as a word (千家万户).
      if (before === 0x6bcf /* 每 */ || before === 0x5747 /* 均 */) return undefined;
      if (list) return 'list';
      if (!endsPhrase(text, end, unit, trigger !== undefined ? 'trigger' : undefined)) return undefined;
      const slot: Slot | undefined = trigger ? 'trigger' : atClauseStart(text, start) ? 'clause-start' : isHanCode(before) ? 'after-noun' : undefined;
      // The segmenter last: it is the costly test.
      return slot && standsAlone(text, start, end) ? slot : undefined;
    }
    case 'measure': {
      const slot = measureSlot(text, start, end, unit, before, list, trigger);
      return slot && standsAlone(text, start, end) ? slot : undefined;
    }
  }
}

/** A verb counting people ends before a short object ending at `start` (`带动/就业/人`). */
function peopleVerbBefore(text: string, start: number): boolean {
  for (let at = start; at >= Math.max(0, start - MAX_PEOPLE_OBJECT); at--) {
    if (start - at >= MIN_PEOPLE_OBJECT && wordEndsAt(text, at, PEOPLE_VERBS)) return true;
    const c = text.charCodeAt(at - 1);
    if (!isHanCode(c) || NOT_IN_PEOPLE_OBJECT.has(c) || QUANTITY[c] === 1) return false;
  }
  return false;
}

/** 人 with its count left out after a verb counting people and its object: `带动就业人，`, `吸纳农村劳动力人就业`. */
function peopleSlot(text: string, start: number, end: number, before: number): boolean {
  if (PEOPLE_WORD_BEFORE[before] === 1 || !(endsClause(text, end) || beforePhraseEnd(text, end) || wordAt(text, end, PEOPLE_DO))) return false;
  return peopleVerbBefore(text, start) && standsAlone(text, start, end);
}

/** The evidence for a measure word, before the segmenter is asked whether it stands alone. */
function measureSlot(text: string, start: number, end: number, unit: Unit, before: number, list: boolean, trigger: string | undefined): Slot | undefined {
  const measure = unit.measure;
  const after = text.charCodeAt(end);
  // In a list the slot is an item of its own (`3家、家和5家`, `3个万亿级和个千亿级`, `第2、项`), not the
  // start of a word (`57家、家门口`).
  if (list) {
    if (measure && (measure.before[before] === 1 || measure.after[after] === 1)) return undefined;
    const ownItem = !isHanCode(after) || QUANTITY[after] === 1 || LIST_SEPARATORS.has(after) || beforePhraseEnd(text, end) || isNumeral(text.charCodeAt(start - 2));
    return ownItem ? 'list' : undefined;
  }
  if (!measure || measure.before[before] === 1 || measure.after[after] === 1) return undefined;
  if (trigger) return 'trigger';
  if (measure.casual[before] === 1) return undefined;
  // 一个个, 件件: a reduplicated measure word.
  if (after === text.charCodeAt(start) || before === text.charCodeAt(start)) return undefined;
  if (measure.countsNoun && isHanCode(after) && !NOT_A_COUNTED_NOUN.has(after)) return 'counts-noun';
  if (measure.clauseStart && atClauseStart(text, start) && !NOT_A_COUNTED_NOUN.has(after)) return 'clause-start';
  // A count ending with 以上/左右 after a noun: `工业机器人台以上`. The noun has two characters at least: one
  // character and the measure word are a name of their own (`包家、三溪、坪山`, `是杠家`), as 厂家 and 商家 are words.
  if (!nounBefore(text, start)) return undefined;
  if (beforePhraseEnd(text, end)) return 'after-noun';
  return measure.afterNoun && endsPhrase(text, end, unit) ? 'after-noun' : undefined;
}

/** A noun of two characters or more ends at `start`: no mark, particle or verb of grammar one character before it. */
function nounBefore(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 2);
  return isHanCode(text.charCodeAt(start - 1)) && isHanCode(c) && !NOT_A_COUNTED_NOUN.has(c);
}

/** A year: 由年每…, 从年的…, 较年累计…, 到年基本…; 年底/年初/年内/年度/年轻 are words. */
const YEAR_TRIGGERS = codes('由从较自于至到');
const AFTER_TRIGGERED_YEAR = codes('的每起至到累基比，,、；－—~～-以');
const YEAR_CLAUSE_OPENERS = codes('。！？；，,：:');
/** A number of days after 到/从/由: 从年的天提高到天 (a general trigger such as 达 is read like any other). */
const DAY_TRIGGERS = ['到', '从', '由', '年的'];
const AFTER_DAYS = codes('，,。；、');
const DAY_VERBS = ['提高', '增加', '下降', '减少', '以上', '以下', '以内', '左右'];

const EXPECTED: Readonly<Record<'figure' | 'year' | 'ordinal', Expected>> = { figure: 'number', year: 'year', ordinal: 'ordinal' };

function report(ctx: RuleContext, doc: PolicyDocument, start: number, unit: string, messageId: 'figure' | 'year' | 'ordinal', slot: Slot | 'after-word' | 'clause-start', trigger?: string): void {
  if (leftAlone(doc, start)) return;
  const text = doc.text;
  // What the writer recognises: the word before the unit, or for an ordinal 第 and what it counts (`第次会议`).
  let context: string;
  if (messageId === 'ordinal') {
    let to = start + unit.length;
    while (to < start + unit.length + 2 && isHanCode(text.charCodeAt(to))) to++;
    context = text.slice(start - 1, to);
  } else if (trigger !== undefined) context = trigger + unit;
  else {
    // Two characters before the unit, within its line (a paragraph re-checked alone reads the same).
    let from = start;
    while (from > Math.max(0, start - 2) && !isLineBreak(text.charCodeAt(from - 1))) from--;
    context = text.slice(from, start + unit.length);
  }
  reportPlaceholder(ctx, start, start + unit.length, messageId, { kind: MISSING_FIGURE_KIND, expected: EXPECTED[messageId], fill: 'insert', unit, context, slot });
}

/**
 * Blanks: spaces a writer left where a figure is to be filled in once it is known (`增长　%`, `投资  亿元`,
 * `第　次会议`, `2025年　月　日`, `请于　月　日前`; see `figureBlank` for what shows a figure is meant). In
 * running text (a line holding 。，；), and a date with its year written anywhere but after a field's label
 * (`填表日期：2025年　月　日`); never near a form's fields, which are blanks for whoever fills the form in
 * (`该企业 年 月 日至 年 月 日期间…共计 万元`, `（单位公章） 年 月 日`).
 */
const PROSE_MARKS = charCodeTable('。，；');
/**
 * A form's seal and signature fields, labelled (`（单位公章）`, `签字：`), not a request to seal (`加盖公章`), and a
 * form's own name before what it asks (`项目申报表：总投资约 万元`).
 */
const FORM_FIELD = /(?:盖章|公章|印章|签字|签章|签名)[）):：]|表[：:]/;
/** How far from a blank a form's field or blank date makes it one of the form's (a scraped page may be one long line). */
const FORM_REACH = 40;

/** Whether each line holding a blank is running text, read once per line and check (a page run into one line holds many blanks). */
type ProseLines = Map<number, boolean>;

function proseLine(text: string, lineStart: number, lineEnd: number, known: ProseLines): boolean {
  let prose = known.get(lineStart);
  if (prose === undefined) {
    prose = false;
    for (let i = lineStart; i < lineEnd && !prose; i++) prose = PROSE_MARKS[text.charCodeAt(i)] === 1;
    known.set(lineStart, prose);
  }
  return prose;
}

/** A form's field near `at`: a labelled seal or signature field, or a date with neither its year nor a word introducing it (`该企业 年 月 日`). */
function nearFormField(text: string, at: number, lineStart: number, lineEnd: number): boolean {
  const from = Math.max(lineStart, at - FORM_REACH);
  const to = Math.min(lineEnd, at + FORM_REACH);
  if (FORM_FIELD.test(text.slice(from, to))) return true;
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) !== NIAN || !isWhitespaceCode(text.charCodeAt(i + 1))) continue;
    const blankStart = blankStartBefore(text, i);
    if ((blankStart < i || i === lineStart) && figureBlank(text, blankStart, i) === undefined && !DATE_FIGURES[text.charCodeAt(i - 1)]) return true;
  }
  return false;
}

/** Where the date holding a blank ends: over its parts and the blanks between them (`　月　日`), to the last. */
function dateEnd(text: string, from: number): number {
  let at = from;
  for (;;) {
    const c = text.charCodeAt(at);
    if (c !== NIAN && c !== YUE && c !== RI) return at;
    const next = blankEndAfter(text, at + 1);
    const part = text.charCodeAt(next);
    if (!((c === NIAN && part === YUE) || (c === YUE && part === RI))) return at + 1;
    at = next;
  }
}

/** Where the words the writer recognises start before a date's blank: the date's written parts (`2025年5月`), or the word before it (`于`). */
function dateContextStart(text: string, blankStart: number, lineStart: number): number {
  let at = blankStart;
  for (let c = text.charCodeAt(at - 1); at > lineStart && (DATE_FIGURES[c] === 1 || c === NIAN || c === YUE); c = text.charCodeAt(at - 1)) at--;
  if (at < blankStart) return at;
  // The word introducing the date: 于, 至, 截至.
  return Math.max(lineStart, text.charCodeAt(at - 2) === 0x622a /* 截 */ ? at - 2 : at - 1);
}

const DATE_PARTS: Readonly<Record<string, [string, string]>> = { 年: ['年', 'year'], 月: ['月', 'month'], 日: ['日', 'day'] };

/** Report the blank [start, end) before `blank.unit`, if it stands where a blank is a figure to fill. */
function reportBlank(ctx: RuleContext, doc: PolicyDocument, start: number, end: number, blank: FigureBlank, prose: ProseLines): void {
  if (leftAlone(doc, start)) return;
  const text = doc.text;
  const line = doc.lines.lineOf(start);
  const lineStart = doc.lines.lineStarts[line];
  const lineEnd = doc.lines.lineContentEnd(line);
  if (nearFormField(text, start, lineStart, lineEnd)) return;
  if (blank.evidence !== 'date') {
    // 第 and a blank are a count to fill on any line (`第　次会议通过` under a title).
    if (blank.evidence !== 'ordinal' && !proseLine(text, lineStart, lineEnd, prose)) return;
    // What the writer recognises: the word before the blank (`增长`, `失业率`), or 第 and what it counts (`第　次会议`).
    let from = start - (blank.evidence === 'trigger' ? triggerBefore(text, start) ?? '' : wordEndingAt(text, start)).length;
    let to = end + blank.unit.length;
    if (blank.evidence === 'ordinal') {
      from = start - 1;
      while (to < Math.min(lineEnd, end + blank.unit.length + 2) && isHanCode(text.charCodeAt(to))) to++;
    }
    const context = text.slice(from, to);
    const messageId = blank.evidence === 'ordinal' ? 'blankOrdinal' : 'blank';
    reportPlaceholder(ctx, start, end, messageId, { kind: MISSING_FIGURE_KIND, expected: blank.evidence === 'ordinal' ? 'ordinal' : 'number', fill: 'replace', unit: blank.unit, context, slot: `blank-${blank.evidence}` });
    return;
  }
  const to = dateEnd(text, end);
  const from = dateContextStart(text, start, lineStart);
  // Outside running text, a date to fill has its year written and is no form field after its label.
  const label = codeBefore(text, from);
  if (!proseLine(text, lineStart, lineEnd, prose) && (text.charCodeAt(start - 1) !== NIAN || label === 0xff1a || label === 0x3a)) return;
  const parts: string[] = [];
  const partsEn: string[] = [];
  for (let i = start; i < to; i++) {
    const part = DATE_PARTS[text[i]];
    if (part && isWhitespaceCode(text.charCodeAt(i - 1))) {
      parts.push(part[0]);
      partsEn.push(part[1]);
    }
  }
  const contextEnd = to < lineEnd && isHanCode(text.charCodeAt(to)) ? to + 1 : to;
  reportPlaceholder(ctx, start, to, 'blankDate', {
    kind: MISSING_FIGURE_KIND, expected: 'number', fill: 'replace', unit: text[end], context: text.slice(from, contextEnd),
    parts: parts.join('、'), partsEn: partsEn.join(' and '), slot: 'blank-date',
  });
}

/** The blank ending at `end` (before a unit, 年 or 月), reported when it stands for a figure. */
function checkBlankBefore(ctx: RuleContext, doc: PolicyDocument, end: number, prose: ProseLines): void {
  const text = doc.text;
  if (!isWhitespaceCode(text.charCodeAt(end - 1))) return;
  const start = blankStartBefore(text, end);
  if (start === end) return;
  const blank = figureBlank(text, start, end);
  if (!blank) return;
  // A measure word starting a word after the blank (`新增 个体工商户`): a stray space, no slot.
  if (UNITS.get(text.charCodeAt(end))?.find((u) => u.text === blank.unit)?.measure?.after[text.charCodeAt(end + 1)] === 1) return;
  // A blank year before a blank month is the date's first: the date is reported from there.
  if (blank.evidence === 'date' && text.charCodeAt(end) === YUE && text.charCodeAt(start - 1) === NIAN && isWhitespaceCode(text.charCodeAt(start - 2))) return;
  reportBlank(ctx, doc, start, end, blank, prose);
}

/**
 * A document number (发文字号) whose serial number is not filled in yet, as a draft carries it until the number is
 * assigned: `县政办发〔2025〕　号`, `县政办发〔2025〕号`, `县政办发〔　〕号`. After the issuer's code (Han characters), in the
 * document's head or cited in its text.
 */
const DOC_NUMBER_OPEN = '〔';
const DOC_NUMBER_CLOSE = 0x3015; // 〕
const HAO = 0x53f7; // 号

function checkDocNumberAt(ctx: RuleContext, doc: PolicyDocument, open: number): void {
  const text = doc.text;
  if (!isHanCode(text.charCodeAt(open - 1))) return;
  let close = open + 1;
  while (close < open + 1 + MAX_DOC_NUMBER_YEAR && text.charCodeAt(close) !== DOC_NUMBER_CLOSE) close++;
  if (text.charCodeAt(close) !== DOC_NUMBER_CLOSE) return;
  const yearBlank = blankEndAfter(text, open + 1) === close;
  if (!yearBlank && !/^[0-9０-９]{4}$/.test(text.slice(open + 1, close))) return;
  const hao = blankEndAfter(text, close + 1);
  if (text.charCodeAt(hao) !== HAO || leftAlone(doc, open)) return;
  let codeStart = open;
  while (codeStart > 0 && open - codeStart < MAX_ISSUER_CODE && isHanCode(text.charCodeAt(codeStart - 1))) codeStart--;
  const context = text.slice(codeStart, hao + 1).replace(CITING_WORD, '');
  const data = { kind: MISSING_FIGURE_KIND, expected: 'number' as const, unit: '号', context, missing: yearBlank ? '年份和顺序号' : '顺序号', missingEn: yearBlank ? 'year and serial number' : 'serial number', slot: 'doc-number' };
  // The blank is the place to fill; with none, the serial number goes before 号.
  if (yearBlank) reportPlaceholder(ctx, open, hao, 'docNumber', { ...data, fill: 'replace' });
  else if (hao > close + 1) reportPlaceholder(ctx, close + 1, hao, 'docNumber', { ...data, fill: 'replace' });
  else reportPlaceholder(ctx, hao, hao + 1, 'docNumber', { ...data, fill: 'insert' });
}
/** A year in the brackets is four digits; a blank left for it at most a few spaces. */
const MAX_DOC_NUMBER_YEAR = 4;
/** The issuer's code before the bracket, as a message quotes it (`县政办发`, `发改办环资`). */
const MAX_ISSUER_CODE = 5;
/** A word citing the number, run into the code before it (`根据县政办发〔2024〕号`). */
const CITING_WORD = /^(?:根据|按照|依据|参照|依照|据|按|经)/;

export const placeholderMissingFigure: Rule = {
  id: 'placeholder-missing-figure',
  category: 'placeholder',
  defaultSeverity: 'warning',
  description: '缺失数字：没有任何标记，但单位前缺少数字（如“增长%”“新增造林万亩，”“分别增长5%、%和8%”“第次会议”“由年每立方米”），或用空格留出、还没有填写的数字、日期和发文字号（如“增长　%”“请于　月　日前”“2025年　月　日”“县政办发〔2025〕　号”）。',
  descriptionEn: 'A figure missing without any marker: a unit with no number where one must stand (增长%, 新增造林万亩, 第次会议), or spaces left for a figure, a date or a document number not filled in yet (增长　%, 请于　月　日前, 县政办发〔2025〕　号).',
  fixable: false,
  scope: 'paragraph',
  // data: kind, expected, fill ('insert': the figure goes before the unit), unit, context (shown in the message), slot (the evidence).
  messages: {
    figure: '缺失数字：“{context}”的“{unit}”前没有数字，请在“{unit}”前填写实际数值。',
    year: '缺失数字：“{context}”的“年”前没有数字，请在“年”前填写实际年份。',
    ordinal: '缺失数字：“{context}”的“第”后没有序数，请在“第”后填写序数（如“第一{unit}”）。',
    blank: '缺失数字：“{context}”中“{unit}”前用空格留出的数字还没有填写，请填写实际数值，并删去空格。',
    blankOrdinal: '缺失数字：“{context}”中“第”后用空格留出的序数还没有填写，请填写序数（如“第一{unit}”），并删去空格。',
    blankDate: '日期未填写：“{context}”中用空格留出的{parts}还没有填写，请填写实际日期，并删去空格。',
    docNumber: '发文字号未填写完整：“{context}”的{missing}还没有填写，请填写实际的{missing}（如“国办发〔2024〕3号”）。',
  },
  messagesEn: {
    figure: 'Missing figure: no number before “{unit}” in “{context}”. Write the actual value before “{unit}”.',
    year: 'Missing figure: no number before “年” in “{context}”. Write the actual year before “年”.',
    ordinal: 'Missing figure: no ordinal after “第” in “{context}”. Write the ordinal after “第” (such as “第一{unit}”).',
    blank: 'Missing figure: the spaces before “{unit}” in “{context}” were left for a figure that is not filled in. Write the actual value in their place.',
    blankOrdinal: 'Missing figure: the spaces after “第” in “{context}” were left for an ordinal that is not filled in. Write the ordinal in their place (such as “第一{unit}”).',
    blankDate: 'Date not filled in: the {partsEn} in “{context}” are left as spaces. Write the actual date in their place.',
    docNumber: 'Document number not complete: the {missingEn} of “{context}” is not filled in yet. Write the actual {missingEn} (as in “国办发〔2024〕3号”).',
  },
  check(doc, ctx) {
    const text = doc.text;
    const prose: ProseLines = new Map();
    for (let start = nextUnitStart(text, 0); start >= 0; start = nextUnitStart(text, start + 1)) {
      const c = text.charCodeAt(start);
      let unit: Unit | undefined;
      for (const u of UNITS.get(c)!) if (text.startsWith(u.text, start)) { unit = u; break; }
      if (!unit) continue;
      const end = start + unit.text.length;
      const slot = slotBefore(text, start, end, unit);
      if (slot) report(ctx, doc, start, unit.text, slot === 'ordinal' ? 'ordinal' : 'figure', slot, triggerBefore(text, start));
      else checkBlankBefore(ctx, doc, start, prose);
      start = end - 1;
    }

    eachOccurrence(doc, '年', (start) => {
      checkBlankBefore(ctx, doc, start, prose);
      const next = text.charCodeAt(start + 1);
      if (YEAR_TRIGGERS.has(text.charCodeAt(start - 1))) {
        // 以 only as 以来: 从年以来.
        if (AFTER_TRIGGERED_YEAR.has(next) && (next !== 0x4ee5 || text[start + 2] === '来')) report(ctx, doc, start, '年', 'year', 'after-word', text[start - 1]);
      } else if (next === 44 || next === 0xff0c || text.startsWith('万元', start + 1) || text.startsWith('亿元', start + 1)) {
        // A clause that opens with the bare year: `。年,我市…`, `，年万元生产总值…`.
        const opener = codeBefore(text, start);
        if (Number.isNaN(opener) || isLineBreak(opener) || YEAR_CLAUSE_OPENERS.has(opener)) {
          if (!leftAlone(doc, start)) reportPlaceholder(ctx, start, start + 1, 'year', { kind: MISSING_FIGURE_KIND, expected: 'year', fill: 'insert', unit: '年', context: text.slice(start, start + 3), slot: 'clause-start' });
        }
      }
    });

    // A date's month or day left blank: `2025年　月　日`, `于　月　日前`, `5月　日`.
    eachOccurrence(doc, '月', (start) => {
      if (isWhitespaceCode(text.charCodeAt(start - 1))) checkBlankBefore(ctx, doc, start, prose);
      else if (DATE_FIGURES[text.charCodeAt(start - 1)] === 1) {
        const day = blankEndAfter(text, start + 1);
        if (day > start + 1 && text.charCodeAt(day) === RI) checkBlankBefore(ctx, doc, day, prose);
      }
    });

    eachOccurrence(doc, DOC_NUMBER_OPEN, (open) => checkDocNumberAt(ctx, doc, open));

    eachOccurrence(doc, '天', (start) => {
      const trigger = DAY_TRIGGERS.find((t) => text.startsWith(t, start - t.length));
      if (!trigger || !(AFTER_DAYS.has(text.charCodeAt(start + 1)) || DAY_VERBS.some((v) => text.startsWith(v, start + 1)))) return;
      // 达天 and the like are the measure-word scan's.
      if (triggerBefore(text, start) === undefined) report(ctx, doc, start, '天', 'figure', 'after-word', trigger);
    });
  },
};
