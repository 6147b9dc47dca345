import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { EditsParams, LspTextEdit, Notifications, Requests, SECTION, StatusParams } from '../../server/src/protocol';
import { StatusBar } from './statusBar';

let client: LanguageClient | undefined;

function documentSelector(): LanguageClientOptions['documentSelector'] {
  const patterns = vscode.workspace.getConfiguration(SECTION).get<string[]>('files', ['**/*.txt', '**/*.md']);
  return [
    { language: 'gongwen' },
    ...patterns.flatMap((pattern) => [{ scheme: 'file', pattern }, { scheme: 'untitled', pattern }, { scheme: 'vscode-vfs', pattern }]),
  ];
}

function createClient(context: vscode.ExtensionContext, status: StatusBar): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6029'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    synchronize: { configurationSection: SECTION },
    initializationOptions: { settings: vscode.workspace.getConfiguration(SECTION) },
  };
  const c = new LanguageClient('gongwen', vscode.l10n.t('公文起草助手'), serverOptions, clientOptions);
  c.onNotification(Notifications.status, (params: StatusParams) => status.update(params));
  return c;
}

async function applyServerEdits(method: string, emptyMessage: string): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client) return;
  const params: EditsParams = { uri: editor.document.uri.toString() };
  const edits = await client.sendRequest<LspTextEdit[]>(method, params);
  if (!edits.length) {
    void vscode.window.showInformationMessage(emptyMessage);
    return;
  }
  const workspaceEdit = new vscode.WorkspaceEdit();
  workspaceEdit.set(editor.document.uri, edits.map((e) => client!.protocol2CodeConverter.asTextEdit(e)));
  await vscode.workspace.applyEdit(workspaceEdit);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const status = new StatusBar();
  context.subscriptions.push(status);
  client = createClient(context, status);

  context.subscriptions.push(
    vscode.commands.registerCommand('gongwen.renumberDocument', () => applyServerEdits(Requests.renumber, vscode.l10n.t('序号已连续，无需重新编号。'))),
    vscode.commands.registerCommand('gongwen.fixAll', () => applyServerEdits(Requests.fixAll, vscode.l10n.t('没有可安全自动修复的问题。'))),
    vscode.commands.registerCommand('gongwen.check', () => {
      const editor = vscode.window.activeTextEditor;
      if (editor && client) void client.sendNotification(Notifications.check, { uri: editor.document.uri.toString() });
    }),
    vscode.commands.registerCommand('gongwen.restartServer', async () => {
      await client?.restart();
    }),
    vscode.window.onDidChangeActiveTextEditor((editor) => status.show(editor?.document.uri.toString())),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      // The document selector is fixed when the client starts.
      if (e.affectsConfiguration(`${SECTION}.files`) && client) {
        await client.stop();
        client = createClient(context, status);
        await client.start();
      }
    }),
    { dispose: () => void client?.stop() },
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
