/**
 * Custom LSP requests and notifications, each declared once as a typed `RequestType` /
 * `NotificationType` and used by the server (`connection.onRequest(Requests.outline, …)`) and the
 * client (`client.sendRequest(Requests.outline, …)`), so both sides agree on params and results.
 * It imports only the protocol library (types and the message-type classes) and product.ts: the
 * client bundle stays free of server code.
 */
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { Diagnostic, Range, TextEdit } from 'vscode-languageserver-protocol';

export { PRODUCT_NAME, SECTION } from './product';

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
  /** Characters of the section (children included), white space and web chrome not counted. */
  readonly characters?: number;
  /** For a speech: the section's estimated speaking time in minutes (setting `gongwen.limits.charactersPerMinute`). */
  readonly speakingMinutes?: number;
  readonly children: readonly OutlineNode[];
}

export interface OutlineParams {
  readonly uri: string;
}

export interface EditsParams {
  readonly uri: string;
}

/** One placeholder or unfinished figure, as the Placeholders view and the navigation commands use it. */
export interface PlaceholderItem {
  /** Rule id (`placeholder-…`). */
  readonly code: string;
  /** Chinese name of the kind, e.g. `方括号占位符`. */
  readonly kind: string;
  /** The placeholder text as written. */
  readonly text: string;
  readonly range: Range;
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
  /** The body: one line per Word paragraph (a manual line break also starts a line). */
  readonly text: string;
  readonly paragraphs: number;
  /** Headers, footers, footnotes and endnotes that hold text, each a draft of its own. */
  readonly stories: readonly DocxStory[];
}

export const DOCX_STORY_KINDS = ['header', 'footer', 'footnotes', 'endnotes'] as const;
export type DocxStoryKind = (typeof DOCX_STORY_KINDS)[number];

export interface DocxStory {
  readonly kind: DocxStoryKind;
  /** Zip entry, e.g. `word/header1.xml`. */
  readonly part: string;
  /** In the editor's language: 页眉, 第 2 节首页页脚, 脚注, 尾注 (header, first-page footer of section 2, footnotes, endnotes). */
  readonly name: string;
  readonly text: string;
  readonly paragraphs: number;
}

/**
 * The read-only views of a .docx (client/src/docx.ts): the body as `gongwen-docx:/path/draft.docx?<file uri>`,
 * a story as `gongwen-docx:/path/draft.docx（页脚）?<file uri>#footer:word/footer1.xml`. The server checks
 * a header's or footer's view as page-margin text, as the CLI checks that story.
 */
export const DOCX_VIEW_SCHEME = 'gongwen-docx';

/** The fragment of a story's view: its kind and part. */
export function docxViewFragment(story: Pick<DocxStory, 'kind' | 'part'>): string {
  return `${story.kind}:${story.part}`;
}

/** The story a view's fragment names (undefined: the body). */
export function docxViewStory(fragment: string): Pick<DocxStory, 'kind' | 'part'> | undefined {
  const colon = fragment.indexOf(':');
  const kind = DOCX_STORY_KINDS.find((k) => k === fragment.slice(0, colon));
  return kind ? { kind, part: fragment.slice(colon + 1) } : undefined;
}

/** A Word document to annotate with the findings, checked with the settings of `uri` (the open view). */
export interface DocxAnnotateParams {
  readonly uri: string;
  /** The .docx bytes, base64-encoded. */
  readonly data: string;
  /** Safe fixes as tracked changes too. */
  readonly trackChanges: boolean;
}

export interface DocxAnnotateResult {
  /** The annotated copy, base64-encoded. */
  readonly data: string;
  readonly comments: number;
  readonly changes: number;
  /** Safe fixes that cannot be tracked changes (a new paragraph; across a text box or table cell edge). */
  readonly skippedChanges: number;
}

export interface ReportParams {
  readonly uri: string;
  readonly format: 'markdown' | 'html';
}

export const Requests = {
  /** The section tree with numbering problems and placeholder counts; null: unknown document. */
  outline: new RequestType<OutlineParams, OutlineNode[] | null, void>('gongwen/outline'),
  /** Renumber every heading run; changes nothing but numerals. */
  renumber: new RequestType<EditsParams, TextEdit[], void>('gongwen/renumber'),
  /** Every safe fix, re-linted until none is left, as edits of the current text (apply them once). */
  fixAll: new RequestType<EditsParams, TextEdit[], void>('gongwen/fixAll'),
  /** Line breaks that put every run-in heading (and a run-together line's paragraphs) on lines of their own; inserts nothing else. */
  splitHeadings: new RequestType<EditsParams, TextEdit[], void>('gongwen/splitHeadings'),
  /** The placeholders of an open draft, or of the text sent, in document order. */
  placeholders: new RequestType<PlaceholdersParams, PlaceholderItem[], void>('gongwen/placeholders'),
  /** A check report with counts by kind and section, as Markdown or HTML, in the findings language (`gongwen.findingsLanguage`; `auto`: the editor's). */
  report: new RequestType<ReportParams, string, void>('gongwen/report'),
  /** The diagnostics of a draft that is not open. */
  checkText: new RequestType<CheckTextParams, Diagnostic[], void>('gongwen/checkText'),
  /** A Word document's text; an error whose message says in the editor's language why the file is unreadable. */
  docxText: new RequestType<DocxTextParams, DocxTextResult, void>('gongwen/docxText'),
  /** Findings as Word comments (in the findings language), safe fixes as tracked changes; an error saying in the editor's language why the file is unreadable. */
  docxAnnotate: new RequestType<DocxAnnotateParams, DocxAnnotateResult, void>('gongwen/docxAnnotate'),
} as const;

/** Client commands the server refers to in code actions. */
export const ClientCommands = {
  /** Arguments: uri (string), range (LSP Range). Replaces the range with a snippet tab stop and selects it. */
  fillPlaceholder: 'gongwen.fillPlaceholder',
  /** Arguments: name (string). Adds an agency name to the workspace dictionary. */
  addAgency: 'gongwen.addAgencyToWorkspace',
  /** Arguments: uri (string), rule id (string), choices (DisableRuleChoice[]). Asks how to switch the rule off and applies that choice. */
  disableRule: 'gongwen.disableRule',
  /** Arguments: phrase (string). Adds it to the whitelist of `.gongwen/terms.json`. */
  addToWhitelist: 'gongwen.addToTermWhitelist',
  /** Arguments: word (string). Asks for a suggestion and a reason, then adds a term to `.gongwen/terms.json`. */
  addUnitTerm: 'gongwen.addUnitTerm',
} as const;

/** One way to switch a rule off from the quick-fix menu: a directive inserted in the draft. */
export interface DisableRuleChoice {
  /** `在此行停用规则“…”`, `在本文件停用规则“…”`. */
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

export const Notifications = {
  /** Server → client: counts for the status bar after each analysis. */
  status: new NotificationType<StatusParams>('gongwen/status'),
  /** Client → server: analyse a document now (used when checking runs only on command). */
  check: new NotificationType<CheckParams>('gongwen/check'),
  /** Client → server: what the writer decided for this workspace (also sent as `initializationOptions.session`). */
  session: new NotificationType<SessionState>('gongwen/session'),
} as const;

export interface StatusParams {
  readonly uri: string;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly placeholders: number;
  /** Characters of the draft, white space and the chrome around it not counted. */
  readonly characters?: number;
  /** For a speech: the estimated speaking time in minutes (setting `gongwen.limits.charactersPerMinute`). */
  readonly speakingMinutes?: number;
  /**
   * `not-chinese`: a plain-text or Markdown file that does not look like a Chinese draft, left unchecked
   * (the counts are 0) until it does, its folder is confirmed or it is switched to the 公文 language.
   */
  readonly skipped?: 'not-chinese';
}

/**
 * The writer's decisions in one workspace, kept by the client in its workspace state (never in the
 * writer's files) and sent to the server, which applies them over the settings.
 */
export interface SessionState {
  /** 定稿检查: every placeholder is an error until 恢复起草模式. */
  readonly finalCheck: boolean;
  /** Folder URIs whose every plain-text and Markdown draft is checked, Chinese-looking or not. */
  readonly draftFolders: readonly string[];
}

export const NO_SESSION_STATE: SessionState = { finalCheck: false, draftFolders: [] };

export interface CheckParams {
  readonly uri: string;
}

/** When diagnostics are computed (the `gongwen.run` setting, declared with the other settings). */
export type { RunMode } from './core/config/settings';
