import { CodeAction, CodeActionKind, CodeActionParams, Diagnostic } from 'vscode-languageserver';
import type { AnalysisConfig } from '../core/config/config';
import type { AnalysisResult } from '../core/engine/analyze';
import type { RuleResources } from '../core/rules/rule';
import { PRODUCT_NAME } from '../protocol';
import { disableRuleAction, findingActions, findingOf, fixAllAction, renumberAction, selectionActions } from '../service/codeActions';
import type { DocumentAction } from '../service/codeActions';
import { splitHeadingEdits } from '../service/outline';
import { FIX_ALL_KIND, offsetOf, RENUMBER_KIND, toCodeAction, toLspEdits } from './convert';
import { isRange } from './guard';
import { actionTitle } from '../service/actionTitles';
import type { UiLanguage } from './l10n';

/** “另起一行” on a run-in heading, and the source action putting every one on its own line (offered, never in fix-all). */
export const SPLIT_HEADING_KIND = `${CodeActionKind.RefactorRewrite}.gongwen.splitHeading`;
export const SPLIT_HEADINGS_KIND = `${CodeActionKind.Source}.gongwen.splitHeadings`;

function wants(params: CodeActionParams, kind: string): boolean {
  const only = params.context?.only;
  return !only || only.some((k) => kind === k || kind.startsWith(k + '.'));
}

/**
 * Quick fixes keyed on each diagnostic's code and range (never its message), and the source actions asked
 * for. The fixes come first (the same fix offered by two findings once), then one “停用规则…” per rule.
 */
export function codeActionsFor(
  uri: string, result: AnalysisResult, params: CodeActionParams, config: AnalysisConfig, resources: RuleResources, language: UiLanguage = 'zh',
): CodeAction[] {
  const lines = result.document.lines;
  const convert = (action: DocumentAction, diagnostic?: Diagnostic) => toCodeAction(lines, uri, action, diagnostic);
  const actions: CodeAction[] = [];
  if (wants(params, CodeActionKind.QuickFix)) {
    // A diagnostic the client made up or garbled (a fractional or null line) gets no actions.
    const diagnostics = (Array.isArray(params.context?.diagnostics) ? params.context.diagnostics : []).filter((d) => d && isRange(d.range));
    const fixes = new Map<string, CodeAction>();
    const disable = new Map<string, CodeAction>();
    for (const diagnostic of diagnostics) {
      if (diagnostic.source !== PRODUCT_NAME || typeof diagnostic.code !== 'string') continue;
      const start = offsetOf(lines, diagnostic.range.start);
      const end = offsetOf(lines, diagnostic.range.end);
      const finding = start !== undefined && end !== undefined ? findingOf(result, diagnostic.code, start, end) : undefined;
      for (const action of finding ? findingActions(finding, result.document, language) : []) {
        const fix = convert(action, diagnostic);
        const key = JSON.stringify([fix.title, fix.edit, fix.command]);
        if (!fixes.has(key)) fixes.set(key, fix);
      }
      if (!disable.has(diagnostic.code)) disable.set(diagnostic.code, convert(disableRuleAction(result.document, diagnostic.code, diagnostic.range.start.line, language), diagnostic));
    }
    // A selection (not a diagnostic's range): offer to add it to the unit's lexicon.
    const start = offsetOf(lines, params.range.start);
    const end = offsetOf(lines, params.range.end);
    const onDiagnostic = diagnostics.some((d) => d.range.start.line === params.range.start.line && d.range.start.character === params.range.start.character && d.range.end.character === params.range.end.character);
    const selection = start !== undefined && end !== undefined && end > start && !onDiagnostic ? selectionActions(result.document, start, end, language).map((a) => convert(a)) : [];
    // One by one: a client may send any number of diagnostics (an argument spread of them could overflow the stack).
    for (const group of [fixes.values(), selection, disable.values()]) for (const action of group) actions.push(action);
  }
  // Source actions only when asked for by kind (on save, or from the source-action menu).
  if (params.context?.only && wants(params, FIX_ALL_KIND)) {
    const action = fixAllAction(result, config, resources, language);
    if (action) actions.push(convert(action));
  }
  if (wants(params, SPLIT_HEADING_KIND)) {
    const at = offsetOf(lines, params.range.start);
    const edits = at !== undefined ? splitHeadingEdits(result.document, at) : [];
    if (edits.length) actions.push({ title: actionTitle('splitHeading', language), kind: SPLIT_HEADING_KIND, edit: { changes: { [uri]: toLspEdits(lines, edits) } } });
  }
  if (params.context?.only && wants(params, SPLIT_HEADINGS_KIND)) {
    const edits = splitHeadingEdits(result.document);
    if (edits.length) actions.push({ title: actionTitle('splitHeadings', language), kind: SPLIT_HEADINGS_KIND, edit: { changes: { [uri]: toLspEdits(lines, edits) } } });
  }
  if (params.context?.only && wants(params, RENUMBER_KIND)) {
    const action = renumberAction(result.document, language);
    if (action) actions.push(convert(action));
  }
  return actions;
}
