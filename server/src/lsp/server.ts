import {
  CancellationToken, CodeAction, CodeActionKind, CodeActionParams, CompletionParams, Connection, Diagnostic,
  DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, DocumentDiagnosticReport, DocumentDiagnosticReportKind, ErrorCodes,
  HoverParams, InitializeResult, LSPErrorCodes, ResponseError, TextDocuments, TextDocumentSyncKind, TextEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PLACE_SUFFIXES } from '../core/agency/dictionary';
import { analyzeText, type AnalysisResult } from '../core/engine/analyze';
import { safeFixEdits } from '../core/engine/fixes';
import { renumberDocumentEdits } from '../core/rules/numbering/runs';
import type { RuleResources } from '../core/rules/rule';
import {
  CheckParams, CheckTextParams, EditsParams, Notifications, OutlineParams, PlaceholderItem, PlaceholdersParams, ReportParams,
  Requests, SECTION, StatusParams,
} from '../protocol';
import { agencyCompletions, WORKSPACE_AGENCY_GLOB, WorkspaceAgencies } from './agencies';
import { AnalysisCache } from './analysisCache';
import { codeActionsFor } from './codeActions';
import { toDiagnostic, toLspEdit } from './convert';
import { docxText } from './docxText';
import { hoverAt } from './hover';
import { documentSymbols, foldingRanges, outlineNodes } from './outline';
import { splitHeadingEdits } from '../service/outline';
import { placeholderItems, placeholdersInText } from './placeholders';
import { buildReport, renderReport } from './report';
import { resolveServerSettings, ServerSettings } from './settings';

/** Requests name their document as `textDocument.uri` (LSP) or `uri` (the custom requests). */
function namesDocument(params: unknown): boolean {
  if (!params || typeof params !== 'object') return false;
  const p = params as { textDocument?: { uri?: unknown }; uri?: unknown };
  return typeof p.uri === 'string' || (typeof p.textDocument === 'object' && p.textDocument !== null && typeof p.textDocument.uri === 'string');
}

interface Reported {
  readonly version: number;
  readonly diagnostics: Diagnostic[];
  /** Pull diagnostics' resultId: it changes only when the diagnostics do. */
  readonly resultId: string;
}

const EMPTY_REPORT: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };

/** Same diagnostics, field by field (an edit often leaves every diagnostic where it was). */
function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.code !== y.code || x.message !== y.message || x.severity !== y.severity ||
      x.range.start.line !== y.range.start.line || x.range.start.character !== y.range.start.character ||
      x.range.end.line !== y.range.end.line || x.range.end.character !== y.range.end.character ||
      JSON.stringify(x.relatedInformation) !== JSON.stringify(y.relatedInformation)) return false;
  }
  return true;
}

/** Wire the analysis core to an LSP connection. The only place that knows both. */
export function startServer(connection: Connection, resources: RuleResources = {}): void {
  const documents = new TextDocuments(TextDocument);
  const cache = new AnalysisCache();
  const settingsCache = new Map<string, Promise<ServerSettings>>();
  const reported = new Map<string, Reported>();
  const timers = new Map<string, NodeJS.Timeout>();
  const shownProblems = new Set<string>();
  let canPull = false;
  let hasConfiguration = false;
  let initSettings: unknown = undefined;

  const log = (message: string) => connection.console.error(message);

  /**
   * Every handler runs through here: params without a document are an InvalidParams error, a request
   * cancelled before or while it ran answers RequestCancelled, and a bug answers the fallback (logged)
   * instead of taking the server down.
   */
  function guard<P, R>(name: string, fallback: R, handler: (params: P) => R | Promise<R>): (params: P, token?: CancellationToken) => Promise<R> {
    const cancelled = () => new ResponseError(LSPErrorCodes.RequestCancelled, `${name} 已取消`);
    return async (params: P, token?: CancellationToken) => {
      if (!namesDocument(params)) throw new ResponseError(ErrorCodes.InvalidParams, `${name}：参数应含 textDocument.uri（或 uri）`);
      if (token?.isCancellationRequested) throw cancelled();
      let result: R;
      try {
        result = await handler(params);
      } catch (e) {
        log(`${name} failed: ${e instanceof Error ? e.stack : String(e)}`);
        return fallback;
      }
      if (token?.isCancellationRequested) throw cancelled();
      return result;
    };
  }

  function settingsFor(uri: string): Promise<ServerSettings> {
    let s = settingsCache.get(uri);
    if (!s) {
      s = (async () => {
        let raw: unknown = initSettings;
        if (hasConfiguration) {
          try {
            raw = await connection.workspace.getConfiguration({ scopeUri: uri, section: SECTION });
          } catch {
            raw = initSettings;
          }
        }
        const { settings, problems } = resolveServerSettings(raw);
        for (const p of problems) {
          const text = `${p.source}：${p.message}`;
          if (!shownProblems.has(text)) {
            shownProblems.add(text);
            void connection.window.showWarningMessage(`公文起草助手设置有误 — ${text}`);
          }
        }
        return settings;
      })();
      settingsCache.set(uri, s);
    }
    return s;
  }

  /** Built-in dictionaries extended by the workspace's `.gongwen/agencies.json` and `gongwen.agencies.extra`. */
  const workspaceAgencies = new WorkspaceAgencies(resources, (p) => {
    const text = `${p.source}：${p.message}`;
    if (!shownProblems.has(text)) {
      shownProblems.add(text);
      void connection.window.showWarningMessage(`公文起草助手机构词典有误 — ${text}`);
    }
  });
  let canWatchFiles = false;

  async function resourcesOf(uri: string): Promise<RuleResources> {
    return workspaceAgencies.resourcesFor(uri, (await settingsFor(uri)).agencyExtra);
  }

  async function analysis(document: TextDocument): Promise<AnalysisResult> {
    return cache.get(document, (await settingsFor(document.uri)).analysis, await resourcesOf(document.uri));
  }

  let nextResultId = 1;
  /** Keep what the user now sees; a new resultId only when it differs from what they saw before. */
  function remember(document: TextDocument, diagnostics: Diagnostic[]): void {
    const last = reported.get(document.uri);
    const resultId = last && sameDiagnostics(last.diagnostics, diagnostics) ? last.resultId : String(nextResultId++);
    reported.set(document.uri, { version: document.version, diagnostics, resultId });
  }

  /** Analyse now and remember the result as what the user sees. */
  async function check(document: TextDocument): Promise<Diagnostic[]> {
    const settings = await settingsFor(document.uri);
    if (!settings.enable) {
      remember(document, []);
      return [];
    }
    const result = await analysis(document);
    const diagnostics = result.findings.map((f) => toDiagnostic(result.document.lines, f, document.uri));
    remember(document, diagnostics);
    const status: StatusParams = {
      uri: document.uri,
      errors: result.findings.filter((f) => f.severity === 'error').length,
      warnings: result.findings.filter((f) => f.severity === 'warning').length,
      infos: result.findings.filter((f) => f.severity === 'information' || f.severity === 'hint').length,
      placeholders: result.findings.filter((f) => f.ruleId.startsWith('placeholder-')).length,
    };
    void connection.sendNotification(Notifications.status, status);
    for (const failure of result.failures) log(`rule ${failure.ruleId} failed: ${failure.error}`);
    return diagnostics;
  }

  async function publish(document: TextDocument): Promise<void> {
    const diagnostics = await check(document);
    if (!canPull) await connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
    else connection.languages.diagnostics.refresh();
  }

  function schedule(document: TextDocument, delay: number): void {
    clearTimeout(timers.get(document.uri));
    timers.set(document.uri, setTimeout(() => {
      timers.delete(document.uri);
      const current = documents.get(document.uri);
      // The version may have been published meanwhile (on open, onDidOpen does it).
      if (current && reported.get(current.uri)?.version !== current.version) void publish(current).catch((e) => log(String(e)));
    }, delay));
  }

  connection.onInitialize((params): InitializeResult => {
    canPull = !!params.capabilities.textDocument?.diagnostic;
    hasConfiguration = !!params.capabilities.workspace?.configuration;
    initSettings = (params.initializationOptions as Record<string, unknown> | undefined)?.settings;
    canWatchFiles = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    workspaceAgencies.setFolders(params.workspaceFolders, params.rootUri, (params.initializationOptions as { trusted?: unknown } | undefined)?.trusted !== false);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        documentSymbolProvider: { label: '公文大纲' },
        foldingRangeProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, CodeActionKind.Source, CodeActionKind.RefactorRewrite] },
        documentFormattingProvider: true,
        hoverProvider: true,
        completionProvider: { triggerCharacters: [...PLACE_SUFFIXES, '委', '、', '（', '('] },
        ...(canPull ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'gongwen-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    // Dynamic registration lets VS Code tell us when `gongwen.*` changes.
    if (hasConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: SECTION }).catch(() => undefined);
    if (canWatchFiles) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: WORKSPACE_AGENCY_GLOB }] }).catch(() => undefined);
  });

  // `.gongwen/agencies.json` changed (the “添加到工作区机构词典” command writes it): reload and re-check.
  connection.onDidChangeWatchedFiles(() => {
    workspaceAgencies.invalidate();
    shownProblems.clear();
    cache.clear();
    for (const document of documents.all()) void publish(document);
  });

  connection.onDidChangeConfiguration((change) => {
    settingsCache.clear();
    shownProblems.clear();
    if (!hasConfiguration) initSettings = (change.settings as Record<string, unknown> | undefined)?.[SECTION] ?? initSettings;
    cache.clear();
    for (const document of documents.all()) void publish(document);
  });

  documents.onDidOpen(async (e) => {
    // Manual mode: nothing until the writer asks (gongwen/check).
    if ((await settingsFor(e.document.uri)).run !== 'manual') await publish(e.document).catch((err) => log(String(err)));
  });
  documents.onDidChangeContent(async (e) => {
    if (!documents.get(e.document.uri)) return;
    const settings = await settingsFor(e.document.uri);
    if (settings.run === 'onType' && !canPull) schedule(e.document, settings.debounce);
  });
  documents.onDidSave(async (e) => {
    const settings = await settingsFor(e.document.uri);
    if (settings.run === 'onSave') await publish(e.document);
  });
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    cache.delete(e.document.uri);
    reported.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    if (!canPull) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on(guard('diagnostic', EMPTY_REPORT, async (params): Promise<DocumentDiagnosticReport> => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return EMPTY_REPORT;
    const settings = await settingsFor(document.uri);
    // onSave / manual: keep showing what the last check found until the next one.
    if (settings.run === 'manual' && !reported.has(document.uri)) return EMPTY_REPORT;
    if (settings.run === 'onType' || !reported.has(document.uri)) await check(document);
    const last = reported.get(document.uri)!;
    // Unchanged diagnostics (an edit on a line without findings) answer in a few bytes, not a full report.
    if (params.previousResultId === last.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: last.resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId: last.resultId, items: last.diagnostics };
  }));

  connection.onDocumentSymbol(guard('documentSymbol', null, async (params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? documentSymbols((await analysis(document)).document) : null;
  }));

  connection.onFoldingRanges(guard('foldingRange', null, async (params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? foldingRanges((await analysis(document)).document) : null;
  }));

  connection.onCodeAction(guard('codeAction', null as CodeAction[] | null, async (params: CodeActionParams) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    return codeActionsFor(document.uri, await analysis(document), params);
  }));

  connection.onDocumentFormatting(guard('formatting', null as TextEdit[] | null, async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const doc = (await analysis(document)).document;
    return renumberDocumentEdits(doc).map((e) => toLspEdit(doc.lines, e));
  }));

  connection.onRequest(Requests.outline, guard('outline', null, async (params: OutlineParams) => {
    const document = documents.get(params?.uri);
    if (!document) return null;
    const result = await analysis(document);
    return outlineNodes(result.document, result.findings);
  }));

  connection.onRequest(Requests.renumber, guard('renumber', [] as TextEdit[], async (params: EditsParams) => {
    const document = documents.get(params?.uri);
    if (!document) return [];
    const doc = (await analysis(document)).document;
    return renumberDocumentEdits(doc).map((e) => toLspEdit(doc.lines, e));
  }));

  connection.onRequest(Requests.splitHeadings, guard('splitHeadings', [] as TextEdit[], async (params: EditsParams) => {
    const document = documents.get(params?.uri);
    if (!document) return [];
    const doc = (await analysis(document)).document;
    return splitHeadingEdits(doc).map((e) => toLspEdit(doc.lines, e));
  }));

  connection.onRequest(Requests.fixAll, guard('fixAll', [] as TextEdit[], async (params: EditsParams) => {
    const document = documents.get(params?.uri);
    if (!document) return [];
    const result = await analysis(document);
    return safeFixEdits(result.findings).map((e) => toLspEdit(result.document.lines, e));
  }));

  connection.onRequest(Requests.report, guard('report', '', async (params: ReportParams) => {
    const document = documents.get(params?.uri);
    if (!document) return '';
    const fileName = decodeURIComponent(document.uri.slice(document.uri.lastIndexOf('/') + 1));
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    const generatedAt = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
    return renderReport(buildReport(await analysis(document), fileName, generatedAt), params.format);
  }));

  connection.onRequest(Requests.checkText, guard('checkText', [] as Diagnostic[], async (params: CheckTextParams) => {
    const settings = await settingsFor(params.uri);
    if (!settings.enable || typeof params.text !== 'string') return [];
    const result = analyzeText(params.text, settings.analysis, await resourcesOf(params.uri));
    return result.findings.map((f) => toDiagnostic(result.document.lines, f, params.uri));
  }));

  connection.onHover(guard('hover', null, async (params: HoverParams) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const result = await analysis(document);
    return hoverAt({ result, offset: result.document.lines.offsetAt(params.position), resources: await resourcesOf(document.uri) });
  }));

  connection.onCompletion(guard('completion', null, async (params: CompletionParams) => {
    const document = documents.get(params.textDocument.uri);
    const dictionary = document && (await resourcesOf(document.uri)).agencies;
    if (!document || !dictionary) return null;
    return agencyCompletions((await analysis(document)).document, params.position, dictionary);
  }));

  // Open drafts answer from the shared analysis; a draft that is not open (workspace scan) sends its text.
  connection.onRequest(Requests.placeholders, guard('placeholders', [] as PlaceholderItem[], async (params: PlaceholdersParams) => {
    const settings = await settingsFor(params.uri);
    if (!settings.enable) return [];
    const document = typeof params.text === 'string' ? undefined : documents.get(params.uri);
    if (document) return placeholderItems(await analysis(document));
    if (typeof params.text !== 'string') return [];
    return placeholdersInText(params.text, settings.analysis, await resourcesOf(params.uri));
  }));

  connection.onNotification(Notifications.check, guard('check', undefined, async (params: CheckParams) => {
    const document = documents.get(params?.uri);
    if (document) await publish(document);
  }));

  connection.onRequest(Requests.docxText, docxText);

  documents.listen(connection);
  connection.listen();
}
