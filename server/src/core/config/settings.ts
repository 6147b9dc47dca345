import type { AgencyEntry, AgencyOrigin } from '../agency/entries';
import { tooManyEntries, validateAgencyEntries } from '../agency/entries';
import type { Bilingual } from '../model/bilingual';
import type { Severity } from '../model/findings';
import { SEVERITIES } from '../model/findings';
import type { Place, PlaceTable } from '../places/places';
import type { NamedPlace } from '../places/named';
import { fullName, namedPlace } from '../places/named';
import type { JsonSchema, ValueType } from './schema';
import { arrayType, booleanType, enumType, numberType, show, stringType } from './schema';

/**
 * Every setting, declared once: its value type (JSON Schema and check), default, where it may be set and
 * what it does. The VS Code settings in package.json, the schema of `.gongwen/config.json` and README's
 * settings table are generated from this list (`npm run docs`); the server and the CLI resolve settings
 * with it (`resolveSettings`). Adding an option is one entry here; a rule reads it with `option()`.
 */

/** `off`, a severity, or `default` (the rule's own). */
export type RuleSetting = 'off' | 'default' | Severity;

/** How placeholders are reported: while drafting (hints or warnings) or at the final check (errors). */
export type PlaceholderMode = 'hint' | 'warning' | 'final';

/** When diagnostics are computed. */
/** The language a writer reads findings in; `auto` follows the editor's display language. */
export type FindingsLanguage = 'auto' | 'zh' | 'en';
export type RunMode = 'onType' | 'onSave' | 'manual';

/**
 * Which date renamed agency names are judged against: today (a draft reusing last year's plan must use
 * the current names), or each document's own 成文日期 (reviewing an archive: a name right when the
 * document was written is not reported).
 */
export type AgencyAsOf = 'today' | 'documentDate';
export const AGENCY_AS_OF: readonly AgencyAsOf[] = ['today', 'documentDate'];

export type { ConfigProblem } from '../model/problems';

/** What is wrong with one part of a value (`field`: `.numbering-gap`, `[2]`, or `` for the whole). */
export interface FieldProblem {
  readonly field: string;
  readonly text: Bilingual;
}

/** What a check needs to know besides the value: the rule ids, the division table, and whose agency entries these are. */
export interface CheckContext {
  readonly ruleIds: ReadonlySet<string>;
  /** Absent only where no dictionaries are loaded (then no division can be checked). */
  readonly places: PlaceTable | undefined;
  readonly origin: AgencyOrigin;
}

/**
 * A value type that can keep part of a value (the valid rules or agency entries of a list) and
 * report each bad part on its own, with the field it is at.
 */
export interface PartialType<T> {
  readonly partial: true;
  readonly schema: JsonSchema;
  check(raw: unknown, context: CheckContext): { value: T | undefined; problems: FieldProblem[] };
}

/**
 * `project`: a team shares it in `.gongwen/config.json`, and the CLI reads it too; `editor`: only a
 * VS Code setting (when and how the editor checks).
 */
export type SettingScope = 'project' | 'editor';

export interface SettingDeclaration<T, S extends SettingScope = SettingScope> {
  readonly type: ValueType<T> | PartialType<T>;
  readonly default: T;
  readonly scope: S;
  /**
   * How a value of a later layer (VS Code settings over the file) combines with an earlier one:
   * `replace` (the default); `byKey` (objects: per key); `append` (lists of entries).
   */
  readonly merge?: 'replace' | 'byKey' | 'append';
  /** Chinese description (settings UI, README); English fallback. */
  readonly zh: string;
  readonly en: string;
}

function declare<T, S extends SettingScope>(d: SettingDeclaration<T, S>): SettingDeclaration<T, S> {
  return d;
}

const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'default', ...SEVERITIES];

/** `{"numbering-gap": "off"}`: known rule ids to `off`, `default` or a severity (`true`/`false` read as default/off). */
const rulesType: PartialType<Readonly<Record<string, RuleSetting>>> = {
  partial: true,
  // The per-rule properties are added by `npm run docs` from the rule registry.
  schema: { type: 'object' },
  check(raw, { ruleIds }) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      return { value: undefined, problems: [{ field: '', text: { zh: '“rules”应为对象，形如 {"numbering-gap": "off"}；已忽略。', en: '“rules” should be an object such as {"numbering-gap": "off"}; ignored.' } }] };
    }
    const value: Record<string, RuleSetting> = {};
    const problems: FieldProblem[] = [];
    for (const [id, setting] of Object.entries(raw as Record<string, unknown>)) {
      if (!ruleIds.has(id)) problems.push({ field: `.${id}`, text: { zh: `未知的规则“${id}”；已忽略。可用规则见 README 的规则列表。`, en: `Unknown rule “${id}”; ignored. The rules are listed in the README’s rule table.` } });
      else if (typeof setting === 'boolean') value[id] = setting ? 'default' : 'off';
      else if (RULE_SETTINGS.includes(setting as RuleSetting)) value[id] = setting as RuleSetting;
      else problems.push({ field: `.${id}`, text: { zh: `规则“${id}”的取值 ${show(setting)} 无效，应为 ${RULE_SETTINGS.join('、')} 之一；已使用默认值。`, en: `The value ${show(setting)} of rule “${id}” is not valid; it should be one of ${RULE_SETTINGS.join(', ')}. Using the default.` } });
    }
    return { value, problems };
  },
};

/** Agency entries in the format of the dictionary files; a bad entry is dropped with its own message. */
const agencyEntriesType: PartialType<readonly AgencyEntry[]> = {
  partial: true,
  // The entry schema is agencies.schema.json's; `npm run docs` puts it in here.
  schema: { type: 'array', items: { $ref: 'agencies.schema.json#/definitions/agency' } },
  check(raw, { origin }) {
    const { entries, problems } = validateAgencyEntries(raw, '', origin);
    const tooMany = tooManyEntries(entries);
    // Refused as a whole: thousands of entries would each be reported, and compiled for every value.
    if (tooMany) return { value: [], problems: [{ field: '', text: { zh: `${tooMany.zh}；已忽略此设置，使用内置机构词典。`, en: `${tooMany.en}; this setting is ignored and the built-in agency dictionary is used.` } }] };
    return { value: entries, problems: problems.map((p) => ({ field: p.source, text: { zh: p.message, en: p.en } })) };
  },
};

/** At most this many divisions make one unit's jurisdiction (a county, or a few after a merger). */
const MAX_JURISDICTION = 20;

/** Why one written division is not kept, saying how to write it; undefined when it is found. */
function divisionProblem(places: PlaceTable, written: string, found: NamedPlace): Bilingual | undefined {
  const named = (list: readonly Place[]) => list.map((p) => `“${fullName(places, p)}”（${p.code}）`).join('、');
  const namedEn = (list: readonly Place[]) => list.map((p) => `“${fullName(places, p)}” (${p.code})`).join(', ');
  switch (found.kind) {
    case 'found':
      return undefined;
    case 'ambiguous': {
      const shown = found.places.slice(0, 4);
      const more = found.places.length > shown.length;
      const example = fullName(places, shown[shown.length - 1]);
      return {
        zh: `“${written}”可指 ${found.places.length} 个行政区：${named(shown)}${more ? '等' : ''}；请写带上级的全称（如“${example}”）或区划代码；已忽略。`,
        en: `“${written}” can mean ${found.places.length} divisions: ${namedEn(shown)}${more ? ' and others' : ''}; write the full name with the higher levels (such as “${example}”) or the division code. Ignored.`,
      };
    }
    case 'town-code': {
      const county = found.county && fullName(places, found.county);
      return {
        zh: `“${written}”是乡镇（街道）的区划代码，区划表只到县级；请写它所在的县级行政区${found.county ? `“${county}”（${found.county.code}）` : ''}；已忽略。`,
        en: `“${written}” is the code of a township (subdistrict), and the division table goes down to counties only; write the county it belongs to${found.county ? `, “${county}” (${found.county.code})` : ''}. Ignored.`,
      };
    }
    case 'unknown': {
      const year = places.source.dataDate.slice(0, 4);
      return {
        zh: `“${written}”不在区划表（国家统计局${year}年统计用区划代码：省、地、县三级，不含乡镇、街道）中。${found.near.length ? `是否指${named(found.near)}？` : ''}请写行政区的名称（如“福建省平潭县”）或区划代码（如 "350128"）；已忽略。`,
        en: `“${written}” is not in the division table (the National Bureau of Statistics’ ${year} statistical division codes: provinces, prefectures and counties, no townships or subdistricts).${found.near.length ? ` Did you mean ${namedEn(found.near)}?` : ''} Write the name of a division (such as “福建省平潭县”) or its code (such as "350128"). Ignored.`,
      };
    }
  }
}

/**
 * The unit's own divisions, written as names or codes (`["福建省平潭县"]`, `["350128"]`), kept as codes of
 * the division table; an unknown or ambiguous one is dropped with a message that says how to write it.
 */
const jurisdictionType: PartialType<readonly string[]> = {
  partial: true,
  schema: { type: 'array', items: { type: 'string', maxLength: 60 }, maxItems: MAX_JURISDICTION },
  check(raw, { places }) {
    if (!Array.isArray(raw)) {
      return { value: undefined, problems: [{ field: '', text: { zh: `“jurisdiction”应为行政区名称或区划代码的数组，形如 ["福建省平潭县"]，实为 ${show(raw)}；已忽略。`, en: `“jurisdiction” should be an array of division names or codes such as ["福建省平潭县"], not ${show(raw)}; ignored.` } }] };
    }
    if (!raw.length) return { value: [], problems: [] };
    if (!places) return { value: undefined, problems: [{ field: '', text: { zh: '未载入区划表，无法核对辖区；已忽略。', en: 'The division table is not loaded, so the jurisdiction cannot be checked; ignored.' } }] };
    const codes: string[] = [];
    const problems: FieldProblem[] = [];
    raw.slice(0, MAX_JURISDICTION).forEach((item, i) => {
      if (typeof item !== 'string' || item.trim() === '') {
        problems.push({ field: `[${i}]`, text: { zh: `应为行政区名称（如“福建省平潭县”）或区划代码（如 "350128"），实为 ${show(item)}；已忽略。`, en: `Should be the name of a division (such as “福建省平潭县”) or its code (such as "350128"), not ${show(item)}; ignored.` } });
        return;
      }
      const found = namedPlace(places, item);
      const problem = divisionProblem(places, item, found);
      if (problem) problems.push({ field: `[${i}]`, text: problem });
      else if (found.kind === 'found' && !codes.includes(found.place.code)) codes.push(found.place.code);
    });
    if (raw.length > MAX_JURISDICTION) problems.push({ field: '', text: { zh: `至多 ${MAX_JURISDICTION} 个行政区，其余已忽略。`, en: `At most ${MAX_JURISDICTION} divisions; the others are ignored.` } });
    // Nothing usable: the value below this layer stays (a typo must not switch the check off).
    return { value: codes.length ? codes : undefined, problems };
  },
};

export const SETTINGS = {
  enable: declare({
    scope: 'editor', type: booleanType(), default: true,
    zh: '启用公文检查。', en: 'Enable checking of policy drafts.',
  }),
  run: declare<RunMode, 'editor'>({
    scope: 'editor', type: enumType<RunMode>(['onType', 'onSave', 'manual']), default: 'onType',
    zh: '何时检查：onType 边写边查，onSave 保存时检查，manual 仅在运行“公文：检查当前文档”命令时检查。',
    en: 'When to check: while typing, on save, or only on command.',
  }),
  // 0 by default: VS Code pulls diagnostics after every change, keeps one pull in flight and cancels a stale
  // one, so a burst of keystrokes is already coalesced; a pause on top only delays every answer (with the former
  // 200 ms default a 60 KB draft's diagnostics came ~210 ms after each keystroke; the processing takes 8–30 ms on
  // the shared 2-core machine, `npm run bench`). A writer who wants the findings to wait sets a pause; push
  // clients (no pull) get the same pause through a timer.
  debounce: declare({
    scope: 'editor', type: numberType({ minimum: 0, maximum: 10000, noun: { zh: '毫秒数', en: 'milliseconds' } }), default: 0,
    zh: '停止输入多少毫秒后才开始检查（边写边查时）；默认 0，修改后立即检查。', en: 'Milliseconds after the last keystroke before checking (0, the default: check at once).',
  }),
  findingsLanguage: declare<FindingsLanguage, 'editor'>({
    scope: 'editor', type: enumType<FindingsLanguage>(['auto', 'zh', 'en']), default: 'auto',
    zh: '问题说明、修复标题、悬停提示、规则说明页和检查报告所用的语言：auto 随 VS Code 的界面语言（中文界面为中文，其他语言界面为英文），zh 总用中文，en 总用英文。CLI 用 `--lang`。',
    en: 'Language of findings, fix titles, hovers, rule pages and the check report: auto follows the VS Code display language (Chinese for a Chinese UI, English otherwise); zh always Chinese; en always English. The CLI takes --lang.',
  }),
  placeholderMode: declare<PlaceholderMode, 'project'>({
    scope: 'project', type: enumType<PlaceholderMode>(['hint', 'warning', 'final']), default: 'warning',
    zh: '占位符的严重程度：起草时为 hint（提示）或 warning（警告）；final（定稿检查）时一律为错误。',
    en: 'Placeholder severity: hint or warning while drafting; final makes every placeholder an error.',
  }),
  files: declare<readonly string[], 'project'>({
    scope: 'project', type: arrayType(stringType({ maxLength: 500, noun: { zh: 'glob 模式', en: 'glob pattern' } }), { maxItems: 200, noun: { zh: 'glob 模式', en: 'glob patterns' } }), default: ['**/*.txt', '**/*.md'],
    zh: '除“公文”语言的文件外，编辑器还检查哪些文件（glob 模式）。修改后语言服务自动重启。',
    en: 'Files the editor checks besides the Gongwen language (glob patterns).',
  }),
  // Length limits and speaking speed (rule consistency-length, the outline's counts). Defaults from
  // 《整治形式主义为基层减负若干规定》 (2024): 地方和部门文件一般不超过5000字, 部署专项工作或者具体任务的文件一般不超过4000字,
  // 主要负责同志讲话或者会议主报告不超过1小时.
  'limits.documentCharacters': declare({
    scope: 'project', type: numberType({ minimum: 100, maximum: 1_000_000, integer: true, noun: { zh: '字数', en: 'characters' } }), default: 5000,
    zh: '文件的篇幅上限（字数，不计空白），规则 consistency-length 使用。',
    en: 'Length limit of a document in characters (white space not counted), for consistency-length.',
  }),
  'limits.specialDocumentCharacters': declare({
    scope: 'project', type: numberType({ minimum: 100, maximum: 1_000_000, integer: true, noun: { zh: '字数', en: 'characters' } }), default: 4000,
    zh: '部署专项工作或具体任务的文件的篇幅上限（字数）。',
    en: 'Length limit of a document deploying one special task, in characters.',
  }),
  'limits.speechMinutes': declare({
    scope: 'project', type: numberType({ minimum: 1, maximum: 600, noun: { zh: '分钟数', en: 'minutes' } }), default: 60,
    zh: '讲话稿的时长上限（分钟）。',
    en: 'Length limit of a speech, in minutes.',
  }),
  'limits.charactersPerMinute': declare({
    scope: 'project', type: numberType({ minimum: 50, maximum: 1000, noun: { zh: '字数', en: 'characters' } }), default: 200,
    zh: '估算讲话时长所用的语速（字/分钟）。',
    en: 'Speaking speed for the speech estimate, characters per minute.',
  }),
  'agencies.asOf': declare<AgencyAsOf, 'project'>({
    scope: 'project', type: enumType(AGENCY_AS_OF), default: 'today',
    zh: '机构旧称按哪个日期检查：today（默认）按今天的名称检查，沿用往年文件时提示已更名的机构；documentDate 按每份文件的成文日期检查（审阅存档文件时用），成文时名称正确的不再提示。',
    en: 'Which date renamed agency names are judged against: today (default), or each document’s own date (for reviewing an archive).',
  }),
  'agencies.extra': declare<readonly AgencyEntry[], 'project'>({
    scope: 'project', type: agencyEntriesType, default: [], merge: 'append',
    zh: '补充的机构名称（与工作区 `.gongwen/agencies.json` 的条目格式相同），如 `[{"name": "林业和园林局", "abbreviations": ["林园局"], "levels": ["市"], "kind": "政府"}]`。同名条目覆盖内置词典。',
    en: 'Extra agency entries (same format as the workspace file .gongwen/agencies.json); they override built-in entries of the same name.',
  }),
  jurisdiction: declare<readonly string[], 'project'>({
    scope: 'project', type: jurisdictionType, default: [],
    zh: '本单位的辖区：一个或几个行政区（省级、地级或县级）的名称或区划代码，如 `["福建省平潭县"]` 或 `["350128"]`。设置后，规则 word-place-outside-jurisdiction 提示把辖区以外的县（市、区）或地级市写作本单位的发文机关、机关或工作范围之处（多为沿用外地文稿时未改）；不设置则不检查。区划表只到县级，乡镇、街道不检查。',
    en: 'The unit’s own jurisdiction: names or codes of one or more provinces, prefectures or counties, e.g. ["福建省平潭县"] or ["350128"]. With it, word-place-outside-jurisdiction reports a county or prefecture outside it written as the draft’s own issuer, organ or work area (a plan copied from another place); unset, nothing is checked. Towns and streets are not in the division table.',
  }),
  rules: declare<Readonly<Record<string, RuleSetting>>, 'project'>({
    scope: 'project', type: rulesType, default: {}, merge: 'byKey',
    zh: '逐条规则的开关与严重程度：default（规则默认）、off（关闭）、error、warning、information、hint。例如 `{"numbering-start": "off"}`。',
    en: 'Per-rule switch and severity: default, off, error, warning, information or hint.',
  }),
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = (typeof SETTINGS)[K]['default'];
export type SettingValues = { readonly [K in SettingKey]: SettingValue<K> };
/** The settings a `.gongwen/config.json` may hold, and the analysis reads. */
export type ProjectSettingKey = { [K in SettingKey]: (typeof SETTINGS)[K] extends { readonly scope: 'project' } ? K : never }[SettingKey];

export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[];
