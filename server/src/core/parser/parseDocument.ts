import type {
  Enumeration, Heading, Marker, NumberingScheme, PageNumberResidue, Paragraph, PolicyDocument, Section, VerbatimSpan,
} from '../model/document';
import type { DocumentFrame, ZoneKind } from '../model/frame';
import { zoneAt } from '../model/frame';
import { SCHEME_RANK } from '../model/document';
import { LineIndex } from '../text/lineIndex';
import { OccurrenceIndex } from '../text/occurrences';
import { CLAUSE_PUNCTUATION_CODES, SENTENCE_END_CODES, charCodeTable, isHanCode, isWhitespaceCode } from '../text/chars';
import { DIGIT_CODES, InlineCandidate, InlineStyles, inlineMarkerCandidates, matchMarker, matchSequenceOnlyMarker, NEIGHBOUR_LEVELS, shiftMarker, windowCandidates } from './markers';
import { ChangedSpan, changedSpan } from '../text/changedSpan';
import { PageNumberCandidate, endsSentenceOrColon, findPageMarks, selectPageNumberResidue } from './pageNumbers';
import { EnumerationBuilder, enumerationBuilder } from './enumerations';
import { parseDirectives } from './directives';
import { computeFrame } from './frame';
import { formatChineseNumeral } from './numerals';
import { findVerbatimSpans, frontMatterEnd } from './verbatim';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Rank of unnumbered title lines: above every numbered style, so they contain what follows. */
const TITLE_RANK = -1;
const MAX_TITLE_LINE = 40;
const MIN_TITLE_LINE = 4;
/** A title line ending in a word that needs what follows (`…发展的`, `…和`) goes on on the next line. */
const WRAPS_ON = /[的和与及暨之、]$/;
const PAGE_NUMBER = /([0-9]{1,3})、/y;
/** Rank of an attachment part's heading: above everything, so each part is a tree of its own. */
const ATTACHMENT_RANK = -100;
/** Rank of a Markdown heading without a marker: `#` above `##` above …, all above numbered styles. */
const MARKDOWN_RANK_BASE = -10;
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
  /** Number of Markdown `#` marks before the content (0: none). */
  markdownLevel: number;
}

/** ） ) ” 】 》, by code unit. */
function isClosingBracketCode(c: number): boolean {
  return c === 0xff09 || c === 0x29 || c === 0x201d || c === 0x3011 || c === 0x300b;
}

/** A short line without sentence punctuation that reads as a title, not as a sentence. */
function isTitleLine(text: string, start: number, end: number): boolean {
  const length = end - start;
  // A name alone (`张三`, `附 则`) is not a heading; titles have four characters or more.
  if (length < MIN_TITLE_LINE || length > MAX_TITLE_LINE) return false;
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
  /** Per paragraph: how many headings came before its enumeration scan (the section its enumerations belong to). */
  readonly sectionKeys: readonly number[];
  /** The text holds `gongwen-disable` somewhere (a directive may be written). */
  readonly directiveWord: boolean;
  /** The schemes of the markers starting lines in content (`runsInAnywhere`). */
  readonly lineStartSchemes: ReadonlySet<string>;
}

/**
 * An edit between two versions, in lines and paragraphs: the lines it touched are [firstLine, lastLine]
 * in the new text and [firstLine, previousLastLine] in the previous one; their paragraphs are
 * [firstInfo, endInfo) and [firstInfo, previousEndInfo). Everything after moves by `delta` code units
 * and `lineDelta` lines.
 */
interface Edit {
  readonly previous: PolicyDocument;
  readonly state: ParseState;
  readonly change: ChangedSpan;
  readonly delta: number;
  readonly lineDelta: number;
  readonly firstLine: number;
  readonly lastLine: number;
  readonly previousLastLine: number;
  readonly firstInfo: number;
  readonly endInfo: number;
  readonly previousEndInfo: number;
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
  let markdownLevel = 0;
  if (text.charCodeAt(start) === 0x23) {
    let p = start;
    while (p < end && text.charCodeAt(p) === 0x23) p++;
    if (p < end && p - start <= 6 && (text.charCodeAt(p) === 0x20 || text.charCodeAt(p) === 0x3000)) {
      markdownLevel = p - start;
      while (p < end && isWhitespaceCode(text.charCodeAt(p))) p++;
      start = p;
    }
  }
  const marker = matchMarker(text, start, end);
  return { line, start, end, lineStart, marker, markdownLevel };
}

function shiftLineInfo(info: LineInfo, by: number, lines: number): LineInfo {
  return {
    line: info.line + lines, start: info.start + by, end: info.end + by, lineStart: info.lineStart + by,
    marker: info.marker && shiftMarker(info.marker, by), markdownLevel: info.markdownLevel,
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
 * the line scan found in them (moved by the edit's length), the occurrence tables are patched, and the
 * sequential pass carries from the previous parse what the edit provably did not change (the headings
 * and section tree, the verbatim spans, the directives: `buildDocument`), running in full where one edit
 * could renumber or re-read everything after it. Equal to `parseDocument(text)`; property tests hold it
 * to that (test/property/incremental.test.ts).
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
  const firstInfo = i;
  for (let line = firstTouched; line <= lastTouched; line++) {
    const info = scanLine(text, lines, line);
    if (info) infos.push(info);
  }
  const endInfo = infos.length;
  while (i < state.infos.length && state.infos[i].line <= lastTouched - lineDelta) i++;
  const previousEndInfo = i;
  for (; i < state.infos.length; i++) infos.push(shiftLineInfo(state.infos[i], delta, lineDelta));
  const edit: Edit = {
    previous, state, change, delta, lineDelta, firstLine: firstTouched, lastLine: lastTouched, previousLastLine: lastTouched - lineDelta,
    firstInfo, endInfo, previousEndInfo,
  };
  return buildDocument(text, lines, infos, state.occurrences.edited(text, change), edit);
}

/**
 * The sequential pass over scanned lines: page numbers, the frame, headings and the section tree,
 * enumerations, directives, verbatim spans. After an edit (`edit`) what provably did not change is
 * carried from the previous parse instead (`carriedHeadings`, `carriedVerbatim`).
 */
function buildDocument(text: string, lines: LineIndex, infos: readonly LineInfo[], occurrences: OccurrenceIndex, edit?: Edit): PolicyDocument {
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
      afterTitleLine: k > 0 && isTitleLine(text, infos[k - 1].start, infos[k - 1].end),
    });
  }

  const residueCandidates = selectPageNumberResidue(pageCandidates);
  const pageNumberResidue: PageNumberResidue[] = [];
  const residueByLine = new Map<number, PageNumberCandidate>();
  for (const c of residueCandidates) {
    residueByLine.set(c.line, c);
    pageNumberResidue.push({
      value: c.value, start: c.start, end: c.end, line: c.line,
      splitsText: c.before !== undefined && !endsSentenceOrColon(c.before) && !c.afterTitleLine, form: 'list',
      ...(c.afterTitleLine ? { afterTitleLine: true } : {}),
    });
  }
  // `—3—`, `- 3 -`, `第3页`, `3/12`: on a line of their own (which is then no heading and no title) or in running text.
  const pageLines = new Set<number>();
  for (const m of findPageMarks(text, infos, occurrences)) {
    if (residueByLine.has(m.line) && m.start < residueByLine.get(m.line)!.end) continue;
    pageNumberResidue.push({ value: m.value, start: m.start, end: m.end, line: m.line, splitsText: false, form: m.form, ...(m.alone ? { alone: true } : {}) });
    if (m.alone) pageLines.add(m.line);
  }
  pageNumberResidue.sort((a, b) => a.start - b.start);

  // Paragraphs before the edit are the previous parse's (the same lines, unmoved).
  const paragraphs: Paragraph[] = edit ? edit.previous.paragraphs.slice(0, edit.firstInfo) : [];
  for (let index = paragraphs.length; index < infos.length; index++) {
    const info = infos[index];
    paragraphs.push({ index, line: info.line, start: info.start, end: info.end });
  }
  const frame = computeFrame({
    text, lines, paragraphs, markers: infos.map((i) => i.marker), markdownLevels: infos.map((i) => i.markdownLevel),
    pageNumbers: pageNumberResidue, occurrences,
  });
  const pass = (edit && carriedHeadings(text, infos, frame, pageNumberResidue, residueByLine, pageLines, occurrences, edit)) ??
    headingPass(text, lines, infos, occurrences, frame, residueByLine, pageLines);
  const directiveWord = edit && !edit.state.directiveWord ? touchedText(text, lines, edit.firstLine, edit.lastLine).includes(DIRECTIVE_WORD) : text.includes(DIRECTIVE_WORD);
  const doc: PolicyDocument = {
    text,
    lines,
    paragraphs,
    headings: pass.headings,
    root: pass.root,
    enumerations: pass.enumerations,
    pageNumberResidue,
    directives: directiveWord ? parseDirectives(text, (offset) => lines.lineOf(offset)) : [],
    verbatim: (edit && carriedVerbatim(text, lines, edit)) ?? findVerbatimSpans(text, lines),
    frame,
  };
  parseStates.set(doc, { infos, occurrences, sectionKeys: pass.sectionKeys, directiveWord, lineStartSchemes: pass.lineStartSchemes });
  return doc;
}

/** What the heading pass gives: the headings, the section tree and the enumerations, with each paragraph's section key. */
interface HeadingPass {
  readonly headings: readonly Heading[];
  readonly root: Section;
  readonly enumerations: readonly Enumeration[];
  readonly sectionKeys: readonly number[];
  /** The schemes of the markers starting lines in content (`runsInAnywhere`). */
  readonly lineStartSchemes: ReadonlySet<string>;
}

/**
 * Pass 2: headings and the section tree, with a stack of open sections, and the enumerations of each
 * paragraph; sequential, since whether a marker is a heading depends on the run it would continue.
 */
function headingPass(
  text: string, lines: LineIndex, infos: readonly LineInfo[], occurrences: OccurrenceIndex, frame: DocumentFrame,
  residueByLine: ReadonlyMap<number, PageNumberCandidate>, pageLines: ReadonlySet<number>,
): HeadingPass {
  const content = contentCursor(frame);
  const parts = frame.attachments;
  // The levels that start lines decide which levels may run in after a sentence (`runsInAnywhere`).
  const lineStartSchemes = new Set<string>();
  for (const info of infos) if (info.marker && isContentZone(zoneAt(frame, info.marker.start).kind)) lineStartSchemes.add(info.marker.scheme);
  const styles = inlineStyles(lineStartSchemes);
  let nextPart = 0;

  const rootSection: MutableSection = { heading: undefined, parent: undefined, children: [], start: 0, end: text.length };
  const stack: OpenSection[] = [
    { heading: undefined, rank: -1000, start: 0, children: rootSection.children, lastValue: new Map(), section: rootSection },
  ];
  const headings: Heading[] = [];
  const enumerations = enumerationBuilder(occurrences);
  const sectionKeys: number[] = [];
  /** Last value per scheme anywhere: 第X条 and task items count on across their parents. */
  const lastAnywhere = new Map<string, number>();
  /** Where the last heading of each scheme starts, and the last run-in candidate of it that only its number kept from being one. */
  const lastStartOf = new Map<string, number>();
  const refusedAt = new Map<string, number>();
  let numberedOpen = false;
  let numberedCount = 0;

  const closeSectionsFrom = (depth: number, end: number) => {
    while (stack.length > depth) {
      const open = stack.pop()!;
      open.section.end = Math.max(open.section.start, end);
    }
  };

  let openLeaf: MutableSection | undefined;
  const push = (marker: Marker | undefined, rank: number, start: number, titleStart: number, titleEnd: number, line: number, inline: boolean, leaf: boolean, markdownLevel = 0, attachment?: number) => {
    // Section ends where the next heading at its depth or above starts: trim to the previous line's content.
    const closeAt = inline ? start : previousContentEnd(start);
    // A heading or attachment part run into the line of another heading ends that one's title where it begins.
    const previous = headings[headings.length - 1];
    if (inline && previous && previous.line === line && previous.titleEnd > start) endTitleAt(text, previous as Mutable<Heading>, start);
    // A leaf (a title line inside a numbered run) is never on the stack: the next heading ends it too, even one run into its line.
    if (openLeaf && openLeaf.end > closeAt) openLeaf.end = Math.max(openLeaf.start, closeAt);
    let depth = stack.length;
    while (depth > 1 && stack[depth - 1].rank >= rank) depth--;
    if (!leaf) closeSectionsFrom(depth, closeAt);
    const parent = leaf ? stack[stack.length - 1] : stack[depth - 1];
    const heading: Mutable<Heading> = {
      index: headings.length, marker, title: text.slice(titleStart, titleEnd), titleStart, titleEnd,
      start, end: titleEnd, line, inline, depth: leaf ? stack.length : depth,
    };
    // Set only where they apply (a heading of plain text has neither).
    if (markdownLevel > 0) heading.markdownLevel = markdownLevel;
    if (attachment !== undefined) heading.attachment = attachment;
    headings.push(heading);
    const section: MutableSection = { heading, parent: parent.section, children: [], start, end: titleEnd };
    parent.children.push(section);
    openLeaf = leaf ? section : undefined;
    if (marker) {
      parent.lastValue.set(marker.scheme, marker.value);
      lastAnywhere.set(marker.scheme, marker.value);
      lastStartOf.set(marker.scheme, marker.start);
      numberedCount++;
    }
    if (!leaf) stack.push({ heading, rank, start, children: section.children, lastValue: new Map(), section });
    return heading;
  };

  let lastContentEnd = 0;
  const previousContentEnd = (offset: number) => Math.min(offset, lastContentEnd);

  /** The value the run of `marker`'s level expects next, where one is open; whether it may start a run. */
  const sequenceAt = (marker: Pick<Marker, 'scheme'>): { last: number | undefined; parentHasRun: boolean } => {
    const rank = SCHEME_RANK[marker.scheme];
    let depth = stack.length;
    while (depth > 1 && stack[depth - 1].rank >= rank) depth--;
    const last = stack[depth - 1].lastValue.get(marker.scheme);
    return last !== undefined ? { last, parentHasRun: true } : { last: lastAnywhere.get(marker.scheme), parentHasRun: false };
  };
  /**
   * Would an inline candidate continue a run (or open the first child run) at its rank? A part, chapter
   * or section may also skip a number or two (a draft that lost `第二章`: the numbering rules then report
   * the gap in the true structure); 第X条 and the other levels continue exactly.
   */
  const fitsSequence = (marker: Marker): boolean => {
    const { last, parentHasRun } = sequenceAt(marker);
    const slack = marker.scheme === 'part' || marker.scheme === 'chapter' || marker.scheme === 'section' ? 3 : marker.scheme === 'article' ? 2 : 1;
    if (parentHasRun) return marker.value > last! && marker.value <= last! + slack;
    return marker.value === 1 || (last !== undefined && marker.value > last && marker.value <= last + slack) || (last === undefined && marker.value <= slack && slack > 1);
  };
  /** A marker the sequence alone makes a heading (`9.2025年底前` after `8.`): it continues an open run, never starts one. */
  const continuesRun = (marker: Marker): boolean => {
    const { last, parentHasRun } = sequenceAt(marker);
    return parentHasRun && marker.value === last! + 1;
  };
  /** The marker repeats the open run's last number or skips one (`一、三、`, `（二）（二）`): a draft's misnumbering. */
  const missesRunByOne = (marker: Marker): boolean => {
    const { last, parentHasRun } = sequenceAt(marker);
    return parentHasRun && (marker.value === last! || marker.value === last! + 2);
  };
  /** The neighbouring level whose open run expects the marker's number (`（3）` after `1.` `2.`): one written in its neighbour's style. */
  const neighbourExpecting = (marker: Marker): NumberingScheme | undefined => {
    for (const scheme of NEIGHBOUR_LEVELS[marker.scheme] ?? []) {
      const { last, parentHasRun } = sequenceAt({ scheme });
      if (parentHasRun && marker.value === last! + 1) return scheme;
    }
    return undefined;
  };
  /**
   * Run-together text only: a run-in candidate that does not continue its run, read as a heading where the text marks it
   * as one (`runInShape`) and it is a draft's misnumbering: a number repeated or one skipped in its own run, or its
   * neighbouring level's next number written in its style (`…方法。（3）加强健康教育。` after `1.` `2.`). Not after a
   * candidate of the run's level (or its own) that the sequence refused since the run's last heading: those number a
   * list (`…：1.奖补审批表；2.营业执照；3.…`), and so does this one.
   */
  const misnumberedRunIn = (candidate: Marker, end: number, lineStart: number): boolean => {
    // The run's part first (a few map reads), the text's only for a candidate that passes it.
    const unrefused = (level: NumberingScheme) =>
      Math.max(refusedAt.get(level) ?? -1, refusedAt.get(candidate.scheme) ?? -1) < (lastStartOf.get(level) ?? -1);
    if (missesRunByOne(candidate)) return unrefused(candidate.scheme) && runInShape(text, candidate, end, lineStart) > SCHEME_RANK[candidate.scheme];
    const level = neighbourExpecting(candidate);
    if (level === undefined || !unrefused(level) || runInShape(text, candidate, end, lineStart) <= SCHEME_RANK[level]) return false;
    // Its own style's previous number since that level's last heading (`…建设1.深入学习…。2.坚决贯彻…` after `（一）`):
    // a run of its own level the parse did not read, which this one continues.
    const own = ownPreviousBefore(text, candidate, lineStart);
    return own < 0 || candidate.start - own < (lastStartOf.get(level) ?? -1);
  };
  const runIn: RunInContext = { text, lineStartSchemes, noNumberedHeading: () => numberedCount === 0, continuesRun };

  const pushPart = (index: number, line: number, lineStart: number) => {
    const part = parts[index];
    const title = part.title ?? { start: part.labelStart, end: part.labelEnd };
    numberedOpen = false;
    return push(undefined, ATTACHMENT_RANK, part.start, title.start, trimEnd(text, title.start, title.end), line, part.start > lineStart, false, 0, index).end;
  };

  for (let k = 0; k < infos.length; k++) {
    const info = infos[k];
    const { line, end } = info;
    let { start } = info;
    const paragraphIndex = k;

    let lastHeadingEnd = -1;
    const headingsBefore = headings.length;
    let marker = info.marker;
    const residue = residueByLine.get(line);
    if (residue) {
      start = residue.end;
      marker = undefined;
    }
    if (pageLines.has(line)) {
      sectionKeys.push(headings.length);
      continue;
    }
    // An attachment part opening at this line's start is the line's heading.
    const partHere = nextPart < parts.length && parts[nextPart].start <= start;
    if (partHere) pushPart(nextPart++, line, info.start);
    const atContent = !partHere && content(start);
    if (atContent && !marker && start < end) {
      // `9.2025年底前`, `二，加强…`: a heading only where the open run expects its number.
      const weak = matchSequenceOnlyMarker(text, start, end);
      if (weak && continuesRun(weak)) marker = weak;
    }
    if (atContent && marker) {
      numberedOpen = true;
      const titleStart = skipSpaces(text, marker.trailing ? marker.trailing.end : marker.end, end);
      const titleEnd = titleEndFrom(text, titleStart, end);
      push(marker, SCHEME_RANK[marker.scheme], marker.start, titleStart, titleEnd, line, false, false, info.markdownLevel);
      lastHeadingEnd = marker.end;
    } else if (atContent && info.markdownLevel > 0) {
      push(undefined, MARKDOWN_RANK_BASE + info.markdownLevel, start, start, titleEndFrom(text, start, end), line, false, false, info.markdownLevel);
    } else if (atContent && isTitleLine(text, start, end)) {
      const previous = headings[headings.length - 1];
      // A title line that wraps (`“十五五”时期经济社会发展的` / `主要目标`) is one heading.
      if (previous && !previous.marker && previous.attachment === undefined && !previous.markdownLevel && previous.line === infos[k - 1]?.line &&
        WRAPS_ON.test(previous.title) && previous.title.length + end - start <= MAX_TITLE_LINE) {
        const extended = previous as Mutable<Heading>;
        extended.titleEnd = extended.end = end;
        extended.title = text.slice(previous.titleStart, end);
      } else push(undefined, TITLE_RANK, start, start, end, line, false, numberedOpen);
    }

    // Headings a conversion ran into this line, and attachment parts starting inside it.
    const scanFrom = marker && atContent ? marker.end : start;
    const partsInLine = nextPart < parts.length && parts[nextPart].start < end;
    if (end - scanFrom > 4 || partsInLine) {
      let lastAccepted = -1;
      const candidates = new LineCandidates(text, scanFrom, end, occurrences, styles);
      if (marker && atContent) candidates.windowAfter(marker.end);
      for (let next = candidates.next(); next; next = candidates.next()) {
        const { marker: candidate, sequenceOnly } = next;
        if (candidate.start < lastAccepted) continue;
        while (nextPart < parts.length && parts[nextPart].start <= candidate.start) {
          const partTitleEnd = pushPart(nextPart++, line, info.start);
          lastHeadingEnd = -1;
          candidates.windowAfter(partTitleEnd, candidate.start);
        }
        if (!content(candidate.start)) continue;
        const previousOnLine = headings.length > headingsBefore ? headings[headings.length - 1] : undefined;
        const admitted = runsIn(runIn, candidate, sequenceOnly, previousOnLine, lastHeadingEnd, start);
        if (!admitted || (sequenceOnly ? !continuesRun(candidate) : !fitsSequence(candidate) && !restartsDocument(text, candidate, end))) {
          // In run-together text a misnumbered heading the text marks as one is read all the same (`misnumberedRunIn`).
          if (!(lineStartSchemes.size === 0 && !sequenceOnly && misnumberedRunIn(candidate, end, start))) {
            if (admitted) refusedAt.set(candidate.scheme, candidate.start);
            continue;
          }
        }
        numberedOpen = true;
        const titleStart = skipSpaces(text, candidate.trailing ? candidate.trailing.end : candidate.end, end);
        push(candidate, SCHEME_RANK[candidate.scheme], candidate.start, titleStart, runInTitleEnd(text, titleStart, end), line, true, false);
        lastHeadingEnd = candidate.end;
        lastAccepted = candidate.end;
        candidates.windowAfter(candidate.end);
      }
      while (nextPart < parts.length && parts[nextPart].start < end) pushPart(nextPart++, line, info.start);
    }

    sectionKeys.push(headings.length);
    enumerations.scan(text, start, end, paragraphIndex, headings.length);
    lastContentEnd = end;
  }
  while (nextPart < parts.length) pushPart(nextPart++, lines.lineOf(parts[nextPart - 1].start), lines.lineStarts[lines.lineOf(parts[nextPart - 1].start)]);
  closeSectionsFrom(1, lastContentEnd);
  rootSection.end = text.length;

  return { headings, root: rootSection as Section, enumerations: enumerations.finish(), sectionKeys, lineStartSchemes };
}

/**
 * A second document in run-together text starts its numbering again (`…特制定本行动计划。一、总体要求（一）指导思想…`):
 * a top-level 1 after a sentence end, confirmed by its own first child right after its short title.
 */
function restartsDocument(text: string, candidate: Marker, end: number): boolean {
  if (candidate.value !== 1 || !(candidate.scheme === 'chinese' || candidate.scheme === 'chapter' || candidate.scheme === 'part')) return false;
  if (SENTENCE_END_CODES[text.charCodeAt(candidate.start - 1)] !== 1) return false;
  return windowCandidates(text, candidate.end, candidate.end + RUN_IN_DISTANCE, end).some((c) =>
    c.marker.value === 1 && SCHEME_RANK[c.marker.scheme] > SCHEME_RANK[candidate.scheme] && !hasPunctuation(text, candidate.end, c.marker.start, TITLE_PUNCTUATION_CODES));
}

/** How far the title of a misnumbered run-in heading may run before what ends it (`runInShape`). */
const MISNUMBERED_TITLE = 30;
/** `runInShape`: the title ends at a full stop or a space (above every rank); not marked as a heading. */
const TITLE_ENDS = 1000;
const NOT_MARKED = -1;

/** How far before a candidate its own style's previous number stands on its line (`1.` before `2.`), or -1. */
function ownPreviousBefore(text: string, c: Marker, lineStart: number): number {
  if (c.value < 2 || c.start <= lineStart || c.numeralKind === 'circled') return -1;
  const written = text.slice(c.numeralStart, c.numeralEnd);
  let numeral = c.numeralKind === 'chinese' ? formatChineseNumeral(c.value - 1) : String(c.value - 1);
  if (/[０-９]/.test(written)) numeral = numeral.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  const previous = text.slice(c.start, c.numeralStart) + numeral + text.slice(c.numeralEnd, c.end);
  const at = text.lastIndexOf(previous, c.start - 1);
  return at >= lineStart ? c.start - at : -1;
}

/**
 * Does the text mark a run-in candidate as a heading on both sides, so that one whose number does not continue
 * its run (`…306件。3.强化行政规范性文件管理。` after `1.`) may be read as a misnumbered heading, not as text? Before it a
 * sentence end, a closing bracket, a space or a `责任单位：…` clause; after it a short title (four characters or more,
 * from a character or a figure) ending in `。` or `！` with at most one comma, or before a space (`TITLE_ENDS`), or
 * before a marker (`五、保障机制（一）构建…`, `三、强化要素支持11.拓宽…`: its rank, which must be below the heading's
 * level). A list item ending in `；`, a sentence with two commas or none within reach is text (`NOT_MARKED`). Reads
 * only the candidate's line; the heading pass adds the run's part (`misnumberedRunIn`).
 */
function runInShape(text: string, c: Marker, end: number, lineStart: number): number {
  const prev = text.charCodeAt(c.start - 1);
  if (!(SENTENCE_END_CODES[prev] === 1 || isClosingBracketCode(prev) || isWhitespaceCode(prev) ||
    RESPONSIBILITY.test(text.slice(Math.max(lineStart, c.start - RESPONSIBILITY_REACH), c.start)))) return NOT_MARKED;
  const from = skipSpaces(text, c.trailing ? c.trailing.end : c.end, end);
  const first = text.charCodeAt(from);
  if (!isHanCode(first) && DIGIT_CODES[first] !== 1) return NOT_MARKED;
  let commas = 0;
  for (let p = from; p < end && p - from <= MISNUMBERED_TITLE; p++) {
    const ch = text.charCodeAt(p);
    const length = p - from;
    if (ch === 0x3002 || ch === 0xff01 || isWhitespaceCode(ch)) return length >= MIN_TITLE_LINE ? TITLE_ENDS : NOT_MARKED;
    if (ch === 0xff0c || ch === 0x2c) {
      if (++commas > 1) return NOT_MARKED;
      continue;
    }
    if (TITLE_PUNCTUATION_CODES[ch] === 1) return NOT_MARKED;
    if (length >= 2) {
      const child = matchMarker(text, p, end);
      if (child && child.scheme !== 'circled') return SCHEME_RANK[child.scheme];
    }
  }
  return NOT_MARKED;
}

/**
 * The run-in candidates of one line in text order, from two sources: the styles that may run in anywhere
 * here, found from occurrence tables, and any style in the short window after the last heading's title
 * (a run-in child), read again after each heading (`windowAfter`).
 */
class LineCandidates {
  private readonly found: readonly InlineCandidate[];
  private fi = 0;
  private window: readonly InlineCandidate[] = [];
  private wi = 0;

  constructor(private readonly text: string, from: number, private readonly end: number, occurrences: OccurrenceIndex, styles: InlineStyles) {
    this.found = inlineMarkerCandidates(text, from, end, occurrences, styles);
  }

  /** The window after a heading's marker or title ending at `at` (its candidates from `notBefore` on) comes next. */
  windowAfter(at: number, notBefore = at): void {
    const window = windowCandidates(this.text, at, at + RUN_IN_DISTANCE, this.end);
    this.window = notBefore > at ? window.filter((c) => c.marker.start >= notBefore) : window;
    this.wi = 0;
  }

  next(): InlineCandidate | undefined {
    const { found, window } = this;
    const fromWindow = this.wi < window.length && (this.fi >= found.length || window[this.wi].marker.start <= found[this.fi].marker.start);
    return fromWindow ? window[this.wi++] : this.fi < found.length ? found[this.fi++] : undefined;
  }
}

/** A heading run into the line of another ends that one's title where it begins. */
function endTitleAt(text: string, previous: Mutable<Heading>, start: number): void {
  previous.titleEnd = Math.max(previous.titleStart, trimEnd(text, previous.titleStart, start));
  previous.title = text.slice(previous.titleStart, previous.titleEnd);
  previous.end = previous.titleEnd;
}

/** What `runsIn` reads of the heading pass's state. */
interface RunInContext {
  readonly text: string;
  /** The schemes of the markers starting lines in content (see `headingPass`). */
  readonly lineStartSchemes: ReadonlySet<string>;
  /** No numbered heading so far. */
  noNumberedHeading(): boolean;
  /** The marker continues the run open at its rank by exactly one (see `headingPass`'s `continuesRun`). */
  continuesRun(marker: Marker): boolean;
}

/**
 * Which levels may run in after a sentence: in a draft whose headings start lines, only the levels
 * that start lines somewhere (an inline `（1）…（2）` there is an enumeration); in run-together text
 * (no heading starts a line), every level. 一、 and （一） always may, as conversions run them in.
 */
function runsInAnywhere(lineStartSchemes: ReadonlySet<string>, scheme: string): boolean {
  return lineStartSchemes.size === 0 || lineStartSchemes.has(scheme) || scheme === 'chinese' || scheme === 'chinese-paren';
}

function inlineStyles(lineStartSchemes: ReadonlySet<string>): InlineStyles {
  const anywhere = (scheme: string) => runsInAnywhere(lineStartSchemes, scheme);
  return {
    arabic: anywhere('arabic'), arabicParen: anywhere('arabic-paren'),
    regulation: anywhere('part') || anywhere('chapter') || anywhere('section') || anywhere('article'),
  };
}

/**
 * Does the candidate start a heading by what stands before it? After a sentence end or a closing
 * bracket (a responsibility clause `…按职责分工负责）`), right after another heading's short title
 * (`一、总体要求(一)指导思想`, `第一章　总则　　第一条`), after a `责任单位：…` clause, or — for an item
 * that continues the count on this line — glued to the figure or address before it (`…7252.电子邮箱`).
 */
function runsIn(context: RunInContext, candidate: Marker, sequenceOnly: boolean, previousOnLine: Heading | undefined, lastHeadingEnd: number, lineStart: number): boolean {
  const { text, lineStartSchemes } = context;
  const prev = text.charCodeAt(candidate.start - 1);
  if (previousOnLine?.marker && lastHeadingEnd >= 0 && SCHEME_RANK[candidate.scheme] > SCHEME_RANK[previousOnLine.marker.scheme] &&
    candidate.start - lastHeadingEnd <= RUN_IN_DISTANCE && !sequenceOnly &&
    // Not glued to a digit of the title (`…任务11.…` is one number, as the window scan reads it): taking the
    // last digit as a marker depended on which styles start lines, so splitting the line changed the reading.
    DIGIT_CODES[prev] !== 1 &&
    // In run-together text a title may hold a comma (`（二）完善…体系，稳步提升…能力1.深化…`).
    !hasPunctuation(text, lastHeadingEnd, candidate.start, lineStartSchemes.size === 0 ? SENTENCE_END_CODES : TITLE_PUNCTUATION_CODES)) return true;
  // The first heading after an attachment's or enclosed document's title on the same line.
  if (previousOnLine && !previousOnLine.marker && previousOnLine.attachment !== undefined && candidate.value === 1 &&
    candidate.start - previousOnLine.end <= RUN_IN_DISTANCE && !hasPunctuation(text, previousOnLine.end, candidate.start)) return true;
  // A level that starts no line elsewhere runs in only on a line that is a run of headings already
  // (`第一章　总则　　第一条…。第二条…`); in a paragraph of running text it is an enumeration.
  if (!runsInAnywhere(lineStartSchemes, candidate.scheme) && !previousOnLine?.marker) return false;
  // A space where a page ran paragraphs together (`…制定本工作方案。 一、总体要求 全面贯彻…`) is a boundary too.
  if (SENTENCE_END_CODES[prev] === 1 || isClosingBracketCode(prev) || isWhitespaceCode(prev) || prev === 0x200b) return true;
  if (sequenceOnly) return false;
  if (lineStartSchemes.size === 0 && candidate.value === 1) {
    // Run-together text (no heading starts a line): a list's first item after its colon (`…十个方面工作：（一）…`),
    // the first heading after a title's genre word (`…考评办法一、考评对象`, `…管理办法第一章　总则`) or after
    // the metadata before it (`…施行<!-- INFO END -->第一章 总则`).
    if (prev === 0xff1a || prev === 0x3a) return true;
    if (GENRE_BEFORE.test(text.slice(Math.max(lineStart, candidate.start - 4), candidate.start))) return true;
    if (context.noNumberedHeading() && !isHanCode(prev) && !isAsciiAlnum(prev)) return true;
  }
  if (!context.continuesRun(candidate)) return false;
  // A task item's `责任单位：…` ends it, the next heading follows without punctuation (`…交通建设局二、放宽…`).
  if (RESPONSIBILITY.test(text.slice(Math.max(lineStart, candidate.start - RESPONSIBILITY_REACH), candidate.start))) return true;
  // `…÷2（二）实行百分制`: a bracketed marker that continues its run exactly, glued to what precedes it
  // (not `二、`: `二、三级医院` is a figure).
  if (candidate.scheme === 'chinese-paren') return true;
  if (candidate.scheme !== 'arabic' && candidate.scheme !== 'arabic-paren') return false;
  // Glued to a figure or an address: only a point separator, and the previous item on this line.
  return candidate.separator !== undefined && candidate.separator !== '、' && isAsciiAlnum(prev) && previousOnLine?.marker?.scheme === candidate.scheme;
}

/** The text of lines [first, last], line breaks between them included. */
function touchedText(text: string, lines: LineIndex, first: number, last: number): string {
  return text.slice(lines.lineStarts[first], lines.lineContentEnd(last));
}

/**
 * The heading pass of an edited text carried from the previous parse, where the edit provably changed
 * nothing it reads outside the touched lines; undefined (run the pass) otherwise. It holds when the
 * frame's zones, elements and attachment parts and the page-number residue are the previous ones moved
 * by the edit, and each touched line makes the same headings on both sides whatever the run: a line
 * without a marker none (no `#`, no title line, no run-in candidate of any style), a line keeping its
 * marker exactly the marker's heading (no run-in candidate after it), only its title read again. Then the
 * pass's state after the touched lines is the one before the edit, and every heading and section after
 * them is the previous one moved. Where the number of paragraphs changes no touched line may hold a
 * marker (and a title line wrapping onto the next reads the paragraph before: one at least, or none, on
 * both sides). The sections ending at the touched lines' last paragraph end at its new end; the
 * enumerations of the sections the touched paragraphs are in are scanned again.
 */
function carriedHeadings(
  text: string, infos: readonly LineInfo[], frame: DocumentFrame, residue: readonly PageNumberResidue[],
  residueByLine: ReadonlyMap<number, PageNumberCandidate>, pageLines: ReadonlySet<number>, occurrences: OccurrenceIndex, edit: Edit,
): HeadingPass | undefined {
  const { previous, state, change, delta, lineDelta, firstLine, previousLastLine, firstInfo, endInfo, previousEndInfo } = edit;
  const before = state.infos;
  const paired = endInfo === previousEndInfo;
  if (!paired && (endInfo === firstInfo || previousEndInfo === firstInfo)) return undefined;
  const moved = (offset: number) => (offset < change.start ? offset : offset >= change.previousEnd ? offset + delta : -1);
  // A page number on a touched line stays where it was (the lines keep their numbers, it stands before the change).
  const movedLine = (line: number) => (line < firstLine ? line : line > previousLastLine ? line + lineDelta : paired && lineDelta === 0 ? line : -1);
  if (!sameFrameForHeadings(previous.frame, frame, moved) || !sameResidue(previous.pageNumberResidue, residue, moved, movedLine)) return undefined;

  // Whether a run-in candidate could start a heading in any state of the pass: `runsIn` told that every
  // run continues (the markers starting lines, which decide the rest, are the same on both sides).
  const anyState: RunInContext = { text, lineStartSchemes: state.lineStartSchemes, noNumberedHeading: () => true, continuesRun: () => true };
  const styles = inlineStyles(state.lineStartSchemes);
  // Deciding a run-in candidate reads, besides the pass's state, what stands before and after it on its
  // line and the heading before it there (`runsIn`, `restartsDocument`).
  const decision = (t: string, c: Marker, end: number, lastHeadingEnd: number, lineStart: number) => {
    const close = lastHeadingEnd >= 0 && c.start - lastHeadingEnd <= RUN_IN_DISTANCE;
    return [
      t.charCodeAt(c.start - 1), restartsDocument(t, c, end), close,
      close && hasPunctuation(t, lastHeadingEnd, c.start, TITLE_PUNCTUATION_CODES), close && hasPunctuation(t, lastHeadingEnd, c.start, SENTENCE_END_CODES),
      GENRE_BEFORE.test(t.slice(Math.max(lineStart, c.start - 4), c.start)), RESPONSIBILITY.test(t.slice(Math.max(lineStart, c.start - RESPONSIBILITY_REACH), c.start)),
      runInShape(t, c, end, lineStart), runInShape(t, c, end, lineStart) >= 0 ? ownPreviousBefore(t, c, lineStart) : -1,
    ].join();
  };

  const touchedStart = previous.lines.lineStarts[firstLine];
  const touchedEnd = previous.lines.lineContentEnd(previousLastLine);
  const old = previous.headings;
  let split = 0;
  while (split < old.length && old[split].line < firstLine) {
    if (old[split].end >= touchedStart) return undefined;
    split++;
  }
  const headings: Heading[] = old.slice(0, split);
  // Where sections end inside the touched lines (a heading's start, a paragraph's end), before → after the edit.
  const ends = new Map<number, number>();
  let endsAgree = true;
  const endMoves = (from: number, to: number) => {
    if (ends.has(from) && ends.get(from) !== to) endsAgree = false;
    ends.set(from, to);
  };
  if (!paired) endMoves(before[previousEndInfo - 1].end, infos[endInfo - 1].end);
  let next = split;
  for (let k = firstInfo; k < endInfo; k++) {
    const info = infos[k];
    const { end } = info;
    const was = paired ? before[k] : undefined;
    if (was) endMoves(was.end, end);
    if (pageLines.has(info.line)) return undefined;
    // After a page number (the same on both sides) the line is read as text from its end.
    const pageNumber = residueByLine.get(info.line);
    const start = pageNumber ? pageNumber.end : info.start;
    const marker = pageNumber ? undefined : info.marker;
    let previousOnLine: Mutable<Heading> | undefined;
    let previousBefore: Heading | undefined;
    if (!marker) {
      if (info.markdownLevel || (pageNumber ? was?.marker?.scheme !== info.marker?.scheme : was?.marker) || isTitleLine(text, start, end) ||
        matchSequenceOnlyMarker(text, start, end)) return undefined;
    } else {
      // The line keeps its marker and the marker's heading; its title is read again.
      const heading = old[next];
      if (!was?.marker || was.markdownLevel !== info.markdownLevel || JSON.stringify(was.marker) !== JSON.stringify(marker) ||
        !heading || heading.line !== was.line || heading.inline || heading.marker?.start !== marker.start) return undefined;
      const titleStart = skipSpaces(text, marker.trailing ? marker.trailing.end : marker.end, end);
      const titleEnd = titleEndFrom(text, titleStart, end);
      previousOnLine = { ...heading, marker, title: text.slice(titleStart, titleEnd), titleStart, titleEnd, end: titleEnd, line: info.line };
      previousBefore = heading;
      headings.push(previousOnLine);
      endMoves(heading.start, previousOnLine.start);
      next++;
    }
    // The run-in candidates, as the pass reads them. One also found there before the edit, on a line that
    // keeps its start and line number, with all its decision reads the same, was decided before the edit in
    // the same state (the line's headings so far, the same, are the state's only change): it starts a
    // heading now if it did then. Any other must be unable to start one in any state.
    const scanFrom = marker ? marker.end : start;
    if (end - scanFrom <= 4) continue;
    const same = was !== undefined && lineDelta === 0 && was.start === info.start && was.end - scanFrom > 4;
    const earlier: InlineCandidate[] = [];
    if (same) {
      earlier.push(...inlineMarkerCandidates(previous.text, scanFrom, was.end, state.occurrences, styles));
      // The windows after the line's marker and after each heading run into it then.
      for (let h = marker ? next - 1 : next; h < old.length && old[h].line === was.line; h++) {
        const m = old[h].marker;
        if (m) earlier.push(...windowCandidates(previous.text, m.end, m.end + RUN_IN_DISTANCE, was.end));
      }
    }
    const candidates = new LineCandidates(text, scanFrom, end, occurrences, styles);
    if (marker) candidates.windowAfter(marker.end);
    let lastAccepted = -1;
    for (let c = candidates.next(); c; c = candidates.next()) {
      const { marker: candidate, sequenceOnly } = c;
      if (candidate.start < lastAccepted) continue;
      const lastHeadingEnd = previousOnLine?.marker ? previousOnLine.marker.end : -1;
      const found = same ? earlier.find((e) => e.sequenceOnly === sequenceOnly && moved(e.marker.start) === candidate.start &&
        JSON.stringify(shiftMarker(e.marker, candidate.start - e.marker.start)) === JSON.stringify(candidate)) : undefined;
      if (!found || decision(previous.text, found.marker, was!.end, previousBefore?.marker ? previousBefore.marker.end : -1, start) !==
        decision(text, candidate, end, lastHeadingEnd, start)) {
        if (runsIn(anyState, candidate, sequenceOnly, previousOnLine, lastHeadingEnd, start) ||
          (state.lineStartSchemes.size === 0 && !sequenceOnly && runInShape(text, candidate, end, start) >= 0)) return undefined;
        continue;
      }
      const heading = old[next];
      if (!heading || heading.line !== was!.line || !heading.inline || JSON.stringify(heading.marker) !== JSON.stringify(found.marker)) continue;
      if (previousOnLine && previousOnLine.titleEnd > candidate.start) endTitleAt(text, previousOnLine, candidate.start);
      const titleStart = skipSpaces(text, candidate.trailing ? candidate.trailing.end : candidate.end, end);
      const titleEnd = runInTitleEnd(text, titleStart, end);
      previousOnLine = { ...heading, marker: candidate, title: text.slice(titleStart, titleEnd), titleStart, titleEnd, start: candidate.start, end: titleEnd, line: info.line };
      previousBefore = heading;
      headings.push(previousOnLine);
      endMoves(heading.start, candidate.start);
      next++;
      lastAccepted = candidate.end;
      candidates.windowAfter(candidate.end);
    }
  }
  for (let i = next; i < old.length; i++) {
    const h = old[i];
    if (h.line <= previousLastLine || h.start <= touchedEnd) return undefined;
    headings.push(shiftHeading(h, delta, lineDelta));
  }
  if (!endsAgree) return undefined;

  // Section ends: before the touched lines as they were, after them moved, inside them as `ends` says.
  const movedEnd = (end: number) => (end < touchedStart ? end : end > touchedEnd ? end + delta : ends.get(end) ?? -1);
  const root: MutableSection = { heading: undefined, parent: undefined, children: [], start: 0, end: text.length };
  const pending: [Section, MutableSection][] = [[previous.root, root]];
  while (pending.length > 0) {
    const [from, to] = pending.pop()!;
    for (const child of from.children) {
      const heading = headings[child.heading!.index];
      const end = movedEnd(child.end);
      if (end < 0) return undefined;
      const copy: MutableSection = { heading, parent: to, children: [], start: heading.start, end };
      to.children.push(copy);
      pending.push([child, copy]);
    }
  }

  // The touched paragraphs keep their sections (the headings before them): those sections' paragraphs are scanned again.
  const keys = state.sectionKeys;
  const lowKey = paired && endInfo > firstInfo ? keys[firstInfo] : split;
  const highKey = paired && endInfo > firstInfo ? keys[endInfo - 1] : split;
  const paragraphDelta = endInfo - previousEndInfo;
  let from = firstInfo;
  while (from > 0 && keys[from - 1] === lowKey) from--;
  let previousTo = previousEndInfo;
  while (previousTo < keys.length && keys[previousTo] === highKey) previousTo++;
  const sectionKeys = keys.slice(0, firstInfo);
  for (let k = firstInfo; k < endInfo; k++) sectionKeys.push(paired ? keys[k] : split);
  for (let k = previousEndInfo; k < keys.length; k++) sectionKeys.push(keys[k]);
  const builder = enumerationBuilder(occurrences);
  for (let k = from; k < previousTo + paragraphDelta; k++) scanEnumerations(builder, text, infos[k], k, sectionKeys[k], residueByLine, pageLines);
  const enumerations: Enumeration[] = [];
  for (const e of previous.enumerations) if (keys[e.paragraph] < lowKey) enumerations.push(e);
  for (const e of builder.finish()) enumerations.push(e);
  for (const e of previous.enumerations) if (keys[e.paragraph] > highKey) enumerations.push(shiftEnumeration(e, delta, paragraphDelta));
  return { headings, root: root as Section, enumerations, sectionKeys, lineStartSchemes: state.lineStartSchemes };
}

/** One paragraph's enumeration scan, as the heading pass runs it: not on a page line, after a page number. */
function scanEnumerations(
  builder: EnumerationBuilder, text: string, info: LineInfo, paragraph: number, sectionKey: number,
  residueByLine: ReadonlyMap<number, PageNumberCandidate>, pageLines: ReadonlySet<number>,
): void {
  if (pageLines.has(info.line)) return;
  builder.scan(text, residueByLine.get(info.line)?.end ?? info.start, info.end, paragraph, sectionKey);
}

/** What the heading pass reads of the frame (zones, elements, attachment parts) is the previous frame's, moved. */
function sameFrameForHeadings(previous: DocumentFrame, frame: DocumentFrame, moved: (offset: number) => number): boolean {
  if (previous.zones.length !== frame.zones.length || previous.elements.length !== frame.elements.length || previous.attachments.length !== frame.attachments.length) return false;
  for (let i = 0; i < frame.zones.length; i++) {
    const a = previous.zones[i];
    const b = frame.zones[i];
    if (a.kind !== b.kind || a.attachment !== b.attachment || moved(a.start) !== b.start || moved(a.end) !== b.end) return false;
  }
  for (let i = 0; i < frame.elements.length; i++) {
    const a = previous.elements[i];
    const b = frame.elements[i];
    if (a.kind !== b.kind || moved(a.start) !== b.start || moved(a.end) !== b.end) return false;
  }
  for (let i = 0; i < frame.attachments.length; i++) {
    const a = previous.attachments[i];
    const b = frame.attachments[i];
    if (moved(a.start) !== b.start || moved(a.labelStart) !== b.labelStart || moved(a.labelEnd) !== b.labelEnd ||
      (a.title === undefined) !== (b.title === undefined) || (a.title && (moved(a.title.start) !== b.title!.start || moved(a.title.end) !== b.title!.end))) return false;
  }
  return true;
}

function sameResidue(previous: readonly PageNumberResidue[], residue: readonly PageNumberResidue[], moved: (offset: number) => number, movedLine: (line: number) => number): boolean {
  if (previous.length !== residue.length) return false;
  for (let i = 0; i < residue.length; i++) {
    const a = previous[i];
    const b = residue[i];
    if (a.value !== b.value || a.form !== b.form || a.splitsText !== b.splitsText || a.alone !== b.alone || a.afterTitleLine !== b.afterTitleLine ||
      moved(a.start) !== b.start || moved(a.end) !== b.end || movedLine(a.line) !== b.line) return false;
  }
  return true;
}

/** The heading moved by `by` code units and `lines` lines, field by field (see `shiftMarker`), the keys the parse wrote. */
function shiftHeading(h: Heading, by: number, lines: number): Heading {
  const moved: Mutable<Heading> = {
    index: h.index, marker: h.marker && shiftMarker(h.marker, by), title: h.title, titleStart: h.titleStart + by, titleEnd: h.titleEnd + by,
    start: h.start + by, end: h.end + by, line: h.line + lines, inline: h.inline, depth: h.depth,
  };
  if ('markdownLevel' in h) moved.markdownLevel = h.markdownLevel;
  if ('attachment' in h) moved.attachment = h.attachment;
  return moved;
}

function shiftEnumeration(e: Enumeration, by: number, paragraphs: number): Enumeration {
  return { style: e.style, paragraph: e.paragraph + paragraphs, items: e.items.map((item) => ({ value: item.value, text: item.text, start: item.start + by, end: item.end + by })) };
}

/** What can start or end a verbatim span: a fence, a tag or comment, a link's `](` or a definition's `]:`, an address. */
const VERBATIM_MARK = /[`~<>]|\]\(|\]:|http|www\./;

/**
 * The verbatim spans of an edited text carried from the previous parse, where neither version of the
 * touched lines holds anything a span starts or ends with (and neither text has front matter): every
 * span but a fence or comment is found within its line, so those before the touched lines stay, those
 * after move, and a fence or comment around the touched lines grows by the edit. Undefined otherwise.
 */
function carriedVerbatim(text: string, lines: LineIndex, edit: Edit): VerbatimSpan[] | undefined {
  const { previous, delta, lineDelta, firstLine, lastLine, previousLastLine } = edit;
  const touchedStart = previous.lines.lineStarts[firstLine];
  const touchedEnd = previous.lines.lineContentEnd(previousLastLine);
  if (VERBATIM_MARK.test(previous.text.slice(touchedStart, touchedEnd)) || VERBATIM_MARK.test(touchedText(text, lines, firstLine, lastLine))) return undefined;
  if (frontMatterEnd(previous.text, previous.lines) !== undefined || frontMatterEnd(text, lines) !== undefined) return undefined;
  const spans: VerbatimSpan[] = [];
  for (const s of previous.verbatim) {
    if (s.end < touchedStart) spans.push(s);
    else if (s.start > touchedEnd) spans.push({ start: s.start + delta, end: s.end + delta, line: s.line + lineDelta });
    else if (s.start < touchedStart && s.end > touchedEnd) spans.push({ start: s.start, end: s.end + delta, line: s.line });
    else return undefined;
  }
  return spans;
}

const DIRECTIVE_WORD = 'gongwen-disable';

/** A document's title ends with its genre word: the first heading glued after it starts the body. */
const GENRE_BEFORE = /(?:办法|方案|意见|通知|规定|条例|细则|措施|计划|要点|报告|讲话|规划|决定|指标|标准|规则|清单|名单)$/;

/** How far before a run-in candidate `runsIn` looks for a `责任单位：…` clause. */
const RESPONSIBILITY_REACH = 80;

/** `责任单位：…`, `牵头单位：…` closing a task item: the next item's number follows without punctuation. */
const RESPONSIBILITY = /(?:责任单位|牵头单位|配合单位|责任部门|牵头部门|配合部门|责任主体|完成时限)[：:][^。；！？]*$/;

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * Whether an offset lies in content: a body or attachment zone, outside the frame's elements (an
 * attachment's label and title, a 落款 in it). Queries must come in ascending order.
 */
function isContentZone(kind: ZoneKind): boolean {
  return kind === 'body' || kind === 'attachment';
}

function contentCursor(frame: DocumentFrame): (offset: number) => boolean {
  const zones = frame.zones;
  const elements = frame.elements;
  let z = 0;
  let e = 0;
  let furthest = -1;
  return (offset: number) => {
    while (z + 1 < zones.length && zones[z].end <= offset) z++;
    if (!isContentZone(zones[z].kind)) return false;
    // Elements are sorted by start; one may hold several queries.
    while (e < elements.length && elements[e].start <= offset) {
      furthest = Math.max(furthest, elements[e].end);
      e++;
    }
    return offset >= furthest;
  };
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

/**
 * A run-in heading's title: to its first sentence end, or to a space after it where a page ran the
 * heading and its paragraph together (`一、总体要求 全面贯彻…`).
 */
function runInTitleEnd(text: string, start: number, end: number): number {
  const sentence = titleEndFrom(text, start, end);
  for (let p = start + 2; p < sentence; p++) if (isWhitespaceCode(text.charCodeAt(p))) return trimEnd(text, start, p);
  return sentence;
}

function hasPunctuation(text: string, from: number, to: number, codes = CLAUSE_PUNCTUATION_CODES): boolean {
  for (let i = from; i < to; i++) if (codes[text.charCodeAt(i)] === 1) return true;
  return false;
}

/** What a short heading title never holds (a title may hold 、: `公共数据的采集、核准与提供`). */
const TITLE_PUNCTUATION_CODES = charCodeTable(['。', '！', '？', '；', '，', '：', ',', ';', ':', '!', '?']);

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
  return end;
}
