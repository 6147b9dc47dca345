import type { LineIndex } from './lineIndex';
import { charCodeTable } from './chars';

/**
 * Text copied out of a PDF (or a page of fixed width) breaks its paragraphs into lines of the page's width,
 * wherever a line is full: `古人云：“一年之` / `计在于春”，转眼间…`. A line continues the one before when that one
 * is a full line of running text broken mid-sentence: as long as a page's line (a heading or title is shorter, a
 * paragraph of its own longer), ending in neither a sentence's end nor a closing mark, opening with no heading's
 * marker, and the line after it no wider, neither indented nor opening with a heading's marker. Read from the two lines alone, so a paragraph re-checked after an edit reads the same.
 */

/**
 * A line broken by the page's width is at least this long (headings, titles and signatures are shorter), and
 * at most this long (a paragraph of its own that lost its last mark is longer than a page's line).
 */
const MIN_WRAPPED_LINE = 20;
const MAX_WRAPPED_LINE = 100;
/** What ends a sentence or a clause a line may end with, and the closing marks. */
const ENDS = charCodeTable(['。', '！', '？', '；', '：', '…', '!', '?', ';', ':', '”', '’', '》', '）', ')', '】', '〕', '」', '』']);
/** A heading's marker at the start of a line: `一、`, `（一）`, `1.`, `第一章`, `第二条`. */
const HEADING_START = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|第[一二三四五六七八九十百\d]+[章节条])/;

/** An article's number (`第一条`, `第12条`): the article's text follows it on the same line. */
const ARTICLE_START = /^第[一二三四五六七八九十百\d]+条/;
/** A sentence's end within [from, end): a run-in heading's body follows it on the line. */
function hasSentenceEnd(text: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) if (text.charCodeAt(i) === 0x3002) return true;
  return false;
}

/** How much wider than a full line the next one may be (its spaces and half-width marks set differently). */
const WIDER = 6;

/** The width of [from, end) in half-width columns, counted up to `cap` + 1 at most. */
function columns(text: string, from: number, end: number, cap: number): number {
  let w = 0;
  for (let i = from; i < end && w <= cap; i++) w += text.charCodeAt(i) < 0x1100 ? 1 : 2;
  return w;
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0;
}

/** Does line `line` of `text` continue line `line - 1`, broken by the page's width? */
export function continuesWrappedLine(text: string, lines: LineIndex, line: number): boolean {
  if (line <= 0 || line >= lines.lineCount) return false;
  const start = lines.lineStarts[line];
  const first = text.charCodeAt(start);
  if (Number.isNaN(first) || isBlank(first) || first === 0x0a || first === 0x0d) return false;
  let from = lines.lineStarts[line - 1];
  let end = lines.lineContentEnd(line - 1);
  while (end > from && isBlank(text.charCodeAt(end - 1))) end--;
  while (from < end && isBlank(text.charCodeAt(from))) from++;
  // Widths in half-width columns (a Han character is two): a page's lines are of one width, whatever they hold.
  const width = columns(text, from, end, 2 * MAX_WRAPPED_LINE);
  if (width < 2 * MIN_WRAPPED_LINE || width > 2 * MAX_WRAPPED_LINE) return false;
  // The line after a full line is full too, or the paragraph's last and shorter: never wider.
  if (columns(text, start, lines.lineContentEnd(line), width + WIDER) > width + WIDER) return false;
  const last = text.charCodeAt(end - 1);
  if (ENDS[last] === 1 || last <= 0x20) return false;
  // A numbered heading is a paragraph of its own, and so is what follows it. Sliced to a marker's length: the
  // test never reads the rest of a long line. A line opening with a marker is running text all the same when the
  // marker is an article's (`第一条 为规范…`: an article's text follows its number) or the line's heading ends
  // within it (`（一）全面落实公平竞争政策。持续破除…`): the body after it runs on like any paragraph.
  if (HEADING_START.test(text.slice(start, start + 8))) return false;
  return !HEADING_START.test(text.slice(from, from + 8)) || ARTICLE_START.test(text.slice(from, from + 8)) || hasSentenceEnd(text, from, end);
}
