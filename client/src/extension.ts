import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { CheckParams, EditsParams, Notifications, Requests, SECTION } from '../../server/src/protocol';
import { registerDocxViewer } from './docx';
import { activeDraftEditor, draftSelector, isDraft, loadProjectPatterns } from './drafts';
import { exportReport } from './exportReport';
import { OutlineView, registerRevealRange } from './outlineView';
import { registerAgencyCommands } from './agencyCommands';
import { registerTermCommands } from './termCommands';
import { registerPlaceholderCommands } from './placeholderCommands';
import { PlaceholdersView } from './placeholdersView';
import { explicitSettings, isFinalMode, updateSetting } from './settings';
import { showStatusMenu, StatusBar } from './statusBar';
import { WorkspaceCheck } from './workspaceCheck';

let client: LanguageClient | undefined;

function createClient(context: vscode.ExtensionContext, status: StatusBar): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6029'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: draftSelector(),
    synchronize: { configurationSection: SECTION },
    // Restricted Mode: the server leaves the workspace's own agency dictionary unread (README, “Trust”).
    initializationOptions: { settings: explicitSettings(context.extension), trusted: vscode.workspace.isTrusted },
    middleware: {
      workspace: {
        // Only what the user set: the project's .gongwen/config.json applies wherever they did not.
        configuration: async (params, token, next) => {
          const answered = await next(params, token);
          if (!Array.isArray(answered)) return answered;
          return params.items.map((item, i) => (item.section === SECTION ? explicitSettings(context.extension, item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined) : answered[i]));
        },
      },
    },
  };
  const c = new LanguageClient('gongwen', vscode.l10n.t('公文起草助手'), serverOptions, clientOptions);
  c.onNotification(Notifications.status, (params) => status.update(params));
  return c;
}

/** Apply the server's edits for the active draft (renumbering, or every safe fix to convergence) in one step. */
async function applyServerEdits(request: typeof Requests.renumber | typeof Requests.fixAll | typeof Requests.splitHeadings, emptyMessage: string): Promise<void> {
  const editor = activeDraftEditor();
  if (!editor || !client) {
    void vscode.window.showWarningMessage(vscode.l10n.t('请先打开一篇公文草稿。'));
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
  const status = new StatusBar();
  client = createClient(context, status);
  const currentClient = () => client;
  const outline = new OutlineView(currentClient);
  const placeholders = new PlaceholdersView(currentClient);
  const workspaceCheck = new WorkspaceCheck(currentClient);
  context.subscriptions.push(status, outline, placeholders, workspaceCheck);

  context.subscriptions.push(
    vscode.commands.registerCommand('gongwen.renumberDocument', () => applyServerEdits(Requests.renumber, vscode.l10n.t('序号已连续，无需重新编号。'))),
    vscode.commands.registerCommand('gongwen.fixAll', () => applyServerEdits(Requests.fixAll, vscode.l10n.t('没有可安全自动修复的问题。'))),
    vscode.commands.registerCommand('gongwen.splitHeadings', () => applyServerEdits(Requests.splitHeadings, vscode.l10n.t('没有连排在段落中的标题，无需拆分。'))),
    vscode.commands.registerCommand('gongwen.check', () => {
      const editor = activeDraftEditor();
      if (!editor || !client) {
        void vscode.window.showWarningMessage(vscode.l10n.t('请先打开一篇公文草稿。'));
        return;
      }
      const params: CheckParams = { uri: editor.document.uri.toString() };
      void client.sendNotification(Notifications.check, params);
    }),
    vscode.commands.registerCommand('gongwen.checkWorkspace', () => workspaceCheck.run()),
    vscode.commands.registerCommand('gongwen.finalCheck', async () => {
      if (!isFinalMode()) await updateSetting('placeholderMode', 'final');
      return workspaceCheck.run();
    }),
    vscode.commands.registerCommand('gongwen.draftMode', async () => {
      await updateSetting('placeholderMode', undefined);
      if (isFinalMode()) await updateSetting('placeholderMode', 'warning');
      workspaceCheck.clear();
    }),
    vscode.commands.registerCommand('gongwen.showOutline', () => vscode.commands.executeCommand('gongwen.outline.focus')),
    vscode.commands.registerCommand('gongwen.exportReport', () => exportReport(client)),
    vscode.commands.registerCommand('gongwen.statusMenu', showStatusMenu),
    vscode.commands.registerCommand('gongwen.refreshPlaceholders', () => placeholders.rescan()),
    vscode.commands.registerCommand('gongwen.refreshOutline', () => outline.refresh()),
    vscode.commands.registerCommand('gongwen.restartServer', async () => {
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
    client = createClient(context, status);
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
