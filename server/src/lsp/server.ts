import {
  CodeActionKind, Connection, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, InitializeResult, TextDocumentSyncKind,
} from 'vscode-languageserver';
import type { RuleResources } from '../core/rules/rule';
import { Notifications, SECTION } from '../protocol';
import { COMPLETION_TRIGGERS } from '../service/completion';
import { DiagnosticsFeature } from './diagnostics';
import { registerFeatures } from './features';
import { installedRuleDocs } from './ruleDocs';
import { Session } from './session';
import { PROJECT_FILES_GLOB } from '../project/projectFiles';

/** Wire the services to an LSP connection: capabilities, notifications that reset the session, the features. */
/** `script`: the bundle that also serves as the .docx worker thread. */
export function startServer(connection: Connection, resources: RuleResources = {}, script = __filename): void {
  const session = new Session(connection, resources, installedRuleDocs(script));
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
    if (session.canWatchFiles) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: PROJECT_FILES_GLOB }] }).catch(() => undefined);
  });

  // A project file changed (the “添加到工作区机构词典” command writes `.gongwen/agencies.json`): reload and re-check.
  connection.onDidChangeWatchedFiles(() => {
    session.filesChanged();
    diagnostics.publishAll();
  });

  connection.onNotification(Notifications.session, (state) => {
    session.sessionChanged(state);
    diagnostics.publishAll();
  });

  connection.onDidChangeConfiguration((change) => {
    session.settingsChanged(change.settings);
    diagnostics.publishAll();
  });

  session.documents.listen(connection);
  connection.listen();
}
