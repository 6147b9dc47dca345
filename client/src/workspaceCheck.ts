import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CheckTextParams, PRODUCT_NAME, Requests } from '../../server/src/protocol';
import { draftText, findDrafts } from './drafts';
import { withRulePages } from './rulePages';

interface Totals {
  files: number;
  errors: number;
  warnings: number;
  others: number;
  placeholders: number;
}

function inTab(uri: vscode.Uri): boolean {
  return vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString()));
}

/**
 * “检查整个工作区”: findings of drafts that are not open go into a diagnostic collection of their own
 * (the language client shows only documents in editor tabs). A draft opened in a tab leaves this
 * collection, because the language client reports it from then on; closed again, it is re-checked.
 */
export class WorkspaceCheck implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('gongwen-workspace');
  private readonly disposables: vscode.Disposable[] = [];
  private checked = false;

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.disposables.push(
      this.collection,
      vscode.window.tabGroups.onDidChangeTabs((e) => {
        for (const tab of e.opened) {
          if (tab.input instanceof vscode.TabInputText) this.collection.delete(tab.input.uri);
        }
        if (!this.checked) return;
        for (const tab of e.closed) {
          if (tab.input instanceof vscode.TabInputText && !inTab(tab.input.uri)) void this.checkClosed(tab.input.uri);
        }
      }),
    );
  }

  private async checkClosed(uri: vscode.Uri): Promise<void> {
    const client = this.client();
    if (!client?.isRunning() || uri.scheme === 'untitled' || !(await findDrafts()).some((u) => u.toString() === uri.toString())) return;
    await this.checkOne(client, uri).catch((e) => client.error(`workspace check of ${uri.toString()} failed`, e, false));
  }

  private async checkOne(client: LanguageClient, uri: vscode.Uri): Promise<vscode.Diagnostic[]> {
    if (inTab(uri)) {
      this.collection.delete(uri);
      return vscode.languages.getDiagnostics(uri).filter((d) => d.source === PRODUCT_NAME);
    }
    const { text } = await draftText(uri);
    const params: CheckTextParams = { uri: uri.toString(), text };
    const lsp = await client.sendRequest(Requests.checkText, params);
    const diagnostics = withRulePages(await client.protocol2CodeConverter.asDiagnostics(lsp));
    this.collection.set(uri, diagnostics);
    return diagnostics;
  }

  /** Check every draft in the workspace and say what was found. */
  async run(): Promise<Totals | undefined> {
    const client = this.client();
    if (!client) return undefined;
    await client.start();
    const totals: Totals = { files: 0, errors: 0, warnings: 0, others: 0, placeholders: 0 };
    const cancelled = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking the drafts in the workspace'), cancellable: true },
      async (progress, token) => {
        this.collection.clear();
        this.checked = true;
        const uris = await findDrafts();
        for (const uri of uris) {
          if (token.isCancellationRequested) return true;
          progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / uris.length });
          let diagnostics: vscode.Diagnostic[];
          try {
            diagnostics = await this.checkOne(client, uri);
          } catch (e) {
            client.error(`workspace check of ${uri.toString()} failed`, e, false);
            continue;
          }
          totals.files++;
          for (const d of diagnostics) {
            if (d.severity === vscode.DiagnosticSeverity.Error) totals.errors++;
            else if (d.severity === vscode.DiagnosticSeverity.Warning) totals.warnings++;
            else totals.others++;
            if (String(typeof d.code === 'object' ? d.code.value : d.code).startsWith('placeholder-')) totals.placeholders++;
          }
        }
        return false;
      },
    );
    const summary = vscode.l10n.t('Checked {0} drafts: {1} errors, {2} warnings, {3} hints; {4} placeholders.',
      totals.files, totals.errors, totals.warnings, totals.others, totals.placeholders);
    const open = vscode.l10n.t('Open the Problems panel');
    void vscode.window.showInformationMessage(cancelled ? vscode.l10n.t('Check cancelled. ') + summary : summary, open).then((choice) => {
      if (choice === open) void vscode.commands.executeCommand('workbench.actions.view.problems');
    });
    return totals;
  }

  /** Forget the last workspace check (the set of drafts changed). */
  clear(): void {
    this.collection.clear();
    this.checked = false;
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
