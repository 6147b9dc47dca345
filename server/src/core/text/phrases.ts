/**
 * Many fixed phrases found in one pass over a text. Word lists start with common characters (most Han
 * characters begin some entry), so the pass reads character codes in a plain loop and filters twice by
 * table before any string is compared: is this character the start of a phrase, and could the pair it
 * forms with the next one start a phrase (a 64 K-entry filter keyed by a hash of the pair). Only then are
 * the phrases listed under the exact pair compared. Shared by the word lists, place names, fixed
 * formulations and the unit's own lexicon.
 */

export interface PhraseHit<T> {
  readonly start: number;
  readonly end: number;
  readonly value: T;
}

/** Up to this many phrases, a scan searches for each on its own instead of reading every character. */
const FEW_PHRASES = 16;

function pairHash(first: number, second: number): number {
  // Math.imul: the same low bits as `first * 0x9e3b` without a product above 2^31 (a double) on every character.
  return (Math.imul(first, 0x9e3b) ^ second) & 0xffff;
}

/**
 * The key of a pair of code units in `byPair`: a 32-bit integer (negative from U+8000), which V8 keeps as a
 * small integer; `first * 65536 + second` is a heap number above U+7FFF and made each lookup ~1.6× slower.
 */
function pairKey(first: number, second: number): number {
  return (first << 16) | second;
}

/** A phrase under its first two code units, with its third (-1 for a two-character phrase) to compare before the rest. */
interface Listed<T> {
  readonly text: string;
  readonly value: T;
  readonly length: number;
  readonly third: number;
}

export class PhraseIndex<T> {
  /** `pairKey(first, second)` → phrases starting with those two code units, longest first. */
  private readonly byPair = new Map<number, Listed<T>[]>();
  /** 1 where a code unit starts a phrase. */
  private readonly firsts = new Uint8Array(65536);
  /** 1 where some phrase's first two code units hash (pairHash). */
  private readonly pairs = new Uint8Array(65536);
  readonly size: number;
  /** A few phrases (the retired formulations, a unit's terms): each is searched for on its own. */
  private readonly few: readonly { readonly text: string; readonly value: T }[] | undefined;

  /** Phrases shorter than two code units are ignored: one character is never a word list entry. */
  constructor(phrases: Iterable<{ readonly text: string; readonly value: T }>) {
    let size = 0;
    const all: { text: string; value: T }[] = [];
    for (const p of phrases) {
      if (p.text.length < 2) continue;
      all.push({ text: p.text, value: p.value });
      const a = p.text.charCodeAt(0);
      const b = p.text.charCodeAt(1);
      const key = pairKey(a, b);
      let list = this.byPair.get(key);
      if (!list) this.byPair.set(key, (list = []));
      list.push({ text: p.text, value: p.value, length: p.text.length, third: p.text.length > 2 ? p.text.charCodeAt(2) : -1 });
      this.firsts[a] = 1;
      this.pairs[pairHash(a, b)] = 1;
      size++;
    }
    for (const list of this.byPair.values()) list.sort((x, y) => y.length - x.length);
    this.size = size;
    this.few = size <= FEW_PHRASES ? all : undefined;
  }

  /** Every occurrence of every phrase in `text[from, to)`, overlapping ones included, by start then longest first. */
  scan(text: string, from = 0, to = text.length): PhraseHit<T>[] {
    const out: PhraseHit<T>[] = [];
    this.visit(text, (start, end, value) => out.push({ start, end, value }), from, to);
    return out;
  }

  /** `scan` without building its array: `found` is called for each occurrence, in the same order. */
  visit(text: string, found: (start: number, end: number, value: T) => void, from = 0, to = text.length): void {
    if (this.few) {
      for (const hit of this.searched(this.few, text, from, to)) found(hit.start, hit.end, hit.value);
      return;
    }
    const firsts = this.firsts;
    const pairs = this.pairs;
    let next = from < to ? text.charCodeAt(from) : 0;
    for (let i = from; i < to - 1; i++) {
      const c = next;
      next = text.charCodeAt(i + 1);
      if (firsts[c] === 0 || pairs[pairHash(c, next)] === 0) continue;
      const list = this.byPair.get(pairKey(c, next));
      if (!list) continue;
      // The pair is equal already; the third code unit rules out most of the rest before a string is compared
      // (on the 1 MB draft 54,000 phrases listed under a pair met, 17,500 with their third, 14,500 found).
      for (const p of list) {
        const end = i + p.length;
        if (end > to || (p.length > 2 && (text.charCodeAt(i + 2) !== p.third || (p.length > 3 && !text.startsWith(p.text, i))))) continue;
        found(i, end, p.value);
      }
    }
  }

  /**
   * The same hits by `indexOf` per phrase (V8 skips through the text for a pattern of several characters),
   * put in the loop's order: by start, longest first, phrases of one length in the order given.
   */
  private searched(phrases: readonly { readonly text: string; readonly value: T }[], text: string, from: number, to: number): (PhraseHit<T> & { order: number })[] {
    const hits: (PhraseHit<T> & { order: number })[] = [];
    phrases.forEach((p, order) => {
      for (let i = text.indexOf(p.text, from); i >= 0 && i + p.text.length <= to; i = text.indexOf(p.text, i + 1)) {
        hits.push({ start: i, end: i + p.text.length, value: p.value, order });
      }
    });
    return hits.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
  }
}
