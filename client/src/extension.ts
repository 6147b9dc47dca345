import * as path from 'node:path';
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { CheckParams, EditsParams, Notifications, Requests, SECTION } from '../../server/src/protocol';
import { registerAgencyCommands } from './agencyCommands';
import { registerCheckAsDraft } from './checkAsDraft';
import { registerDisableRule } from './disableRule';
import { registerDocxViewer } from './docx';
import { activeDraftEditor, draftSelector, isDraft, loadProjectPatterns } from './drafts';
import { applyDraftEditorSettings, EditorDefaultsOffer } from './editorDefaults';
import { exportReport } from './exportReport';
import { OutlineView, PlaceholderBadges, registerRevealRange } from './outlineView';
import { registerPlaceholderCommands } from './placeholderCommands';
import { PlaceholdersView } from './placeholdersView';
import { CRASH_WINDOW_MINUTES, MAX_RESTARTS, RestartPolicy } from './restartPolicy';
import { registerShowRule, withRulePages } from './rulePages';
import { WorkspaceDecisions } from './session';
import { explicitSettings, setting } from './settings';
import { showStatusMenu, StatusBar } from './statusBar';
import { registerTermCommands } from './termCommands';
import { WorkspaceCheck } from './workspaceCheck';

let client: LanguageClient | undefined;
/** Whether a server that died is started again (restartPolicy.ts); the restarts by hand reset it. */
const restarts = new RestartPolicy();

/** The server died too often to be started again by itself: say so, and offer to start it by hand. */
async function offerRestart(): Promise<void> {
  const restart = vscode.l10n.t('Restart the language server');
  const message = vscode.l10n.t('The Gongwen language server crashed {0} times in {1} minutes and is not started again; drafts are not checked. The Output panel (Gongwen Drafting Assistant) says why.', MAX_RESTARTS + 1, CRASH_WINDOW_MINUTES);
  const picked = await vscode.window.showErrorMessage(message, restart);
  if (picked === restart) await vscode.commands.executeCommand('gongwen.restartServer');
}

function createClient(context: vscode.ExtensionContext, status: StatusBar, decisions: WorkspaceDecisions): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    // stdio, as other editors start it (`--stdio`): the server writes the diagnostics it carries from the last
    // answer from their kept bytes there (lsp/encoding.ts); over node IPC Node would encode every message again.
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6029'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: draftSelector(),
    synchronize: { configurationSection: SECTION },
    // A server that dies (killed, crashed) is started again: the close of the connection decides, never
    // an error writing to the dead server (which, by default, stops the client for good).
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue, handled: true }),
      closed: () => {
        if (restarts.closed() === 'restart') return { action: CloseAction.Restart };
        void offerRestart();
        return { action: CloseAction.DoNotRestart, handled: true };
      },
    },
    // Restricted Mode: the server leaves the workspace's own agency dictionary unread (README, “Trust”).
    initializationOptions: { settings: explicitSettings(context.extension), trusted: vscode.workspace.isTrusted, session: decisions.state },
    middleware: {
      workspace: {
        // Only what the user set: the project's .gongwen/config.json applies wherever they did not.
        configuration: async (params, token, next) => {
          const answered = await next(params, token);
          if (!Array.isArray(answered)) return answered;
          return params.items.map((item, i) => (item.section === SECTION ? explicitSettings(context.extension, item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined) : answered[i]));
        },
      },
      handleDiagnostics: (uri, diagnostics, next) => next(uri, withRulePages(diagnostics)),
      provideDiagnostics: async (document, previousResultId, token, next) => {
        const report = await next(document, previousResultId, token);
        if (report?.kind === 'full') withRulePages(report.items);
        return report;
      },
    },
  };
  const c = new LanguageClient('gongwen', vscode.l10n.t('Gongwen Drafting Assistant'), serverOptions, clientOptions);
  c.onNotification(Notifications.status, (params) => status.update(params));
  return c;
}

/** Apply the server's edits for the active draft (renumbering, or every safe fix to convergence) in one step. */
async function applyServerEdits(request: typeof Requests.renumber | typeof Requests.fixAll | typeof Requests.splitHeadings, emptyMessage: string): Promise<void> {
  const editor = activeDraftEditor();
  if (!editor || !client) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a draft first.'));
    return;
  }
  const params: EditsParams = { uri: editor.document.uri.toString() };
  const edits = await client.sendRequest(request, params);
  if (!edits.length) {
    void vscode.window.showInformationMessage(emptyMessage);
    return;
  }
  const workspaceEdit = new vscode.WorkspaceEdit();
  workspaceEdit.set(editor.document.uri, edits.map((e) => client!.protocol2CodeConverter.asTextEdit(e)));
  await vscode.workspace.applyEdit(workspaceEdit);
}

/** The `gongwen.isDraft` context key enables the keybindings and menus on drafts only. */
function updateContext(status: StatusBar): void {
  void vscode.commands.executeCommand('setContext', 'gongwen.isDraft', isDraft(vscode.window.activeTextEditor?.document));
  status.refresh();
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  await loadProjectPatterns();
  const decisions = new WorkspaceDecisions(context.workspaceState);
  const status = new StatusBar(decisions);
  client = createClient(context, status, decisions);
  const currentClient = () => client;
  const outline = new OutlineView(currentClient, (uri) => !!status.statusOf(uri)?.skipped);
  const placeholders = new PlaceholdersView(currentClient);
  const workspaceCheck = new WorkspaceCheck(currentClient);
  const offer = new EditorDefaultsOffer(context);
  context.subscriptions.push(decisions, status, outline, placeholders, workspaceCheck);

  context.subscriptions.push(
    vscode.commands.registerCommand('gongwen.renumberDocument', () => applyServerEdits(Requests.renumber, vscode.l10n.t('The numbering is already continuous.'))),
    vscode.commands.registerCommand('gongwen.fixAll', () => applyServerEdits(Requests.fixAll, vscode.l10n.t('Nothing can be fixed safely.'))),
    vscode.commands.registerCommand('gongwen.splitHeadings', () => applyServerEdits(Requests.splitHeadings, vscode.l10n.t('No run-in heading to put on its own line.'))),
    vscode.commands.registerCommand('gongwen.check', () => {
      const editor = activeDraftEditor();
      if (!editor || !client) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Open a draft first.'));
        return;
      }
      const params: CheckParams = { uri: editor.document.uri.toString() };
      void client.sendNotification(Notifications.check, params);
    }),
    vscode.commands.registerCommand('gongwen.checkWorkspace', () => workspaceCheck.run()),
    // The final check is the writer's mode for this workspace: kept in its workspace state, no file written.
    vscode.commands.registerCommand('gongwen.finalCheck', async () => {
      await decisions.setFinalCheck(true);
      return workspaceCheck.run();
    }),
    vscode.commands.registerCommand('gongwen.draftMode', async () => {
      await decisions.setFinalCheck(false);
      workspaceCheck.clear();
      if (setting<string>('placeholderMode', 'warning') !== 'final') return;
      // A setting the writer made is theirs to change: say where it is.
      const open = vscode.l10n.t('Open settings');
      if ((await vscode.window.showInformationMessage(vscode.l10n.t('Placeholders stay errors: the setting gongwen.placeholderMode is “final”.'), open)) === open) {
        await vscode.commands.executeCommand('workbench.action.openSettings', `${SECTION}.placeholderMode`);
      }
    }),
    vscode.commands.registerCommand('gongwen.showOutline', () => vscode.commands.executeCommand('gongwen.outline.focus')),
    vscode.commands.registerCommand('gongwen.exportReport', () => exportReport(client)),
    vscode.commands.registerCommand('gongwen.statusMenu', () => showStatusMenu(decisions)),
    vscode.commands.registerCommand('gongwen.openSample', async () => {
      // An untitled draft in the 公文 language: nothing is written to the writer's folder.
      const sample = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'resources', 'sample.gw'));
      const document = await vscode.workspace.openTextDocument({ language: SECTION, content: new TextDecoder('utf-8').decode(sample) });
      await vscode.window.showTextDocument(document);
    }),
    // The drafters' guide with its screenshots (the extension page can show no local images).
    vscode.commands.registerCommand('gongwen.openGuide', () => vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.joinPath(context.extensionUri, 'docs', 'extension.md'))),
    vscode.commands.registerCommand('gongwen.applyEditorDefaults', async () => {
      const languageId = vscode.window.activeTextEditor?.document.languageId;
      const languages = languageId === 'plaintext' || languageId === 'markdown' ? [languageId] : ['plaintext', 'markdown'];
      for (const id of languages) await applyDraftEditorSettings(context, id);
      void vscode.window.showInformationMessage(vscode.l10n.t('Draft settings written to your user settings for {0}.', languages.join(', ')));
    }),
    registerCheckAsDraft(decisions),
    registerShowRule(),
    registerDisableRule(currentClient),
    vscode.window.registerFileDecorationProvider(new PlaceholderBadges()),
    status.onDidUpdate((params) => {
      void offer.checked(params);
      if (params.skipped && params.uri === vscode.window.activeTextEditor?.document.uri.toString()) outline.refresh();
    }),
    decisions.onDidChange((state) => {
      status.refresh();
      void client?.sendNotification(Notifications.session, state);
    }),
    vscode.commands.registerCommand('gongwen.refreshPlaceholders', () => placeholders.rescan()),
    vscode.commands.registerCommand('gongwen.refreshOutline', () => outline.refresh()),
    vscode.commands.registerCommand('gongwen.restartServer', async () => {
      restarts.reset();
      await client?.restart();
    }),
    ...registerPlaceholderCommands(currentClient),
    registerAgencyCommands(),
    ...registerTermCommands(),
    ...registerDocxViewer(currentClient),
    registerRevealRange(),
    vscode.window.onDidChangeActiveTextEditor(() => updateContext(status)),
    vscode.workspace.onDidCloseTextDocument((d) => status.forget(d.uri.toString())),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration(SECTION)) return;
      decisions.updateContext();
      updateContext(status);
      outline.refresh();
      // The document selector is fixed when the client starts.
      if (e.affectsConfiguration(`${SECTION}.files`)) await restartClient();
    }),
    // Trust is passed when the client starts: granting it restarts the client in full mode.
    vscode.workspace.onDidGrantWorkspaceTrust(() => restartClient()),
    ...watchProjectFiles(),
    { dispose: () => void client?.stop() },
  );
  async function restartClient(): Promise<void> {
    if (!client) return;
    await client.stop();
    client = createClient(context, status, decisions);
    await client.start();
    placeholders.watch();
    workspaceCheck.clear();
    await placeholders.rescan();
  }

  /** The project's `files` decide the document selector, fixed when the client starts: restart when they change. */
  function watchProjectFiles(): vscode.Disposable[] {
    const watcher = vscode.workspace.createFileSystemWatcher('**/.gongwen/config.json');
    const reload = async () => {
      if (await loadProjectPatterns()) await restartClient();
    };
    return [watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload)];
  }

  updateContext(status);
  await client.start();
  outline.refresh();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
