import type { Severity } from '../model/findings';
import { SEVERITIES } from '../model/findings';

/** `off`, a severity, or `default` (the rule's own). */
export type RuleSetting = 'off' | 'default' | Severity;

/** How placeholders are reported: while drafting (hints or warnings) or at the final check (errors). */
export type PlaceholderMode = 'hint' | 'warning' | 'final';

/**
 * Length limits and the speaking speed of the length rule and the outline's counts. Defaults from
 * 《整治形式主义为基层减负若干规定》 (2024): 地方和部门文件一般不超过5000字, 部署专项工作或者具体任务的
 * 文件一般不超过4000字, 主要负责同志讲话或者会议主报告不超过1小时.
 */
export interface LengthLimits {
  /** Characters (white space not counted) of a 文件. */
  readonly documentCharacters: number;
  /** Characters of a document deploying one 专项 task. */
  readonly specialDocumentCharacters: number;
  /** Minutes of a speech. */
  readonly speechMinutes: number;
  /** Speaking speed for the estimate, characters per minute. */
  readonly charactersPerMinute: number;
}

export const DEFAULT_LIMITS: LengthLimits = Object.freeze({ documentCharacters: 5000, specialDocumentCharacters: 4000, speechMinutes: 60, charactersPerMinute: 200 });

/** The limits a configuration sets, defaults for the rest. */
export function lengthLimits(config: AnalysisConfig): LengthLimits {
  return config.limits ? { ...DEFAULT_LIMITS, ...config.limits } : DEFAULT_LIMITS;
}

/**
 * Which date renamed agency names are judged against: today (a draft reusing last year's plan must use
 * the current names), or each document's own 成文日期 (reviewing an archive: a name right when the
 * document was written is not reported).
 */
export type AgencyAsOf = 'today' | 'documentDate';

/**
 * What the analysed text is: a draft (a document; a Word document's body, footnotes or endnotes), or
 * the text of a page header or footer (Word's 页眉/页脚), printed in the margin of every page, where a
 * page number (`— 3 —`, `第3页 共12页`) is the page number, not residue of a conversion.
 */
export type TextKind = 'draft' | 'page-margin';

/**
 * Everything the analysis depends on besides the text. Passed into the core on every call,
 * never read from globals, so two documents (or two workspaces) can use different settings.
 */
export interface AnalysisConfig {
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly placeholderMode: PlaceholderMode;
  /** Options of the element and consistency rules (absent: `DEFAULT_LIMITS`). */
  readonly limits?: Partial<LengthLimits>;
  /** Absent: `today`. */
  readonly agencyAsOf?: AgencyAsOf;
  /** Absent: `draft`. Set by the caller for the text it checks (a .docx story), never by a user setting. */
  readonly textKind?: TextKind;
}

export const DEFAULT_CONFIG: AnalysisConfig = Object.freeze({ rules: Object.freeze({}), placeholderMode: 'warning', agencyAsOf: 'today' });

export interface ConfigProblem {
  /** Where the bad value came from: a settings key or a file path and field. */
  readonly source: string;
  readonly message: string;
}

const RULE_SETTINGS: readonly string[] = ['off', 'default', ...SEVERITIES];
const PLACEHOLDER_MODES: readonly PlaceholderMode[] = ['hint', 'warning', 'final'];
export const AGENCY_AS_OF: readonly AgencyAsOf[] = ['today', 'documentDate'];

/**
 * Validate user settings (from VS Code, a CLI flag or a file) into an AnalysisConfig.
 * Bad entries are dropped with a problem each; the rest still applies.
 */
export function resolveConfig(raw: unknown, knownRuleIds: ReadonlySet<string>, source = 'gongwen'): { config: AnalysisConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  if (raw === undefined || raw === null) return { config: DEFAULT_CONFIG, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ source, message: `设置应为对象，实为 ${JSON.stringify(raw)}；已使用默认设置。` });
    return { config: DEFAULT_CONFIG, problems };
  }
  const input = raw as Record<string, unknown>;
  const rules: Record<string, RuleSetting> = {};
  if (input.rules !== undefined) {
    if (typeof input.rules !== 'object' || input.rules === null || Array.isArray(input.rules)) {
      problems.push({ source: `${source}.rules`, message: '“rules”应为对象，形如 {"numbering-gap": "off"}；已忽略。' });
    } else {
      for (const [id, value] of Object.entries(input.rules as Record<string, unknown>)) {
        if (!knownRuleIds.has(id)) {
          problems.push({ source: `${source}.rules.${id}`, message: `未知的规则“${id}”；已忽略。可用规则见 README 的规则列表。` });
        } else if (typeof value === 'boolean') {
          rules[id] = value ? 'default' : 'off';
        } else if (typeof value === 'string' && RULE_SETTINGS.includes(value)) {
          rules[id] = value as RuleSetting;
        } else {
          problems.push({ source: `${source}.rules.${id}`, message: `规则“${id}”的取值 ${JSON.stringify(value)} 无效，应为 ${RULE_SETTINGS.join('、')} 之一；已使用默认值。` });
        }
      }
    }
  }
  let placeholderMode: PlaceholderMode = DEFAULT_CONFIG.placeholderMode;
  if (input.placeholderMode !== undefined) {
    if (PLACEHOLDER_MODES.includes(input.placeholderMode as PlaceholderMode)) placeholderMode = input.placeholderMode as PlaceholderMode;
    else problems.push({ source: `${source}.placeholderMode`, message: `“placeholderMode”的取值 ${JSON.stringify(input.placeholderMode)} 无效，应为 ${PLACEHOLDER_MODES.join('、')} 之一；已使用“warning”。` });
  }
  let agencyAsOf: AgencyAsOf = 'today';
  if (input.agencyAsOf !== undefined) {
    if (AGENCY_AS_OF.includes(input.agencyAsOf as AgencyAsOf)) agencyAsOf = input.agencyAsOf as AgencyAsOf;
    else problems.push({ source: `${source}.agencies.asOf`, message: `“agencies.asOf”的取值 ${JSON.stringify(input.agencyAsOf)} 无效，应为 ${AGENCY_AS_OF.join('、')} 之一；已使用“today”。` });
  }
  const limits = resolveLimits(input.limits, `${source}.limits`, problems);
  return { config: limits ? { rules, placeholderMode, agencyAsOf, limits } : { rules, placeholderMode, agencyAsOf }, problems };
}

const LIMIT_RANGES: Readonly<Record<keyof LengthLimits, readonly [number, number]>> = {
  documentCharacters: [100, 1_000_000],
  specialDocumentCharacters: [100, 1_000_000],
  speechMinutes: [1, 600],
  charactersPerMinute: [50, 1000],
};

/** `limits`: an object of the numbers above; a bad entry is dropped with a problem, the rest apply. */
function resolveLimits(raw: unknown, source: string, problems: ConfigProblem[]): Partial<LengthLimits> | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ source, message: `“limits”应为对象，形如 {"documentCharacters": 5000}；已使用默认值。` });
    return undefined;
  }
  const out: Partial<Record<keyof LengthLimits, number>> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const range = LIMIT_RANGES[key as keyof LengthLimits];
    if (!range) {
      problems.push({ source: `${source}.${key}`, message: `未知的设置“${key}”；已忽略。可用：${Object.keys(LIMIT_RANGES).join('、')}。` });
    } else if (typeof value !== 'number' || !Number.isFinite(value) || value < range[0] || value > range[1]) {
      problems.push({ source: `${source}.${key}`, message: `“${key}”应为 ${range[0]} 到 ${range[1]} 之间的数，实为 ${JSON.stringify(value)}；已使用默认值 ${DEFAULT_LIMITS[key as keyof LengthLimits]}。` });
    } else {
      out[key as keyof LengthLimits] = value;
    }
  }
  return Object.keys(out).length ? out : undefined;
}
