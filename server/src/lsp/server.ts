import {
  CodeActionKind, Connection, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, InitializeResult, TextDocumentSyncKind,
} from 'vscode-languageserver';
import type { RuleResources } from '../core/rules/rule';
import { SECTION } from '../protocol';
import { COMPLETION_TRIGGERS } from '../service/completion';
import { DiagnosticsFeature } from './diagnostics';
import { registerFeatures } from './features';
import { Session } from './session';
import { WORKSPACE_AGENCY_GLOB } from './workspaceAgencies';
import { UNIT_TERMS_GLOB } from '../unitTerms';

/** Wire the services to an LSP connection: capabilities, notifications that reset the session, the features. */
/** `script`: the bundle that also serves as the .docx worker thread. */
export function startServer(connection: Connection, resources: RuleResources = {}, script = __filename): void {
  const session = new Session(connection, resources);
  const diagnostics = new DiagnosticsFeature(connection, session);
  registerFeatures(connection, session, script);

  connection.onInitialize((params): InitializeResult => {
    session.initialize(params);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        documentSymbolProvider: { label: '公文大纲' },
        foldingRangeProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, CodeActionKind.Source, CodeActionKind.RefactorRewrite] },
        documentFormattingProvider: true,
        hoverProvider: true,
        completionProvider: { triggerCharacters: [...COMPLETION_TRIGGERS] },
        ...(session.canPull ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'gongwen-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    // Dynamic registration lets VS Code tell us when `gongwen.*` changes.
    if (session.pullsConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: SECTION }).catch(() => undefined);
    if (session.canWatchFiles) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: WORKSPACE_AGENCY_GLOB }, { globPattern: UNIT_TERMS_GLOB }] }).catch(() => undefined);
  });

  // `.gongwen/agencies.json` or `.gongwen/terms.json` changed (the “添加到工作区机构词典”, “加入白名单” and
  // “加入本单位词表” commands write them): reload and re-check.
  connection.onDidChangeWatchedFiles(() => {
    session.filesChanged();
    diagnostics.publishAll();
  });

  connection.onDidChangeConfiguration((change) => {
    session.settingsChanged(change.settings);
    diagnostics.publishAll();
  });

  session.documents.listen(connection);
  connection.listen();
}
