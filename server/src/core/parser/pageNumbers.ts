import { SENTENCE_END } from '../text/chars';

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
}

const MIN_RUN = 3;
const PAGE_LENGTH = 200;

export function isMidSentenceBreak(c: PageNumberCandidate): boolean {
  const after = c.after ?? '';
  return (c.before !== undefined && !SENTENCE_END.has(c.before) && c.before !== '：' && c.before !== ':') ||
    /^[，。、；,;）)”]/.test(after);
}

/** The candidates (in document order) that are page-number residue. */
export function selectPageNumberResidue(candidates: readonly PageNumberCandidate[]): Set<PageNumberCandidate> {
  const residue = new Set<PageNumberCandidate>();
  let run: PageNumberCandidate[] = [];
  const flush = () => {
    if (run.length >= MIN_RUN) {
      const splits = run.slice(1).filter(isMidSentenceBreak).length;
      const pageLength = run.filter((c) => c.lineLength >= PAGE_LENGTH).length;
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
