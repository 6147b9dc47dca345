import * as vscode from 'vscode';
import { NO_SESSION_STATE, SessionState } from '../../server/src/protocol';
import { setting } from './settings';

const KEY = 'gongwen.session';

/**
 * What the writer decided in this workspace — the final check, folders whose every .txt/.md is a draft —
 * kept in VS Code's workspace state, never in the writer's folder (no `.vscode/settings.json` appears).
 * The language server gets it with every change (`gongwen/session`) and when it starts.
 */
export class WorkspaceDecisions implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<SessionState>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly memento: vscode.Memento) {
    this.updateContext();
  }

  get state(): SessionState {
    const stored = this.memento.get<Partial<SessionState>>(KEY);
    return { ...NO_SESSION_STATE, ...stored };
  }

  /** The final check is on: by the writer's command here, or by a `gongwen.placeholderMode` setting. */
  get finalCheck(): boolean {
    return this.state.finalCheck || setting<string>('placeholderMode', 'warning') === 'final';
  }

  async setFinalCheck(on: boolean): Promise<void> {
    await this.update({ finalCheck: on });
  }

  /** The folder's every plain-text and Markdown file is a draft, Chinese-looking or not. */
  async confirmFolder(folder: vscode.Uri): Promise<void> {
    const folders = new Set(this.state.draftFolders);
    folders.add(folder.toString());
    await this.update({ draftFolders: [...folders] });
  }

  isConfirmed(folder: vscode.Uri): boolean {
    return this.state.draftFolders.includes(folder.toString());
  }

  private async update(change: Partial<SessionState>): Promise<void> {
    await this.memento.update(KEY, { ...this.state, ...change });
    this.updateContext();
    this.changed.fire(this.state);
  }

  /** `gongwen.finalCheck` shows “恢复起草模式” in the palette only while the final check is on. */
  updateContext(): void {
    void vscode.commands.executeCommand('setContext', 'gongwen.finalCheck', this.finalCheck);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
