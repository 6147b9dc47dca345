import type { LineIndex } from '../text/lineIndex';
import type { DocumentFrame } from './frame';

/**
 * The parsed draft. Built once per text by `parseDocument`, never mutated afterwards;
 * every rule and every LSP feature reads the same instance.
 */

/** The heading styles of GB/T 9704 and of regulations, ordered from the top of the hierarchy. */
export type NumberingScheme =
  | 'part' // 第一部分
  | 'chapter' // 第一章
  | 'section' // 第一节
  | 'article' // 第一条
  | 'chinese' // 一、
  | 'chinese-paren' // （一）
  | 'arabic' // 1.  1．  1、
  | 'arabic-paren' // （1）
  | 'circled'; // ①

/** Canonical depth of each scheme: a heading's parent is the nearest earlier heading of smaller rank. */
export const SCHEME_RANK: Readonly<Record<NumberingScheme, number>> = {
  part: 0,
  chapter: 1,
  section: 2,
  article: 3,
  chinese: 4,
  'chinese-paren': 5,
  arabic: 6,
  'arabic-paren': 7,
  circled: 8,
};

/** The GB/T 9704 speech/plan chain, in order; used to tell a skipped level. */
export const OUTLINE_CHAIN: readonly NumberingScheme[] = ['chinese', 'chinese-paren', 'arabic', 'arabic-paren', 'circled'];

export interface Marker {
  readonly scheme: NumberingScheme;
  readonly value: number;
  /** The whole marker as written, e.g. `（一）`, `1．`, `第三条`. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The numeral alone, e.g. `一` in `（一）`. */
  readonly numeralStart: number;
  readonly numeralEnd: number;
  readonly numeralKind: 'chinese' | 'arabic' | 'circled';
  /** Opening and closing bracket for bracketed schemes, as written. */
  readonly open?: string;
  readonly close?: string;
  /** Separator after the numeral for 一、 / 1. schemes, as written. */
  readonly separator?: string;
  /** Punctuation wrongly written right after the marker (`（一）、`), if any. */
  readonly trailing?: { readonly text: string; readonly start: number; readonly end: number };
}

export interface Heading {
  readonly index: number;
  /** Absent for unnumbered title lines. */
  readonly marker?: Marker;
  readonly title: string;
  readonly titleStart: number;
  readonly titleEnd: number;
  /** From the marker (or title) start to the title end. */
  readonly start: number;
  readonly end: number;
  readonly line: number;
  /** Found inside a line that a conversion ran together, not at its start. */
  readonly inline: boolean;
  /** Depth in the section tree, 1 for top-level headings. */
  readonly depth: number;
  /** The number of Markdown `#` marks on its line, where it has them. */
  readonly markdownLevel?: number;
  /** The heading of an attachment part (`附件1` with its title): its index in `frame.attachments`. */
  readonly attachment?: number;
}

export interface Section {
  readonly heading: Heading | undefined;
  readonly parent: Section | undefined;
  readonly children: readonly Section[];
  /** From the heading start to the end of the last line before the next heading of this depth or above. */
  readonly start: number;
  readonly end: number;
}

export interface Paragraph {
  readonly index: number;
  readonly line: number;
  /** Content without leading indentation and trailing white space. */
  readonly start: number;
  readonly end: number;
}

export type EnumerationStyle = 'shi' | 'yao' | 'di' | 'shouxian';

export interface EnumerationItem {
  readonly value: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** 一是/二是…, 一要/二要…, 第一/第二…, 首先/其次/最后 inside one paragraph. */
export interface Enumeration {
  readonly style: EnumerationStyle;
  readonly paragraph: number;
  readonly items: readonly EnumerationItem[];
}

/**
 * How a conversion left a page number: `list` (`13、` opening each page's first line), `dash`
 * (`—3—`, `－3－`, `- 3 -`), `page` (`第3页`, `第3页 共12页`), `fraction` (`3/12`, on a line of its own).
 */
export type PageNumberForm = 'list' | 'dash' | 'page' | 'fraction';

/** A page number a PDF/Word conversion left in the text: at a line start, on a line of its own, or inside running text. */
export interface PageNumberResidue {
  readonly value: number;
  readonly start: number;
  readonly end: number;
  readonly line: number;
  /**
   * The line break before it splits a word or figure (`到202` / `2、5年`): the text after it on its line
   * continues the line before. (Only a `list` number at a line start; a page line of its own is `alone`.)
   */
  readonly splitsText: boolean;
  /**
   * A `list` number right after a line that reads as a title (short, no sentence punctuation): whether the
   * page break split that line from the text or came after a title cannot be told, nor the number from a
   * list's first item under the title, so `splitsText` is false and nothing here is certain enough to fix
   * without the writer.
   */
  readonly afterTitleLine?: boolean;
  readonly form?: PageNumberForm;
  /** The number is all its line holds (`- 3 -`): the line goes, and the lines around it join if a sentence runs on. */
  readonly alone?: boolean;
}

/**
 * A span that is syntax or copied verbatim, not prose (front matter, code, Markdown link syntax, an
 * address, HTML): no finding lies in it and no fix edits into it (`parser/verbatim.ts`).
 */
export interface VerbatimSpan {
  readonly start: number;
  readonly end: number;
  /** The line it starts on. */
  readonly line: number;
}

/** An inline `gongwen-disable` directive. */
export interface DisableDirective {
  readonly line: number;
  /** `line`: this line only; `next-line`; `file`: the whole document. */
  readonly scope: 'line' | 'next-line' | 'file';
  /** Empty: all rules. */
  readonly ruleIds: readonly string[];
}

export interface PolicyDocument {
  readonly text: string;
  readonly lines: LineIndex;
  readonly paragraphs: readonly Paragraph[];
  readonly headings: readonly Heading[];
  readonly root: Section;
  readonly enumerations: readonly Enumeration[];
  readonly pageNumberResidue: readonly PageNumberResidue[];
  readonly directives: readonly DisableDirective[];
  /** Syntax and verbatim spans, sorted and disjoint: every rule and fix leaves them alone (the engine sees to it). */
  readonly verbatim: readonly VerbatimSpan[];
  /** The 公文 frame: which zone each part of the text belongs to, and the named elements. */
  readonly frame: DocumentFrame;
}
