import { CodeAction, CodeActionKind, CodeActionParams, Diagnostic, TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { AnalysisResult } from '../core/engine/analyze';
import { safeFixEdits } from '../core/engine/fixes';
import type { Finding } from '../core/model/findings';
import { renumberDocumentEdits } from '../core/rules/numbering/runs';
import { ClientCommands, PRODUCT_NAME } from '../protocol';
import { toLspEdit, toRange } from './convert';
import { fillRange, isPlaceholder } from './placeholders';
import { addAgencyAction } from './agencies';
import { splitHeadingEdits } from '../service/outline';

export const RENUMBER_KIND = `${CodeActionKind.Source}.gongwen.renumber`;
export const SPLIT_HEADING_KIND = `${CodeActionKind.RefactorRewrite}.gongwen.splitHeading`;
export const SPLIT_HEADINGS_KIND = `${CodeActionKind.Source}.gongwen.splitHeadings`;
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.gongwen`;

function sameRange(a: Diagnostic['range'], b: Diagnostic['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function wants(params: CodeActionParams, kind: string): boolean {
  const only = params.context.only;
  return !only || only.some((k) => kind === k || kind.startsWith(k + '.'));
}

/** Quick fixes keyed on each diagnostic's code and range (never its message), plus source actions. */
export function codeActionsFor(uri: string, result: AnalysisResult, params: CodeActionParams): CodeAction[] {
  const { document: doc, findings } = result;
  const actions: CodeAction[] = [];
  const edit = (edits: LspTextEdit[]) => ({ changes: { [uri]: edits } });

  if (wants(params, CodeActionKind.QuickFix)) {
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== PRODUCT_NAME || typeof diagnostic.code !== 'string') continue;
      const finding = findings.find((f: Finding) => f.ruleId === diagnostic.code && sameRange(toRange(doc.lines, f.start, f.end), diagnostic.range));
      if (finding) {
        finding.fixes.filter((fix) => !fix.snippet).forEach((fix, i) => actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: i === 0 && fix.safe,
          edit: edit(fix.edits.map((e) => toLspEdit(doc.lines, e))),
        }));
        const addAgency = addAgencyAction(diagnostic, finding);
        if (addAgency) actions.push(addAgency);
        // The writer types the figure in place (a snippet tab stop in the client); the server never guesses it.
        if (isPlaceholder(finding)) {
          actions.push({
            title: '填写此处…',
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: true,
            command: { title: '填写此处…', command: ClientCommands.fillPlaceholder, arguments: [uri, fillRange(result, finding)] },
          });
        }
      }
      const line = diagnostic.range.start.line;
      const lineEnd = doc.lines.positionAt(doc.lines.lineContentEnd(line));
      actions.push({
        title: `在此行停用规则“${diagnostic.code}”`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: edit([{ range: { start: lineEnd, end: lineEnd }, newText: ` <!-- gongwen-disable-line ${diagnostic.code} -->` }]),
      });
      actions.push({
        title: `在本文件停用规则“${diagnostic.code}”`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: edit([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `<!-- gongwen-disable-file ${diagnostic.code} -->\n` }]),
      });
    }
  }

  if (params.context.only && wants(params, FIX_ALL_KIND)) {
    const edits = safeFixEdits(findings);
    if (edits.length) actions.push({ title: '修复全部可安全修复的问题', kind: FIX_ALL_KIND, edit: edit(edits.map((e) => toLspEdit(doc.lines, e))) });
  }
  // A run-in heading under the cursor: put it on a line of its own (offered, never in fix-all).
  if (wants(params, SPLIT_HEADING_KIND)) {
    const at = doc.lines.offsetAt(params.range.start);
    const edits = splitHeadingEdits(doc, at);
    if (edits.length) actions.push({ title: '另起一行（将此标题移到行首）', kind: SPLIT_HEADING_KIND, edit: edit(edits.map((e) => toLspEdit(doc.lines, e))) });
  }
  if (params.context.only && wants(params, SPLIT_HEADINGS_KIND)) {
    const edits = splitHeadingEdits(doc);
    if (edits.length) actions.push({ title: '全部标题另起一行', kind: SPLIT_HEADINGS_KIND, edit: edit(edits.map((e) => toLspEdit(doc.lines, e))) });
  }
  if (params.context.only && wants(params, RENUMBER_KIND)) {
    const edits = renumberDocumentEdits(doc);
    if (edits.length) actions.push({ title: '全文重新编号', kind: RENUMBER_KIND, edit: edit(edits.map((e) => toLspEdit(doc.lines, e))) });
  }
  return actions;
}
