/**
 * Custom LSP requests and commands, declared once and imported by the server and the client.
 * Plain data only: this file imports nothing, so the client bundle stays free of server code.
 */

export const PRODUCT_NAME = '公文起草助手';
/** Settings section, command prefix and language id. */
export const SECTION = 'gongwen';

export interface OutlineNode {
  /** Marker as written (`（一）`), empty for an unnumbered title line. */
  readonly marker: string;
  readonly title: string;
  /** `document`: the document's title (the root); `attachment`: an attachment part; `heading`: a section. */
  readonly kind?: 'document' | 'heading' | 'attachment';
  /** For the document root: subtitle, speaker and date. */
  readonly detail?: string;
  /** Zero-based line of the heading. */
  readonly line: number;
  /** UTF-16 character offsets on that line. */
  readonly character: number;
  readonly endLine: number;
  readonly endCharacter: number;
  /** Section range end (last line of the section). */
  readonly sectionEndLine: number;
  readonly inline: boolean;
  /** Codes of numbering findings on this heading's marker. */
  readonly problems: readonly string[];
  /** Placeholder findings inside the section (children included). */
  readonly placeholders: number;
  readonly children: readonly OutlineNode[];
}

export interface OutlineParams {
  readonly uri: string;
}

export interface EditsParams {
  readonly uri: string;
}

export interface LspTextEdit {
  readonly range: { readonly start: { line: number; character: number }; readonly end: { line: number; character: number } };
  readonly newText: string;
}

/** One placeholder or unfinished figure, as the Placeholders view and the navigation commands use it. */
export interface PlaceholderItem {
  /** Rule id (`placeholder-…`). */
  readonly code: string;
  /** Chinese name of the kind, e.g. `方括号占位符`. */
  readonly kind: string;
  /** The placeholder text as written. */
  readonly text: string;
  readonly range: LspTextEdit['range'];
  /** The line around it, trimmed, for the tree view. */
  readonly context: string;
}

export interface PlaceholdersParams {
  readonly uri: string;
  /** Text of a draft that is not open (workspace scan); absent: the open document. */
  readonly text?: string;
}

/** A draft that is not open, checked with the settings that apply to its uri (workspace check). */
export interface CheckTextParams {
  readonly uri: string;
  readonly text: string;
}

/** A Word document's bytes, base64-encoded: the client reads the file (it may live in a remote workspace). */
export interface DocxTextParams {
  readonly data: string;
}

export interface DocxTextResult {
  /** One line per Word paragraph (a manual line break also starts a line). */
  readonly text: string;
  readonly paragraphs: number;
}

export interface ReportParams {
  readonly uri: string;
  readonly format: 'markdown' | 'html';
}

export const Requests = {
  /** OutlineParams → OutlineNode[] | null (null: unknown document). */
  outline: 'gongwen/outline',
  /** EditsParams → LspTextEdit[]: renumber every heading run; changes nothing but numerals. */
  renumber: 'gongwen/renumber',
  /** EditsParams → LspTextEdit[]: one pass of every safe fix. */
  fixAll: 'gongwen/fixAll',
  /** EditsParams → LspTextEdit[]: line breaks that put every run-in heading (and a run-together line's paragraphs) on lines of their own; inserts nothing else. */
  splitHeadings: 'gongwen/splitHeadings',
  /** PlaceholdersParams → PlaceholderItem[] in document order. */
  placeholders: 'gongwen/placeholders',
  /** ReportParams → string: a check report with counts by kind and section. */
  report: 'gongwen/report',
  /** CheckTextParams → LSP Diagnostic[]: the findings of a draft that is not open. */
  checkText: 'gongwen/checkText',
  /** DocxTextParams → DocxTextResult, or an error whose message says in Chinese why the file is unreadable. */
  docxText: 'gongwen/docxText',
} as const;

/** Client commands the server refers to in code actions. */
export const ClientCommands = {
  /** Arguments: uri (string), range (LSP Range). Replaces the range with a snippet tab stop and selects it. */
  fillPlaceholder: 'gongwen.fillPlaceholder',
  /** Arguments: name (string). Adds an agency name to the workspace dictionary. */
  addAgency: 'gongwen.addAgencyToWorkspace',
} as const;

export const Notifications = {
  /** Server → client: counts for the status bar after each analysis. */
  status: 'gongwen/status',
  /** Client → server: analyse a document now (used when checking runs only on command). */
  check: 'gongwen/check',
} as const;

export interface StatusParams {
  readonly uri: string;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly placeholders: number;
}

export interface CheckParams {
  readonly uri: string;
}

/** When diagnostics are computed. */
export type RunMode = 'onType' | 'onSave' | 'manual';
