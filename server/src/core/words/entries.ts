import type { ZoneKind } from '../model/frame';

/**
 * Word list entries (易错词, 异形词, the unit's own terms) as the data files give them, validated into
 * typed values. Pure: the caller reads a file and passes the parsed value with the name to cite.
 * Context is plain strings (no user regular expressions): what must or must not stand right before or
 * after the word, or later in the same clause.
 */

export type WordList = '易错词' | '异形词' | '本单位';
export const WORD_LISTS: readonly WordList[] = ['易错词', '异形词', '本单位'];

export interface WordContext {
  /** One of these must stand right before the word. */
  readonly before?: readonly string[];
  /** One of these must follow right after it. */
  readonly after?: readonly string[];
  readonly notBefore?: readonly string[];
  readonly notAfter?: readonly string[];
  /** One of these must follow later in the same clause (既要……又要). */
  readonly later?: readonly string[];
}

export interface WordEntry extends WordContext {
  readonly list: WordList;
  readonly wrong: string;
  /** The fix; absent for a unit term that only warns. */
  readonly right?: string;
  readonly reason: string;
  /** Key of the data file's `sources`, or the unit's own 审核依据. */
  readonly source: string;
  readonly severity?: 'warning' | 'information';
  /** Sentences containing the word that are right and must stay silent (also 例外语句 of a unit term). */
  readonly correct: readonly string[];
  readonly incorrect: readonly string[];
  /** Unit terms only: the parts of a 公文 where the term applies (all when absent). */
  readonly scope?: readonly ZoneKind[];
  /** Unit terms only: the dates (YYYY-MM-DD) between which it applies, read against the draft's date. */
  readonly from?: string;
  readonly until?: string;
}

export interface WordData {
  readonly version: string;
  readonly date: string;
  readonly sources: Readonly<Record<string, string>>;
  readonly entries: readonly WordEntry[];
}

export interface WordDataProblem {
  readonly source: string;
  readonly message: string;
}

const CONTEXT_FIELDS = ['before', 'after', 'notBefore', 'notAfter', 'later'] as const;
const ENTRY_FIELDS = new Set(['list', 'wrong', 'right', 'reason', 'source', 'severity', 'correct', 'incorrect', ...CONTEXT_FIELDS]);
const FILE_FIELDS = new Set(['$schema', 'version', 'date', 'description', 'sources', 'entries']);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Non-empty strings without a line break: context is read on the word's own line. */
function strings(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((s) => typeof s === 'string' && s.length > 0 && !/[\r\n]/.test(s));
}

/** One entry, or the message saying what is wrong with it. */
export function validateWordEntry(raw: unknown, lists: readonly WordList[] = WORD_LISTS): WordEntry | { field: string; message: string } {
  if (!isRecord(raw)) return { field: '', message: '应为对象' };
  for (const k of Object.keys(raw)) if (!ENTRY_FIELDS.has(k)) return { field: k, message: `未知字段“${k}”` };
  if (!lists.includes(raw.list as WordList)) return { field: 'list', message: `应为 ${lists.join('、')} 之一` };
  if (typeof raw.wrong !== 'string' || raw.wrong.length < 2 || raw.wrong.length > 40 || /\s/.test(raw.wrong)) return { field: 'wrong', message: '应为 2 到 40 个字符、不含空白的词语' };
  if (raw.right !== undefined && (typeof raw.right !== 'string' || raw.right === raw.wrong)) return { field: 'right', message: '应为与 wrong 不同的字符串' };
  if (typeof raw.reason !== 'string' || !raw.reason) return { field: 'reason', message: '应写明理由' };
  if (typeof raw.source !== 'string' || !raw.source) return { field: 'source', message: '应写明依据' };
  if (raw.severity !== undefined && raw.severity !== 'warning' && raw.severity !== 'information') return { field: 'severity', message: '应为 warning 或 information' };
  for (const k of CONTEXT_FIELDS) if (raw[k] !== undefined && !strings(raw[k])) return { field: k, message: '应为不含换行的非空字符串的数组' };
  for (const k of ['correct', 'incorrect'] as const) if (raw[k] !== undefined && !strings(raw[k])) return { field: k, message: '应为非空字符串的数组' };
  const entry: WordEntry = {
    list: raw.list as WordList,
    wrong: raw.wrong,
    right: raw.right as string | undefined,
    reason: raw.reason,
    source: raw.source,
    severity: raw.severity as WordEntry['severity'],
    correct: (raw.correct as string[] | undefined) ?? [],
    incorrect: (raw.incorrect as string[] | undefined) ?? [],
  };
  const context: Record<string, readonly string[]> = {};
  for (const k of CONTEXT_FIELDS) if (raw[k] !== undefined) context[k] = raw[k] as string[];
  return { ...entry, ...context };
}

/** The built-in word file: every entry valid, every source key known. */
export function validateWordData(raw: unknown, source: string): { data?: WordData; problems: WordDataProblem[] } {
  const problems: WordDataProblem[] = [];
  if (!isRecord(raw)) return { problems: [{ source, message: '应为对象' }] };
  for (const k of Object.keys(raw)) if (!FILE_FIELDS.has(k)) problems.push({ source: `${source} ${k}`, message: `未知字段“${k}”` });
  if (typeof raw.version !== 'string' || !/^\d+\.\d+\.\d+$/.test(raw.version)) problems.push({ source: `${source} version`, message: '应为 x.y.z' });
  if (typeof raw.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(raw.date)) problems.push({ source: `${source} date`, message: '应为 YYYY-MM-DD' });
  const sources = isRecord(raw.sources) ? (raw.sources as Record<string, string>) : {};
  const entries: WordEntry[] = [];
  if (!Array.isArray(raw.entries)) problems.push({ source: `${source} entries`, message: '应为数组' });
  else {
    raw.entries.forEach((e, i) => {
      const v = validateWordEntry(e, ['易错词', '异形词']);
      if ('field' in v) problems.push({ source: `${source} entries[${i}]${v.field ? `.${v.field}` : ''}`, message: v.message });
      else if (!sources[v.source]) problems.push({ source: `${source} entries[${i}].source`, message: `未在 sources 中列出“${v.source}”` });
      else if (!v.right) problems.push({ source: `${source} entries[${i}].right`, message: '内置条目应给出正确写法' });
      else entries.push(v);
    });
  }
  return { data: { version: String(raw.version), date: String(raw.date), sources, entries }, problems };
}
