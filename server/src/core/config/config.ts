import type { AgencyOrigin } from '../agency/entries';
import type { PlaceTable } from '../places/places';
import { configProblem } from '../model/problems';
import type { ConfigProblem, PartialType, PlaceholderMode, ProjectSettingKey, RuleSetting, SettingDeclaration, SettingKey, SettingValue, SettingValues } from './settings';
import { SETTING_KEYS, SETTINGS } from './settings';
import type { ValueType } from './schema';
import { show } from './schema';

export type { AgencyAsOf, ConfigProblem, PlaceholderMode, RuleSetting } from './settings';

/**
 * What the analysed text is: a draft (a document; a Word document's body, footnotes or endnotes), or
 * the text of a page header or footer (Word's 页眉/页脚), printed in the margin of every page, where a
 * page number (`— 3 —`, `第3页 共12页`) is the page number, not residue of a conversion.
 */
export type TextKind = 'draft' | 'page-margin';

/**
 * Everything the analysis depends on besides the text: the project settings. Passed into the core on
 * every call, never read from globals, so two documents (or two workspaces) can use different settings.
 * Options other than `rules` and `placeholderMode` may be left out; `option()` reads them with their default.
 */
export type AnalysisConfig = {
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly placeholderMode: PlaceholderMode;
  /** Absent: `draft`. Set by the caller for the text it checks (a .docx story), never by a setting. */
  readonly textKind?: TextKind;
} & { readonly [K in Exclude<ProjectSettingKey, 'rules' | 'placeholderMode'>]?: SettingValue<K> };

export const DEFAULT_CONFIG: AnalysisConfig = Object.freeze({ rules: Object.freeze({}), placeholderMode: 'warning' });

/** A project setting as this analysis has it: set, or its declared default. */
export function option<K extends ProjectSettingKey>(config: AnalysisConfig, key: K): SettingValue<K> {
  const value = (config as Partial<Record<ProjectSettingKey, unknown>>)[key];
  return (value === undefined ? SETTINGS[key].default : value) as SettingValue<K>;
}

/** One source of settings, from the lowest to the highest: a `.gongwen/config.json`, then VS Code's settings (or the CLI's flags). */
export interface SettingsLayer {
  /** A file's path, or `gongwen` for editor settings (then keys are named `gongwen.rules`…). */
  readonly source: string;
  /** As JSON has it: nested objects, `agencies.extra` is `{"agencies": {"extra": […]}}`. */
  readonly values: unknown;
  /** A file a team shares: only project settings are read from it, and keys it should not have are reported. */
  readonly file: boolean;
  /** Whose agency entries these are (hover says where an entry came from). */
  readonly origin: AgencyOrigin;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function valueAt(values: Record<string, unknown>, key: string): unknown {
  let node: unknown = values;
  for (const part of key.split('.')) {
    if (!isRecord(node)) return undefined;
    node = node[part];
  }
  return node;
}

/** Keys of a file layer that name no project setting: misspelt, or an editor-only setting. */
function unexpectedKeys(values: Record<string, unknown>, at = ''): string[] {
  const out: string[] = [];
  for (const name of Object.keys(values)) {
    const key = at + name;
    if (key === '$schema') continue;
    if (key in SETTINGS && SETTINGS[key as SettingKey].scope === 'project') continue;
    const nested = SETTING_KEYS.some((k) => k.startsWith(key + '.'));
    if (nested && isRecord(values[name])) out.push(...unexpectedKeys(values[name] as Record<string, unknown>, key + '.'));
    else out.push(key);
  }
  return out;
}

function isPartial<T>(type: SettingDeclaration<T>['type']): type is PartialType<T> {
  return 'partial' in type;
}

/**
 * The settings that apply, from layers lowest first: each layer's valid values replace (or, for
 * `rules` and agency entries, extend) the ones below it; what is missing keeps its default. A bad
 * value is left out with one problem naming the layer and field; everything else still applies. The
 * rule ids and the division table are what values are checked against (`rules`, `jurisdiction`).
 */
export function resolveSettings(layers: readonly SettingsLayer[], ruleIds: ReadonlySet<string>, places: PlaceTable | undefined): { values: SettingValues; problems: ConfigProblem[] } {
  const values: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) values[key] = SETTINGS[key].default;
  const problems: ConfigProblem[] = [];
  for (const layer of layers) {
    const name = (key: string) => (layer.file ? key : `${layer.source}.${key}`);
    const where = (key: string) => (layer.file ? `${layer.source} ${key}` : name(key));
    if (layer.values === undefined || layer.values === null) continue;
    if (!isRecord(layer.values)) {
      problems.push(configProblem(layer.source, { zh: `设置应为对象，实为 ${show(layer.values)}；已使用默认设置。`, en: `The settings should be an object, not ${show(layer.values)}; using the default settings.` }));
      continue;
    }
    if (layer.file) {
      for (const key of unexpectedKeys(layer.values)) {
        const editorOnly = key in SETTINGS && SETTINGS[key as SettingKey].scope === 'editor';
        problems.push(configProblem(where(key), editorOnly
          ? { zh: `“${key}”只能在编辑器设置中修改（gongwen.${key}）；已忽略。`, en: `“${key}” can only be set in the editor’s settings (gongwen.${key}); ignored.` }
          : { zh: `未知的设置“${key}”；已忽略。可用的设置见 README 的“设置”一节。`, en: `Unknown setting “${key}”; ignored. The settings are listed in the README’s section “设置 (configuration)”.` }));
      }
    }
    for (const key of SETTING_KEYS) {
      const declaration: SettingDeclaration<unknown> = SETTINGS[key];
      if (layer.file && declaration.scope !== 'project') continue;
      const raw = valueAt(layer.values, key);
      // VS Code sends null for a setting that has no value.
      if (raw === undefined || raw === null) continue;
      let value: unknown;
      if (isPartial(declaration.type)) {
        const checked = declaration.type.check(raw, { ruleIds, places, origin: layer.origin });
        for (const p of checked.problems) problems.push(configProblem(where(key + p.field), p.text));
        value = checked.value;
      } else {
        const checked = (declaration.type as ValueType<unknown>).check(raw);
        if (checked.ok) value = checked.value;
        else problems.push(configProblem(where(key), { zh: `“${name(key)}”应为 ${checked.expected.zh}，实为 ${show(raw)}；已使用 ${show(values[key])}。`, en: `“${name(key)}” should be ${checked.expected.en}, not ${show(raw)}; using ${show(values[key])}.` }));
      }
      if (value === undefined) continue;
      const merge = declaration.merge ?? 'replace';
      if (merge === 'byKey') values[key] = { ...(values[key] as object), ...(value as object) };
      else if (merge === 'append') values[key] = [...(values[key] as unknown[]), ...(value as unknown[])];
      else values[key] = value;
    }
  }
  return { values: values as SettingValues, problems };
}

/** The project settings of resolved values: what the analysis is given. */
export function analysisConfig(values: SettingValues): AnalysisConfig {
  const config: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) if (SETTINGS[key].scope === 'project') config[key] = values[key];
  return Object.freeze(config) as AnalysisConfig;
}

/** Length limits and the speaking speed of the length rule and the outline's counts (the `limits.*` settings). */
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

/** The limits a configuration sets, the declared defaults for the rest. */
export function lengthLimits(config: AnalysisConfig): LengthLimits {
  return {
    documentCharacters: option(config, 'limits.documentCharacters'),
    specialDocumentCharacters: option(config, 'limits.specialDocumentCharacters'),
    speechMinutes: option(config, 'limits.speechMinutes'),
    charactersPerMinute: option(config, 'limits.charactersPerMinute'),
  };
}

export const DEFAULT_LIMITS: LengthLimits = Object.freeze(lengthLimits(DEFAULT_CONFIG));
