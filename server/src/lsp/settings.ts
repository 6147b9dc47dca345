import type { AnalysisConfig, ConfigProblem } from '../core/config/config';
import { resolveConfig } from '../core/config/config';
import type { AgencyEntry } from '../core/agency/entries';
import { validateAgencyEntries } from '../core/agency/entries';
import { RULE_IDS } from '../core/rules/index';
import type { RunMode } from '../protocol';
import { SECTION } from '../protocol';

/** The `gongwen.*` settings as the server uses them. */
export interface ServerSettings {
  readonly enable: boolean;
  readonly run: RunMode;
  /** Milliseconds between the last keystroke and pushed diagnostics. */
  readonly debounce: number;
  readonly analysis: AnalysisConfig;
  /** `gongwen.agencies.extra`: validated user agency entries. */
  readonly agencyExtra: readonly AgencyEntry[];
}

const RUN_MODES: readonly RunMode[] = ['onType', 'onSave', 'manual'];

export function resolveServerSettings(raw: unknown): { settings: ServerSettings; problems: ConfigProblem[] } {
  const input = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const agencies = input.agencies && typeof input.agencies === 'object' ? (input.agencies as Record<string, unknown>) : {};
  const { config, problems } = resolveConfig({ rules: input.rules, placeholderMode: input.placeholderMode, agencyAsOf: agencies.asOf, limits: input.limits }, RULE_IDS, SECTION);
  let run: RunMode = 'onType';
  if (input.run !== undefined) {
    if (RUN_MODES.includes(input.run as RunMode)) run = input.run as RunMode;
    else problems.push({ source: `${SECTION}.run`, message: `“${SECTION}.run”的取值 ${JSON.stringify(input.run)} 无效，应为 ${RUN_MODES.join('、')} 之一；已使用“onType”。` });
  }
  let debounce = 200;
  if (input.debounce !== undefined) {
    if (typeof input.debounce === 'number' && input.debounce >= 0 && input.debounce <= 10000) debounce = input.debounce;
    else problems.push({ source: `${SECTION}.debounce`, message: `“${SECTION}.debounce”应为 0 到 10000 之间的毫秒数，实为 ${JSON.stringify(input.debounce)}；已使用 200。` });
  }
  let enable = true;
  if (input.enable !== undefined) {
    if (typeof input.enable === 'boolean') enable = input.enable;
    else problems.push({ source: `${SECTION}.enable`, message: `“${SECTION}.enable”应为 true 或 false，实为 ${JSON.stringify(input.enable)}；已使用 true。` });
  }
  const extra = validateAgencyEntries(agencies.extra, `${SECTION}.agencies.extra`, 'settings');
  problems.push(...extra.problems);
  return { settings: { enable, run, debounce, analysis: config, agencyExtra: extra.entries }, problems };
}
