import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AgencyDataProblem, AgencyEntry } from '../core/agency/entries';
import { validateAgencyData } from '../core/agency/entries';
import type { RuleResources } from '../core/rules/rule';
import type { UnitTerms } from '../core/words/terms';
import { readUnitTerms } from '../unitTerms';

/** Workspace file with user agency entries, same format as the built-in data. */
const WORKSPACE_AGENCY_FILE = path.join('.gongwen', 'agencies.json');
export const WORKSPACE_AGENCY_GLOB = '**/.gongwen/agencies.json';

/**
 * Per workspace folder: the built-in dictionary extended by `.gongwen/agencies.json` and the
 * `gongwen.agencies.extra` setting, and the word lists by the unit's `.gongwen/terms.json`. Files are
 * read once and again after a change notification.
 */
export class WorkspaceAgencies {
  private folders: string[] = [];
  /** False in an untrusted workspace (VS Code Restricted Mode): its own dictionary file is not read. */
  private trusted = true;
  private readonly files = new Map<string, AgencyEntry[]>();
  /** Per folder: its `.gongwen/terms.json` (the unit's own lexicon and whitelist). */
  private readonly terms = new Map<string, UnitTerms>();
  private readonly extended = new Map<string, RuleResources>();

  constructor(
    private readonly base: RuleResources,
    private readonly report: (problem: AgencyDataProblem) => void,
  ) {}

  /** Workspace folder paths from the initialize params (folders, else the root), and whether the workspace is trusted. */
  setFolders(folders: readonly { uri: string }[] | null | undefined, rootUri: string | null | undefined, trusted = true): void {
    this.trusted = trusted;
    const uris = folders?.length ? folders.map((f) => f.uri) : rootUri ? [rootUri] : [];
    this.folders = uris.flatMap((u) => (u.startsWith('file:') ? [fileURLToPath(u)] : []));
    this.invalidate();
  }

  invalidate(): void {
    this.files.clear();
    this.terms.clear();
    this.extended.clear();
  }

  private folderOf(uri: string): string | undefined {
    if (!uri.startsWith('file:')) return this.folders[0];
    const file = fileURLToPath(uri);
    return this.folders.filter((f) => file === f || file.startsWith(f + path.sep)).sort((a, b) => b.length - a.length)[0] ?? this.folders[0];
  }

  private fileEntries(folder: string): AgencyEntry[] {
    let entries = this.files.get(folder);
    if (entries) return entries;
    entries = [];
    if (!this.trusted) return entries;
    const file = path.join(folder, WORKSPACE_AGENCY_FILE);
    let text: string | undefined;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      text = undefined; // no workspace dictionary: the defaults apply
    }
    if (text !== undefined) {
      let raw: unknown;
      try {
        raw = JSON.parse(text.replace(/^\ufeff/, ''));
      } catch (e) {
        this.report({ source: file, message: `不是有效的 JSON（${e instanceof Error ? e.message : String(e)}）；已忽略此文件，使用内置机构词典。` });
      }
      if (raw !== undefined) {
        const { data, problems } = validateAgencyData(raw, file, 'workspace');
        problems.forEach(this.report);
        entries = [...(data?.agencies ?? [])];
      }
    }
    this.files.set(folder, entries);
    return entries;
  }

  /** The unit's terms of a folder (none in an untrusted workspace), read once per change notification. */
  private unitTerms(folder: string | undefined): UnitTerms | undefined {
    if (!folder || !this.trusted || !this.base.words) return undefined;
    let terms = this.terms.get(folder);
    if (!terms) {
      const read = readUnitTerms(folder);
      read.problems.forEach(this.report);
      this.terms.set(folder, (terms = read.terms));
    }
    return terms.entries.length || terms.whitelist.length ? terms : undefined;
  }

  /** The resources for a document: the same object for the same folder and setting, so caches hold. */
  resourcesFor(uri: string, extra: readonly AgencyEntry[]): RuleResources {
    const folder = this.folderOf(uri);
    const fromFile = folder && this.base.agencies ? this.fileEntries(folder) : [];
    const terms = this.unitTerms(folder);
    if (!fromFile.length && !extra.length && !terms) return this.base;
    const key = `${folder ?? ''}\u0000${JSON.stringify(extra)}`;
    let resources = this.extended.get(key);
    if (!resources) {
      resources = this.base;
      if (this.base.agencies && (fromFile.length || extra.length)) {
        const { dictionary, problems } = this.base.agencies.extend([...fromFile, ...extra]);
        problems.forEach(this.report);
        resources = { ...resources, agencies: dictionary };
      }
      if (terms) resources = { ...resources, words: this.base.words!.withUnitTerms(terms) };
      this.extended.set(key, resources);
    }
    return resources;
  }
}
