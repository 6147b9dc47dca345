import type { CodeAction, CodeActionParams, CompletionParams, Connection, Diagnostic, HoverParams, TextEdit } from 'vscode-languageserver';
import { Requests, type PlaceholderItem } from '../protocol';
import { withAgencies } from '../core/rules/agency/mentions';
import { agencyCompletions } from '../service/completion';
import { fixAll } from '../service/fixAll';
import { hoverAt } from '../service/hover';
import { placeholders } from '../service/placeholders';
import { renumberEdits } from '../service/renumber';
import { buildReport, renderReport, reportTime } from '../service/report';
import { checkPlaceholders, checkText } from '../service/workspaceCheck';
import { codeActionsFor } from './codeActions';
import { toCompletionList, toDiagnostic, toHover, toLspEdits, toPlaceholderItem } from './convert';
import { DocxRequests } from './docxText';
import { documentSymbols, foldingRanges, outlineNodes } from './outline';
import { splitHeadingEdits } from '../service/outline';
import type { Session } from './session';

/** Every request but diagnostics: each asks the session for the draft's analysis, calls a service and converts its answer. */
export function registerFeatures(connection: Connection, session: Session, script: string): void {
  const { guard } = session;

  connection.onDocumentSymbol(guard('documentSymbol', null, async (params) => {
    const draft = await session.open(params.textDocument.uri);
    return draft ? documentSymbols(draft.result.document) : null;
  }));

  connection.onFoldingRanges(guard('foldingRange', null, async (params) => {
    const draft = await session.open(params.textDocument.uri);
    return draft ? foldingRanges(draft.result.document) : null;
  }));

  connection.onCodeAction(guard('codeAction', null as CodeAction[] | null, async (params: CodeActionParams) => {
    const draft = await session.open(params.textDocument.uri);
    return draft ? codeActionsFor(draft.document.uri, draft.result, params, draft.settings.analysis, draft.resources, session.findingsLanguage(draft.settings)) : null;
  }));

  const renumber = async (uri: string): Promise<TextEdit[] | null> => {
    const draft = await session.open(uri);
    return draft ? toLspEdits(draft.result.document.lines, renumberEdits(draft.result.document)) : null;
  };
  connection.onDocumentFormatting(guard('formatting', null as TextEdit[] | null, (params) => renumber(params.textDocument.uri)));
  connection.onRequest(Requests.renumber, guard('renumber', [] as TextEdit[], async (params) => (await renumber(params?.uri)) ?? []));

  connection.onRequest(Requests.fixAll, guard('fixAll', [] as TextEdit[], async (params) => {
    const draft = await session.open(params?.uri);
    if (!draft) return [];
    return toLspEdits(draft.result.document.lines, fixAll(draft.result, draft.settings.analysis, draft.resources).edits);
  }));

  connection.onRequest(Requests.splitHeadings, guard('splitHeadings', [] as TextEdit[], async (params) => {
    const draft = await session.open(params?.uri);
    return draft ? toLspEdits(draft.result.document.lines, splitHeadingEdits(draft.result.document)) : [];
  }));

  connection.onRequest(Requests.outline, guard('outline', null, async (params) => {
    const draft = await session.open(params?.uri);
    return draft ? outlineNodes(draft.result.document, draft.result.findings, (await session.settingsFor(draft.document.uri)).analysis) : null;
  }));

  connection.onRequest(Requests.report, guard('report', '', async (params) => {
    const draft = await session.open(params?.uri);
    if (!draft) return '';
    const fileName = lastSegment(draft.document.uri);
    return renderReport(buildReport(draft.result, fileName, reportTime(new Date()), session.findingsLanguage(draft.settings)), params.format);
  }));

  connection.onHover(guard('hover', null, async (params: HoverParams) => {
    const draft = await session.open(params.textDocument.uri);
    if (!draft) return null;
    const lines = draft.result.document.lines;
    return toHover(lines, hoverAt({ result: draft.result, offset: lines.offsetAt(params.position), resources: draft.resources, language: session.findingsLanguage(draft.settings) }));
  }));

  connection.onCompletion(guard('completion', null, async (params: CompletionParams) => {
    const draft = await session.open(params.textDocument.uri);
    const resources = draft && withAgencies(draft.resources);
    if (!draft || !resources) return null;
    const doc = draft.result.document;
    const items = agencyCompletions(doc, doc.lines.offsetAt(params.position), resources, session.language);
    return items ? toCompletionList(doc.lines, items) : null;
  }));

  // Drafts that are not open (workspace check, Placeholders view) send their text; open ones answer from the shared analysis.
  connection.onRequest(Requests.checkText, guard('checkText', [] as Diagnostic[], async (params) => {
    const settings = await session.settingsFor(params.uri);
    if (!settings.enable || typeof params.text !== 'string' || !session.checksText(params.uri, params.text)) return [];
    const result = checkText(params.text, settings.analysis, await session.resourcesFor(params.uri));
    return result.findings.map((f) => toDiagnostic(result.document.lines, f, params.uri, session.ruleDocs, session.findingsLanguage(settings)));
  }));

  connection.onRequest(Requests.placeholders, guard('placeholders', [] as PlaceholderItem[], async (params) => {
    const settings = await session.settingsFor(params.uri);
    if (!settings.enable) return [];
    if (typeof params.text === 'string' && !session.checksText(params.uri, params.text)) return [];
    const result = typeof params.text === 'string'
      ? checkPlaceholders(params.text, settings.analysis, await session.resourcesFor(params.uri))
      : (await session.open(params.uri))?.result;
    return result ? placeholders(result, session.findingsLanguage(settings)).map((p) => toPlaceholderItem(result.document.lines, p)) : [];
  }));

  // Word documents: unzipped and read on a worker thread, checked with the settings of the view's uri.
  const docx = new DocxRequests(script, async (uri) => {
    const settings = await session.settingsFor(uri);
    return { analysis: settings.analysis, resources: await session.resourcesFor(uri), language: session.findingsLanguage(settings) };
  }, () => session.language);
  connection.onRequest(Requests.docxText, (params) => docx.text(params));
  connection.onRequest(Requests.docxAnnotate, (params) => docx.annotate(params));
}

/** The file name a URI ends with, decoded; as written when it is not valid percent-encoding (`%E4%B8`). */
function lastSegment(uri: string): string {
  const segment = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
