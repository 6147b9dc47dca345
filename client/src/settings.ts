import * as vscode from 'vscode';
import { RunMode, SECTION } from '../../server/src/protocol';

/** Where a value of a setting can come from besides its default. */
export function isSet(info: ReturnType<vscode.WorkspaceConfiguration['inspect']>): boolean {
  if (!info) return false;
  return [info.globalValue, info.workspaceValue, info.workspaceFolderValue, info.globalLanguageValue, info.workspaceLanguageValue, info.workspaceFolderLanguageValue]
    .some((v) => v !== undefined);
}

/**
 * The `gongwen.*` settings the user actually set (user, workspace or folder settings, merged as VS Code
 * merges them), nested as VS Code sends them, without VS Code's defaults: the server puts them over the
 * project's `.gongwen/config.json`, and a default must not hide the project's value. The keys are the
 * extension's contributed settings (generated from the server's settings declarations).
 */
export function explicitSettings(extension: vscode.Extension<unknown>, scope?: vscode.Uri): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const properties = (extension.packageJSON as { contributes?: { configuration?: { properties?: Record<string, unknown> } } }).contributes?.configuration?.properties ?? {};
  const out: Record<string, unknown> = {};
  for (const full of Object.keys(properties)) {
    const key = full.slice(SECTION.length + 1);
    if (!isSet(config.inspect(key))) continue;
    const parts = key.split('.');
    let node = out;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[parts[parts.length - 1]] = config.get(key);
  }
  return out;
}

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
