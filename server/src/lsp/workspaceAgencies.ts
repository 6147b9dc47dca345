import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AgencyDataProblem, AgencyEntry } from '../core/agency/entries';
import { validateAgencyData } from '../core/agency/entries';
import type { RuleResources } from '../core/rules/rule';
import type { UnitTerms } from '../core/words/terms';
import { decodeUtf8Strict, FileReadError, formatSize, MAX_WORKSPACE_DATA_BYTES, readRegularFileAsync } from '../io/readFile';
import { readUnitTermsAsync } from '../unitTerms';

/** Workspace file with user agency entries, same format as the built-in data. */
const WORKSPACE_AGENCY_FILE = path.join('.gongwen', 'agencies.json');
export const WORKSPACE_AGENCY_GLOB = '**/.gongwen/agencies.json';

/**
 * User entries a dictionary takes (from the workspace file, and from the setting): thousands are more
 * than any office keeps, and compiling them stays a matter of milliseconds. Names, abbreviations and
 * variants together are limited too.
 */
export const MAX_USER_AGENCIES = 5000;
export const MAX_USER_FORMS = 20000;
/** Dictionaries compiled for distinct (folder, `gongwen.agencies.extra`) pairs kept at once (each is about 1 MB). */
const MAX_COMPILED = 8;

/** Why user entries are refused as a whole (too many), or undefined. */
export function tooManyEntries(entries: readonly AgencyEntry[]): string | undefined {
  let forms = 0;
  for (const e of entries) forms += 1 + e.abbreviations.length + e.variants.length;
  if (entries.length > MAX_USER_AGENCIES) return `有 ${entries.length} 个条目，超过上限 ${MAX_USER_AGENCIES} 个`;
  if (forms > MAX_USER_FORMS) return `名称、简称和别称共 ${forms} 个，超过上限 ${MAX_USER_FORMS} 个`;
  return undefined;
}

/**
 * The local path of a `file:` URI; undefined for other schemes and for file URIs this system cannot
 * map to a path (a host on POSIX, `file://server/share/…`; an encoded slash, `%2F`). Such documents are
 * still checked; they only have no workspace folder of their own.
 */
export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** What a workspace folder adds to the built-in data: its agency entries and its unit's terms. */
interface FolderData {
  readonly agencies: readonly AgencyEntry[];
  readonly terms: UnitTerms | undefined;
}

/**
 * Per workspace folder: the built-in dictionary extended by `.gongwen/agencies.json` and the
 * `gongwen.agencies.extra` setting, and the word lists by the unit's `.gongwen/terms.json`. Each folder's
 * files are read without blocking (regular files only, at most 2 MB, at most MAX_USER_AGENCIES entries)
 * as soon as the folders are known, and again after a change notification; requests wait for that read,
 * never for a pipe or a device.
 */
export class WorkspaceAgencies {
  private folders: string[] = [];
  /** False in an untrusted workspace (VS Code Restricted Mode): its own dictionary and terms files are not read. */
  private trusted = true;
  private readonly files = new Map<string, Promise<FolderData>>();
  /** Compiled dictionaries by folder and setting content, most recently used last. */
  private readonly extended = new Map<string, RuleResources>();

  /** `report(source, problems)`: everything wrong with one file or setting, at once. */
  constructor(
    private readonly base: RuleResources,
    private readonly report: (source: string, problems: readonly AgencyDataProblem[]) => void,
  ) {}

  /** Workspace folder paths from the initialize params (folders, else the root), and whether the workspace is trusted. */
  setFolders(folders: readonly { uri: string }[] | null | undefined, rootUri: string | null | undefined, trusted = true): void {
    this.trusted = trusted;
    const uris = folders?.length ? folders.map((f) => f.uri) : rootUri ? [rootUri] : [];
    // A folder whose URI names no local path (`file://server/share`) is declined: no dictionary file of its own.
    this.folders = uris.flatMap((u) => (typeof u === 'string' ? filePathOf(u) ?? [] : []));
    this.invalidate();
  }

  /** Forget what was read and compiled, and read the folders' files again. */
  invalidate(): void {
    this.files.clear();
    this.extended.clear();
    for (const folder of this.folders) this.dataOf(folder);
  }

  private folderOf(uri: string): string | undefined {
    const file = filePathOf(uri);
    if (file === undefined) return this.folders[0];
    return this.folders.filter((f) => file === f || file.startsWith(f + path.sep)).sort((a, b) => b.length - a.length)[0] ?? this.folders[0];
  }

  private dataOf(folder: string): Promise<FolderData> {
    let data = this.files.get(folder);
    if (!data) {
      data = this.trusted ? this.read(folder) : Promise.resolve({ agencies: [], terms: undefined });
      this.files.set(folder, data);
    }
    return data;
  }

  private async read(folder: string): Promise<FolderData> {
    const [agencies, unit] = await Promise.all([
      this.base.agencies ? this.readAgencies(path.join(folder, WORKSPACE_AGENCY_FILE)) : [],
      this.base.words ? readUnitTermsAsync(folder) : undefined,
    ]);
    if (!unit) return { agencies, terms: undefined };
    if (unit.problems.length) this.report(unit.problems[0].source, unit.problems);
    return { agencies, terms: unit.terms.entries.length || unit.terms.whitelist.length ? unit.terms : undefined };
  }

  private async readAgencies(file: string): Promise<AgencyEntry[]> {
    const refuse = (why: string): AgencyEntry[] => {
      this.report(file, [{ source: file, message: `${why}；已忽略此文件，使用内置机构词典。` }]);
      return [];
    };
    let text: string;
    try {
      text = decodeUtf8Strict((await readRegularFileAsync(file, MAX_WORKSPACE_DATA_BYTES)).bytes);
    } catch (e) {
      if (!(e instanceof FileReadError)) throw e;
      // No workspace dictionary: the defaults apply.
      if (e.problem === 'missing') return [];
      return refuse(e.problem === 'too-large' ? `文件大小 ${formatSize(e.size ?? 0)}，超过上限 ${formatSize(MAX_WORKSPACE_DATA_BYTES)}` : e.message);
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      return refuse(`不是有效的 JSON（${e instanceof Error ? e.message : String(e)}）`);
    }
    const { data, problems } = validateAgencyData(raw, file, 'workspace');
    const entries = [...(data?.agencies ?? [])];
    const tooMany = tooManyEntries(entries);
    if (tooMany) return refuse(tooMany);
    this.report(file, problems);
    return entries;
  }

  /** The resources for a document: the same object for the same folder and setting, so caches hold. */
  async resourcesFor(uri: string, extra: readonly AgencyEntry[]): Promise<RuleResources> {
    const folder = this.folderOf(uri);
    const { agencies: fromFile, terms } = folder ? await this.dataOf(folder) : { agencies: [], terms: undefined };
    const agencies = this.base.agencies && (fromFile.length || extra.length) ? [...fromFile, ...extra] : [];
    if (!agencies.length && !terms) return this.base;
    const key = `${folder ?? ''}\u0000${JSON.stringify(extra)}`;
    let resources = this.extended.get(key);
    if (resources) {
      this.extended.delete(key);
    } else {
      resources = this.base;
      if (agencies.length) {
        const { dictionary, problems } = this.base.agencies!.extend(agencies);
        for (const source of new Set(problems.map((p) => p.source))) this.report(source, problems.filter((p) => p.source === source));
        resources = { ...resources, agencies: dictionary };
      }
      if (terms) resources = { ...resources, words: this.base.words!.withUnitTerms(terms) };
      // Each distinct setting value compiles a dictionary: keep the few in use, not every value ever seen.
      if (this.extended.size >= MAX_COMPILED) this.extended.delete(this.extended.keys().next().value!);
    }
    this.extended.set(key, resources);
    return resources;
  }
}
