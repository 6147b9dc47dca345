import {
  CodeAction, CodeActionKind, CompletionItemKind, CompletionList, Diagnostic, DiagnosticSeverity, DiagnosticTag, Hover, MarkupKind, Position, Range,
  TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import type { Finding, Severity, TextEdit } from '../core/model/findings';
import type { LineIndex } from '../core/text/lineIndex';
import { ClientCommands, PRODUCT_NAME, type DisableRuleChoice, type PlaceholderItem } from '../protocol';
import type { DocumentAction } from '../service/codeActions';
import type { AgencyCompletion } from '../service/completion';
import { diagnosticMessage } from '../service/diagnosticMessage';
import type { HoverPart } from '../service/hover';
import { relatedMessageIn, type UiLanguage } from '../service/language';
import type { Placeholder } from '../service/placeholders';

/** Domain results (UTF-16 offsets) → LSP types (zero-based lines, UTF-16 characters). Nothing else happens here. */

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(lines: LineIndex, start: number, end: number): Range {
  return { start: lines.positionAt(start), end: lines.positionAt(end) };
}

/** The offsets of an LSP position, or undefined when it does not lie in the text (a stale or foreign position). */
export function offsetOf(lines: LineIndex, position: Position): number | undefined {
  const offset = lines.offsetAt(position);
  const back = lines.positionAt(offset);
  return back.line === position.line && back.character === position.character ? offset : undefined;
}

export function toLspEdit(lines: LineIndex, edit: TextEdit): LspTextEdit {
  return { range: toRange(lines, edit.start, edit.end), newText: edit.newText };
}

export function toLspEdits(lines: LineIndex, edits: readonly TextEdit[]): LspTextEdit[] {
  return edits.map((e) => toLspEdit(lines, e));
}

/** The address of a rule's page in a language (`docs/rules/<id>.md`, `docs/rules/en/<id>.md`), when the pages are installed beside the server. */
export type RuleDocs = (ruleId: string, language: UiLanguage) => string | undefined;

export function toDiagnostic(lines: LineIndex, f: Finding, uri: string, ruleDocs?: RuleDocs, language: UiLanguage = 'zh'): Diagnostic {
  const d: Diagnostic = {
    range: toRange(lines, f.start, f.end),
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    source: PRODUCT_NAME,
    message: diagnosticMessage(lines, f, language),
  };
  const href = ruleDocs?.(f.ruleId, language);
  if (href) d.codeDescription = { href };
  if (f.related?.length) {
    d.relatedInformation = f.related.map((r) => ({ location: { uri, range: toRange(lines, r.start, r.end) }, message: relatedMessageIn(r, language) }));
  }
  if (f.category === 'residue') d.tags = [DiagnosticTag.Unnecessary];
  // Finding.data stays on the server (hover, placeholders): code actions find their finding by code and
  // range, so sending it would only add to every keystroke's payload.
  return d;
}

export const RENUMBER_KIND = `${CodeActionKind.Source}.gongwen.renumber`;
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.gongwen`;

const ACTION_KIND: Readonly<Record<DocumentAction['kind'], string>> = { quickfix: CodeActionKind.QuickFix, fixAll: FIX_ALL_KIND, renumber: RENUMBER_KIND };

export function toCodeAction(lines: LineIndex, uri: string, action: DocumentAction, diagnostic?: Diagnostic): CodeAction {
  const out: CodeAction = { title: action.title, kind: ACTION_KIND[action.kind] };
  if (diagnostic) out.diagnostics = [diagnostic];
  if (action.preferred !== undefined) out.isPreferred = action.preferred;
  if (action.edits) out.edit = { changes: { [uri]: toLspEdits(lines, action.edits) } };
  const c = action.command;
  if (c?.id === 'fillPlaceholder') out.command = { title: action.title, command: ClientCommands.fillPlaceholder, arguments: [uri, toRange(lines, c.start, c.end)] };
  else if (c?.id === 'addAgency') out.command = { title: action.title, command: ClientCommands.addAgency, arguments: [c.name] };
  else if (c?.id === 'addToWhitelist') out.command = { title: action.title, command: ClientCommands.addToWhitelist, arguments: [c.phrase] };
  else if (c?.id === 'addUnitTerm') out.command = { title: action.title, command: ClientCommands.addUnitTerm, arguments: [c.word] };
  else if (c?.id === 'disableRule') {
    const choices: DisableRuleChoice[] = c.choices.map((choice) => ({ title: choice.title, edits: toLspEdits(lines, choice.edits) }));
    out.command = { title: action.title, command: ClientCommands.disableRule, arguments: [uri, c.ruleId, choices] };
  }
  return out;
}

export function toHover(lines: LineIndex, parts: readonly HoverPart[]): Hover | null {
  if (!parts.length) return null;
  return { contents: { kind: MarkupKind.Markdown, value: parts.map((p) => p.markdown).join('\n\n---\n\n') }, range: toRange(lines, parts[0].start, parts[0].end) };
}

export function toCompletionList(lines: LineIndex, items: readonly AgencyCompletion[]): CompletionList {
  return {
    // The list depends on what is typed after the trigger: ask again on every character.
    isIncomplete: true,
    items: items.map((c) => ({
      label: c.label,
      kind: CompletionItemKind.Module,
      detail: c.detail,
      documentation: c.documentation ? { kind: MarkupKind.PlainText, value: c.documentation } : undefined,
      filterText: c.filterText,
      sortText: c.sortText,
      preselect: c.preselect || undefined,
      textEdit: { range: toRange(lines, c.start, c.end), newText: c.newText },
    })),
  };
}

export function toPlaceholderItem(lines: LineIndex, p: Placeholder): PlaceholderItem {
  return { code: p.ruleId, kind: p.kind, text: p.text, range: toRange(lines, p.start, p.end), context: p.context };
}
