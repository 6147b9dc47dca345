import { SENTENCE_END } from '../text/chars';
import type { OccurrenceIndex } from '../text/occurrences';
import { firstIndexWhere } from '../text/lineIndex';

/**
 * Page numbers that a PDF/Word conversion left at line starts (`1、` … `13、`, one per page).
 * They look like arabic headings, but they run 1, 2, 3 … over page-length lines and usually split
 * a word or a figure across the break (`…到202` / `2、5年`). A run of at least three such lines,
 * most of whose breaks fall mid-sentence, is residue, not headings.
 */
export interface PageNumberCandidate {
  readonly line: number;
  readonly value: number;
  /** Marker start and end (offsets). */
  readonly start: number;
  readonly end: number;
  /** Last character of the previous non-empty line, if any. */
  readonly before: string | undefined;
  /** First character after the marker. */
  readonly after: string | undefined;
  readonly lineLength: number;
  /** The previous non-empty line reads as a title (short, no sentence punctuation): see `PageNumberResidue.afterTitleLine`. */
  readonly afterTitleLine: boolean;
}

const MIN_RUN = 3;
const PAGE_LENGTH = 200;

/** The line before ends a sentence or a clause a colon opens (`…通知如下：`): a page break there may be a paragraph's. */
export function endsSentenceOrColon(before: string | undefined): boolean {
  return before !== undefined && (SENTENCE_END.has(before) || before === '：' || before === ':');
}

export function isMidSentenceBreak(c: PageNumberCandidate): boolean {
  const after = c.after ?? '';
  return (c.before !== undefined && !endsSentenceOrColon(c.before)) || /^[，。、；,;）)”]/.test(after);
}

/** The candidates (in document order) that are page-number residue. */
export function selectPageNumberResidue(candidates: readonly PageNumberCandidate[]): Set<PageNumberCandidate> {
  const residue = new Set<PageNumberCandidate>();
  let run: PageNumberCandidate[] = [];
  const flush = () => {
    if (run.length >= MIN_RUN) {
      const splits = run.slice(1).filter(isMidSentenceBreak).length;
      // A page runs from its number to the next one (its first line may have been split by the writer).
      const pageLength = run.filter((c, i) => (i + 1 < run.length ? run[i + 1].start - c.start : c.lineLength) >= PAGE_LENGTH).length;
      if (splits * 2 >= run.length - 1 && pageLength * 2 >= run.length) run.forEach((c) => residue.add(c));
    }
    run = [];
  };
  for (const c of candidates) {
    const last = run[run.length - 1];
    if (last && c.value === last.value + 1 && c.line > last.line) run.push(c);
    else {
      flush();
      run = [c];
    }
  }
  flush();
  return residue;
}

/** A page number in one of the other forms conversions leave: `—3—`, `- 3 -`, `第3页`, `3/12`. */
export interface PageMark {
  readonly value: number;
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly form: 'dash' | 'page' | 'fraction';
  readonly alone: boolean;
}

const DASH_LINE = /^[—－][ \u3000]{0,2}([0-9]{1,3})[ \u3000]{0,2}[—－]$|^-[ \u3000]+([0-9]{1,3})[ \u3000]+-$/;
const PAGE_LINE = /^第[ \u3000]{0,2}([0-9]{1,3})[ \u3000]{0,2}页(?:[ \u3000]*[,，/／]?[ \u3000]*共[ \u3000]{0,2}[0-9]{1,4}[ \u3000]{0,2}页)?$|^共[ \u3000]{0,2}[0-9]{1,4}[ \u3000]{0,2}页[ \u3000]*[,，/／]?[ \u3000]*第[ \u3000]{0,2}([0-9]{1,3})[ \u3000]{0,2}页$/;
const FRACTION_LINE = /^([0-9]{1,3})[ \u3000]{0,2}[/／][ \u3000]{0,2}([0-9]{1,3})$/;
/** Inside running text, at a `—`/`－` or a ` - ` (never touching other digits: `2021—2023` is a range). */
const DASH_INLINE = /[—－][ \u3000]{0,2}([0-9]{1,3})[ \u3000]{0,2}[—－]|-[ \u3000]+([0-9]{1,3})[ \u3000]+-/y;
const PAGE_INLINE = /第[ \u3000]{0,2}([0-9]{1,3})[ \u3000]{0,2}页(?:[ \u3000]*[,，/／]?[ \u3000]*共[ \u3000]{0,2}[0-9]{1,4}[ \u3000]{0,2}页)?/y;
/** `见第3页`, `在第3页`: a reference to a page, not one's number. */
const PAGE_REFERENCE_BEFORE = /[见在于至到和及、与自从按照参阅详]$/;

function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/**
 * Page numbers of the forms `—3—` `－3－` `- 3 -` `第3页` (also `第3页 共12页`) and `3/12`: a line holding
 * only one is a page line; inside running text the dash forms count wherever they stand (a lone number
 * between dashes is nothing else), `第N页` only in a run of at least two consecutive pages or with its
 * `共M页` (`见第3页` is a reference), a fraction never (`占1/3`).
 */
export function findPageMarks(text: string, paragraphs: readonly { line: number; start: number; end: number }[], occurrences: OccurrenceIndex): PageMark[] {
  const marks: PageMark[] = [];
  const lineOf = (offset: number) => paragraphs[firstIndexWhere(paragraphs, (p) => p.end >= offset)]?.line ?? 0;
  const alone = new Set<number>();
  for (const p of paragraphs) {
    if (p.end - p.start > 16) continue;
    const c = text.charCodeAt(p.start);
    if (!(c === 0x2014 || c === 0xff0d || c === 0x2d || c === 0x7b2c || c === 0x5171 || isDigit(c))) continue; // — － - 第 共 digit
    const line = text.slice(p.start, p.end);
    let m: RegExpExecArray | null;
    if ((m = DASH_LINE.exec(line))) marks.push({ value: Number(m[1] ?? m[2]), start: p.start, end: p.end, line: p.line, form: 'dash', alone: true });
    else if ((m = PAGE_LINE.exec(line))) marks.push({ value: Number(m[1] ?? m[2]), start: p.start, end: p.end, line: p.line, form: 'page', alone: true });
    else if ((m = FRACTION_LINE.exec(line)) && Number(m[1]) >= 1 && Number(m[1]) <= Number(m[2]) && Number(m[2]) >= 2) {
      marks.push({ value: Number(m[1]), start: p.start, end: p.end, line: p.line, form: 'fraction', alone: true });
    } else continue;
    alone.add(p.start);
  }
  // Inside running text.
  for (const dash of ['—', '－', '-']) {
    const table = occurrences.of(dash);
    for (const at of table.all) {
      // Most dashes are —— or a range: the regex runs only where a figure follows within two spaces.
      if (!isDigit(text.charCodeAt(at + 1)) && !isDigit(text.charCodeAt(at + 2)) && !isDigit(text.charCodeAt(at + 3))) continue;
      if (isDigit(text.charCodeAt(at - 1)) || text.charCodeAt(at - 1) === 0x2014) continue;
      DASH_INLINE.lastIndex = at;
      const m = DASH_INLINE.exec(text);
      if (!m) continue;
      const end = at + m[0].length;
      if (isDigit(text.charCodeAt(end)) || text.charCodeAt(end) === 0x2014 || alone.has(at)) continue;
      // `——3——` is a dash pair around a figure, not a page number.
      if (text.charCodeAt(at + 1) === 0x2014) continue;
      marks.push({ value: Number(m[1] ?? m[2]), start: at, end, line: lineOf(at), form: 'dash', alone: false });
    }
  }
  const pages: PageMark[] = [];
  const pageTable = occurrences.of('第');
  for (const at of pageTable.all) {
    if (!isDigit(text.charCodeAt(at + 1)) && !isDigit(text.charCodeAt(at + 2))) continue;
    PAGE_INLINE.lastIndex = at;
    const m = PAGE_INLINE.exec(text);
    if (!m || alone.has(at) || PAGE_REFERENCE_BEFORE.test(text.slice(at - 2, at))) continue;
    pages.push({ value: Number(m[1]), start: at, end: at + m[0].length, line: lineOf(at), form: 'page', alone: false });
  }
  for (let i = 0; i < pages.length; i++) {
    const withTotal = /共/.test(text.slice(pages[i].start, pages[i].end));
    const inRun = (i > 0 && pages[i - 1].value === pages[i].value - 1) || (i + 1 < pages.length && pages[i + 1].value === pages[i].value + 1);
    if (withTotal || inRun) marks.push(pages[i]);
  }
  return marks.sort((a, b) => a.start - b.start);
}
