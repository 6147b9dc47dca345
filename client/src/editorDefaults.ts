import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/protocol';

/** Languages whose drafts get the offer; the `gongwen` language has the settings by default. */
const OFFERED = ['plaintext', 'markdown'];
const DECLINED = 'gongwen.editorDefaults.declined';

/**
 * The editor settings a draft wants (package.json `configurationDefaults` for `[gongwen]`: word wrap,
 * no ambiguous-character boxes around `，` and `×`, more line height, no word-based suggestions, no
 * automatic selection of a suggestion, so Enter stays a new paragraph). One list, read from the manifest.
 */
export function draftEditorSettings(context: vscode.ExtensionContext): Record<string, unknown> {
  const manifest = context.extension.packageJSON as { contributes: { configurationDefaults: Record<string, Record<string, unknown>> } };
  return manifest.contributes.configurationDefaults['[gongwen]'];
}

/** Write the draft settings for one language into the user settings (`"[plaintext]": {…}`). */
export async function applyDraftEditorSettings(context: vscode.ExtensionContext, languageId: string): Promise<void> {
  const configuration = vscode.workspace.getConfiguration(undefined, { languageId });
  for (const [key, value] of Object.entries(draftEditorSettings(context))) {
    await configuration.update(key, value, vscode.ConfigurationTarget.Global, true);
  }
}

/** The settings are already what a draft wants (the writer applied them, or set them alike). */
function alreadySet(context: vscode.ExtensionContext, languageId: string): boolean {
  const configuration = vscode.workspace.getConfiguration(undefined, { languageId });
  return Object.entries(draftEditorSettings(context)).every(([key, value]) => JSON.stringify(configuration.get(key)) === JSON.stringify(value));
}

/**
 * The first time a plain-text or Markdown draft is checked, offer the draft settings for that language
 * with one click. Nothing changes unless the writer clicks; “Don't ask again” is remembered.
 */
export class EditorDefaultsOffer {
  private readonly asked = new Set<string>();

  constructor(private readonly context: vscode.ExtensionContext) {}

  async checked(status: StatusParams): Promise<void> {
    if (status.skipped) return;
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.uri.toString() !== status.uri) return;
    const languageId = document.languageId;
    const declined = this.context.globalState.get<string[]>(DECLINED, []);
    if (!OFFERED.includes(languageId) || this.asked.has(languageId) || declined.includes(languageId) || alreadySet(this.context, languageId)) return;
    this.asked.add(languageId);
    const apply = vscode.l10n.t('Apply');
    const never = vscode.l10n.t('Don’t ask again');
    const answer = await vscode.window.showInformationMessage(
      languageId === 'markdown'
        ? vscode.l10n.t('Use draft settings for Markdown files? Long lines wrap, Chinese punctuation and × are not boxed as confusable, lines get more space, and Enter starts a new paragraph unless you pick a suggestion. Written to your user settings for Markdown only.')
        : vscode.l10n.t('Use draft settings for plain-text files? Long lines wrap, Chinese punctuation and × are not boxed as confusable, lines get more space, and Enter starts a new paragraph unless you pick a suggestion. Written to your user settings for plain text only.'),
      apply,
      never,
    );
    if (answer === apply) await applyDraftEditorSettings(this.context, languageId);
    else if (answer === never) await this.context.globalState.update(DECLINED, [...declined, languageId]);
  }
}
