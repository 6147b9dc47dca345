import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection, InitializeParams } from 'vscode-languageserver';
import { TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigProblem } from '../core/config/config';
import type { AnalysisResult } from '../core/engine/analyze';
import type { RuleResources } from '../core/rules/rule';
import { storyConfig } from '../docx';
import { ProjectFiles, type Project } from '../project/projectFiles';
import { DOCX_VIEW_SCHEME, docxViewStory, NO_SESSION_STATE, SECTION, type SessionState } from '../protocol';
import { isGongwenFileName, looksLikeChineseDraft } from '../service/draftDetection';
import { AnalysisCache } from './analysisCache';
import type { RuleDocs } from './convert';
import { guardWith, type Guard } from './guard';
import { textIn, type Bilingual } from '../core/model/bilingual';
import { problemLine } from '../core/model/problems';
import { PRODUCT_NAME, PRODUCT_NAME_EN } from '../product';
import { uiLanguageOf, type UiLanguage } from './l10n';
import { resolveServerSettings, type ServerSettings } from './settings';

/** The titles of the notices about a project's files and settings. */
const NOTICES = {
  settings: { zh: `${PRODUCT_NAME}设置有误`, en: `${PRODUCT_NAME_EN}: a setting is wrong` },
  dictionary: { zh: `${PRODUCT_NAME}工作区词典有误`, en: `${PRODUCT_NAME_EN}: a workspace dictionary has an error` },
} as const;

/** An open draft with what every feature reads: its analysis and the settings and dictionaries it was made with. */
export interface OpenDraft {
  readonly document: TextDocument;
  readonly result: AnalysisResult;
  readonly settings: ServerSettings;
  readonly resources: RuleResources;
}

/**
 * What one connection knows: the open documents, their analyses (one per version, shared by every
 * feature), the settings per document (the project's `.gongwen/config.json` under VS Code's settings)
 * and the dictionaries per project. Features read it; only the configuration and file-watch
 * notifications reset it.
 */
export class Session {
  readonly documents = new TextDocuments(TextDocument);
  readonly guard: Guard;
  private readonly cache = new AnalysisCache();
  private readonly settingsCache = new Map<string, Promise<ServerSettings>>();
  /** Problems already shown to the writer (each once, however many documents are open). */
  private readonly shown = new Set<string>();
  /** Workspace folder paths (file: URIs only). */
  private folders: string[] = [];
  private projectFiles = new ProjectFiles();
  /** The client pulls diagnostics (`textDocument/diagnostic`); otherwise the server pushes them. */
  canPull = false;
  canWatchFiles = false;
  private hasConfiguration = false;
  private initSettings: unknown = undefined;
  private state: SessionState = NO_SESSION_STATE;
  /** The editor's interface language (InitializeParams.locale): menus, notices, findings, fixes and hovers follow it. */
  language: UiLanguage = 'zh';

  /** The language of a draft's findings, fix titles and hovers: `gongwen.findingsLanguage`, or the editor's when `auto`. */
  findingsLanguage(settings: Pick<ServerSettings, 'findingsLanguage'>): UiLanguage {
    return settings.findingsLanguage === 'auto' ? this.language : settings.findingsLanguage;
  }

  /** `ruleDocs`: the rule pages' addresses, for each diagnostic's codeDescription. */
  constructor(private readonly connection: Connection, private readonly base: RuleResources, readonly ruleDocs?: RuleDocs) {
    this.guard = guardWith((m) => this.log(m));
  }

  log(message: string): void {
    this.connection.console.error(message);
  }

  /**
   * One message per file or setting that has problems, however many (200 bad dictionary entries are one
   * message, not 200): the only problem itself, or how many and the first; every problem goes to the
   * output channel. `groups`: the files and settings whose problems are told together (a problem of
   * another source is a message of its own). Each message is shown once, however many documents are open.
   */
  private warnOnce(title: Bilingual, problems: readonly ConfigProblem[], groups: readonly string[] = []): void {
    const bySource = new Map<string, ConfigProblem[]>();
    for (const p of problems) {
      const group = groups.find((g) => p.source === g || p.source.startsWith(g + ' ') || p.source.startsWith(g + '[')) ?? p.source;
      const list = bySource.get(group);
      if (list) list.push(p);
      else bySource.set(group, [p]);
    }
    for (const [source, list] of bySource) {
      const first = problemLine(list[0], this.language);
      const text = textIn(list.length === 1 ? { zh: first, en: first } : {
        zh: `${source} 有 ${list.length} 处问题，有误的部分已忽略。第一处：${first} 全部问题见输出面板“${PRODUCT_NAME}”。`,
        en: `${source} has ${list.length} problems; the wrong parts are ignored. The first: ${first} All of them are in the output panel “${PRODUCT_NAME_EN}”.`,
      }, this.language);
      if (this.shown.has(text)) continue;
      this.shown.add(text);
      for (const p of list) this.connection.console.warn(textIn({ zh: `${title.zh}：${problemLine(p, 'zh')}`, en: `${title.en}: ${problemLine(p, 'en')}` }, this.language));
      void this.connection.window.showWarningMessage(`${textIn(title, this.language)} — ${text}`);
    }
  }

  initialize(params: InitializeParams): void {
    this.canPull = !!params.capabilities.textDocument?.diagnostic;
    this.language = uiLanguageOf(params.locale);
    this.hasConfiguration = !!params.capabilities.workspace?.configuration;
    this.canWatchFiles = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    const options = params.initializationOptions as { settings?: unknown; trusted?: unknown; session?: unknown } | undefined;
    this.initSettings = options?.settings;
    this.state = sessionStateOf(options?.session);
    const uris = params.workspaceFolders?.length ? params.workspaceFolders.map((f) => f.uri) : params.rootUri ? [params.rootUri] : [];
    // A folder whose URI names no local path (`file://server/share`) is declined: no project files of its own.
    this.folders = uris.flatMap((u) => (typeof u === 'string' ? filePathOf(u) ?? [] : []));
    // Restricted Mode: the workspace's own agency names are not read (README, “Trust”).
    this.projectFiles = new ProjectFiles(options?.trusted !== false);
  }

  /**
   * The project files of a draft: searched from its folder up to the workspace folder holding it (or
   * the filesystem root for a draft outside every folder); a draft without a file (untitled) takes the
   * first workspace folder's.
   */
  private projectOf(uri: string): Project | undefined {
    const file = filePathOf(uri);
    if (file === undefined) return this.folders[0] === undefined ? undefined : this.projectFiles.projectOf(path.join(this.folders[0], '_'), this.folders[0]);
    const folder = this.folders.filter((f) => file.startsWith(f + path.sep)).sort((a, b) => b.length - a.length)[0];
    return this.projectFiles.projectOf(file, folder);
  }

  /** Whether the client sends `workspace/didChangeConfiguration` only on request (then we register for it). */
  get pullsConfiguration(): boolean {
    return this.hasConfiguration;
  }

  /** Settings changed: forget them and every analysis made with them. `pushed`: the settings a client sent along. */
  settingsChanged(pushed: unknown): void {
    this.settingsCache.clear();
    this.shown.clear();
    if (!this.hasConfiguration) this.initSettings = (pushed as Record<string, unknown> | undefined)?.[SECTION] ?? this.initSettings;
    this.cache.clear();
  }

  /** The writer started or ended the final check, or confirmed a folder of drafts: analyse again. */
  sessionChanged(state: unknown): void {
    this.state = sessionStateOf(state);
    this.settingsCache.clear();
    this.cache.clear();
  }

  /**
   * Whether a document is checked at all: the 公文 language always; plain text and Markdown when they look
   * like a Chinese draft or their folder is confirmed (`service/draftDetection.ts`).
   */
  checks(document: TextDocument): boolean {
    return document.languageId === SECTION || this.checksText(document.uri, document.getText());
  }

  /** The same for a draft sent as text (not open), known by its name. */
  checksText(uri: string, text: string): boolean {
    return isGongwenFileName(uri) || this.state.draftFolders.some((folder) => uri.startsWith(folder.endsWith('/') ? folder : folder + '/')) || looksLikeChineseDraft(text);
  }

  /** A project file changed (`.gongwen/config.json`, `.gongwen/agencies.json`): read them again and analyse again. */
  filesChanged(): void {
    this.projectFiles.invalidate();
    this.settingsCache.clear();
    this.shown.clear();
    this.cache.clear();
  }

  closed(uri: string): void {
    this.cache.delete(uri);
    this.settingsCache.delete(uri);
  }

  settingsFor(uri: string): Promise<ServerSettings> {
    let s = this.settingsCache.get(uri);
    if (!s) {
      s = (async () => {
        let raw: unknown = this.initSettings;
        if (this.hasConfiguration) {
          try {
            raw = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: SECTION });
          } catch {
            raw = this.initSettings;
          }
        }
        const project = this.projectOf(uri);
        const data = project && this.projectFiles.read(project);
        const { settings, problems } = resolveServerSettings(raw, this.base.places, data?.layer);
        const extra = `${SECTION}.agencies.extra`;
        this.warnOnce(NOTICES.settings, [...(data?.problems ?? []), ...problems], [extra, ...(project ? [project.configFile] : [])]);
        this.warnOnce(NOTICES.dictionary, [...(data?.agencyProblems ?? []), ...(data?.termProblems ?? [])], project ? [project.agenciesFile, project.termsFile] : []);
        // A .docx header's or footer's view is checked as that story is in the CLI.
        const story = viewedStory(uri);
        const checked = story ? { ...settings, analysis: storyConfig(settings.analysis, story.kind) } : settings;
        // The final check is the writer's decision for the session, over whatever the settings say.
        return this.state.finalCheck ? { ...checked, analysis: { ...checked.analysis, placeholderMode: 'final' } } : checked;
      })();
      this.settingsCache.set(uri, s);
    }
    return s;
  }

  /** Built-in dictionaries extended by the project's `.gongwen/agencies.json` and `terms.json` and the settings' agency entries. */
  async resourcesFor(uri: string): Promise<RuleResources> {
    const { agencyExtra } = await this.settingsFor(uri);
    const problems: ConfigProblem[] = [];
    const resources = this.projectFiles.resources(this.base, this.projectOf(uri), agencyExtra, (p) => problems.push(p));
    this.warnOnce(NOTICES.dictionary, problems, [`${SECTION}.agencies.extra`, '.gongwen/agencies.json']);
    return resources;
  }

  async analysis(document: TextDocument): Promise<AnalysisResult> {
    return (await this.draft(document)).result;
  }

  async draft(document: TextDocument): Promise<OpenDraft> {
    const settings = await this.settingsFor(document.uri);
    const resources = await this.resourcesFor(document.uri);
    return { document, settings, resources, result: await this.cache.get(document, settings.analysis, resources) };
  }

  /** The open draft a request names, analysed; undefined when it is not open or not checked. */
  async open(uri: string | undefined): Promise<OpenDraft | undefined> {
    const document = uri === undefined ? undefined : this.documents.get(uri);
    return document && this.checks(document) ? this.draft(document) : undefined;
  }
}

/** A session state from the client, field by field: anything malformed reads as the default. */
function sessionStateOf(raw: unknown): SessionState {
  const r = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  return {
    finalCheck: r.finalCheck === true,
    draftFolders: Array.isArray(r.draftFolders) ? r.draftFolders.filter((f): f is string => typeof f === 'string' && f.length > 0) : [],
  };
}

/** The .docx story a view's uri shows (`gongwen-docx:…#footer:word/footer1.xml`); undefined for anything else. */
function viewedStory(uri: string): ReturnType<typeof docxViewStory> {
  const hash = uri.indexOf('#');
  if (!uri.startsWith(`${DOCX_VIEW_SCHEME}:`) || hash < 0) return undefined;
  try {
    return docxViewStory(decodeURIComponent(uri.slice(hash + 1)));
  } catch {
    return undefined;
  }
}

/**
 * The local path of a `file:` URI; undefined for other schemes and for file URIs this system cannot
 * map to a path (a host on POSIX, `file://server/share/…`; an encoded slash, `%2F`). Such documents are
 * still checked; they only have no project files of their own.
 */
export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
