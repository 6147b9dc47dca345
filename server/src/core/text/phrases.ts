/**
 * Many fixed phrases found in one pass over a text: the regex engine's native loop finds the characters
 * a phrase can start with, and a table keyed by the first two characters lists the phrases to compare
 * there. Shared by the word lists, place names, fixed formulations and the unit's own lexicon.
 */

export interface PhraseHit<T> {
  readonly start: number;
  readonly end: number;
  readonly value: T;
}

export class PhraseIndex<T> {
  /** `first * 65536 + second` → phrases starting with those two code units, longest first. */
  private readonly byPair = new Map<number, { text: string; value: T }[]>();
  private readonly firsts: RegExp;
  readonly size: number;

  /** Phrases shorter than two code units are ignored: one character is never a word list entry. */
  constructor(phrases: Iterable<{ readonly text: string; readonly value: T }>) {
    const firstCodes = new Set<number>();
    let size = 0;
    for (const p of phrases) {
      if (p.text.length < 2) continue;
      const key = p.text.charCodeAt(0) * 65536 + p.text.charCodeAt(1);
      let list = this.byPair.get(key);
      if (!list) this.byPair.set(key, (list = []));
      list.push({ text: p.text, value: p.value });
      firstCodes.add(p.text.charCodeAt(0));
      size++;
    }
    for (const list of this.byPair.values()) list.sort((a, b) => b.text.length - a.text.length);
    this.size = size;
    let members = '';
    for (const c of [...firstCodes].sort((a, b) => a - b)) members += `\\u${c.toString(16).padStart(4, '0')}`;
    this.firsts = new RegExp(members ? `[${members}]` : '[^\\s\\S]', 'g');
  }

  /** Every occurrence of every phrase in `text[from, to)`, overlapping ones included, by start then longest first. */
  scan(text: string, from = 0, to = text.length): PhraseHit<T>[] {
    const out: PhraseHit<T>[] = [];
    const firsts = this.firsts;
    firsts.lastIndex = from;
    while (firsts.test(text)) {
      const i = firsts.lastIndex - 1;
      if (i >= to) break;
      const list = this.byPair.get(text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1));
      if (!list) continue;
      for (const p of list) {
        if (i + p.text.length <= to && text.startsWith(p.text, i)) out.push({ start: i, end: i + p.text.length, value: p.value });
      }
    }
    return out;
  }
}
