import type { Severity } from '../model/findings';
import { SEVERITIES } from '../model/findings';

/** `off`, a severity, or `default` (the rule's own). */
export type RuleSetting = 'off' | 'default' | Severity;

/** How placeholders are reported: while drafting (hints or warnings) or at the final check (errors). */
export type PlaceholderMode = 'hint' | 'warning' | 'final';

/**
 * Which date renamed agency names are judged against: today (a draft reusing last year's plan must use
 * the current names), or each document's own 成文日期 (reviewing an archive: a name right when the
 * document was written is not reported).
 */
export type AgencyAsOf = 'today' | 'documentDate';

/**
 * Everything the analysis depends on besides the text. Passed into the core on every call,
 * never read from globals, so two documents (or two workspaces) can use different settings.
 */
export interface AnalysisConfig {
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly placeholderMode: PlaceholderMode;
  /** Absent: `today`. */
  readonly agencyAsOf?: AgencyAsOf;
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
  return { config: { rules, placeholderMode, agencyAsOf }, problems };
}
