import tones from './data/tones.json';

/**
 * Pinyin. A character's readings come from a table generated from pinyin-pro (`data/tones.json`,
 * scripts/tones.ts): the formulation matcher and the unknown-name check ask for them on most real drafts,
 * and loading pinyin-pro's own tables with its first lookup costs about 60 ms, more than the rest of a CLI
 * run on a short draft. pinyin-pro itself is loaded only for what the table cannot answer: initials of a
 * whole name (completion; it reads polyphonic characters in their words) and characters outside the table.
 */

let pinyin: typeof import('pinyin-pro').pinyin | undefined;

function load(): typeof import('pinyin-pro').pinyin {
  // A lazy require, not an import: most runs never need the library's tables.
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

const alternatives: Readonly<Record<string, readonly string[] | undefined>> = tones.alternatives;

/** Whether the table answers for `ch`: one code unit in its range. */
function inTable(ch: string): boolean {
  const code = ch.length === 1 ? ch.charCodeAt(0) : -1;
  return code >= tones.first && code <= tones.last;
}

/** Every reading of one character, tones aside, in pinyin-pro's order (the character itself when it has none). */
export function readingsOf(ch: string): readonly string[] {
  if (!inTable(ch)) return load()(ch, { toneType: 'none', type: 'array', multiple: true });
  return alternatives[ch] ?? [toneOf(ch).replace(/[0-9]/g, '')];
}

/** Two characters share a reading, tones aside (`输` and `数`: shu): how a pinyin input method mistypes. */
export function soundAlike(a: string, b: string): boolean {
  const of = new Set(readingsOf(a));
  return readingsOf(b).some((r) => of.has(r));
}

const outside = new Map<string, string>();

/** Pinyin with tone number of one character (`zhi4`); the character itself when it has no reading. */
export function toneOf(ch: string): string {
  if (inTable(ch)) {
    const k = tones.readings[ch.charCodeAt(0) - tones.first];
    return k === 0 ? ch : tones.syllables[k - 1];
  }
  let v = outside.get(ch);
  if (v === undefined) outside.set(ch, (v = load()(ch, { toneType: 'num', type: 'string', multiple: false })));
  return v;
}
