import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ClientCommands, DisableRuleChoice, SECTION } from '../../server/src/protocol';
import { updateSetting } from './settings';

interface Choice extends vscode.QuickPickItem {
  run(): Thenable<unknown>;
}

/**
 * The one “停用规则…” entry of the quick-fix menu: the writer picks this line, this file (a directive in
 * the draft, as the server wrote it) or every draft (the rule off in the settings).
 */
export function registerDisableRule(client: () => LanguageClient | undefined): vscode.Disposable {
  return vscode.commands.registerCommand(ClientCommands.disableRule, async (uri: string, ruleId: string, choices: DisableRuleChoice[]) => {
    const c = client();
    if (!c) return;
    const items: Choice[] = choices.map((choice) => ({
      label: choice.title,
      run: async () => {
        const edit = new vscode.WorkspaceEdit();
        edit.set(vscode.Uri.parse(uri), await c.protocol2CodeConverter.asTextEdits([...choice.edits]));
        return vscode.workspace.applyEdit(edit);
      },
    }));
    items.push({
      label: vscode.l10n.t('Switch “{0}” off for every draft (settings)', ruleId),
      run: () => updateSetting('rules', { ...vscode.workspace.getConfiguration(SECTION).get<Record<string, string>>('rules', {}), [ruleId]: 'off' }),
    });
    const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Switch rule “{0}” off where?', ruleId) });
    await picked?.run();
  });
}
