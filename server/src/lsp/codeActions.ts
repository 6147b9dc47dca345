import { CodeAction, CodeActionKind, CodeActionParams } from 'vscode-languageserver';
import type { AnalysisConfig } from '../core/config/config';
import type { AnalysisResult } from '../core/engine/analyze';
import type { RuleResources } from '../core/rules/rule';
import { PRODUCT_NAME } from '../protocol';
import { disableActions, findingActions, findingOf, fixAllAction, renumberAction, selectionActions } from '../service/codeActions';
import { FIX_ALL_KIND, offsetOf, RENUMBER_KIND, toCodeAction, toLspEdits } from './convert';
import { splitHeadingEdits } from '../service/outline';

/** “另起一行” on a run-in heading, and the source action putting every one on its own line (offered, never in fix-all). */
export const SPLIT_HEADING_KIND = `${CodeActionKind.RefactorRewrite}.gongwen.splitHeading`;
export const SPLIT_HEADINGS_KIND = `${CodeActionKind.Source}.gongwen.splitHeadings`;

function wants(params: CodeActionParams, kind: string): boolean {
  const only = params.context.only;
  return !only || only.some((k) => kind === k || kind.startsWith(k + '.'));
}

/** Quick fixes keyed on each diagnostic's code and range (never its message), and the source actions asked for. */
export function codeActionsFor(uri: string, result: AnalysisResult, params: CodeActionParams, config: AnalysisConfig, resources: RuleResources): CodeAction[] {
  const lines = result.document.lines;
  const actions: CodeAction[] = [];
  if (wants(params, CodeActionKind.QuickFix)) {
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== PRODUCT_NAME || typeof diagnostic.code !== 'string') continue;
      const start = offsetOf(lines, diagnostic.range.start);
      const end = offsetOf(lines, diagnostic.range.end);
      const finding = start !== undefined && end !== undefined ? findingOf(result, diagnostic.code, start, end) : undefined;
      const domain = [...(finding ? findingActions(finding, result.document) : []), ...disableActions(result.document, diagnostic.code, diagnostic.range.start.line)];
      for (const action of domain) actions.push(toCodeAction(lines, uri, action, diagnostic));
    }
    // A selection (not a diagnostic's range): offer to add it to the unit's lexicon.
    const start = offsetOf(lines, params.range.start);
    const end = offsetOf(lines, params.range.end);
    const onDiagnostic = params.context.diagnostics.some((d) => d.range.start.line === params.range.start.line && d.range.start.character === params.range.start.character && d.range.end.character === params.range.end.character);
    if (start !== undefined && end !== undefined && end > start && !onDiagnostic) {
      for (const action of selectionActions(result.document, start, end)) actions.push(toCodeAction(lines, uri, action));
    }
  }
  // Source actions only when asked for by kind (on save, or from the source-action menu).
  if (params.context.only && wants(params, FIX_ALL_KIND)) {
    const action = fixAllAction(result, config, resources);
    if (action) actions.push(toCodeAction(lines, uri, action));
  }
  if (wants(params, SPLIT_HEADING_KIND)) {
    const at = offsetOf(lines, params.range.start);
    const edits = at !== undefined ? splitHeadingEdits(result.document, at) : [];
    if (edits.length) actions.push({ title: '另起一行（将此标题移到行首）', kind: SPLIT_HEADING_KIND, edit: { changes: { [uri]: toLspEdits(lines, edits) } } });
  }
  if (params.context.only && wants(params, SPLIT_HEADINGS_KIND)) {
    const edits = splitHeadingEdits(result.document);
    if (edits.length) actions.push({ title: '全部标题另起一行', kind: SPLIT_HEADINGS_KIND, edit: { changes: { [uri]: toLspEdits(lines, edits) } } });
  }
  if (params.context.only && wants(params, RENUMBER_KIND)) {
    const action = renumberAction(result.document);
    if (action) actions.push(toCodeAction(lines, uri, action));
  }
  return actions;
}
