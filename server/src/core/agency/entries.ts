/**
 * The agency data as JSON gives it (agencies.schema.json) and its validated, normalised form.
 * Pure: the caller reads the file and passes the parsed value with the name to cite in messages.
 */

export type AgencyLevel = '国家' | '省' | '市' | '县' | '区';
export type AgencyKind = '党委' | '人大' | '政府' | '政协' | '纪委监委' | '审判机关' | '检察机关' | '群团' | '垂直管理' | '议事协调' | '其他';
/** What must stand before the name: nothing, a place (`市`, `长春市`), or a party committee (`市委`). */
export type PrefixKind = 'none' | 'place' | 'party';

export const AGENCY_LEVELS: readonly AgencyLevel[] = ['国家', '省', '市', '县', '区'];
export const AGENCY_KINDS: readonly AgencyKind[] = ['党委', '人大', '政府', '政协', '纪委监委', '审判机关', '检察机关', '群团', '垂直管理', '议事协调', '其他'];
export const PREFIX_KINDS: readonly PrefixKind[] = ['none', 'place', 'party'];

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
  readonly approximate: boolean;
  readonly reform?: string;
  readonly levels: readonly AgencyLevel[];
  readonly prefixes: readonly PrefixKind[];
  readonly note?: string;
}

export interface AgencyData {
  readonly version: string;
  /** Last character of a name → characters that, right after it, show the name is part of another word. */
  readonly boundaries: Readonly<Record<string, string>>;
  readonly agencies: readonly AgencyEntry[];
  readonly former: readonly FormerEntry[];
}

export interface AgencyDataProblem {
  /** File (or setting) and field, e.g. `.gongwen/agencies.json agencies[2].levels`. */
  readonly source: string;
  readonly message: string;
}

const NAME = /^[\u3400-\u9fff]{1,30}$/;
const VERSION = /^[0-9]+\.[0-9]+\.[0-9]+$/;
const AGENCY_FIELDS = new Set(['name', 'title', 'abbreviations', 'variants', 'levels', 'kind', 'prefixes', 'note']);
const FORMER_FIELDS = new Set(['name', 'abbreviations', 'successor', 'successorByLevel', 'year', 'approximate', 'reform', 'levels', 'prefixes', 'note']);
const FILE_FIELDS = new Set(['$schema', 'version', 'description', 'boundaries', 'agencies', 'former']);

class EntryError extends Error {
  constructor(readonly field: string, message: string) {
    super(message);
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
  if (typeof v !== 'string' || !NAME.test(v)) throw new EntryError(field, `应为 1 到 30 个汉字的名称（不含地名、标点和空格），实为 ${show(v)}`);
  return v;
}

function optionalText(v: unknown, field: string): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw new EntryError(field, `应为文字，实为 ${show(v)}`);
  return v;
}

function names(v: unknown, field: string): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new EntryError(field, `应为名称数组，如 ["发改委"]，实为 ${show(v)}`);
  const out = v.map((x, i) => name(x, `${field}[${i}]`));
  const dup = out.find((x, i) => out.indexOf(x) !== i);
  if (dup) throw new EntryError(field, `“${dup}”重复`);
  return out;
}

function levels(v: unknown, field: string): AgencyLevel[] {
  if (!Array.isArray(v) || v.length === 0) throw new EntryError(field, `应为非空数组，元素为 ${AGENCY_LEVELS.join('、')}，实为 ${show(v)}`);
  return v.map((x, i) => {
    if (!AGENCY_LEVELS.includes(x as AgencyLevel)) throw new EntryError(`${field}[${i}]`, `${show(x)} 不是有效层级，应为 ${AGENCY_LEVELS.join('、')} 之一`);
    return x as AgencyLevel;
  });
}

function prefixes(v: unknown, field: string, lv: readonly AgencyLevel[]): PrefixKind[] {
  if (v === undefined) return lv.every((l) => l === '国家') ? ['none'] : ['place'];
  if (!Array.isArray(v) || v.length === 0) throw new EntryError(field, `应为非空数组，元素为 ${PREFIX_KINDS.join('、')}，实为 ${show(v)}`);
  return v.map((x, i) => {
    if (!PREFIX_KINDS.includes(x as PrefixKind)) throw new EntryError(`${field}[${i}]`, `${show(x)} 无效，应为 none（无需前缀）、place（地名或省/市/县/区）、party（省委/市委等）之一`);
    return x as PrefixKind;
  });
}

function unknownField(o: Record<string, unknown>, allowed: ReadonlySet<string>, path: string): void {
  const extra = Object.keys(o).find((k) => !allowed.has(k));
  if (extra) throw new EntryError(`${path}.${extra}`, `未知字段，可用字段为 ${[...allowed].join('、')}`);
}

function agencyEntry(v: unknown, path: string, origin: AgencyOrigin): AgencyEntry {
  if (!isRecord(v)) throw new EntryError(path, `应为对象，如 {"name": "林业和园林局", "abbreviations": ["林园局"], "levels": ["市"], "kind": "政府"}，实为 ${show(v)}`);
  unknownField(v, AGENCY_FIELDS, path);
  const lv = levels(v.levels, `${path}.levels`);
  if (!AGENCY_KINDS.includes(v.kind as AgencyKind)) throw new EntryError(`${path}.kind`, `${show(v.kind)} 不是有效类别，应为 ${AGENCY_KINDS.join('、')} 之一`);
  return {
    name: name(v.name, `${path}.name`),
    title: optionalText(v.title, `${path}.title`),
    abbreviations: names(v.abbreviations, `${path}.abbreviations`),
    variants: names(v.variants, `${path}.variants`),
    levels: lv,
    kind: v.kind as AgencyKind,
    prefixes: prefixes(v.prefixes, `${path}.prefixes`, lv),
    note: optionalText(v.note, `${path}.note`),
    origin,
  };
}

function formerEntry(v: unknown, path: string): FormerEntry {
  if (!isRecord(v)) throw new EntryError(path, `应为对象，如 {"name": "环境保护局", "successor": "生态环境局", "year": 2018}，实为 ${show(v)}`);
  unknownField(v, FORMER_FIELDS, path);
  if (typeof v.year !== 'number' || !Number.isInteger(v.year) || v.year < 1949 || v.year > 2100) throw new EntryError(`${path}.year`, `应为 1949 到 2100 之间的年份，实为 ${show(v.year)}`);
  const byLevel: Partial<Record<AgencyLevel, string>> = {};
  if (v.successorByLevel !== undefined) {
    if (!isRecord(v.successorByLevel)) throw new EntryError(`${path}.successorByLevel`, `应为对象，如 {"省": "应急管理厅"}，实为 ${show(v.successorByLevel)}`);
    for (const [level, successor] of Object.entries(v.successorByLevel)) {
      if (!AGENCY_LEVELS.includes(level as AgencyLevel) || level === '国家') throw new EntryError(`${path}.successorByLevel.${level}`, `“${level}”不是有效层级，应为 省、市、县、区 之一`);
      byLevel[level as AgencyLevel] = name(successor, `${path}.successorByLevel.${level}`);
    }
  }
  if (v.approximate !== undefined && typeof v.approximate !== 'boolean') throw new EntryError(`${path}.approximate`, `应为 true 或 false，实为 ${show(v.approximate)}`);
  const lv = v.levels === undefined ? (['省', '市', '县', '区'] as AgencyLevel[]) : levels(v.levels, `${path}.levels`);
  return {
    name: name(v.name, `${path}.name`),
    abbreviations: names(v.abbreviations, `${path}.abbreviations`),
    successor: name(v.successor, `${path}.successor`),
    successorByLevel: byLevel,
    year: v.year,
    approximate: v.approximate === true,
    reform: optionalText(v.reform, `${path}.reform`),
    levels: lv,
    prefixes: prefixes(v.prefixes, `${path}.prefixes`, lv),
    note: optionalText(v.note, `${path}.note`),
  };
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
    problems.push({ source: at(source, path), message: `应为机构条目的数组，实为 ${show(raw)}；已忽略。` });
    return { entries, problems };
  }
  raw.forEach((item, i) => {
    const itemPath = `${path}[${i}]`;
    try {
      entries.push(agencyEntry(item, itemPath, origin));
    } catch (e) {
      if (!(e instanceof EntryError)) throw e;
      const label = isRecord(item) && typeof item.name === 'string' ? `（“${item.name}”）` : '';
      problems.push({ source: at(source, e.field), message: `${e.message}；已忽略此条目${label}。` });
    }
  });
  return { entries, problems };
}

/** Validate a whole dictionary file (the built-in data or a workspace `.gongwen/agencies.json`). */
export function validateAgencyData(raw: unknown, source: string, origin: AgencyOrigin): { data: AgencyData | undefined; problems: AgencyDataProblem[] } {
  const problems: AgencyDataProblem[] = [];
  if (!isRecord(raw)) {
    problems.push({ source, message: `文件内容应为对象 {"version": "1.0.0", "agencies": [...]}，实为 ${show(raw)}；已忽略此文件。` });
    return { data: undefined, problems };
  }
  const extra = Object.keys(raw).find((k) => !FILE_FIELDS.has(k));
  if (extra) problems.push({ source: `${source} ${extra}`, message: `未知字段，可用字段为 ${[...FILE_FIELDS].join('、')}；已忽略此字段。` });
  if (typeof raw.version !== 'string' || !VERSION.test(raw.version)) {
    problems.push({ source: `${source} version`, message: `应为版本号，如 "1.0.0"，实为 ${show(raw.version)}；已忽略此文件。` });
    return { data: undefined, problems };
  }
  const boundaries: Record<string, string> = {};
  if (raw.boundaries !== undefined) {
    if (!isRecord(raw.boundaries)) problems.push({ source: `${source} boundaries`, message: `应为对象，如 {"部": "门"}，实为 ${show(raw.boundaries)}；已忽略此字段。` });
    else {
      for (const [last, chars] of Object.entries(raw.boundaries)) {
        if ([...last].length === 1 && typeof chars === 'string') boundaries[last] = chars;
        else problems.push({ source: `${source} boundaries.${last}`, message: `键应为一个字、值应为文字，实为 ${show(chars)}；已忽略。` });
      }
    }
  }
  const agencies = validateAgencyEntries(raw.agencies ?? [], source, origin, 'agencies');
  // One by one: a spread of 200,000 problems (a 2 MB file of bad entries) would overflow the call stack.
  for (const p of agencies.problems) problems.push(p);
  const former: FormerEntry[] = [];
  if (raw.former !== undefined) {
    if (!Array.isArray(raw.former)) problems.push({ source: `${source} former`, message: `应为旧名称条目的数组，实为 ${show(raw.former)}；已忽略此字段。` });
    else {
      raw.former.forEach((item, i) => {
        try {
          former.push(formerEntry(item, `former[${i}]`));
        } catch (e) {
          if (!(e instanceof EntryError)) throw e;
          problems.push({ source: at(source, e.field), message: `${e.message}；已忽略此条目。` });
        }
      });
    }
  }
  return { data: { version: raw.version, boundaries, agencies: agencies.entries, former }, problems };
}
