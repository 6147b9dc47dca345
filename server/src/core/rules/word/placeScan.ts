import type { PolicyDocument } from '../../model/document';
import type { Place, PlaceTable } from '../../places/places';
import { PEOPLES } from '../../places/places';
import { PhraseIndex } from '../../text/phrases';

/**
 * Place names in a draft, found once per document and shared by the place rules: official names
 * (`张家界市`, `黔东南苗族侗族自治州`) and short names (`湖北`, `深圳`), longest first, not overlapping.
 */

export interface PlaceMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** `name`: an official name; `short`: a short name (what follows it decides what it is). */
  readonly form: 'name' | 'short';
  /** Every division with this name (official names repeat: two 朝阳区; short names too). */
  readonly places: readonly Place[];
}

interface Compiled {
  readonly index: PhraseIndex<{ form: 'name' | 'short'; places: readonly Place[] }>;
}

const compiled = new WeakMap<PlaceTable, Compiled>();

function compile(table: PlaceTable): Compiled {
  let c = compiled.get(table);
  if (c) return c;
  const names = new Map<string, Place[]>();
  const shorts = new Map<string, Place[]>();
  for (const p of table.places) {
    if (p.kind === '功能区') continue;
    // Two-character names (和县, 城区, 芒市) are too much like words to stand alone.
    if (p.name.length >= 3) names.set(p.name, [...(names.get(p.name) ?? []), p]);
    if (p.shortName) shorts.set(p.shortName, [...(shorts.get(p.shortName) ?? []), p]);
  }
  const phrases: { text: string; value: { form: 'name' | 'short'; places: readonly Place[] } }[] = [];
  for (const [text, places] of names) phrases.push({ text, value: { form: 'name', places } });
  for (const [text, places] of shorts) if (!names.has(text)) phrases.push({ text, value: { form: 'short', places } });
  c = { index: new PhraseIndex(phrases) };
  compiled.set(table, c);
  return c;
}

const scans = new WeakMap<PolicyDocument, WeakMap<PlaceTable, readonly PlaceMention[]>>();

/** Place mentions of a document, left to right, the longest at each position, not overlapping. */
export function placeMentions(doc: PolicyDocument, table: PlaceTable): readonly PlaceMention[] {
  let perTable = scans.get(doc);
  if (!perTable) scans.set(doc, (perTable = new WeakMap()));
  let out = perTable.get(table) as PlaceMention[] | undefined;
  if (out) return out;
  out = [];
  let lastEnd = -1;
  for (const h of compile(table).index.scan(doc.text)) {
    if (h.start < lastEnd) continue;
    out.push({ start: h.start, end: h.end, text: doc.text.slice(h.start, h.end), form: h.value.form, places: h.value.places });
    lastEnd = h.end;
  }
  perTable.set(table, out);
  return out;
}

/** The peoples as written after a stem (`侗族苗族`), longest form first; one-character peoples only with 族. */
const PEOPLE_FORMS: readonly string[] = PEOPLES.flatMap((p) => (p.length > 1 ? [`${p}族`, p] : [`${p}族`])).sort((a, b) => b.length - a.length);

/** `侗族苗族自治州` at `from`: the peoples and the autonomous ending, or undefined. */
export function peoplesAt(text: string, from: number): { peoples: string[]; suffix: string; end: number } | undefined {
  const peoples: string[] = [];
  let at = from;
  for (;;) {
    const f = PEOPLE_FORMS.find((p) => text.startsWith(p, at));
    if (!f) break;
    peoples.push(f);
    at += f.length;
  }
  if (text.startsWith('各族', at)) {
    peoples.push('各族');
    at += 2;
  }
  for (const suffix of ['自治区', '自治州', '自治县', '自治旗']) if (text.startsWith(suffix, at)) return { peoples, suffix, end: at + suffix.length };
  return undefined;
}
