import type { AgencyEntry } from '../core/agency/entries';
import type { AnalysisConfig, ConfigProblem, SettingsLayer } from '../core/config/config';
import { analysisConfig, resolveSettings } from '../core/config/config';
import type { FindingsLanguage, RunMode } from '../core/config/settings';
import type { PlaceTable } from '../core/places/places';
import { RULE_IDS } from '../core/rules/index';
import { SECTION } from '../protocol';

/** The settings of one draft as the server uses them. */
export interface ServerSettings {
  readonly enable: boolean;
  readonly run: RunMode;
  /** Milliseconds between the last keystroke and pushed diagnostics. */
  readonly debounce: number;
  /** `gongwen.findingsLanguage`: the language of findings, fix titles and hovers (`auto`: the editor's). */
  readonly findingsLanguage: FindingsLanguage;
  readonly analysis: AnalysisConfig;
  /** Agency entries of the project file and of `gongwen.agencies.extra`, validated. */
  readonly agencyExtra: readonly AgencyEntry[];
}

/** VS Code's `gongwen` settings as a layer over the project's `.gongwen/config.json` (when there is one). */
export function editorLayer(raw: unknown): SettingsLayer {
  return { source: SECTION, values: raw, file: false, origin: 'settings' };
}

/** Resolve a draft's settings: the project file's layer (if any), then the editor's; divisions are checked against `places`. */
export function resolveServerSettings(raw: unknown, places: PlaceTable | undefined, project?: SettingsLayer): { settings: ServerSettings; problems: ConfigProblem[] } {
  const { values, problems } = resolveSettings(project ? [project, editorLayer(raw)] : [editorLayer(raw)], RULE_IDS, places);
  return {
    settings: { enable: values.enable, run: values.run, debounce: values.debounce, findingsLanguage: values.findingsLanguage, analysis: analysisConfig(values), agencyExtra: values['agencies.extra'] },
    problems,
  };
}
