import type { PolicyDocument } from '../../model/document';
import type { Place } from '../../places/places';
import { PEOPLES } from '../../places/places';
import type { RuleResources } from '../rule';
import { wordScan } from './scan';

/**
 * Place names in a draft, found once per document and shared by the place rules: official names
 * (`张家界市`, `黔东南苗族侗族自治州`) and short names (`湖北`, `深圳`), longest first, not overlapping.
 */

export interface PlaceMention {
  readonly start: number;
  readonly end: number;
  /** `name`: an official name; `short`: a short name (what follows it decides what it is). */
  readonly form: 'name' | 'short';
  /** Every division with this name (official names repeat: two 朝阳区; short names too). */
  readonly places: readonly Place[];
}

const mentionCache = new WeakMap<PolicyDocument, WeakMap<RuleResources, readonly PlaceMention[]>>();

/** Place mentions of a document, left to right, the longest at each position, not overlapping. */
export function placeMentions(doc: PolicyDocument, resources: RuleResources): readonly PlaceMention[] {
  let perResources = mentionCache.get(doc);
  if (!perResources) mentionCache.set(doc, (perResources = new WeakMap()));
  let out = perResources.get(resources) as PlaceMention[] | undefined;
  if (out) return out;
  out = [];
  let lastEnd = -1;
  for (const h of wordScan(doc, resources).places) {
    if (h.start < lastEnd) continue;
    out.push({ start: h.start, end: h.end, form: h.value.form, places: h.value.places });
    lastEnd = h.end;
  }
  perResources.set(resources, out);
  return out;
}

/** The peoples as written after a stem (`侗族苗族`), longest form first; one-character peoples only with 族. */
const PEOPLE_FORMS: readonly string[] = PEOPLES.flatMap((p) => (p.length > 1 ? [`${p}族`, p] : [`${p}族`])).sort((a, b) => b.length - a.length);

/** Characters a people or an autonomous ending starts with: most short names are followed by none of them. */
const PEOPLE_STARTS = new Set([...PEOPLE_FORMS.map((f) => f.charCodeAt(0)), '各'.charCodeAt(0), '自'.charCodeAt(0)]);

/** `侗族苗族自治州` at `from`: the peoples and the autonomous ending, or undefined. */
export function peoplesAt(text: string, from: number): { peoples: string[]; suffix: string; end: number } | undefined {
  if (!PEOPLE_STARTS.has(text.charCodeAt(from))) return undefined;
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
