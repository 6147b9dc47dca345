import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/protocol';

/** Counts of the active draft: problems and placeholders left. */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('gongwen.status', vscode.StatusBarAlignment.Left, 50);
  private readonly byUri = new Map<string, StatusParams>();

  constructor() {
    this.item.name = vscode.l10n.t('公文起草助手');
    this.item.command = 'workbench.actions.view.problems';
  }

  update(params: StatusParams): void {
    this.byUri.set(params.uri, params);
    this.show(vscode.window.activeTextEditor?.document.uri.toString());
  }

  show(uri: string | undefined): void {
    const s = uri ? this.byUri.get(uri) : undefined;
    if (!s) {
      this.item.hide();
      return;
    }
    const problems = s.errors + s.warnings;
    this.item.text = `$(law) ${problems} $(note) ${s.placeholders}`;
    this.item.tooltip = vscode.l10n.t('公文：{0} 个错误，{1} 个警告，{2} 个提示；剩余占位符 {3} 个', s.errors, s.warnings, s.infos, s.placeholders);
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
