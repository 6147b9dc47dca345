import type { ZoneKind } from '../model/frame';
import { ZONE_KINDS } from '../model/frame';
import type { Bilingual } from '../model/bilingual';
import type { ConfigProblem } from '../model/problems';
import { configProblem } from '../model/problems';
import type { WordEntry } from './entries';

/**
 * The unit's own lexicon, `.gongwen/terms.json`: words the unit replaces or avoids (with the 审核依据,
 * 例外语句, the zones and dates they apply to) and a whitelist of phrases no word rule reports. Pure:
 * the caller reads the file; this validates it into typed entries for the word lexicon.
 */

export interface UnitTermsFile {
  readonly version?: string;
  readonly terms?: readonly unknown[];
  readonly whitelist?: readonly unknown[];
}

export interface UnitTerms {
  readonly entries: readonly WordEntry[];
  readonly whitelist: readonly string[];
}

export const EMPTY_UNIT_TERMS: UnitTerms = { entries: [], whitelist: [] };

const TERM_FIELDS = new Set(['word', 'suggestion', 'reason', 'exceptions', 'before', 'after', 'notBefore', 'notAfter', 'scope', 'from', 'until', 'severity']);
const FILE_FIELDS = new Set(['$schema', 'version', 'description', 'terms', 'whitelist']);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Non-empty strings without a line break (a term, its context and its exceptions lie on one line). */
function phrases(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((s) => typeof s === 'string' && s.length > 0 && !/[\r\n]/.test(s));
}

/** One term, or what is wrong with it (field and text). */
function term(raw: unknown): WordEntry | { field: string; text: Bilingual } {
  if (!isRecord(raw)) return { field: '', text: { zh: '应为对象，形如 {"word": "河长办", "suggestion": "河长制办公室", "reason": "…"}', en: 'Should be an object such as {"word": "河长办", "suggestion": "河长制办公室", "reason": "…"}' } };
  for (const k of Object.keys(raw)) if (!TERM_FIELDS.has(k)) return { field: `.${k}`, text: { zh: `未知字段“${k}”；可用字段：${[...TERM_FIELDS].join('、')}`, en: `Unknown field “${k}”; the fields are ${[...TERM_FIELDS].join(', ')}` } };
  const { word, suggestion, reason, exceptions, scope, from, until, severity } = raw;
  if (typeof word !== 'string' || word.length < 2 || word.length > 40 || /\s/.test(word)) return { field: '.word', text: { zh: '应为 2 到 40 个字符、不含空白的词语', en: 'Should be a word of 2 to 40 characters without white space' } };
  if (suggestion !== undefined && (typeof suggestion !== 'string' || !suggestion || suggestion === word)) return { field: '.suggestion', text: { zh: '应为与 word 不同的非空字符串', en: 'Should be a non-empty string other than word' } };
  if (reason !== undefined && (typeof reason !== 'string' || !reason)) return { field: '.reason', text: { zh: '应为非空字符串（审核依据）', en: 'Should be a non-empty string (the grounds for the term)' } };
  if (exceptions !== undefined && !phrases(exceptions)) return { field: '.exceptions', text: { zh: '应为例外语句（字符串）的数组', en: 'Should be an array of exception phrases (strings)' } };
  for (const k of ['before', 'after', 'notBefore', 'notAfter'] as const) if (raw[k] !== undefined && !phrases(raw[k])) return { field: `.${k}`, text: { zh: '应为不含换行的非空字符串的数组', en: 'Should be an array of non-empty strings without line breaks' } };
  if (scope !== undefined && !(Array.isArray(scope) && scope.length && scope.every((z) => ZONE_KINDS.includes(z as ZoneKind)))) {
    return { field: '.scope', text: { zh: `应为公文部分的数组，可选：${ZONE_KINDS.join('、')}`, en: `Should be an array of parts of the document, from: ${ZONE_KINDS.join(', ')}` } };
  }
  for (const [k, v] of [['from', from], ['until', until]] as const) if (v !== undefined && (typeof v !== 'string' || !DATE.test(v))) return { field: `.${k}`, text: { zh: '应为日期 YYYY-MM-DD', en: 'Should be a date YYYY-MM-DD' } };
  if (typeof from === 'string' && typeof until === 'string' && until < from) return { field: '.until', text: { zh: '不应早于 from', en: 'Should not be earlier than from' } };
  if (severity !== undefined && severity !== 'warning' && severity !== 'information') return { field: '.severity', text: { zh: '应为 warning 或 information', en: 'Should be warning or information' } };
  const context: Record<string, readonly string[]> = {};
  for (const k of ['before', 'after', 'notBefore', 'notAfter'] as const) if (raw[k] !== undefined) context[k] = raw[k] as string[];
  return {
    list: '本单位', wrong: word, right: suggestion as string | undefined, reason: (reason as string | undefined) ?? '本单位词表列出的词语。', source: '本单位词表',
    severity: severity as WordEntry['severity'], correct: (exceptions as string[] | undefined) ?? [], incorrect: [],
    scope: scope as ZoneKind[] | undefined, from: from as string | undefined, until: until as string | undefined, ...context,
  };
}

/** `.gongwen/terms.json` validated: bad terms are dropped with a problem each, the rest applies. */
export function validateUnitTerms(raw: unknown, source: string): { terms: UnitTerms; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  if (!isRecord(raw)) {
    return { terms: EMPTY_UNIT_TERMS, problems: [configProblem(source, { zh: '应为对象，形如 {"version": "1.0.0", "terms": [...], "whitelist": [...]}；已忽略此文件。', en: 'Should be an object such as {"version": "1.0.0", "terms": [...], "whitelist": [...]}; this file is ignored.' })] };
  }
  for (const k of Object.keys(raw)) if (!FILE_FIELDS.has(k)) problems.push(configProblem(`${source} ${k}`, { zh: `未知字段“${k}”；已忽略。`, en: `Unknown field “${k}”; ignored.` }));
  const entries: WordEntry[] = [];
  if (raw.terms !== undefined && !Array.isArray(raw.terms)) problems.push(configProblem(`${source} terms`, { zh: '应为数组；已忽略。', en: 'Should be an array; ignored.' }));
  else {
    (raw.terms ?? []).forEach((t, i) => {
      const v = term(t);
      if ('field' in v) problems.push(configProblem(`${source} terms[${i}]${v.field}`, { zh: `${v.text.zh}；已忽略此条。`, en: `${v.text.en}; this term is ignored.` }));
      else entries.push(v);
    });
  }
  const whitelist: string[] = [];
  if (raw.whitelist !== undefined && !Array.isArray(raw.whitelist)) problems.push(configProblem(`${source} whitelist`, { zh: '应为字符串数组；已忽略。', en: 'Should be an array of strings; ignored.' }));
  else {
    (raw.whitelist ?? []).forEach((w, i) => {
      if (typeof w === 'string' && w.length >= 2 && w.length <= 60 && !/[\r\n]/.test(w)) whitelist.push(w);
      else problems.push(configProblem(`${source} whitelist[${i}]`, { zh: '应为 2 到 60 个字符、不含换行的词语或语句；已忽略此条。', en: 'Should be a word or phrase of 2 to 60 characters without line breaks; this item is ignored.' }));
    });
  }
  return { terms: { entries, whitelist }, problems };
}
