import type { PolicyDocument } from '../../model/document';
import type { PhraseHit } from '../../text/phrases';
import { PhraseIndex } from '../../text/phrases';
import type { WordEntry } from '../../words/entries';
import type { Anchor, ListItem, RetiredPhrase } from '../../words/formulations';
import type { CarriedScan, RuleResources } from '../rule';
import { splicedByWindow } from '../rule';
import type { Place, PlaceTable } from '../../places/places';

/**
 * One pass over the draft for the word rules: the word lists (with the unit's terms), place names,
 * formulation anchors, list items and retired formulations are the phrases of one index, and each rule
 * reads its part of the hits. Cached per document and resources. The retired formulations' rule reads the
 * whole draft on every edit: its hits are carried from the previous draft (`retiredHits`). The unit's
 * terms (a rule reading the whole draft too) are scanned alone, and only when the unit has some.
 */

/** What a phrase of the place scan stands for: an official name or a short name, and its divisions. */
export interface PlaceName {
  readonly form: 'name' | 'short';
  readonly places: readonly Place[];
}

const compiled = new WeakMap<PlaceTable, readonly { text: string; value: PlaceName }[]>();

/** The names a scan looks for, once per table. */
export function placePhrases(table: PlaceTable): readonly { text: string; value: PlaceName }[] {
  const cached = compiled.get(table);
  if (cached) return cached;
  const names = new Map<string, Place[]>();
  const shorts = new Map<string, Place[]>();
  for (const p of table.places) {
    if (p.kind === '功能区') continue;
    // Two-character names (和县, 城区, 芒市) are too much like words to stand alone.
    if (p.name.length >= 3) names.set(p.name, [...(names.get(p.name) ?? []), p]);
    if (p.shortName) shorts.set(p.shortName, [...(shorts.get(p.shortName) ?? []), p]);
  }
  const list: { text: string; value: PlaceName }[] = [];
  for (const [text, places] of names) list.push({ text, value: { form: 'name', places } });
  for (const [text, places] of shorts) if (!names.has(text)) list.push({ text, value: { form: 'short', places } });
  compiled.set(table, list);
  return list;
}

type Tagged =
  | { readonly kind: 'word'; readonly value: WordEntry }
  | { readonly kind: 'place'; readonly value: PlaceName }
  | { readonly kind: 'anchor'; readonly value: Anchor }
  | { readonly kind: 'item'; readonly value: ListItem }
  | { readonly kind: 'retired'; readonly value: RetiredPhrase };

export interface WordScan {
  readonly words: readonly PhraseHit<WordEntry>[];
  readonly places: readonly PhraseHit<PlaceName>[];
  readonly anchors: readonly PhraseHit<Anchor>[];
  readonly items: readonly PhraseHit<ListItem>[];
  readonly retired: readonly PhraseHit<RetiredPhrase>[];
}

const indexes = new WeakMap<RuleResources, PhraseIndex<Tagged>>();
const scans = new WeakMap<PolicyDocument, WeakMap<RuleResources, WordScan>>();

function indexOf(resources: RuleResources): PhraseIndex<Tagged> {
  let index = indexes.get(resources);
  if (index) return index;
  const phrases: { text: string; value: Tagged }[] = [];
  const add = <K extends Tagged['kind']>(kind: K, list: readonly { text: string; value: Extract<Tagged, { kind: K }>['value'] }[]) => {
    for (const p of list) phrases.push({ text: p.text, value: { kind, value: p.value } as Tagged });
  };
  const { words, places, formulations } = resources;
  if (words) add('word', words.phrases);
  if (places) add('place', placePhrases(places));
  if (formulations) {
    add('anchor', formulations.anchors);
    add('item', formulations.items);
    add('retired', formulations.retired);
  }
  index = new PhraseIndex(phrases);
  indexes.set(resources, index);
  return index;
}

export function wordScan(doc: PolicyDocument, resources: RuleResources): WordScan {
  let perResources = scans.get(doc);
  if (!perResources) scans.set(doc, (perResources = new WeakMap()));
  let scan = perResources.get(resources);
  if (scan) return scan;
  const out = { words: [], places: [], anchors: [], items: [], retired: [] } as { [K in keyof WordScan]: PhraseHit<unknown>[] };
  const part: Record<Tagged['kind'], PhraseHit<unknown>[]> = { word: out.words, place: out.places, anchor: out.anchors, item: out.items, retired: out.retired };
  indexOf(resources).visit(doc.text, (start, end, tagged) => part[tagged.kind].push({ start, end, value: tagged.value }));
  scan = out as unknown as WordScan;
  perResources.set(resources, scan);
  return scan;
}

const retiredCache = new WeakMap<PolicyDocument, WeakMap<RuleResources, readonly PhraseHit<RetiredPhrase>[]>>();

/**
 * The retired formulations written in the draft, by start: carried from the previous draft after an edit
 * (`carriedRetiredHits`), else read from the draft's word scan when the paragraph word rules have made it (a
 * full analysis), else searched for alone (`retiredIn`: a few phrases, an `indexOf` each, cheaper than the
 * whole scan). The same hits in the same order every way.
 */
export function retiredHits(doc: PolicyDocument, resources: RuleResources): readonly PhraseHit<RetiredPhrase>[] {
  let perResources = retiredCache.get(doc);
  if (!perResources) retiredCache.set(doc, (perResources = new WeakMap()));
  let hits = perResources.get(resources);
  if (!hits) {
    hits = scans.get(doc)?.get(resources)?.retired ?? resources.formulations?.retiredIn(doc.text) ?? [];
    perResources.set(resources, hits);
  }
  return hits;
}

/** A retired phrase lies within one line (none holds a line break), so the window's hits replace the previous draft's there. */
export const carriedRetiredHits: CarriedScan = {
  carry(previous, doc, window, resources) {
    const before = retiredCache.get(previous)?.get(resources);
    if (!before || retiredCache.get(doc)?.has(resources) || resources.formulations?.retired.some((r) => /[\r\n]/.test(r.text))) return;
    let perResources = retiredCache.get(doc);
    if (!perResources) retiredCache.set(doc, (perResources = new WeakMap()));
    const move = (h: PhraseHit<RetiredPhrase>, by: number) => ({ start: h.start + by, end: h.end + by, value: h.value });
    perResources.set(resources, splicedByWindow(before, wordScan(window.document, resources).retired, window, (h) => h.start, move));
  },
};
