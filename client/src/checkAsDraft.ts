import * as vscode from 'vscode';
import { SECTION } from '../../server/src/protocol';
import type { WorkspaceDecisions } from './session';

interface Choice extends vscode.QuickPickItem {
  run(): Thenable<unknown>;
}

/**
 * “Check it as a draft”, behind the status bar of a plain-text file the server left unchecked: switch
 * this file to the 公文 language (one click for an untitled or loose file), or take every .txt/.md of its
 * folder as a draft from now on (remembered in the workspace state).
 */
export function registerCheckAsDraft(decisions: WorkspaceDecisions): vscode.Disposable {
  return vscode.commands.registerCommand('gongwen.checkAsDraft', async (): Promise<unknown> => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document) return undefined;
    const asGongwen: Choice = {
      label: `$(file) ${vscode.l10n.t('Check this file: switch it to the Gongwen language')}`,
      run: () => vscode.languages.setTextDocumentLanguage(document, SECTION),
    };
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    if (!folder || decisions.isConfirmed(folder.uri)) return asGongwen.run();
    const wholeFolder: Choice = {
      label: `$(folder) ${vscode.l10n.t('Check every .txt and .md file in “{0}” as a draft', folder.name)}`,
      description: vscode.l10n.t('remembered for this workspace'),
      run: () => decisions.confirmFolder(folder.uri),
    };
    const picked = await vscode.window.showQuickPick([asGongwen, wholeFolder], {
      placeHolder: vscode.l10n.t('This file does not look like a Chinese draft, so it is not checked'),
    });
    return picked?.run();
  });
}
