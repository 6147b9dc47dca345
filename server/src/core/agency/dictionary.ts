import type { AgencyData, AgencyDataProblem, AgencyEntry, AgencyLevel, FormerEntry, PrefixKind } from './entries';
import { isCentral } from './entries';
import type { DerivationPattern } from './derive';
import { contractionWords, deriveForms, longestWord } from './derive';
import type { PlaceIndex } from './prefix';
import { partyPrefixBefore, placeNameBefore, placePrefixBefore } from './prefix';
import type { OneEdit } from './similar';
import { OneEditIndex } from './similar';
import { initialsOf } from '../text/pinyin';
import { CharFinder } from '../text/charFinder';
import { configProblem } from '../model/problems';


/** The agency dictionary as rules and the editor features see it: compiled once, then only read. */

/** How a form relates to the entry: its name, another official name, a listed abbreviation, or derived from a name. */
export type SurfaceForm = 'name' | 'variant' | 'abbreviation' | 'derived';

export interface DerivedAgencyForm {
  readonly text: string;
  readonly pattern: DerivationPattern;
  /** The name or variant it is derived from. */
  readonly base: string;
}

export interface Agency extends AgencyEntry {
  /** Pinyin initials of the name, variants and abbreviations (`fzhggwyh`, `fgw`), for completion. */
  readonly initials: readonly string[];
  /** Former names that lead here, directly or through several renames (for hover). */
  readonly formerNames: readonly FormerEntry[];
  /** Short forms derived from the name and variants that name only this agency (发改委, 发展改革委). */
  readonly derived: readonly DerivedAgencyForm[];
}

/** A name as written in a text: the dictionary form plus the prefix it stands after. */
export interface AgencyMatch {
  /** Start of the prefix (`市`, `市委`, `县（市、区）`, `中国人民银行浙江省`), or of the name when there is none. */
  readonly start: number;
  readonly nameStart: number;
  readonly end: number;
  readonly prefix: string;
  /** The level the prefix names (`自治区` → 省; a name listed after another takes that one's level). */
  readonly level: AgencyLevel | undefined;
  /** The place inside a branch office's name (`浙江省` in `中国人民银行浙江省分行`), or a place prefix without level (`浙江`). */
  readonly place?: string;
  /** The dictionary form found (`发改委`). */
  readonly surface: string;
  readonly form: SurfaceForm;
  /** For a derived form: how it was derived. */
  readonly pattern?: DerivationPattern;
  /** Exactly one of agency (a current name) and former (an outdated one) is set. */
  readonly agency?: Agency;
  readonly former?: FormerEntry;
}

export interface Succession {
  /** The current name for this level (`应急管理厅` for a province). */
  readonly name: string;
  readonly agency: Agency;
  /** Each rename on the way, oldest first. */
  readonly steps: readonly FormerEntry[];
}

/** A known form one character away from a name the dictionary does not know. */
export interface NearForm extends OneEdit {
  /** The current agency or former name the known form belongs to. */
  readonly agency?: Agency;
  readonly former?: FormerEntry;
  readonly form: SurfaceForm;
  readonly pattern?: DerivationPattern;
  /** For a derived form: the name it is derived from. */
  readonly base?: string;
}

export interface AgencyDictionary {
  readonly version: string;
  readonly agencies: readonly Agency[];
  readonly former: readonly FormerEntry[];
  /** The current agency a former name leads to, following every rename. */
  successor(former: FormerEntry, level?: AgencyLevel): Succession | undefined;
  /** Every agency name in the text, left to right, not overlapping. Linear in the text length. */
  scan(text: string, places?: PlaceIndex): AgencyMatch[];
  /** The agency or former name a form (name, variant, abbreviation or derived form) belongs to. */
  lookup(form: string): { readonly agency?: Agency; readonly former?: FormerEntry; readonly form: SurfaceForm } | undefined;
  /** Known forms one character away from `name`; a lookup in hash tables, not a comparison with every form. */
  near(name: string): NearForm[];
  /** Whether any name, variant, abbreviation or former name uses this character. */
  usesCharacter(c: string): boolean;
  /** The words a contraction of this name takes its characters from (`住房和城乡建设局` → 住房, 城乡建设). */
  contractionWords(name: string): readonly string[] | undefined;
  /** Short forms to show for an entry: its listed abbreviations and the derived contractions and 委 forms (发改委, 发展改革委). */
  shortForms(entry: Agency | FormerEntry): string[];
  /** This dictionary plus user entries; a user entry replaces a built-in one of the same name or form. */
  extend(entries: readonly AgencyEntry[]): { dictionary: AgencyDictionary; problems: AgencyDataProblem[] };
}

interface Surface {
  readonly text: string;
  readonly form: SurfaceForm;
  readonly pattern?: DerivationPattern;
  readonly prefixes: readonly PrefixKind[];
  readonly parents: readonly string[];
  readonly agency?: Agency;
  readonly former?: FormerEntry;
}

/** Reversed trie: matching walks back from a name's last character, so each end position costs one table lookup. */
interface TrieNode {
  children?: Map<number, TrieNode>;
  /** Entries written this way, tried in order: they differ in what must stand before them. */
  surfaces?: Surface[];
}

/** `initials` computed on first read (see initialsOf); not enumerable, so a spread copy does not compute it. */
function withLazyInitials(agency: Omit<Agency, 'initials'>, cache: Map<string, string>): Agency {
  let initials: readonly string[] | undefined;
  return Object.defineProperty(agency, 'initials', {
    enumerable: false,
    get: () => (initials ??= [...new Set([agency.name, ...agency.variants, ...agency.abbreviations, ...agency.derived.map((d) => d.text)].map((f) => initialsOf(f, cache)))]),
  }) as Agency;
}


/**
 * A surface, always built by this one literal: the scan reads surfaces in its hottest loop, and objects of
 * one shape keep those reads fast (spreads and optional fields made several shapes, and the scan 5–10× slower).
 */
function surface(text: string, form: SurfaceForm, pattern: DerivationPattern | undefined, agency: Agency | undefined, former: FormerEntry | undefined): Surface {
  const entry = (agency ?? former)!;
  return { text, form, pattern, prefixes: entry.prefixes, parents: entry.parents, agency, former };
}

/** Two entries with the same form can coexist only when different things must stand before them. */
function sameRequirement(a: Surface, b: Surface): boolean {
  return a.prefixes.join() === b.prefixes.join() && a.parents.join() === b.parents.join();
}

/** What stands before a name: where it starts, the level, and the place in it when it names one. One shape. */
interface MatchedPrefix {
  readonly start: number;
  readonly level: AgencyLevel | undefined;
  readonly place: string | undefined;
}

/** The prefix a surface needs before `nameStart`, or undefined when none fits. */
function prefixFor(text: string, nameStart: number, s: Surface, places: PlaceIndex | undefined): MatchedPrefix | undefined {
  for (const kind of s.prefixes) {
    if (kind === 'none') return { start: nameStart, level: undefined, place: undefined };
    if (kind === 'place') {
      const p = placePrefixBefore(text, nameStart, places);
      if (p) return { start: p.start, level: p.level, place: p.placeName ? text.slice(p.start, nameStart) : undefined };
    } else if (kind === 'party') {
      const p = partyPrefixBefore(text, nameStart, places);
      if (p) return { start: p.start, level: p.level, place: undefined };
    } else {
      const parentAt = (start: number) => s.parents.some((parent) => text.startsWith(parent, start - parent.length));
      const p = placeNameBefore(text, nameStart, places, parentAt);
      if (p) {
        const parent = s.parents.filter((x) => text.startsWith(x, p.start - x.length)).sort((a, b) => b.length - a.length)[0];
        return { start: p.start - parent.length, level: p.level, place: text.slice(p.start, nameStart) };
      }
    }
  }
  return undefined;
}

const LIST_SEPARATOR = '、'.charCodeAt(0);

class CompiledDictionary implements AgencyDictionary {
  readonly agencies: readonly Agency[];
  readonly former: readonly FormerEntry[];
  private readonly surfaces = new Map<string, Surface[]>();
  private readonly root = new Map<number, TrieNode>();
  /** 1 where a character can end a name. */
  private readonly lastChars = new Uint8Array(65536);
  /** Finds those characters: the scan walks the trie only where a name can end. */
  private endFinder: CharFinder | undefined;
  /** `last * 65536 + next` for a last character followed by one that shows the name is part of another word. */
  private readonly blocked = new Set<number>();
  private readonly names = new Map<string, Agency>();
  private readonly formerByName = new Map<string, FormerEntry>();
  private readonly alphabet = new Set<string>();
  private oneEdit: OneEditIndex | undefined;
  private readonly formerDerived = new Map<FormerEntry, readonly DerivedAgencyForm[]>();
  private readonly maxWord: number;

  constructor(
    readonly version: string,
    private readonly data: AgencyData,
    private readonly initialsCache: Map<string, string>,
    readonly problems: AgencyDataProblem[],
  ) {
    this.maxWord = longestWord(data.derivation);
    for (const f of data.former) this.formerByName.set(f.name, f);
    this.former = data.former;
    // Derived forms that two entries share say nothing about either: they are dropped from both.
    const derivedOf = new Map<string, DerivedAgencyForm[]>();
    const claims = new Map<string, string>();
    const explicit = new Set<string>();
    const claim = (owner: string, names: readonly string[], local: boolean) => {
      const out: DerivedAgencyForm[] = [];
      for (const base of names) {
        for (const d of deriveForms(base, data.derivation, local, this.maxWord)) {
          if (out.some((x) => x.text === d.text)) continue;
          const other = claims.get(d.text);
          if (other !== undefined && other !== owner) claims.set(d.text, '');
          else claims.set(d.text, owner);
          out.push({ ...d, base });
        }
      }
      derivedOf.set(owner, out);
    };
    for (const a of data.agencies) {
      [a.name, ...a.variants, ...a.abbreviations].forEach((f) => explicit.add(f));
      claim(a.name, [a.name, ...a.variants], !isCentral(a.levels));
    }
    for (const f of data.former) {
      [f.name, ...f.abbreviations].forEach((x) => explicit.add(x));
      claim(`former:${f.name}`, [f.name], !isCentral(f.levels));
    }
    const own = (owner: string) => (derivedOf.get(owner) ?? []).filter((d) => claims.get(d.text) === owner && !explicit.has(d.text));

    const formerOf = new Map<string, FormerEntry[]>();
    const agencies = data.agencies.map((entry) => withLazyInitials({ ...entry, formerNames: [], derived: own(entry.name) }, initialsCache));
    // Successors are resolved by name first, to list each agency's former names (for hover).
    for (const a of agencies) for (const n of [a.name, ...a.variants]) this.names.set(n, a);
    for (const f of data.former) {
      const target = this.successor(f);
      if (target) formerOf.set(target.agency.name, [...(formerOf.get(target.agency.name) ?? []), f]);
    }
    this.agencies = agencies.map((a) => (formerOf.has(a.name) ? withLazyInitials({ ...a, formerNames: formerOf.get(a.name)! }, initialsCache) : a));
    for (const a of this.agencies) for (const n of [a.name, ...a.variants]) this.names.set(n, a);

    for (const a of this.agencies) {
      this.add(surface(a.name, 'name', undefined, a, undefined), a.name);
      for (const v of a.variants) this.add(surface(v, 'variant', undefined, a, undefined), a.name);
      for (const s of a.abbreviations) this.add(surface(s, 'abbreviation', undefined, a, undefined), a.name);
    }
    for (const f of data.former) {
      this.add(surface(f.name, 'name', undefined, undefined, f), f.name);
      for (const s of f.abbreviations) this.add(surface(s, 'abbreviation', undefined, undefined, f), f.name);
    }
    // Derived forms last: an explicit form of the same text and requirement keeps it.
    for (const a of this.agencies) for (const d of a.derived) this.add(surface(d.text, 'derived', d.pattern, a, undefined), a.name, true);
    for (const f of data.former) {
      const derived = own(`former:${f.name}`);
      this.formerDerived.set(f, derived);
      for (const d of derived) this.add(surface(d.text, 'derived', d.pattern, undefined, f), f.name, true);
    }
    for (const [last, chars] of Object.entries(data.boundaries)) for (const next of chars) this.blocked.add(last.charCodeAt(0) * 65536 + next.charCodeAt(0));
  }

  private add(entry: Surface, owner: string, derived = false): void {
    const existing = this.surfaces.get(entry.text) ?? [];
    const clash = existing.find((e) => sameRequirement(e, entry));
    if (clash) {
      const other = clash.agency?.name ?? clash.former!.name;
      if (other !== owner && !derived) this.problems.push(configProblem(entry.text, { zh: `“${entry.text}”同时指“${other}”和“${owner}”；保留前者。`, en: `“${entry.text}” names both “${other}” and “${owner}”; the first is kept.` }));
      return;
    }
    existing.push(entry);
    this.surfaces.set(entry.text, existing);
    for (const c of entry.text) this.alphabet.add(c);
    let level = this.root;
    let node: TrieNode | undefined;
    for (let i = entry.text.length - 1; i >= 0; i--) {
      const c = entry.text.charCodeAt(i);
      node = level.get(c);
      if (!node) level.set(c, (node = { children: undefined, surfaces: undefined }));
      if (i > 0) level = node.children ??= new Map();
    }
    node!.surfaces = existing;
    this.lastChars[entry.text.charCodeAt(entry.text.length - 1)] = 1;
  }

  successor(former: FormerEntry, level?: AgencyLevel): Succession | undefined {
    const steps: FormerEntry[] = [];
    let current: FormerEntry | undefined = former;
    while (current && !steps.includes(current)) {
      steps.push(current);
      const next: string = (level && current.successorByLevel[level]) || current.successor;
      const agency = this.names.get(next);
      if (agency) return { name: next, agency, steps };
      current = this.formerByName.get(next);
    }
    return undefined;
  }

  shortForms(entry: Agency | FormerEntry): string[] {
    const derived = 'derived' in entry ? entry.derived : this.formerDerived.get(entry) ?? [];
    const shown = derived.filter((d) => (d.pattern === 'contraction' || d.pattern === 'suffix') && !/[和与]/.test(d.text)).map((d) => d.text);
    return [...new Set([...entry.abbreviations, ...shown])];
  }

  lookup(form: string): { agency?: Agency; former?: FormerEntry; form: SurfaceForm } | undefined {
    const s = this.surfaces.get(form)?.[0];
    return s && { agency: s.agency, former: s.former, form: s.form };
  }

  usesCharacter(c: string): boolean {
    return this.alphabet.has(c);
  }

  contractionWords(name: string): readonly string[] | undefined {
    return contractionWords(name, this.data.derivation, this.maxWord);
  }

  near(name: string): NearForm[] {
    this.oneEdit ??= new OneEditIndex(this.surfaces.keys());
    return this.oneEdit.near(name).map((n) => {
      const s = this.surfaces.get(n.known)![0];
      return { ...n, agency: s.agency, former: s.former, form: s.form, pattern: s.pattern, base: s.agency?.derived.find((d) => d.text === n.known)?.base };
    });
  }

  scan(text: string, places?: PlaceIndex): AgencyMatch[] {
    const kept: AgencyMatch[] = [];
    const starts: number[] = [];
    const found: Surface[][] = [];
    const n = text.length;
    const ends = (this.endFinder ??= new CharFinder(this.lastChars)).positions(text);
    for (let i = ends.next(); i >= 0; i = ends.next()) {
      const c = text.charCodeAt(i);
      if (i + 1 < n && this.blocked.has(c * 65536 + text.charCodeAt(i + 1))) continue;
      let count = 0;
      let node = this.root.get(c);
      let j = i;
      while (node) {
        if (node.surfaces) {
          starts[count] = j;
          found[count++] = node.surfaces;
        }
        if (--j < 0 || !node.children) break;
        node = node.children.get(text.charCodeAt(j));
      }
      candidates: for (let k = count - 1; k >= 0; k--) {
        const start = starts[k];
        for (const surface of found[k]) {
          let prefix = prefixFor(text, start, surface, places);
          // `区经发局、财政金融局`: a local name listed right after another takes its place and level (not a
          // two-character form: `、政府性投资…`).
          if (!prefix && surface.text.length >= 3 && !surface.prefixes.includes('none') && !surface.prefixes.includes('branch') && text.charCodeAt(start - 1) === LIST_SEPARATOR) {
            // The name listed before ends at the 、; later matches overlapping this one do not count.
            let k = kept.length - 1;
            while (k >= 0 && kept[k].end > start - 1) k--;
            if (k >= 0 && kept[k].end === start - 1 && kept[k].level !== undefined) prefix = { start, level: kept[k].level, place: undefined };
          }
          if (!prefix) continue;
          // A branch office's name holds its parent's (`中国人民银行` in `中国人民银行浙江省分行`): one mention.
          if (surface.prefixes.includes('branch')) while (kept.length && kept[kept.length - 1].start >= prefix.start) kept.pop();
          // Matches arrive by end position; of overlapping names keep the one starting first, then the longer.
          let wins = true;
          while (kept.length) {
            const last = kept[kept.length - 1];
            if (last.end <= start) break;
            if (last.nameStart < start) {
              wins = false;
              break;
            }
            kept.pop();
          }
          if (wins) {
            kept.push({
              start: prefix.start, nameStart: start, end: i + 1, prefix: text.slice(prefix.start, start), level: prefix.level,
              place: prefix.place, surface: surface.text, form: surface.form, pattern: surface.pattern, agency: surface.agency, former: surface.former,
            });
          }
          break candidates;
        }
      }
    }
    return kept;
  }

  extend(entries: readonly AgencyEntry[]): { dictionary: AgencyDictionary; problems: AgencyDataProblem[] } {
    const problems: AgencyDataProblem[] = [];
    const userForms = new Map<string, string>();
    const accepted: AgencyEntry[] = [];
    for (const e of entries) {
      const forms = [e.name, ...e.variants, ...e.abbreviations];
      const clash = forms.find((f) => userForms.has(f) && userForms.get(f) !== e.name);
      if (clash) {
        problems.push(configProblem(e.origin === 'settings' ? 'gongwen.agencies.extra' : '.gongwen/agencies.json', {
          zh: `“${clash}”已由用户条目“${userForms.get(clash)}”使用；已忽略条目“${e.name}”。`,
          en: `“${clash}” is already used by the user entry “${userForms.get(clash)}”; the entry “${e.name}” is ignored.`,
        }));
        continue;
      }
      const previous = accepted.findIndex((x) => x.name === e.name);
      if (previous >= 0) accepted.splice(previous, 1);
      forms.forEach((f) => userForms.set(f, e.name));
      accepted.push(e);
    }
    const userNames = new Set(accepted.map((e) => e.name));
    const strip = (list: readonly string[]) => list.filter((f) => !userForms.has(f));
    const agencies = [
      ...this.data.agencies.filter((a) => !userNames.has(a.name) && !userForms.has(a.name)).map((a) => ({ ...a, variants: strip(a.variants), abbreviations: strip(a.abbreviations) })),
      ...accepted,
    ];
    const former = this.data.former
      .filter((f) => !userForms.has(f.name))
      .map((f) => ({ ...f, abbreviations: strip(f.abbreviations) }));
    const compiled = new CompiledDictionary(this.version, { ...this.data, agencies, former }, this.initialsCache, []);
    return { dictionary: compiled, problems: [...problems, ...compiled.problems] };
  }
}

/**
 * Compile validated data into a dictionary. Problems list forms that name two different agencies
 * (the first one keeps the form); the built-in data has none (a test checks).
 */
export function compileAgencyDictionary(data: AgencyData): { dictionary: AgencyDictionary; problems: AgencyDataProblem[] } {
  const problems: AgencyDataProblem[] = [];
  const dictionary = new CompiledDictionary(data.version, data, new Map(), problems);
  return { dictionary, problems };
}
