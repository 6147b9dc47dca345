/**
 * Strings one edit away (one character replaced, added or left out) from a set of known strings, found by
 * hashing instead of comparing with each known string: every known string is indexed under itself and
 * under each of its one-character deletions, so a lookup costs a few map reads per character of the
 * query, whatever the size of the set (symmetric deletion).
 */

export type Edit =
  /** `at` is the position in both strings. */
  | { readonly kind: 'replace'; readonly at: number }
  /** The query lacks the known string's character at `at` (`交通运厅` for `交通运输厅`). */
  | { readonly kind: 'omit'; readonly at: number }
  /** The query has an extra character at `at`. */
  | { readonly kind: 'add'; readonly at: number };

export interface OneEdit {
  readonly known: string;
  readonly edit: Edit;
}

export class OneEditIndex {
  private readonly exact = new Set<string>();
  /** One-character deletion of a known string → the known strings and the deleted position. */
  private readonly deletions = new Map<string, { known: string; at: number }[]>();

  constructor(known: Iterable<string>) {
    for (const k of known) {
      if (this.exact.has(k)) continue;
      this.exact.add(k);
      for (let i = 0; i < k.length; i++) {
        const key = k.slice(0, i) + k.slice(i + 1);
        const list = this.deletions.get(key);
        if (list) list.push({ known: k, at: i });
        else this.deletions.set(key, [{ known: k, at: i }]);
      }
    }
  }

  has(s: string): boolean {
    return this.exact.has(s);
  }

  /** Known strings exactly one edit from `s` (none when `s` itself is known). */
  near(s: string): OneEdit[] {
    if (this.exact.has(s)) return [];
    const out: OneEdit[] = [];
    const seen = new Set<string>();
    const push = (known: string, edit: Edit) => {
      if (!seen.has(known)) {
        seen.add(known);
        out.push({ known, edit });
      }
    };
    // Left out: s is a known string with one character deleted.
    for (const d of this.deletions.get(s) ?? []) push(d.known, { kind: 'omit', at: d.at });
    for (let i = 0; i < s.length; i++) {
      const key = s.slice(0, i) + s.slice(i + 1);
      // Added: s with one character deleted is known.
      if (this.exact.has(key)) push(key, { kind: 'add', at: i });
      // Replaced: the same position deleted from both.
      for (const d of this.deletions.get(key) ?? []) if (d.at === i) push(d.known, { kind: 'replace', at: i });
    }
    return out;
  }
}
