import { isHanCode } from './chars';

/**
 * Word boundaries in Chinese text, from ICU's dictionary-based word segmentation (`Intl.Segmenter`, built
 * into Node and Electron; nothing is loaded or downloaded). Rules ask only about a few characters at a
 * time: whether a measure word stands as a word of its own (`新增/家/企业`) or is part of one (`国家`,
 * `项目`, `首次`). Without ICU's Chinese data every character is a word, and the rules read on.
 */
let segmenter: Intl.Segmenter | null | undefined;

function wordSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    try {
      segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
    } catch {
      segmenter = null;
    }
  }
  return segmenter;
}

/** How many Han characters on each side the segmenter reads: enough for the words around a measure word. */
const CONTEXT = 4;

/** Is [start, end) a word of its own in the Han text around it (a word boundary at both ends)? */
export function standsAlone(text: string, start: number, end: number): boolean {
  const seg = wordSegmenter();
  if (!seg) return true;
  let from = start;
  while (from > 0 && start - from < CONTEXT && isHanCode(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < CONTEXT && isHanCode(text.charCodeAt(to))) to++;
  let startsWord = start === from;
  let endsWord = end === to;
  for (const s of seg.segment(text.slice(from, to))) {
    const at = from + s.index;
    if (at === start) startsWord = true;
    else if (at === end) endsWord = true;
    else if (at > end) break;
  }
  return startsWord && endsWord;
}

/** How many Han characters before a position `wordEndingAt` reads. */
const WORD_BEFORE = 6;

/**
 * The word of the Han text ending at `end` (`城镇调查失业率` → `失业率`): what a message quotes for the writer to
 * find the place. Two characters without ICU's Chinese data, none when no Han character ends there.
 */
export function wordEndingAt(text: string, end: number): string {
  let from = end;
  while (from > 0 && end - from < WORD_BEFORE && isHanCode(text.charCodeAt(from - 1))) from--;
  const seg = wordSegmenter();
  if (!seg) return text.slice(Math.max(from, end - 2), end);
  // A one-character word is read with the word before it: ICU splits suffixes off (`失业/率`).
  let last = from;
  let previous = from;
  for (const s of seg.segment(text.slice(from, end))) {
    previous = last;
    last = from + s.index;
  }
  return text.slice(end - last < 2 ? previous : last, end);
}
