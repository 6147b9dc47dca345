import { PhraseIndex } from '../text/phrases';
import type { PhraseHit } from '../text/phrases';
import type { WordContext, WordEntry } from './entries';
import type { UnitTerms } from './terms';

/**
 * The word lists compiled into one phrase index: a scan finds every entry's word in one pass and keeps
 * the occurrences whose context fits. Findings of overlapping entries are resolved longest first.
 */

export interface WordHit {
  readonly start: number;
  readonly end: number;
  readonly entry: WordEntry;
}

/** Where a clause ends for `later` (既要……又要 stays within one clause, never past a line). */
const CLAUSE_END = /[。；！？;!?\r\n]/;
/** How far `later` looks. */
const LATER_SPAN = 40;

function endsWithAny(text: string, at: number, list: readonly string[]): boolean {
  for (const s of list) if (at >= s.length && text.startsWith(s, at - s.length)) return true;
  return false;
}

function startsWithAny(text: string, at: number, list: readonly string[]): boolean {
  for (const s of list) if (text.startsWith(s, at)) return true;
  return false;
}

function laterInClause(text: string, at: number, list: readonly string[]): boolean {
  const limit = Math.min(text.length, at + LATER_SPAN);
  let end = at;
  while (end < limit && !CLAUSE_END.test(text[end])) end++;
  const clause = text.slice(at, end);
  return list.some((s) => clause.includes(s));
}

/** Whether the occurrence `text[start, end)` stands in the context the entry asks for. */
export function contextFits(text: string, start: number, end: number, c: WordContext): boolean {
  if (c.before && !endsWithAny(text, start, c.before)) return false;
  if (c.after && !startsWithAny(text, end, c.after)) return false;
  if (c.notBefore && endsWithAny(text, start, c.notBefore)) return false;
  if (c.notAfter && startsWithAny(text, end, c.notAfter)) return false;
  if (c.later && !laterInClause(text, end, c.later)) return false;
  return true;
}

export class WordLexicon {
  /** Every entry's word, as the phrases of a scan (the word rules scan them together with places and formulations). */
  readonly phrases: readonly { text: string; value: WordEntry }[];
  private readonly index: PhraseIndex<WordEntry>;
  /** The unit's own terms alone, for the unit-term rule (it reads the whole draft on every edit). */
  private readonly unitIndex: PhraseIndex<WordEntry>;
  /** Whitelisted phrases: an occurrence inside one of them is never reported. */
  private readonly allowed: PhraseIndex<true> | undefined;

  /** The lexicon of the built-in lists this one was extended from (undefined: this is it). */
  private base: WordLexicon | undefined;

  /** Whether any entry is the unit's own (the unit-term rule, which reads the whole draft, has nothing to do otherwise). */
  readonly hasUnitTerms: boolean;

  constructor(readonly entries: readonly WordEntry[], readonly whitelist: readonly string[] = []) {
    this.hasUnitTerms = entries.some((e) => e.list === '本单位');
    this.phrases = entries.map((e) => ({ text: e.wrong, value: e }));
    this.index = new PhraseIndex(this.phrases);
    this.unitIndex = new PhraseIndex(this.phrases.filter((p) => p.value.list === '本单位'));
    this.allowed = whitelist.length ? new PhraseIndex(whitelist.map((w) => ({ text: w, value: true as const }))) : undefined;
  }

  /** The built-in lists plus a unit's own terms and whitelist (a new lexicon; this one is unchanged). */
  withUnitTerms(terms: UnitTerms): WordLexicon {
    const base = this.base ?? this;
    if (!terms.entries.length && !terms.whitelist.length) return base;
    const extended = new WordLexicon([...base.entries, ...terms.entries], terms.whitelist);
    extended.base = base;
    return extended;
  }

  /** Occurrences in `text` whose context fits, not overlapping, left to right; longer words win. */
  scan(text: string): WordHit[] {
    return this.select(text, this.index.scan(text), this.allowedSpans(text));
  }

  /** The unit's own terms in `text`, as `scan` reports them. */
  scanUnitTerms(text: string): WordHit[] {
    return this.hasUnitTerms ? this.select(text, this.unitIndex.scan(text), this.allowedSpans(text)) : [];
  }

  /** Where whitelisted phrases stand in the text. */
  allowedSpans(text: string): readonly PhraseHit<true>[] {
    return this.allowed?.scan(text) ?? [];
  }

  /**
   * The occurrences to report among `hits` (every occurrence of an entry's word, by start, longest first):
   * those whose context fits, outside the `allowed` spans (whitelisted phrases) and the unit's 例外语句.
   */
  select(text: string, hits: readonly PhraseHit<WordEntry>[], allowed: readonly { start: number; end: number }[]): WordHit[] {
    const out: WordHit[] = [];
    let lastEnd = -1;
    for (const h of hits) {
      if (h.start < lastEnd) continue;
      if (!contextFits(text, h.start, h.end, h.value)) continue;
      if (allowed.length && allowed.some((a) => a.start <= h.start && h.end <= a.end)) continue;
      // A correct example of the entry that contains this occurrence (例外语句) silences it.
      if (h.value.list === '本单位' && h.value.correct.some((s) => covers(text, h.start, h.end, s, h.value.wrong))) continue;
      out.push({ start: h.start, end: h.end, entry: h.value });
      lastEnd = h.end;
    }
    return out;
  }
}

/** True when an occurrence of `phrase` in the text contains `[start, end)` (where `word` lies inside `phrase`). */
function covers(text: string, start: number, end: number, phrase: string, word: string): boolean {
  for (let at = phrase.indexOf(word); at >= 0; at = phrase.indexOf(word, at + 1)) {
    if (text.startsWith(phrase, start - at) && start - at + phrase.length >= end) return true;
  }
  return false;
}
