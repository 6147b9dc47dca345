/**
 * Positions of any character of a set, found with the regex engine's native loop (a JavaScript loop over
 * every character of a 10 MB draft runs unoptimised for most of a one-shot CLI run). V8 scans a character
 * class fast only while it has about sixteen members or fewer: with the 23 characters that end agency names
 * the same loop ran 20× slower on the 1 MB benchmark draft. A larger set is therefore split into classes of
 * at most CLASS_SIZE characters, each scanned on its own, and their matches merged in text order.
 */

const CLASS_SIZE = 12;

export class CharFinder {
  private readonly patterns: RegExp[] = [];

  /** `table[c] === 1` for each character code of the set. */
  constructor(table: Uint8Array) {
    let members: string[] = [];
    const flush = () => {
      if (members.length) this.patterns.push(new RegExp(`[${members.join('')}]`, 'g'));
      members = [];
    };
    for (let c = 0; c < table.length; c++) {
      if (table[c] !== 1) continue;
      members.push(`\\u${c.toString(16).padStart(4, '0')}`);
      if (members.length === CLASS_SIZE) flush();
    }
    flush();
  }

  /** A pass over `text`: `next()` gives each position in order, then -1. One pass at a time per finder. */
  positions(text: string): { next(): number } {
    const patterns = this.patterns;
    const upcoming = patterns.map((p) => {
      p.lastIndex = 0;
      return p.test(text) ? p.lastIndex - 1 : -1;
    });
    return {
      next(): number {
        let k = -1;
        for (let j = 0; j < upcoming.length; j++) if (upcoming[j] >= 0 && (k < 0 || upcoming[j] < upcoming[k])) k = j;
        if (k < 0) return -1;
        const at = upcoming[k];
        upcoming[k] = patterns[k].test(text) ? patterns[k].lastIndex - 1 : -1;
        return at;
      },
    };
  }
}
