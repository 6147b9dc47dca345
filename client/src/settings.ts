import * as vscode from 'vscode';
import { RunMode, SECTION } from '../../server/src/protocol';

export function setting<T>(key: string, fallback: T): T {
  return vscode.workspace.getConfiguration(SECTION).get<T>(key, fallback);
}

/**
 * Change a `gongwen.*` setting from a menu: in the user settings, unless the workspace already sets it
 * (then there, or the change would not show) — a menu never creates `.vscode/settings.json` in the
 * writer's folder.
 */
export async function updateSetting(key: string, value: unknown): Promise<void> {
  const configuration = vscode.workspace.getConfiguration(SECTION);
  const inWorkspace = configuration.inspect(key)?.workspaceValue !== undefined;
  await configuration.update(key, value, inWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global);
}

export function runMode(): RunMode {
  return setting<RunMode>('run', 'onType');
}
