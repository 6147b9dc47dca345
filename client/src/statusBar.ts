import * as vscode from 'vscode';
import type { RunMode, StatusParams } from '../../server/src/protocol';
import { activeDraftEditor } from './drafts';
import type { WorkspaceDecisions } from './session';
import { runMode, setting, updateSetting } from './settings';

/**
 * Counts of the active draft (problems and placeholders left); a click opens the checking menu. A file
 * the server leaves unchecked (plain text that does not look like a Chinese draft) says so, and a click
 * checks it.
 */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('gongwen.status', vscode.StatusBarAlignment.Left, 50);
  private readonly byUri = new Map<string, StatusParams>();
  private readonly updated = new vscode.EventEmitter<StatusParams>();
  /** A draft's counts arrived (after each check). */
  readonly onDidUpdate = this.updated.event;

  constructor(private readonly decisions: WorkspaceDecisions) {
    this.item.name = vscode.l10n.t('Gongwen Drafting Assistant');
  }

  update(params: StatusParams): void {
    this.byUri.set(params.uri, params);
    this.refresh();
    this.updated.fire(params);
  }

  /** What the server last said about a document, if anything. */
  statusOf(uri: vscode.Uri): StatusParams | undefined {
    return this.byUri.get(uri.toString());
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
    this.item.command = 'gongwen.statusMenu';
    this.item.backgroundColor = undefined;
    const final = this.decisions.finalCheck ? vscode.l10n.t('Final') + ' ' : '';
    if (!setting('enable', true)) {
      this.item.text = `$(debug-pause) ${vscode.l10n.t('Gongwen checking paused')}`;
      this.item.tooltip = vscode.l10n.t('Gongwen checking is paused. Click to open the menu and resume.');
      this.item.accessibilityInformation = { label: vscode.l10n.t('Gongwen checking paused') };
      this.item.show();
      return;
    }
    const s = this.byUri.get(editor.document.uri.toString());
    if (s?.skipped) {
      this.item.text = `$(law) ${vscode.l10n.t('Not a draft? Check it')}`;
      this.item.tooltip = vscode.l10n.t('Not checked: this file does not look like a Chinese draft (less than 60 % Chinese text on its first page, and no <!-- gongwen --> line). Click to check it as a draft.');
      this.item.accessibilityInformation = { label: vscode.l10n.t('Gongwen: not checked, not a Chinese draft') };
      this.item.command = 'gongwen.checkAsDraft';
      this.item.show();
      return;
    }
    if (!s) {
      this.item.text = `$(law) ${final}${vscode.l10n.t('Gongwen: not checked')}`;
      this.item.tooltip = runMode() === 'manual'
        ? vscode.l10n.t('Checking runs only on command: click and choose “Check now”.')
        : vscode.l10n.t('This draft has not been checked yet.');
      this.item.accessibilityInformation = { label: vscode.l10n.t('Gongwen: not checked') };
      this.item.show();
      return;
    }
    const problems = s.errors + s.warnings + s.infos;
    this.item.text = `$(law) ${final}$(warning) ${problems} $(edit) ${s.placeholders}`;
    const tooltip = new vscode.MarkdownString();
    tooltip.appendText(vscode.l10n.t('Gongwen: {0} errors, {1} warnings, {2} hints; {3} placeholders left', s.errors, s.warnings, s.infos, s.placeholders));
    tooltip.appendText('\n' + vscode.l10n.t('When to check: {0}', runModeLabel(runMode())));
    if (final) tooltip.appendText('\n' + vscode.l10n.t('Final-check mode: placeholders are errors.'));
    tooltip.appendText('\n' + vscode.l10n.t('Click for the menu: pause checking, when to check, export a report.'));
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = { label: vscode.l10n.t('Gongwen: {0} problems, {1} placeholders', problems, s.placeholders) };
    this.item.backgroundColor = s.errors ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    this.updated.dispose();
  }
}

export function runModeLabel(mode: RunMode): string {
  switch (mode) {
    case 'onType': return vscode.l10n.t('while typing');
    case 'onSave': return vscode.l10n.t('on save');
    case 'manual': return vscode.l10n.t('only on command');
  }
}

interface MenuItem extends vscode.QuickPickItem {
  run(): Thenable<unknown>;
}

/** The menu behind the status-bar item: the noise controls in one place. */
export async function showStatusMenu(decisions: WorkspaceDecisions): Promise<void> {
  const enabled = setting('enable', true);
  const mode = runMode();
  const items: MenuItem[] = [
    enabled
      ? { label: `$(debug-pause) ${vscode.l10n.t('Pause checking')}`, description: vscode.l10n.t('clears the findings until resumed'), run: () => updateSetting('enable', false) }
      : { label: `$(play) ${vscode.l10n.t('Resume checking')}`, run: () => updateSetting('enable', true) },
    { label: `$(refresh) ${vscode.l10n.t('Check now')}`, run: () => vscode.commands.executeCommand('gongwen.check') },
    { label: vscode.l10n.t('When to check'), kind: vscode.QuickPickItemKind.Separator, run: async () => undefined },
    ...(['onType', 'onSave', 'manual'] as RunMode[]).map((m) => ({
      label: `${m === mode ? '$(check)' : '$(blank)'} ${runModeLabel(m)}`,
      description: m === mode ? vscode.l10n.t('current') : undefined,
      run: () => updateSetting('run', m),
    })),
    { label: '', kind: vscode.QuickPickItemKind.Separator, run: async () => undefined },
    decisions.finalCheck
      ? { label: `$(edit) ${vscode.l10n.t('Back to drafting mode')}`, description: vscode.l10n.t('placeholders become warnings again'), run: () => vscode.commands.executeCommand('gongwen.draftMode') }
      : { label: `$(checklist) ${vscode.l10n.t('Final check')}`, description: vscode.l10n.t('placeholders become errors; checks the whole workspace'), run: () => vscode.commands.executeCommand('gongwen.finalCheck') },
    { label: `$(list-tree) ${vscode.l10n.t('Show the outline')}`, run: () => vscode.commands.executeCommand('gongwen.showOutline') },
    { label: `$(warning) ${vscode.l10n.t('Open the Problems panel')}`, run: () => vscode.commands.executeCommand('workbench.actions.view.problems') },
    { label: `$(output) ${vscode.l10n.t('Export a check report')}`, run: () => vscode.commands.executeCommand('gongwen.exportReport') },
  ];
  const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Gongwen Drafting Assistant') });
  await picked?.run();
}
