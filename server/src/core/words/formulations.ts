import { PhraseIndex } from '../text/phrases';
import type { PhraseHit } from '../text/phrases';
import { toneOf } from '../text/pinyin';

/**
 * Fixed formulations (规范表述): long canonical phrases, ordered lists and retired phrases, as the data
 * file gives them (formulations.schema.json), and the matcher for near misses of the phrases: the same
 * pinyin with other characters, one character dropped, added or two swapped.
 */

export interface CanonicalPhrase {
  readonly text: string;
  readonly source: string;
  /** Date from which the phrase is in use (YYYY-MM-DD). */
  readonly effective: string;
  /** Forms near the phrase that are right too (`全面建成社会主义现代化国家`). */
  readonly alsoCorrect?: readonly string[];
}

export interface OrderedList {
  /** `四个意识`: how the list is named in text. */
  readonly name: string;
  readonly items: readonly string[];
  readonly source: string;
  readonly effective: string;
  /** How many items of the list in a row make a run worth checking (short generic items need more). */
  readonly minRun: number;
}

export interface RetiredPhrase {
  readonly text: string;
  readonly replacement: string;
  /** Date from which the phrase is wrong (YYYY-MM-DD). */
  readonly from: string;
  readonly source: string;
  readonly reason: string;
}

export interface FormulationData {
  readonly version: string;
  readonly date: string;
  readonly sources: Readonly<Record<string, string>>;
  readonly phrases: readonly CanonicalPhrase[];
  /**
   * Formulations of 4 or 5 characters (`高质量发展`, `两个维护`): matched like the long ones below EDIT_MIN_LENGTH
   * (a homophone, two characters swapped; at either end only the same tone), never for a character dropped or added.
   */
  readonly shortPhrases?: readonly CanonicalPhrase[];
  readonly lists: readonly OrderedList[];
  readonly retired: readonly RetiredPhrase[];
}

export type NearMissKind = 'homophone' | 'drop' | 'add' | 'swap' | 'reorder';

export interface NearMiss {
  readonly start: number;
  readonly end: number;
  readonly phrase: CanonicalPhrase;
  readonly kind: NearMissKind;
}

/**
 * Phrases shorter than this get only homophone and swap checks; a dropped or added character needs this
 * many. A character changed to one of another sound is never reported: `中国特色社会主义法律体系` is one
 * character from `…法治体系` and right.
 */
export const EDIT_MIN_LENGTH = 8;
/** Below this length a homophone at either end of the phrase must have the same tone too. */
const LOOSE_SOUND_LENGTH = 8;
const PUNCTUATION = /[、，。；：“”‘’《》（）\s]/;

/**
 * Same sound as a pinyin input method types it: the tone is ignored (思相 for 思想), except at either end of
 * a phrase shorter than LOOSE_SOUND_LENGTH, where only the same tone counts.
 */
function sameSound(a: string, b: string, strict: boolean): boolean {
  // pinyin-pro is loaded on the first candidate that needs it, so a draft without near misses never loads it.
  const x = toneOf(a);
  const y = toneOf(b);
  return strict ? x === y : x.replace(/[0-9]/g, '') === y.replace(/[0-9]/g, '');
}

/** How many characters of `text` from `start` differ from `phrase`, counting up to `limit`. */
function differences(text: string, start: number, phrase: string, limit: number): number {
  let d = 0;
  for (let i = 0; i < phrase.length && d < limit; i++) if (text.charCodeAt(start + i) !== phrase.charCodeAt(i)) d++;
  return d;
}

/** `b` is `a` with one internal character removed (neither the first nor the last). */
function oneDropped(a: string, b: string): boolean {
  if (b.length !== a.length - 1 || a[0] !== b[0] || a[a.length - 1] !== b[b.length - 1]) return false;
  let i = 0;
  while (i < b.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i) && !PUNCTUATION.test(a[i]);
}

/** How `written` (of the phrase's length) differs from the phrase, if it is a near miss. */
function sameLengthKind(phrase: string, written: string): NearMissKind | undefined {
  const diff: number[] = [];
  for (let i = 0; i < phrase.length && diff.length <= 2; i++) if (phrase[i] !== written[i]) diff.push(i);
  if (diff.length === 0 || diff.length > 2) return undefined;
  if (diff.some((i) => PUNCTUATION.test(phrase[i]) || PUNCTUATION.test(written[i]))) return undefined;
  if (diff.length === 2 && diff[1] === diff[0] + 1 && phrase[diff[0]] === written[diff[1]] && phrase[diff[1]] === written[diff[0]]) return 'swap';
  const n = phrase.length;
  if (diff.every((i) => sameSound(phrase[i], written[i], n < LOOSE_SOUND_LENGTH && (i === 0 || i === n - 1)))) return 'homophone';
  return undefined;
}

/**
 * A phrase that begins with parallel items of one length separated by 、 (`完整、准确、全面贯彻新发展理念`,
 * `不忘初心、牢记使命`): the phrase with those items in every other order (`完整、全面、准确贯彻…`), each
 * with the offsets at which the phrase's anchors stand in it. Two to four items of two to six characters.
 */
function reorderings(text: string, anchors: readonly string[]): { text: string; at: Map<string, number[]> }[] {
  const parts = text.split('、');
  if (parts.length < 2 || parts.length > 4) return [];
  const width = parts[0].length;
  if (width < 2 || width > 6 || parts.slice(0, -1).some((x) => x.length !== width) || parts[parts.length - 1].length < width) return [];
  const items = [...parts.slice(0, -1), parts[parts.length - 1].slice(0, width)];
  if (items.some((x) => /[^\u4e00-\u9fff]/.test(x)) || new Set(items).size !== items.length) return [];
  const tail = parts[parts.length - 1].slice(width);
  const out: { text: string; at: Map<string, number[]> }[] = [];
  const permute = (done: string[], left: string[]) => {
    if (left.length === 0) {
      const written = done.join('、') + tail;
      if (written === text) return;
      const at = new Map<string, number[]>();
      for (const a of anchors) {
        const offsets: number[] = [];
        for (let i = written.indexOf(a); i >= 0; i = written.indexOf(a, i + 1)) offsets.push(i);
        if (offsets.length > 0) at.set(a, offsets);
      }
      out.push({ text: written, at });
      return;
    }
    for (let i = 0; i < left.length; i++) permute([...done, left[i]], [...left.slice(0, i), ...left.slice(i + 1)]);
  };
  permute([], items);
  return out;
}

export interface Anchor {
  readonly phrase: CanonicalPhrase;
  readonly offset: number;
}

export interface ListItem {
  readonly list: OrderedList;
  readonly index: number;
}

/**
 * The windows compared with a phrase written from `s` with `n` characters, as offsets from `s` and `n`:
 * the phrase's own length first, then (from EDIT_MIN_LENGTH) one character dropped or added at either end.
 * A constant, so the thousands of anchors that are not the phrase written right allocate nothing.
 */
const WINDOWS: readonly { readonly start: number; readonly length: number }[] = [
  { start: 0, length: 0 }, { start: 0, length: -1 }, { start: 1, length: -1 }, { start: 0, length: 1 }, { start: -1, length: 1 },
];

export class FormulationMatcher {
  /** The phrases a scan looks for (the word rules scan them together with the word lists and places). */
  readonly anchors: readonly { text: string; value: Anchor }[];
  readonly items: readonly { text: string; value: ListItem }[];
  /** The retired phrases, scanned with the others (`retiredIn` when a text is scanned for them alone). */
  readonly retired: readonly { text: string; value: RetiredPhrase }[];
  /** Every canonical and also-correct form: a window that is one of them, or lies inside one written out, is right. */
  private readonly known: PhraseIndex<true>;
  private readonly knownTexts: ReadonlySet<string>;
  private readonly retiredIndex: PhraseIndex<RetiredPhrase>;
  /** The phrases whose parallel items may be written in another order (see `reorderings`). */
  private readonly reorders = new Map<CanonicalPhrase, { text: string; at: Map<string, number[]> }[]>();

  constructor(readonly data: FormulationData) {
    const anchors: { text: string; value: Anchor }[] = [];
    const phrases = [...data.phrases, ...(data.shortPhrases ?? [])];
    for (const phrase of phrases) {
      const n = phrase.text.length;
      // Three-character anchors at the start, middle and end: one edit leaves one intact. A short phrase
      // has two-character anchors every other character, so a swap inside it still leaves one.
      const width = n >= EDIT_MIN_LENGTH ? 3 : 2;
      const offsets = width === 3 ? [0, Math.floor((n - 3) / 2), n - 3] : [...Array.from({ length: Math.ceil((n - 1) / 2) }, (_, i) => 2 * i), n - 2];
      for (const offset of new Set(offsets)) anchors.push({ text: phrase.text.slice(offset, offset + width), value: { phrase, offset } });
    }
    this.anchors = anchors;
    for (const phrase of phrases) {
      const orders = reorderings(phrase.text, anchors.filter((a) => a.value.phrase === phrase).map((a) => a.text));
      if (orders.length > 0) this.reorders.set(phrase, orders);
    }
    const known = [...phrases.flatMap((p) => [p.text, ...(p.alsoCorrect ?? [])]), ...data.lists.flatMap((l) => l.items)];
    this.knownTexts = new Set(known);
    this.known = new PhraseIndex(known.map((text) => ({ text, value: true as const })));
    this.items = data.lists.flatMap((list) => list.items.map((text, index) => ({ text, value: { list, index } })));
    this.retired = data.retired.map((r) => ({ text: r.text, value: r }));
    this.retiredIndex = new PhraseIndex(this.retired);
  }

  /** Retired formulations written in `text`. */
  retiredIn(text: string): PhraseHit<RetiredPhrase>[] {
    return this.retiredIndex.scan(text);
  }

  /**
   * Near misses of the canonical phrases in `text`, left to right, not overlapping (the longer phrase
   * wins), from the occurrences of the anchors (every one, by start; found here when not given).
   */
  nearMisses(text: string, anchorHits: readonly PhraseHit<Anchor>[] = new PhraseIndex(this.anchors).scan(text)): NearMiss[] {
    let exact: { start: number; end: number }[] | undefined;
    const insideExact = (start: number, end: number) => (exact ??= this.known.scan(text)).some((e) => e.start <= start && end <= e.end);
    const found = new Map<string, NearMiss>();
    for (const hit of anchorHits) {
      const { phrase, offset } = hit.value;
      const p = phrase.text;
      const n = p.length;
      const s = hit.start - offset;
      // Most anchors stand in the phrase written right: nothing to compare.
      if (s >= 0 && text.startsWith(p, s)) continue;
      // The parallel items in another order: the anchor stands at its own offset in that order.
      const orders = this.reorders.get(phrase);
      if (orders) {
        const anchorText = p.slice(offset, offset + hit.end - hit.start);
        for (const order of orders) {
          for (const at of order.at.get(anchorText) ?? []) {
            const start = hit.start - at;
            if (start < 0 || !text.startsWith(order.text, start) || this.knownTexts.has(order.text) || insideExact(start, start + n)) continue;
            const key = `${start}:${start + n}`;
            const other = found.get(key);
            if (!other || other.phrase.text.length < n) found.set(key, { start, end: start + n, phrase, kind: 'reorder' });
          }
        }
      }
      const first = p.charCodeAt(0);
      const last = p.charCodeAt(n - 1);
      const windows = n >= EDIT_MIN_LENGTH ? WINDOWS.length : 1;
      for (let w = 0; w < windows; w++) {
        const start = s + WINDOWS[w].start;
        const length = n + WINDOWS[w].length;
        const end = start + length;
        if (start < 0 || end > text.length) continue;
        // A dropped or added character keeps both ends; a same-length variant differs in at most two
        // places (both checked on character codes before any string is cut out).
        if (length !== n && (text.charCodeAt(start) !== first || text.charCodeAt(end - 1) !== last)) continue;
        if (length === n && differences(text, start, p, 3) > 2) continue;
        const written = text.slice(start, end);
        if (/[\r\n]/.test(written)) continue;
        let kind: NearMissKind | undefined;
        if (length === n) kind = sameLengthKind(p, written);
        else if (length === n - 1) kind = oneDropped(p, written) ? 'drop' : undefined;
        else if (oneDropped(written, p)) kind = 'add';
        if (!kind || this.knownTexts.has(written) || insideExact(start, end)) continue;
        const key = `${start}:${end}`;
        const other = found.get(key);
        if (!other || other.phrase.text.length < n) found.set(key, { start, end, phrase, kind });
      }
    }
    const out: NearMiss[] = [];
    for (const m of [...found.values()].sort((a, b) => a.start - b.start || b.phrase.text.length - a.phrase.text.length)) {
      const last = out[out.length - 1];
      if (last && m.start < last.end) {
        if (m.phrase.text.length > last.phrase.text.length) out[out.length - 1] = m;
        continue;
      }
      out.push(m);
    }
    return out;
  }
}

/** The data file checked: dates, known sources, items, long phrases only. */
export function validateFormulationData(raw: FormulationData): string[] {
  const problems: string[] = [];
  const date = /^\d{4}-\d{2}-\d{2}$/;
  if (!/^\d+\.\d+\.\d+$/.test(raw.version)) problems.push('version 应为 x.y.z');
  for (const p of raw.phrases) {
    if (p.text.length < 6) problems.push(`“${p.text}”太短：只收 6 字以上的固定提法`);
    if (!raw.sources[p.source]) problems.push(`“${p.text}”的出处“${p.source}”未在 sources 中列出`);
    if (!date.test(p.effective)) problems.push(`“${p.text}”的启用日期应为 YYYY-MM-DD`);
  }
  for (const p of raw.shortPhrases ?? []) {
    if (p.text.length < 4 || p.text.length > 5) problems.push(`短提法“${p.text}”应为 4～5 字`);
    if (!raw.sources[p.source]) problems.push(`“${p.text}”的出处“${p.source}”未在 sources 中列出`);
    if (!date.test(p.effective)) problems.push(`“${p.text}”的启用日期应为 YYYY-MM-DD`);
  }
  for (const l of raw.lists) {
    if (l.items.length < 2 || l.minRun < 2 || l.minRun > l.items.length) problems.push(`列举“${l.name}”的条目或 minRun 有误`);
    if (!raw.sources[l.source]) problems.push(`列举“${l.name}”的出处“${l.source}”未在 sources 中列出`);
  }
  for (const r of raw.retired) {
    if (!date.test(r.from)) problems.push(`停用提法“${r.text}”的停用日期应为 YYYY-MM-DD`);
    if (!raw.sources[r.source]) problems.push(`停用提法“${r.text}”的出处“${r.source}”未在 sources 中列出`);
  }
  return problems;
}
