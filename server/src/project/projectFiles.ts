import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AgencyEntry } from '../core/agency/entries';
import { tooManyEntries, validateAgencyData } from '../core/agency/entries';
import type { ConfigProblem, SettingsLayer } from '../core/config/config';
import type { Bilingual } from '../core/model/bilingual';
import { configProblem } from '../core/model/problems';
import type { RuleResources } from '../core/rules/rule';
import type { UnitTerms } from '../core/words/terms';
import { validateUnitTerms } from '../core/words/terms';
import { decodeUtf8Strict, FileReadError, MAX_WORKSPACE_DATA_BYTES, readRegularFile } from '../io/readFile';

/**
 * A project's own files, read the same way by the CLI and the language server: `.gongwen/config.json`
 * (settings a team shares), `.gongwen/agencies.json` (its agency names) and `.gongwen/terms.json` (the
 * unit's own lexicon and whitelist), found from a draft's folder upward. This is the only code that reads
 * them (through io/readFile.ts, as every file a user names: regular files only — never a pipe or a
 * device — of at most 2 MB, UTF-8; and, unless named with `--config`, never through a link: a repository
 * could plant `.gongwen/config.json` → a file elsewhere, whose text the JSON error would quote in a CI log);
 * what they hold is validated in core (settings, agency entries, unit terms).
 */

export const PROJECT_FOLDER = '.gongwen';
export const CONFIG_FILE = 'config.json';
export const AGENCIES_FILE = 'agencies.json';
export const TERMS_FILE = 'terms.json';
/** For file watchers: any file of any project folder. */
export const PROJECT_FILES_GLOB = `**/${PROJECT_FOLDER}/{${CONFIG_FILE},${AGENCIES_FILE},${TERMS_FILE}}`;

/** Dictionaries compiled for distinct (project, agency entries of the settings) pairs kept at once: each is about 1 MB. */
const MAX_COMPILED = 8;

/** What is used instead of an ignored file, ending a problem's sentence in each language. */
const DEFAULT_SETTINGS_USED: Bilingual = { zh: '使用默认设置', en: 'the default settings are used' };
const BUILT_IN_AGENCIES_USED: Bilingual = { zh: '使用内置机构词典', en: 'the built-in agency dictionary is used' };

/** The files that apply to a draft; any may be missing. */
export interface Project {
  readonly configFile: string;
  readonly agenciesFile: string;
  readonly termsFile: string;
  /** Named by the user (`--config FILE`): links are followed, as for any file named on the command line. */
  readonly named?: boolean;
  /** The folder the project's draft globs (`files`) are relative to: the one holding `.gongwen/`. */
  readonly root: string;
}

/** The project whose files lie in `dir`; its root is the folder holding `dir` when that is a `.gongwen/`, else `dir`. */
function projectIn(dir: string): Project {
  return {
    configFile: path.join(dir, CONFIG_FILE), agenciesFile: path.join(dir, AGENCIES_FILE), termsFile: path.join(dir, TERMS_FILE),
    root: path.basename(dir) === PROJECT_FOLDER ? path.dirname(dir) : dir,
  };
}

/** What a project's files hold, validated. */
export interface ProjectData {
  /** The settings layer of the config file; undefined without one. */
  readonly layer?: SettingsLayer;
  /** Entries of the dictionary file. */
  readonly agencies: readonly AgencyEntry[];
  /** Problems of the config file. */
  readonly problems: readonly ConfigProblem[];
  /** Problems of the dictionary file. */
  readonly agencyProblems: readonly ConfigProblem[];
  /** The unit's terms, undefined without any. */
  readonly terms?: UnitTerms;
  readonly termProblems: readonly ConfigProblem[];
}

/** The project of an explicitly named config file (`--config FILE`): the dictionary and terms are the ones beside it. */
export function projectOfFile(configFile: string): Project {
  const file = path.resolve(configFile);
  return { ...projectIn(path.dirname(file)), configFile: file, named: true };
}

/** The text of a file, undefined when there is none; one that cannot be read (not a regular file, too large, not UTF-8) is a problem. */
function readText(file: string, problems: ConfigProblem[], fallback: Bilingual, followLinks: boolean): string | undefined {
  try {
    return decodeUtf8Strict(readRegularFile(file, MAX_WORKSPACE_DATA_BYTES, { followLinks }).bytes);
  } catch (e) {
    if (!(e instanceof FileReadError)) throw e;
    if (e.problem !== 'missing') problems.push(configProblem(file, { zh: `${e.text.zh}；已忽略此文件，${fallback.zh}。`, en: `${e.text.en}; this file is ignored and ${fallback.en}.` }));
    return undefined;
  }
}

function isLink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

function readJson(file: string, problems: ConfigProblem[], fallback: Bilingual, followLinks: boolean): unknown {
  const text = readText(file, problems, fallback, followLinks);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    problems.push(configProblem(file, { zh: `不是有效的 JSON（${why}）；已忽略此文件，${fallback.zh}。`, en: `Not valid JSON (${why}); this file is ignored and ${fallback.en}.` }));
    return undefined;
  }
}

/**
 * Finds and reads project files, each once (until `invalidate`). `trusted: false` (VS Code Restricted
 * Mode): the project's agency names and terms are not read — neither its dictionary and terms files nor
 * the agency entries of its config file — so an untrusted folder cannot change what counts as a known
 * agency or an accepted word.
 */
export class ProjectFiles {
  private readonly found = new Map<string, Project | null>();
  private readonly data = new Map<string, ProjectData>();
  private readonly extended = new Map<string, RuleResources>();

  constructor(private readonly trusted = true) {}

  invalidate(): void {
    this.found.clear();
    this.data.clear();
    this.extended.clear();
  }

  /**
   * The project of a draft: the nearest folder, from the draft's own upward, holding a `.gongwen/` with
   * any of the three files; the search ends after `stopAt` (a workspace folder) or at the filesystem root.
   */
  projectOf(draft: string, stopAt?: string): Project | undefined {
    const stop = stopAt && path.resolve(stopAt);
    let dir = path.dirname(path.resolve(draft));
    const visited: string[] = [];
    let project: Project | undefined;
    for (;;) {
      const cached = this.found.get(dir);
      if (cached !== undefined) {
        project = cached ?? undefined;
        break;
      }
      visited.push(dir);
      const candidate = projectIn(path.join(dir, PROJECT_FOLDER));
      if (fs.existsSync(candidate.configFile) || fs.existsSync(candidate.agenciesFile) || fs.existsSync(candidate.termsFile)) {
        project = candidate;
        break;
      }
      const parent = path.dirname(dir);
      if (dir === stop || parent === dir) break;
      dir = parent;
    }
    // Every folder passed on the way has the same answer (a stop folder's search may end sooner, but nothing was found).
    for (const d of visited) this.found.set(d, project ?? null);
    return project;
  }

  /** What a project's files hold. */
  read(project: Project): ProjectData {
    const key = `${project.configFile}\u0000${project.agenciesFile}\u0000${project.termsFile}`;
    let data = this.data.get(key);
    if (data) return data;
    const problems: ConfigProblem[] = [];
    const folder = path.dirname(project.configFile);
    // A `.gongwen` that links elsewhere is refused as a whole (the files' own links are refused as they are read).
    const linked = !project.named && isLink(folder);
    if (linked) {
      problems.push(configProblem(folder, {
        zh: '这是一个链接，不跟随读取；已忽略其中的设置、机构词典和本单位词表，使用默认设置。',
        en: 'This is a link, which is not followed; its settings, agency dictionary and unit terms are ignored and the default settings are used.',
      }));
    }
    const readable = (file: string, into: ConfigProblem[], fallback: Bilingual) => (linked ? undefined : readJson(file, into, fallback, !!project.named));
    let layer: SettingsLayer | undefined;
    const raw = readable(project.configFile, problems, DEFAULT_SETTINGS_USED);
    if (raw !== undefined) {
      let values = raw;
      if (!this.trusted && typeof raw === 'object' && raw !== null && 'agencies' in raw) {
        const { agencies: _ignored, ...rest } = raw as Record<string, unknown>;
        values = rest;
      }
      layer = { source: project.configFile, values, file: true, origin: 'workspace' };
    }
    let agencies: readonly AgencyEntry[] = [];
    const agencyProblems: ConfigProblem[] = [];
    const dictionary = this.trusted ? readable(project.agenciesFile, agencyProblems, BUILT_IN_AGENCIES_USED) : undefined;
    if (dictionary !== undefined) {
      const validated = validateAgencyData(dictionary, project.agenciesFile, 'workspace');
      const tooMany = tooManyEntries(validated.data?.agencies ?? []);
      // Refused as a whole: a file of thousands of entries is no office's list (and each would be reported).
      if (tooMany) agencyProblems.push(configProblem(project.agenciesFile, { zh: `${tooMany.zh}；已忽略此文件，${BUILT_IN_AGENCIES_USED.zh}。`, en: `${tooMany.en}; this file is ignored and ${BUILT_IN_AGENCIES_USED.en}.` }));
      else {
        // One by one: a spread of 200,000 problems would overflow the call stack.
        for (const p of validated.problems) agencyProblems.push(p);
        agencies = validated.data?.agencies ?? [];
      }
    }
    let terms: UnitTerms | undefined;
    const termProblems: ConfigProblem[] = [];
    const rawTerms = this.trusted ? readable(project.termsFile, termProblems, { zh: '不使用本单位词表', en: 'no unit terms are used' }) : undefined;
    if (rawTerms !== undefined) {
      const validated = validateUnitTerms(rawTerms, project.termsFile);
      for (const p of validated.problems) termProblems.push(p);
      if (validated.terms.entries.length || validated.terms.whitelist.length) terms = validated.terms;
    }
    data = { layer, agencies, problems, agencyProblems, terms, termProblems };
    this.data.set(key, data);
    return data;
  }

  /**
   * The dictionaries for a draft: the built-in ones extended by the project's dictionary file and the
   * agency entries of the settings, and the word lists by the project's terms. The same object for the
   * same project and entries, so caches hold; the last few compiled are kept, not every value of the
   * settings ever seen.
   */
  resources(base: RuleResources, project: Project | undefined, extra: readonly AgencyEntry[], report: (p: ConfigProblem) => void): RuleResources {
    const data = project && this.read(project);
    const fromFile = data?.agencies ?? [];
    const agencies = base.agencies && (fromFile.length || extra.length) ? base.agencies : undefined;
    const terms = base.words && data?.terms;
    if (!agencies && !terms) return base;
    const key = `${project?.agenciesFile ?? ''}\u0000${JSON.stringify(extra)}`;
    let resources = this.extended.get(key);
    if (resources) {
      this.extended.delete(key);
    } else {
      resources = base;
      if (agencies) {
        const { dictionary, problems } = agencies.extend([...fromFile, ...extra]);
        problems.forEach(report);
        resources = { ...resources, agencies: dictionary };
      }
      if (terms) resources = { ...resources, words: base.words!.withUnitTerms(terms) };
      if (this.extended.size >= MAX_COMPILED) this.extended.delete(this.extended.keys().next().value!);
    }
    // Most recently used last.
    this.extended.set(key, resources);
    return resources;
  }
}
