import type {
  Heading, Marker, PageNumberResidue, Paragraph, PolicyDocument, Section,
} from '../model/document';
import { SCHEME_RANK } from '../model/document';
import { LineIndex } from '../text/lineIndex';
import { OccurrenceIndex } from '../text/occurrences';
import { CLAUSE_PUNCTUATION_CODES, SENTENCE_END, SENTENCE_END_CODES, charCodeTable, isHanCode, isWhitespaceCode } from '../text/chars';
import { inlineMarkerCandidates, matchMarker, shiftMarker } from './markers';
import { changedSpan } from '../text/changedSpan';
import { PageNumberCandidate, selectPageNumberResidue } from './pageNumbers';
import { enumerationBuilder } from './enumerations';
import { parseDirectives } from './directives';
import { computeFrame } from './frame';
import { findVerbatimSpans } from './verbatim';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Rank of unnumbered title lines: above every numbered style, so they contain what follows. */
const TITLE_RANK = -1;
const MAX_TITLE_LINE = 40;
const PAGE_NUMBER = /([0-9]{1,3})、/y;
const ATTACHMENT_LIST = /附件[：:]\s*/y;
const ATTACHMENT = /^附件\s*[0-9０-９]*\s*[：:]?[^，。；]{0,30}$/;
/** A title may hold 、 (`蓝天、碧水、净土`) but no sentence or clause punctuation. */
const NOT_IN_TITLE = charCodeTable(['。', '！', '？', '；', '，', '：', ',', ';', ':', '!', '?']);
/** An inline heading directly after another (`一、总体要求(一)指导思想`) lies within this distance. */
const RUN_IN_DISTANCE = 24;

interface OpenSection {
  heading: Heading | undefined;
  rank: number;
  start: number;
  children: MutableSection[];
  /** Last child value per scheme, to tell whether an inline candidate continues a run. */
  lastValue: Map<string, number>;
  section: MutableSection;
}

interface MutableSection {
  heading: Heading | undefined;
  parent: MutableSection | undefined;
  children: MutableSection[];
  start: number;
  end: number;
}

interface LineInfo {
  line: number;
  start: number; // content start (after indentation and markdown #)
  end: number; // content end (trailing white space removed)
  lineStart: number;
  marker: Marker | undefined;
  /** `附件` / `附件2` / `附件1：名词解释`: an attachment starts a new top-level part. */
  attachment: boolean;
}

/** ） ) ” 】 》, by code unit. */
function isClosingBracketCode(c: number): boolean {
  return c === 0xff09 || c === 0x29 || c === 0x201d || c === 0x3011 || c === 0x300b;
}

/** A short line without sentence punctuation that reads as a title, not as a sentence. */
function isTitleLine(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length < 2 || length > MAX_TITLE_LINE) return false;
  let cjk = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (NOT_IN_TITLE[c] === 1 || c === 0x3d || c === 0xff1d) return false; // = ＝: formulas
    if (isHanCode(c)) cjk++;
  }
  if (cjk < 2) return false;
  // Table rows.
  if (text.charCodeAt(start) === 0x7c) return false;
  // Dates and signatures of numbers only (`2019年10月22日`) are not titles.
  return !/^[\d０-９年月日号\s]+$/.test(text.slice(start, end));
}

/** What the parse keeps of a text to parse an edited version of it (`reparseDocument`). */
interface ParseState {
  readonly infos: readonly LineInfo[];
  readonly occurrences: OccurrenceIndex;
}

const parseStates = new WeakMap<PolicyDocument, ParseState>();

/** Content bounds of one line and the marker at its start; undefined for a blank line. Reads nothing outside the line. */
function scanLine(text: string, lines: LineIndex, line: number): LineInfo | undefined {
  const lineStart = lines.lineStarts[line];
  let end = lines.lineContentEnd(line);
  let start = lineStart;
  while (start < end && isWhitespaceCode(text.charCodeAt(start))) start++;
  while (end > start && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
  if (start === end) return undefined;
  // Markdown heading marks (`## 第一章 总则`).
  if (text.charCodeAt(start) === 0x23) {
    let p = start;
    while (p < end && text.charCodeAt(p) === 0x23) p++;
    if (p < end && (text.charCodeAt(p) === 0x20 || text.charCodeAt(p) === 0x3000)) {
      while (p < end && isWhitespaceCode(text.charCodeAt(p))) p++;
      start = p;
    }
  }
  // `附件：1.名单`: the attachment list's first item carries its marker after the label.
  const annex = text.charCodeAt(start) === 0x9644; // 附
  ATTACHMENT_LIST.lastIndex = start;
  const listed = annex ? ATTACHMENT_LIST.exec(text) : null;
  const marker = matchMarker(text, listed ? start + listed[0].length : start, end);
  const attachment = listed !== null || (!marker && annex && ATTACHMENT.test(text.slice(start, end)));
  return { line, start, end, lineStart, marker, attachment };
}

function shiftLineInfo(info: LineInfo, by: number, lines: number): LineInfo {
  return {
    line: info.line + lines, start: info.start + by, end: info.end + by, lineStart: info.lineStart + by,
    marker: info.marker && shiftMarker(info.marker, by), attachment: info.attachment,
  };
}

/** Text → immutable parsed draft. One linear pass over the lines; never throws. */
export function parseDocument(text: string): PolicyDocument {
  const lines = new LineIndex(text);
  const infos: LineInfo[] = [];
  for (let line = 0; line < lines.lineCount; line++) {
    const info = scanLine(text, lines, line);
    if (info) infos.push(info);
  }
  return buildDocument(text, lines, infos, new OccurrenceIndex(text));
}

/**
 * The parse of `text`, an edited version of `previous.text`: lines the edit did not touch keep what
 * the line scan found in them (moved by the edit's length), the occurrence tables are patched, and
 * only the sequential pass (page numbers, headings, sections, enumerations) runs over the whole
 * draft, since one edit can renumber everything after it. Equal to `parseDocument(text)`; a
 * property test holds it to that.
 */
export function reparseDocument(previous: PolicyDocument, text: string): PolicyDocument {
  const state = parseStates.get(previous);
  const change = changedSpan(previous.text, text);
  if (!change) return previous;
  if (!state) return parseDocument(text);
  const lines = new LineIndex(text);
  const lineDelta = lines.lineCount - previous.lines.lineCount;
  // Lines wholly before the change (line break included) and wholly after it are scanned as before.
  const firstTouched = lines.lineOf(Math.max(0, change.start - 1));
  const lastTouched = lines.lineOf(change.end);
  const delta = change.end - change.previousEnd;
  const infos: LineInfo[] = [];
  let i = 0;
  for (; i < state.infos.length && state.infos[i].line < firstTouched; i++) infos.push(state.infos[i]);
  for (let line = firstTouched; line <= lastTouched; line++) {
    const info = scanLine(text, lines, line);
    if (info) infos.push(info);
  }
  while (i < state.infos.length && state.infos[i].line <= lastTouched - lineDelta) i++;
  for (; i < state.infos.length; i++) infos.push(shiftLineInfo(state.infos[i], delta, lineDelta));
  return buildDocument(text, lines, infos, state.occurrences.edited(text, change));
}

/** The sequential pass over scanned lines: page numbers, headings and the section tree, enumerations. */
function buildDocument(text: string, lines: LineIndex, infos: readonly LineInfo[], occurrences: OccurrenceIndex): PolicyDocument {
  const pageCandidates: PageNumberCandidate[] = [];
  for (let k = 0; k < infos.length; k++) {
    const { line, start, end } = infos[k];
    const first = text.charCodeAt(start);
    if (first < 0x30 || first > 0x39) continue;
    PAGE_NUMBER.lastIndex = start;
    const page = PAGE_NUMBER.exec(text);
    if (!page) continue;
    const pageEnd = start + page[0].length;
    pageCandidates.push({
      line, value: Number(page[1]), start, end: pageEnd,
      before: k > 0 ? text[infos[k - 1].end - 1] : undefined, after: text[pageEnd], lineLength: end - start,
    });
  }

  const residueCandidates = selectPageNumberResidue(pageCandidates);
  const pageNumberResidue: PageNumberResidue[] = [];
  const residueByLine = new Map<number, PageNumberCandidate>();
  for (const c of residueCandidates) {
    residueByLine.set(c.line, c);
    pageNumberResidue.push({
      value: c.value, start: c.start, end: c.end, line: c.line,
      splitsText: c.before !== undefined && !SENTENCE_END.has(c.before),
    });
  }

  // Pass 2: headings and the section tree, with a stack of open sections.
  const rootSection: MutableSection = { heading: undefined, parent: undefined, children: [], start: 0, end: text.length };
  const stack: OpenSection[] = [
    { heading: undefined, rank: -2, start: 0, children: rootSection.children, lastValue: new Map(), section: rootSection },
  ];
  const headings: Heading[] = [];
  const paragraphs: Paragraph[] = [];
  const enumerations = enumerationBuilder(occurrences);
  let numberedOpen = false;

  const closeSectionsFrom = (depth: number, end: number) => {
    while (stack.length > depth) {
      const open = stack.pop()!;
      open.section.end = Math.max(open.section.start, end);
    }
  };

  const push = (marker: Marker | undefined, rank: number, start: number, titleStart: number, titleEnd: number, line: number, inline: boolean, leaf: boolean) => {
    // Section ends where the next heading at its depth or above starts: trim to the previous line's content.
    const closeAt = inline ? start : previousContentEnd(start);
    let depth = stack.length;
    while (depth > 1 && stack[depth - 1].rank >= rank) depth--;
    if (!leaf) closeSectionsFrom(depth, closeAt);
    const parent = leaf ? stack[stack.length - 1] : stack[depth - 1];
    const heading: Heading = {
      index: headings.length, marker, title: text.slice(titleStart, titleEnd), titleStart, titleEnd,
      start, end: titleEnd, line, inline, depth: leaf ? stack.length : depth,
    };
    headings.push(heading);
    const section: MutableSection = { heading, parent: parent.section, children: [], start, end: titleEnd };
    parent.children.push(section);
    if (marker) parent.lastValue.set(marker.scheme, marker.value);
    if (!leaf) stack.push({ heading, rank, start, children: section.children, lastValue: new Map(), section });
    return heading;
  };

  let lastContentEnd = 0;
  const previousContentEnd = (offset: number) => Math.min(offset, lastContentEnd);

  /** Would an inline candidate continue a run (or open the first child run) at its rank? */
  const fitsSequence = (marker: Marker): boolean => {
    const rank = SCHEME_RANK[marker.scheme];
    let depth = stack.length;
    while (depth > 1 && stack[depth - 1].rank >= rank) depth--;
    const parent = stack[depth - 1];
    const last = parent.lastValue.get(marker.scheme);
    if (last !== undefined) return marker.value === last + 1;
    return marker.value === 1;
  };

  for (const info of infos) {
    const { line, end } = info;
    let { start } = info;
    const paragraphIndex = paragraphs.length;
    paragraphs.push({ index: paragraphIndex, line, start, end });

    let lastHeadingEnd = -1;
    const headingsBefore = headings.length;
    let marker = info.marker;
    const residue = residueByLine.get(line);
    if (residue) {
      start = residue.end;
      marker = undefined;
    }
    if (info.attachment && marker) {
      // `附件：1.名单`: the label opens the attachment list; the item is its first child.
      push(undefined, TITLE_RANK, start, start, start + 2, line, false, false);
    }
    if (marker) {
      numberedOpen = true;
      const titleStart = skipSpaces(text, marker.trailing ? marker.trailing.end : marker.end, end);
      const titleEnd = titleEndFrom(text, titleStart, end);
      push(marker, SCHEME_RANK[marker.scheme], marker.start, titleStart, titleEnd, line, false, false);
      lastHeadingEnd = marker.end;
    } else if (info.attachment) {
      numberedOpen = false;
      push(undefined, TITLE_RANK, start, start, end, line, false, false);
    } else if (isTitleLine(text, start, end)) {
      push(undefined, TITLE_RANK, start, start, end, line, false, numberedOpen);
    }

    // Headings a conversion ran into this line.
    const scanFrom = marker ? marker.end : start;
    if (end - scanFrom > 4) {
      for (const candidate of inlineMarkerCandidates(text, scanFrom, end, occurrences)) {
        const prev = text.charCodeAt(candidate.start - 1);
        const previousOnLine = headings.length > headingsBefore ? headings[headings.length - 1].marker : undefined;
        // Run-in: the first child right after its parent's short title (`一、总体要求(一)指导思想`).
        const runIn = previousOnLine !== undefined && candidate.value === 1 &&
          SCHEME_RANK[candidate.scheme] > SCHEME_RANK[previousOnLine.scheme] &&
          candidate.start - lastHeadingEnd <= RUN_IN_DISTANCE && !hasPunctuation(text, lastHeadingEnd, candidate.start);
        const afterBoundary = SENTENCE_END_CODES[prev] === 1 || isClosingBracketCode(prev) || runIn;
        if (!afterBoundary || !fitsSequence(candidate)) continue;
        // The previous heading's title ends where this one begins.
        const previous = headings[headings.length - 1];
        if (previous && headings.length > headingsBefore && previous.titleEnd > candidate.start) {
          const shortened = previous as Mutable<Heading>;
          shortened.titleEnd = trimEnd(text, previous.titleStart, candidate.start);
          shortened.title = text.slice(previous.titleStart, shortened.titleEnd);
          shortened.end = shortened.titleEnd;
        }
        numberedOpen = true;
        const titleStart = skipSpaces(text, candidate.trailing ? candidate.trailing.end : candidate.end, end);
        push(candidate, SCHEME_RANK[candidate.scheme], candidate.start, titleStart, titleEndFrom(text, titleStart, end), line, true, false);
        lastHeadingEnd = candidate.end;
      }
    }

    enumerations.scan(text, start, end, paragraphIndex, headings.length);
    lastContentEnd = end;
  }
  closeSectionsFrom(1, lastContentEnd);
  rootSection.end = text.length;

  const doc: PolicyDocument = {
    text,
    lines,
    paragraphs,
    headings,
    root: rootSection as Section,
    enumerations: enumerations.finish(),
    pageNumberResidue,
    directives: parseDirectives(text, (offset) => lines.lineOf(offset)),
    verbatim: findVerbatimSpans(text, lines),
    frame: computeFrame({ text, lines, paragraphs, headings }),
  };
  parseStates.set(doc, { infos, occurrences });
  return doc;
}

function skipSpaces(text: string, pos: number, end: number): number {
  while (pos < end && isWhitespaceCode(text.charCodeAt(pos))) pos++;
  return pos;
}

/** A heading's title runs to the first sentence end (run-in headings: `（一）指导思想。以…`). */
function titleEndFrom(text: string, start: number, end: number): number {
  let p = start;
  while (p < end && SENTENCE_END_CODES[text.charCodeAt(p)] !== 1) p++;
  while (p > start && isWhitespaceCode(text.charCodeAt(p - 1))) p--;
  return p;
}

function hasPunctuation(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (CLAUSE_PUNCTUATION_CODES[text.charCodeAt(i)] === 1) return true;
  return false;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
  return end;
}
