/**
 * Pinyin, the one lazy loader of pinyin-pro: its tables take longer to load than the rest of the start-up.
 * Completion needs initials; the unknown-name check asks whether two characters sound alike only for a
 * name one character away from a known one, and the formulation matcher only for a near miss (checks most
 * drafts never reach).
 */

let pinyin: typeof import('pinyin-pro').pinyin | undefined;

function load(): typeof import('pinyin-pro').pinyin {
  // A lazy require, not an import: the CLI never loads the tables.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (pinyin ??= (require('pinyin-pro') as typeof import('pinyin-pro')).pinyin);
}

/** Pinyin initials of a name, lower case (`发展和改革委员会` → `fzhggwyh`), cached. */
export function initialsOf(text: string, cache: Map<string, string>): string {
  let v = cache.get(text);
  if (v === undefined) {
    v = load()(text, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toLowerCase();
    cache.set(text, v);
  }
  return v;
}

/** Two characters share a reading, tones aside (`输` and `数`: shu): how a pinyin input method mistypes. */
export function soundAlike(a: string, b: string): boolean {
  const readings = (c: string) => load()(c, { toneType: 'none', type: 'array', multiple: true });
  const of = new Set(readings(a));
  return readings(b).some((r) => of.has(r));
}

const tones = new Map<string, string>();

/** Pinyin with tone number of one character (`zhi4`), cached. */
export function toneOf(ch: string): string {
  let v = tones.get(ch);
  if (v === undefined) tones.set(ch, (v = load()(ch, { toneType: 'num', type: 'string', multiple: false })));
  return v;
}
