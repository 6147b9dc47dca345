import * as vscode from 'vscode';
import { RunMode, SECTION } from '../../server/src/protocol';

export function setting<T>(key: string, fallback: T): T {
  return vscode.workspace.getConfiguration(SECTION).get<T>(key, fallback);
}

/**
 * Change a `gongwen.*` setting where the writer would look for it: the workspace settings when a
 * folder is open (drafts of one project share a mode), the user settings otherwise.
 */
export async function updateSetting(key: string, value: unknown): Promise<void> {
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await vscode.workspace.getConfiguration(SECTION).update(key, value, target);
}

export function runMode(): RunMode {
  return setting<RunMode>('run', 'onType');
}

export function isFinalMode(): boolean {
  return setting<string>('placeholderMode', 'warning') === 'final';
}
