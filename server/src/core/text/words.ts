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
