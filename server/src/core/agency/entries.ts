/**
 * The agency data as JSON gives it (agencies.schema.json) and its validated, normalised form.
 * Pure: the caller reads the file and passes the parsed value with the name to cite in messages.
 */

import type { Bilingual } from '../model/bilingual';
import type { ConfigProblem } from '../model/problems';
import { configProblem } from '../model/problems';
import type { DerivationLexicon } from './derive';

export type AgencyLevel = '国家' | '省' | '市' | '县' | '区' | '乡镇';
export type AgencyKind = '党委' | '人大' | '政府' | '政协' | '纪委监委' | '审判机关' | '检察机关' | '群团' | '垂直管理' | '议事协调' | '其他';
/**
 * What must stand before the name: nothing, a place (`市`, `长春市`, `浙江`), a party committee (`市委`,
 * `区党工委`), or one of the entry's `parents` followed by a place (`中国人民银行` + `浙江省` + `分行`).
 */
export type PrefixKind = 'none' | 'place' | 'party' | 'branch';

export const AGENCY_LEVELS: readonly AgencyLevel[] = ['国家', '省', '市', '县', '区', '乡镇'];
/** What each level is called in messages and hovers, in Chinese and English; the kinds in English. */
export const LEVEL_NAMES: Readonly<Record<AgencyLevel, string>> = { 国家: '中央和国家机关', 省: '省级', 市: '市级', 县: '县级', 区: '区级', 乡镇: '乡镇（街道）' };
export const LEVEL_NAMES_EN: Readonly<Record<AgencyLevel, string>> = { 国家: 'central', 省: 'provincial', 市: 'city', 县: 'county', 区: 'district', 乡镇: 'township (subdistrict)' };
export const KIND_NAMES_EN: Readonly<Record<AgencyKind, string>> = {
  党委: 'Party committee', 人大: "people's congress", 政府: 'government', 政协: 'CPPCC', 纪委监委: 'discipline inspection and supervision',
  审判机关: 'court', 检察机关: 'procuratorate', 群团: 'mass organization', 垂直管理: 'vertically managed', 议事协调: 'coordinating body', 其他: 'other',
};
export const AGENCY_KINDS: readonly AgencyKind[] = ['党委', '人大', '政府', '政协', '纪委监委', '审判机关', '检察机关', '群团', '垂直管理', '议事协调', '其他'];
export const PREFIX_KINDS: readonly PrefixKind[] = ['none', 'place', 'party', 'branch'];

/** A central body (its only level is 国家): its name needs no place before it. */
export function isCentral(levels: readonly AgencyLevel[]): boolean {
  return levels.length === 1 && levels[0] === '国家';
}

/** Where an entry came from; user entries override built-in ones of the same name. */
export type AgencyOrigin = 'builtin' | 'workspace' | 'settings';

export interface AgencyEntry {
  readonly name: string;
  readonly title?: string;
  readonly abbreviations: readonly string[];
  readonly variants: readonly string[];
  readonly levels: readonly AgencyLevel[];
  readonly kind: AgencyKind;
  readonly prefixes: readonly PrefixKind[];
  /** For a `branch` prefix: the names of the body it belongs to (`中国人民银行`, `人民银行`, `人行`). */
  readonly parents: readonly string[];
  readonly note?: string;
  readonly origin: AgencyOrigin;
}

export interface FormerEntry {
  readonly name: string;
  readonly abbreviations: readonly string[];
  /** A current agency's name or variant, or another former name. */
  readonly successor: string;
  readonly successorByLevel: Readonly<Partial<Record<AgencyLevel, string>>>;
  readonly year: number;
  /** When the new name took effect, as precisely as known: `2023`, `2023-07`, `2023-07-20`. */
  readonly date: string;
  readonly approximate: boolean;
  readonly reform?: string;
  readonly levels: readonly AgencyLevel[];
  readonly prefixes: readonly PrefixKind[];
  readonly parents: readonly string[];
  /**
   * The text to write instead of the whole mention, prefix included, when it is not prefix + successor:
   * `中国铁路{place}局集团有限公司` for `济南铁路局` (`{place}` is the place as written).
   */
  readonly replacement?: string;
  /** The same, for particular places (`济南` → `中国人民银行山东省分行`). */
  readonly replacementByPlace: Readonly<Record<string, string>>;
  /** Where the rename is documented (announcement, reform plan). */
  readonly source?: string;
  readonly note?: string;
}

export interface AgencyData {
  readonly version: string;
  /** How short forms are derived from full names (see derive.ts). */
  readonly derivation: DerivationLexicon;
  /** Last character of a name → characters that, right after it, show the name is part of another word. */
  readonly boundaries: Readonly<Record<string, string>>;
  readonly agencies: readonly AgencyEntry[];
  readonly former: readonly FormerEntry[];
}

/** Its source is the file (or setting) and field, e.g. `.gongwen/agencies.json agencies[2].levels`. */
export type AgencyDataProblem = ConfigProblem;

const NAME = /^[\u3400-\u9fff]{1,30}$/;
const VERSION = /^[0-9]+\.[0-9]+\.[0-9]+$/;
const AGENCY_FIELDS = new Set(['name', 'title', 'abbreviations', 'variants', 'levels', 'kind', 'prefixes', 'parents', 'note']);
const FORMER_FIELDS = new Set(['name', 'abbreviations', 'successor', 'successorByLevel', 'year', 'date', 'approximate', 'reform', 'levels', 'prefixes', 'parents', 'replacement', 'replacementByPlace', 'source', 'note']);
const FILE_FIELDS = new Set(['$schema', 'version', 'description', 'boundaries', 'derivation', 'agencies', 'former']);
const DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
/** A replacement text: Han characters and at most one `{place}`. */
const REPLACEMENT = /^[\u3400-\u9fff]*(?:\{place\}[\u3400-\u9fff]*)?$/;

class EntryError extends Error {
  constructor(readonly field: string, readonly text: Bilingual) {
    super(text.zh);
  }
}

/** `file field` for messages; an index right after a setting name needs no space (`gongwen.agencies.extra[0].levels`). */
function at(source: string, field: string): string {
  return field.startsWith('[') || !field ? `${source}${field}` : `${source} ${field}`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function show(v: unknown): string {
  return JSON.stringify(v) ?? String(v);
}

function name(v: unknown, field: string): string {
  if (typeof v !== 'string' || !NAME.test(v)) throw new EntryError(field, { zh: `应为 1 到 30 个汉字的名称（不含地名、标点和空格），实为 ${show(v)}`, en: `Should be a name of 1 to 30 Han characters (no place name, punctuation or spaces), not ${show(v)}` });
  return v;
}

function optionalText(v: unknown, field: string): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw new EntryError(field, { zh: `应为文字，实为 ${show(v)}`, en: `Should be text, not ${show(v)}` });
  return v;
}

function names(v: unknown, field: string): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new EntryError(field, { zh: `应为名称数组，如 ["发改委"]，实为 ${show(v)}`, en: `Should be an array of names such as ["发改委"], not ${show(v)}` });
  const out = v.map((x, i) => name(x, `${field}[${i}]`));
  const dup = out.find((x, i) => out.indexOf(x) !== i);
  if (dup) throw new EntryError(field, { zh: `“${dup}”重复`, en: `“${dup}” is listed twice` });
  return out;
}

function levels(v: unknown, field: string): AgencyLevel[] {
  if (!Array.isArray(v) || v.length === 0) throw new EntryError(field, { zh: `应为非空数组，元素为 ${AGENCY_LEVELS.join('、')}，实为 ${show(v)}`, en: `Should be a non-empty array of ${AGENCY_LEVELS.join(', ')}, not ${show(v)}` });
  return v.map((x, i) => {
    if (!AGENCY_LEVELS.includes(x as AgencyLevel)) throw new EntryError(`${field}[${i}]`, { zh: `${show(x)} 不是有效层级，应为 ${AGENCY_LEVELS.join('、')} 之一`, en: `${show(x)} is not a level; it should be one of ${AGENCY_LEVELS.join(', ')}` });
    return x as AgencyLevel;
  });
}

function prefixes(v: unknown, field: string, lv: readonly AgencyLevel[]): PrefixKind[] {
  if (v === undefined) return lv.every((l) => l === '国家') ? ['none'] : ['place'];
  if (!Array.isArray(v) || v.length === 0) throw new EntryError(field, { zh: `应为非空数组，元素为 ${PREFIX_KINDS.join('、')}，实为 ${show(v)}`, en: `Should be a non-empty array of ${PREFIX_KINDS.join(', ')}, not ${show(v)}` });
  return v.map((x, i) => {
    if (!PREFIX_KINDS.includes(x as PrefixKind)) throw new EntryError(`${field}[${i}]`, {
      zh: `${show(x)} 无效，应为 none（无需前缀）、place（地名或省/市/县/区）、party（省委/市委等）、branch（所属机构加地名）之一`,
      en: `${show(x)} is not valid; it should be one of none (no prefix), place (a place name or 省/市/县/区), party (省委, 市委 …), branch (the parent body and a place name)`,
    });
    return x as PrefixKind;
  });
}

/** `parents` must be given exactly when a `branch` prefix is allowed. */
function parents(v: unknown, field: string, kinds: readonly PrefixKind[]): string[] {
  const out = names(v, field);
  if (kinds.includes('branch') && !out.length) throw new EntryError(field, { zh: '前缀为 branch 时须列出所属机构的名称，如 ["中国人民银行", "人民银行"]', en: 'With the prefix branch, list the names of the parent body, such as ["中国人民银行", "人民银行"]' });
  if (!kinds.includes('branch') && out.length) throw new EntryError(field, { zh: '只有前缀为 branch 的条目才有所属机构', en: 'Only an entry with the prefix branch has parents' });
  return out;
}

function unknownField(o: Record<string, unknown>, allowed: ReadonlySet<string>, path: string): void {
  const extra = Object.keys(o).find((k) => !allowed.has(k));
  if (extra) throw new EntryError(`${path}.${extra}`, { zh: `未知字段，可用字段为 ${[...allowed].join('、')}`, en: `Unknown field; the fields are ${[...allowed].join(', ')}` });
}

function agencyEntry(v: unknown, path: string, origin: AgencyOrigin): AgencyEntry {
  if (!isRecord(v)) throw new EntryError(path, {
    zh: `应为对象，如 {"name": "林业和园林局", "abbreviations": ["林园局"], "levels": ["市"], "kind": "政府"}，实为 ${show(v)}`,
    en: `Should be an object such as {"name": "林业和园林局", "abbreviations": ["林园局"], "levels": ["市"], "kind": "政府"}, not ${show(v)}`,
  });
  unknownField(v, AGENCY_FIELDS, path);
  const lv = levels(v.levels, `${path}.levels`);
  if (!AGENCY_KINDS.includes(v.kind as AgencyKind)) throw new EntryError(`${path}.kind`, { zh: `${show(v.kind)} 不是有效类别，应为 ${AGENCY_KINDS.join('、')} 之一`, en: `${show(v.kind)} is not a kind; it should be one of ${AGENCY_KINDS.join(', ')}` });
  const kinds = prefixes(v.prefixes, `${path}.prefixes`, lv);
  return {
    name: name(v.name, `${path}.name`),
    title: optionalText(v.title, `${path}.title`),
    abbreviations: names(v.abbreviations, `${path}.abbreviations`),
    variants: names(v.variants, `${path}.variants`),
    levels: lv,
    kind: v.kind as AgencyKind,
    prefixes: kinds,
    parents: parents(v.parents, `${path}.parents`, kinds),
    note: optionalText(v.note, `${path}.note`),
    origin,
  };
}

function formerEntry(v: unknown, path: string): FormerEntry {
  if (!isRecord(v)) throw new EntryError(path, { zh: `应为对象，如 {"name": "环境保护局", "successor": "生态环境局", "year": 2018}，实为 ${show(v)}`, en: `Should be an object such as {"name": "环境保护局", "successor": "生态环境局", "year": 2018}, not ${show(v)}` });
  unknownField(v, FORMER_FIELDS, path);
  if (typeof v.year !== 'number' || !Number.isInteger(v.year) || v.year < 1949 || v.year > 2100) throw new EntryError(`${path}.year`, { zh: `应为 1949 到 2100 之间的年份，实为 ${show(v.year)}`, en: `Should be a year from 1949 to 2100, not ${show(v.year)}` });
  const byLevel: Partial<Record<AgencyLevel, string>> = {};
  if (v.successorByLevel !== undefined) {
    if (!isRecord(v.successorByLevel)) throw new EntryError(`${path}.successorByLevel`, { zh: `应为对象，如 {"省": "应急管理厅"}，实为 ${show(v.successorByLevel)}`, en: `Should be an object such as {"省": "应急管理厅"}, not ${show(v.successorByLevel)}` });
    for (const [level, successor] of Object.entries(v.successorByLevel)) {
      if (!AGENCY_LEVELS.includes(level as AgencyLevel) || level === '国家') throw new EntryError(`${path}.successorByLevel.${level}`, { zh: `“${level}”不是有效层级，应为 省、市、县、区、乡镇 之一`, en: `“${level}” is not a level; it should be one of 省, 市, 县, 区, 乡镇` });
      byLevel[level as AgencyLevel] = name(successor, `${path}.successorByLevel.${level}`);
    }
  }
  if (v.approximate !== undefined && typeof v.approximate !== 'boolean') throw new EntryError(`${path}.approximate`, { zh: `应为 true 或 false，实为 ${show(v.approximate)}`, en: `Should be true or false, not ${show(v.approximate)}` });
  let date = String(v.year);
  if (v.date !== undefined) {
    const m = typeof v.date === 'string' ? DATE.exec(v.date) : null;
    if (!m || Number(m[1]) !== v.year) throw new EntryError(`${path}.date`, { zh: `应为 ${v.year}、${v.year}-07 或 ${v.year}-07-20 形式的日期，年份与 year 相同，实为 ${show(v.date)}`, en: `Should be a date like ${v.year}, ${v.year}-07 or ${v.year}-07-20, in the year of year, not ${show(v.date)}` });
    date = v.date as string;
  }
  const replacement = optionalText(v.replacement, `${path}.replacement`);
  if (replacement !== undefined && !REPLACEMENT.test(replacement)) throw new EntryError(`${path}.replacement`, { zh: `应为汉字，可含一处 {place}，实为 ${show(replacement)}`, en: `Should be Han characters with at most one {place}, not ${show(replacement)}` });
  const byPlace: Record<string, string> = {};
  if (v.replacementByPlace !== undefined) {
    if (!isRecord(v.replacementByPlace)) throw new EntryError(`${path}.replacementByPlace`, { zh: `应为对象，如 {"济南": "中国人民银行山东省分行"}，实为 ${show(v.replacementByPlace)}`, en: `Should be an object such as {"济南": "中国人民银行山东省分行"}, not ${show(v.replacementByPlace)}` });
    for (const [place, text] of Object.entries(v.replacementByPlace)) byPlace[name(place, `${path}.replacementByPlace`)] = name(text, `${path}.replacementByPlace.${place}`);
  }
  const lv = v.levels === undefined ? (['省', '市', '县', '区'] as AgencyLevel[]) : levels(v.levels, `${path}.levels`);
  const kinds = prefixes(v.prefixes, `${path}.prefixes`, lv);
  return {
    name: name(v.name, `${path}.name`),
    abbreviations: names(v.abbreviations, `${path}.abbreviations`),
    successor: name(v.successor, `${path}.successor`),
    successorByLevel: byLevel,
    year: v.year,
    date,
    approximate: v.approximate === true,
    reform: optionalText(v.reform, `${path}.reform`),
    levels: lv,
    prefixes: kinds,
    parents: parents(v.parents, `${path}.parents`, kinds),
    replacement,
    replacementByPlace: byPlace,
    source: optionalText(v.source, `${path}.source`),
    note: optionalText(v.note, `${path}.note`),
  };
}

/**
 * User entries one dictionary file or setting may hold: thousands are more than any office keeps, and
 * compiling them stays a matter of milliseconds (400,000 entries blocked the server for minutes). Names,
 * abbreviations and variants together are limited too.
 */
export const MAX_USER_AGENCIES = 5000;
export const MAX_USER_FORMS = 20000;

/** Why user entries are refused as a whole (too many), or undefined. */
export function tooManyEntries(entries: readonly AgencyEntry[]): Bilingual | undefined {
  let forms = 0;
  for (const e of entries) forms += 1 + e.abbreviations.length + e.variants.length;
  if (entries.length > MAX_USER_AGENCIES) return { zh: `有 ${entries.length} 个条目，超过上限 ${MAX_USER_AGENCIES} 个`, en: `There are ${entries.length} entries, over the limit of ${MAX_USER_AGENCIES}` };
  if (forms > MAX_USER_FORMS) return { zh: `名称、简称和别称共 ${forms} 个，超过上限 ${MAX_USER_FORMS} 个`, en: `There are ${forms} names, abbreviations and variants in all, over the limit of ${MAX_USER_FORMS}` };
  return undefined;
}

/**
 * Validate a list of agency entries (the `gongwen.agencies.extra` setting, or a file's `agencies`).
 * A bad entry is dropped with one message naming the source and field; the others still apply.
 */
export function validateAgencyEntries(raw: unknown, source: string, origin: AgencyOrigin, path = ''): { entries: AgencyEntry[]; problems: AgencyDataProblem[] } {
  const problems: AgencyDataProblem[] = [];
  const entries: AgencyEntry[] = [];
  if (raw === undefined || raw === null) return { entries, problems };
  if (!Array.isArray(raw)) {
    problems.push(configProblem(at(source, path), { zh: `应为机构条目的数组，实为 ${show(raw)}；已忽略。`, en: `Should be an array of agency entries, not ${show(raw)}; ignored.` }));
    return { entries, problems };
  }
  raw.forEach((item, i) => {
    const itemPath = `${path}[${i}]`;
    try {
      entries.push(agencyEntry(item, itemPath, origin));
    } catch (e) {
      if (!(e instanceof EntryError)) throw e;
      const named = isRecord(item) && typeof item.name === 'string';
      problems.push(configProblem(at(source, e.field), { zh: `${e.text.zh}；已忽略此条目${named ? `（“${item.name}”）` : ''}。`, en: `${e.text.en}; this entry${named ? ` (“${item.name}”)` : ''} is ignored.` }));
    }
  });
  return { entries, problems };
}

/** `{word: [forms]}` of the derivation lexicon: words and forms of Han characters (`""` drops a word from a contraction). */
function wordTable(v: unknown, field: string, allowEmpty: boolean, problems: AgencyDataProblem[]): Record<string, readonly string[]> {
  const out: Record<string, readonly string[]> = {};
  if (v === undefined) return out;
  if (!isRecord(v)) {
    problems.push(configProblem(field, { zh: `应为对象，如 {"发展": ["发"]}，实为 ${show(v)}；已忽略此字段。`, en: `Should be an object such as {"发展": ["发"]}, not ${show(v)}; this field is ignored.` }));
    return out;
  }
  for (const [word, forms] of Object.entries(v)) {
    const ok = NAME.test(word) && word.length >= 2 && Array.isArray(forms) && forms.length > 0
      && forms.every((f) => typeof f === 'string' && (f === '' ? allowEmpty : NAME.test(f)) && f.length < word.length);
    if (ok) out[word] = forms as string[];
    else problems.push(configProblem(`${field}.${word}`, { zh: `应为至少两个汉字的词和比它短的写法的数组，实为 ${show(forms)}；已忽略。`, en: `Should map a word of at least two Han characters to an array of shorter forms, not ${show(forms)}; ignored.` }));
  }
  return out;
}

function derivationLexicon(v: unknown, field: string, problems: AgencyDataProblem[]): DerivationLexicon {
  if (v !== undefined && !isRecord(v)) {
    problems.push(configProblem(field, { zh: `应为对象 {"initials": {...}, "shortWords": {...}}，实为 ${show(v)}；已忽略此字段。`, en: `Should be an object {"initials": {...}, "shortWords": {...}}, not ${show(v)}; this field is ignored.` }));
    return { initials: {}, shortWords: {} };
  }
  const o = (v ?? {}) as Record<string, unknown>;
  return { initials: wordTable(o.initials, `${field}.initials`, true, problems), shortWords: wordTable(o.shortWords, `${field}.shortWords`, false, problems) };
}

/** Validate a whole dictionary file (the built-in data or a workspace `.gongwen/agencies.json`). */
export function validateAgencyData(raw: unknown, source: string, origin: AgencyOrigin): { data: AgencyData | undefined; problems: AgencyDataProblem[] } {
  const problems: AgencyDataProblem[] = [];
  if (!isRecord(raw)) {
    problems.push(configProblem(source, { zh: `文件内容应为对象 {"version": "1.0.0", "agencies": [...]}，实为 ${show(raw)}；已忽略此文件。`, en: `The file should hold an object {"version": "1.0.0", "agencies": [...]}, not ${show(raw)}; this file is ignored.` }));
    return { data: undefined, problems };
  }
  const extra = Object.keys(raw).find((k) => !FILE_FIELDS.has(k));
  if (extra) problems.push(configProblem(`${source} ${extra}`, { zh: `未知字段，可用字段为 ${[...FILE_FIELDS].join('、')}；已忽略此字段。`, en: `Unknown field; the fields are ${[...FILE_FIELDS].join(', ')}. This field is ignored.` }));
  if (typeof raw.version !== 'string' || !VERSION.test(raw.version)) {
    problems.push(configProblem(`${source} version`, { zh: `应为版本号，如 "1.0.0"，实为 ${show(raw.version)}；已忽略此文件。`, en: `Should be a version number such as "1.0.0", not ${show(raw.version)}; this file is ignored.` }));
    return { data: undefined, problems };
  }
  const boundaries: Record<string, string> = {};
  if (raw.boundaries !== undefined) {
    if (!isRecord(raw.boundaries)) problems.push(configProblem(`${source} boundaries`, { zh: `应为对象，如 {"部": "门"}，实为 ${show(raw.boundaries)}；已忽略此字段。`, en: `Should be an object such as {"部": "门"}, not ${show(raw.boundaries)}; this field is ignored.` }));
    else {
      for (const [last, chars] of Object.entries(raw.boundaries)) {
        if ([...last].length === 1 && typeof chars === 'string') boundaries[last] = chars;
        else problems.push(configProblem(`${source} boundaries.${last}`, { zh: `键应为一个字、值应为文字，实为 ${show(chars)}；已忽略。`, en: `The key should be one character and the value text, not ${show(chars)}; ignored.` }));
      }
    }
  }
  const derivation = derivationLexicon(raw.derivation, `${source} derivation`, problems);
  const agencies = validateAgencyEntries(raw.agencies ?? [], source, origin, 'agencies');
  // One by one: a spread of 200,000 problems (a 2 MB file of bad entries) would overflow the call stack.
  for (const p of agencies.problems) problems.push(p);
  const former: FormerEntry[] = [];
  if (raw.former !== undefined) {
    if (!Array.isArray(raw.former)) problems.push(configProblem(`${source} former`, { zh: `应为旧名称条目的数组，实为 ${show(raw.former)}；已忽略此字段。`, en: `Should be an array of former-name entries, not ${show(raw.former)}; this field is ignored.` }));
    else {
      raw.former.forEach((item, i) => {
        try {
          former.push(formerEntry(item, `former[${i}]`));
        } catch (e) {
          if (!(e instanceof EntryError)) throw e;
          problems.push(configProblem(at(source, e.field), { zh: `${e.text.zh}；已忽略此条目。`, en: `${e.text.en}; this entry is ignored.` }));
        }
      });
    }
  }
  return { data: { version: raw.version, boundaries, derivation, agencies: agencies.entries, former }, problems };
}
