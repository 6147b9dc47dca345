import type { AnalysisConfig, ConfigProblem, SettingsLayer } from '../core/config/config';
import { analysisConfig, resolveSettings } from '../core/config/config';
import type { PlaceholderMode } from '../core/config/settings';
import { RULE_IDS } from '../core/rules/index';
import type { RuleResources } from '../core/rules/rule';
import { ProjectFiles, projectOfFile, type Project } from '../project/projectFiles';

/** Where a run's settings come from: found beside each draft, one file for all (`--config`), or none (`--no-config`). */
export interface SettingsSource {
  /** A path: `--config FILE`; null: `--no-config`; absent: each draft's `.gongwen/` found upward. */
  readonly config?: string | null;
  /** `--final`: over whatever the files say. */
  readonly placeholderMode?: PlaceholderMode;
}

/** A project's draft globs (`files` of its config file) and the folder they are relative to. */
export interface DraftGlobs {
  readonly root: string;
  readonly patterns: readonly string[];
}

/** What a draft is checked with. */
export interface DraftSettings {
  readonly config: AnalysisConfig;
  readonly resources: RuleResources;
  /** Problems of the project's files (reported once per run by the main thread). */
  readonly problems: readonly ConfigProblem[];
  /** The config file that applies, if any (for messages). */
  readonly configFile?: string;
}

/**
 * The settings of each draft of a run, resolved as the language server resolves them (the same
 * project files, the same layers; the command line's flags stand where the editor's settings do).
 * One per thread; each project is read once.
 */
export class CliSettings {
  private readonly files = new ProjectFiles();
  private readonly resolved = new Map<string, DraftSettings>();
  private readonly globs = new Map<string, DraftGlobs | null>();

  constructor(private readonly base: RuleResources, private readonly source: SettingsSource) {}

  projectOf(draft: string): Project | undefined {
    if (this.source.config === null) return undefined;
    return this.source.config !== undefined ? projectOfFile(this.source.config) : this.files.projectOf(draft);
  }

  /**
   * The draft globs that apply to a file: its project's `files`, when the config file sets them (a bad
   * value is reported with the settings and not used); undefined: the built-in draft extensions.
   */
  draftGlobsOf(file: string): DraftGlobs | undefined {
    const project = this.projectOf(file);
    if (!project) return undefined;
    let globs = this.globs.get(project.configFile);
    if (globs === undefined) {
      const values = this.files.read(project).layer?.values;
      const raw = values !== null && typeof values === 'object' ? (values as Record<string, unknown>).files : undefined;
      const own = raw === undefined ? undefined : resolveSettings([{ source: project.configFile, values: { files: raw }, file: true, origin: 'workspace' }], RULE_IDS, this.base.places);
      globs = own && own.problems.length === 0 ? { root: project.root, patterns: own.values.files } : null;
      this.globs.set(project.configFile, globs);
    }
    return globs ?? undefined;
  }

  settingsOf(draft: string): DraftSettings {
    const project = this.projectOf(draft);
    const key = project ? project.configFile : '';
    let settings = this.resolved.get(key);
    if (settings) return settings;
    const data = project && this.files.read(project);
    const flags: SettingsLayer[] = this.source.placeholderMode ? [{ source: '--final', values: { placeholderMode: this.source.placeholderMode }, file: false, origin: 'settings' }] : [];
    const { values, problems } = resolveSettings([...(data?.layer ? [data.layer] : []), ...flags], RULE_IDS, this.base.places);
    const all = [...(data?.problems ?? []), ...(data?.agencyProblems ?? []), ...(data?.termProblems ?? []), ...problems];
    const resources = this.files.resources(this.base, project, values['agencies.extra'], (p) => all.push(p));
    settings = { config: analysisConfig(values), resources, problems: all, configFile: data?.layer ? project!.configFile : undefined };
    this.resolved.set(key, settings);
    return settings;
  }
}
