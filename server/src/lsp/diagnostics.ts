import type { CancellationToken, Connection, Diagnostic, DocumentDiagnosticReport } from 'vscode-languageserver';
import { DocumentDiagnosticReportKind } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Notifications, type StatusParams } from '../protocol';
import { countFindings } from '../service/report';
import { lengthOf } from '../service/length';
import { convertFindings, type ConvertedDiagnostics } from './carriedDiagnostics';
import { encodeEachOnce } from './encoding';
import type { Session } from './session';

interface Reported {
  readonly version: number;
  readonly diagnostics: Diagnostic[];
  /** Pull diagnostics' resultId: it changes only when the diagnostics do. */
  readonly resultId: string;
  /** The findings they were converted from, for the next version's conversion (none when nothing was analysed). */
  readonly converted?: ConvertedDiagnostics;
}

const EMPTY_REPORT: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };

/** Same diagnostics, field by field (an edit often leaves every diagnostic where it was). */
function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    // Usually the very object: diagnostics nothing could have changed are carried over (carriedDiagnostics.ts).
    if (x === y) continue;
    if (x.code !== y.code || x.message !== y.message || x.severity !== y.severity ||
      x.range.start.line !== y.range.start.line || x.range.start.character !== y.range.start.character ||
      x.range.end.line !== y.range.end.line || x.range.end.character !== y.range.end.character ||
      JSON.stringify(x.relatedInformation) !== JSON.stringify(y.relatedInformation)) return false;
  }
  return true;
}

/**
 * Diagnostics of open drafts: pulled (`textDocument/diagnostic`) by clients that can, else pushed after
 * a debounce; when (`gongwen.run`: on type, on save, on command) and the status-bar counts.
 */
export class DiagnosticsFeature {
  private readonly reported = new Map<string, Reported>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** When each draft was last edited (ms), for the pull diagnostics' debounce; the version it was opened at. */
  private readonly edited = new Map<string, number>();
  private readonly opened = new Map<string, number>();
  private nextResultId = 1;

  constructor(private readonly connection: Connection, private readonly session: Session) {
    const { documents, guard } = session;
    documents.onDidOpen(async (e) => {
      // Opening is no edit: the first pull answers at once (TextDocuments reports the opening as a content change too).
      this.opened.set(e.document.uri, e.document.version);
      // Manual mode: nothing until the writer asks (gongwen/check).
      if ((await session.settingsFor(e.document.uri)).run !== 'manual') await this.publish(e.document).catch((err) => session.log(String(err)));
    });
    documents.onDidChangeContent(async (e) => {
      if (!documents.get(e.document.uri)) return;
      if (this.opened.get(e.document.uri) !== e.document.version) this.edited.set(e.document.uri, Date.now());
      const settings = await session.settingsFor(e.document.uri);
      if (settings.run === 'onType' && !session.canPull) this.schedule(e.document, settings.debounce);
    });
    documents.onDidSave(async (e) => {
      if ((await session.settingsFor(e.document.uri)).run === 'onSave') await this.publish(e.document);
    });
    documents.onDidClose((e) => {
      clearTimeout(this.timers.get(e.document.uri));
      this.timers.delete(e.document.uri);
      this.reported.delete(e.document.uri);
      this.edited.delete(e.document.uri);
      this.opened.delete(e.document.uri);
      session.closed(e.document.uri);
      if (!session.canPull) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    });

    connection.languages.diagnostics.on(guard('diagnostic', EMPTY_REPORT, async (params, token): Promise<DocumentDiagnosticReport> => {
      const settings = await session.settingsFor(params.textDocument.uri);
      // gongwen.debounce (0 unless the writer sets a pause): answer once the writer has paused; an edit meanwhile
      // makes the client cancel this pull and ask again. No pause by default: VS Code already pulls once per change
      // with one pull in flight (core/config/settings.ts), so a pause would only delay every answer.
      if (settings.run === 'onType') await this.pause(params.textDocument.uri, settings.debounce, token);
      const document = documents.get(params.textDocument.uri);
      if (!document || token?.isCancellationRequested) return EMPTY_REPORT;
      // onSave / manual: keep showing what the last check found until the next one.
      if (settings.run === 'manual' && !this.reported.has(document.uri)) return EMPTY_REPORT;
      if (settings.run === 'onType' || !this.reported.has(document.uri)) await this.check(document);
      const last = this.reported.get(document.uri)!;
      // Unchanged diagnostics (an edit on a line without findings) answer in a few bytes, not a full report.
      if (params.previousResultId === last.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: last.resultId };
      return { kind: DocumentDiagnosticReportKind.Full, resultId: last.resultId, items: last.diagnostics };
    }));

    connection.onNotification(Notifications.check, guard('check', undefined, async (params) => {
      const document = documents.get(params?.uri);
      if (document) await this.publish(document);
    }));
  }

  /** Until `debounce` ms after the draft's last edit, or until the request is cancelled. */
  private pause(uri: string, debounce: number, token: CancellationToken | undefined): Promise<void> {
    const wait = (this.edited.get(uri) ?? -Infinity) + debounce - Date.now();
    if (!(wait > 0) || token?.isCancellationRequested) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, wait);
      token?.onCancellationRequested(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** Keep what the user now sees; a new resultId only when it differs from what they saw before. */
  private remember(document: TextDocument, diagnostics: Diagnostic[], converted?: ConvertedDiagnostics): void {
    const last = this.reported.get(document.uri);
    const resultId = last && sameDiagnostics(last.diagnostics, diagnostics) ? last.resultId : String(this.nextResultId++);
    encodeEachOnce(diagnostics);
    this.reported.set(document.uri, { version: document.version, diagnostics, resultId, converted });
  }

  /** Analyse now and remember the result as what the user sees. */
  private async check(document: TextDocument): Promise<Diagnostic[]> {
    const settings = await this.session.settingsFor(document.uri);
    if (!settings.enable) {
      this.remember(document, []);
      return [];
    }
    if (!this.session.checks(document)) {
      // Say why nothing is shown: the client offers to check the folder or switch the language.
      this.remember(document, []);
      const status: StatusParams = { uri: document.uri, errors: 0, warnings: 0, infos: 0, placeholders: 0, skipped: 'not-chinese' };
      void this.connection.sendNotification(Notifications.status, status);
      return [];
    }
    const result = await this.session.analysis(document);
    const converted = convertFindings(result, document.uri, this.session.ruleDocs, this.session.findingsLanguage(settings), this.reported.get(document.uri)?.converted);
    const diagnostics = converted.diagnostics;
    this.remember(document, diagnostics, converted);
    const status: StatusParams = { uri: document.uri, ...countFindings(result.findings), ...lengthOf(result.document, settings.analysis) };
    void this.connection.sendNotification(Notifications.status, status);
    for (const failure of result.failures) this.session.log(`rule ${failure.ruleId} failed: ${failure.error}`);
    return diagnostics;
  }

  async publish(document: TextDocument): Promise<void> {
    const diagnostics = await this.check(document);
    if (!this.session.canPull) await this.connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
    else this.connection.languages.diagnostics.refresh();
  }

  /** Every open draft again (settings or a dictionary changed). */
  publishAll(): void {
    for (const document of this.session.documents.all()) void this.publish(document).catch((e) => this.session.log(String(e)));
  }

  private schedule(document: TextDocument, delay: number): void {
    clearTimeout(this.timers.get(document.uri));
    this.timers.set(document.uri, setTimeout(() => {
      this.timers.delete(document.uri);
      const current = this.session.documents.get(document.uri);
      // The version may have been published meanwhile (on open, onDidOpen does it).
      if (current && this.reported.get(current.uri)?.version !== current.version) void this.publish(current).catch((e) => this.session.log(String(e)));
    }, delay));
  }
}
