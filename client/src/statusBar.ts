import * as vscode from 'vscode';
import type { RunMode, StatusParams } from '../../server/src/protocol';
import { activeDraftEditor } from './drafts';
import { isFinalMode, runMode, setting, updateSetting } from './settings';

/** Counts of the active draft (problems and placeholders left); a click opens the checking menu. */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('gongwen.status', vscode.StatusBarAlignment.Left, 50);
  private readonly byUri = new Map<string, StatusParams>();

  constructor() {
    this.item.name = vscode.l10n.t('公文起草助手');
    this.item.command = 'gongwen.statusMenu';
  }

  update(params: StatusParams): void {
    this.byUri.set(params.uri, params);
    this.refresh();
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  refresh(): void {
    const editor = activeDraftEditor();
    if (!editor) {
      this.item.hide();
      return;
    }
    const final = isFinalMode() ? vscode.l10n.t('定稿') + ' ' : '';
    if (!setting('enable', true)) {
      this.item.text = `$(debug-pause) ${vscode.l10n.t('公文检查已暂停')}`;
      this.item.tooltip = vscode.l10n.t('公文检查已暂停。点击打开菜单以恢复检查。');
      this.item.accessibilityInformation = { label: vscode.l10n.t('公文检查已暂停') };
      this.item.show();
      return;
    }
    const s = this.byUri.get(editor.document.uri.toString());
    if (!s) {
      this.item.text = `$(law) ${final}${vscode.l10n.t('公文 未检查')}`;
      this.item.tooltip = runMode() === 'manual'
        ? vscode.l10n.t('仅在命令时检查：点击并选择“立即检查”。')
        : vscode.l10n.t('尚未检查此文稿。');
      this.item.accessibilityInformation = { label: vscode.l10n.t('公文 未检查') };
      this.item.show();
      return;
    }
    const problems = s.errors + s.warnings + s.infos;
    this.item.text = `$(law) ${final}$(warning) ${problems} $(edit) ${s.placeholders}`;
    const tooltip = new vscode.MarkdownString();
    tooltip.appendText(vscode.l10n.t('公文：{0} 个错误，{1} 个警告，{2} 个提示；剩余占位符 {3} 个', s.errors, s.warnings, s.infos, s.placeholders));
    tooltip.appendText('\n' + vscode.l10n.t('检查时机：{0}', runModeLabel(runMode())));
    if (final) tooltip.appendText('\n' + vscode.l10n.t('定稿检查模式：占位符按错误报告。'));
    tooltip.appendText('\n' + vscode.l10n.t('点击打开菜单：暂停检查、切换检查时机、导出报告。'));
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = { label: vscode.l10n.t('公文：问题 {0} 个，占位符 {1} 个', problems, s.placeholders) };
    this.item.backgroundColor = s.errors ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}

export function runModeLabel(mode: RunMode): string {
  switch (mode) {
    case 'onType': return vscode.l10n.t('边写边查');
    case 'onSave': return vscode.l10n.t('保存时检查');
    case 'manual': return vscode.l10n.t('仅在命令时检查');
  }
}

interface MenuItem extends vscode.QuickPickItem {
  run(): Thenable<unknown>;
}

/** The menu behind the status-bar item: the noise controls in one place. */
export async function showStatusMenu(): Promise<void> {
  const enabled = setting('enable', true);
  const mode = runMode();
  const items: MenuItem[] = [
    enabled
      ? { label: `$(debug-pause) ${vscode.l10n.t('暂停检查')}`, description: vscode.l10n.t('清除提示，直到恢复'), run: () => updateSetting('enable', false) }
      : { label: `$(play) ${vscode.l10n.t('恢复检查')}`, run: () => updateSetting('enable', true) },
    { label: `$(refresh) ${vscode.l10n.t('立即检查')}`, run: () => vscode.commands.executeCommand('gongwen.check') },
    { label: vscode.l10n.t('检查时机'), kind: vscode.QuickPickItemKind.Separator, run: async () => undefined },
    ...(['onType', 'onSave', 'manual'] as RunMode[]).map((m) => ({
      label: `${m === mode ? '$(check)' : '$(blank)'} ${runModeLabel(m)}`,
      description: m === mode ? vscode.l10n.t('当前') : undefined,
      run: () => updateSetting('run', m),
    })),
    { label: '', kind: vscode.QuickPickItemKind.Separator, run: async () => undefined },
    isFinalMode()
      ? { label: `$(edit) ${vscode.l10n.t('恢复起草模式')}`, description: vscode.l10n.t('占位符恢复为警告'), run: () => vscode.commands.executeCommand('gongwen.draftMode') }
      : { label: `$(checklist) ${vscode.l10n.t('定稿检查')}`, description: vscode.l10n.t('占位符按错误报告，并检查整个工作区'), run: () => vscode.commands.executeCommand('gongwen.finalCheck') },
    { label: `$(list-tree) ${vscode.l10n.t('显示公文大纲')}`, run: () => vscode.commands.executeCommand('gongwen.showOutline') },
    { label: `$(warning) ${vscode.l10n.t('打开问题面板')}`, run: () => vscode.commands.executeCommand('workbench.actions.view.problems') },
    { label: `$(output) ${vscode.l10n.t('导出检查报告')}`, run: () => vscode.commands.executeCommand('gongwen.exportReport') },
  ];
  const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('公文起草助手') });
  await picked?.run();
}
