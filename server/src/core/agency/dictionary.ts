import { charCodeTable } from '../text/chars';
import type { AgencyData, AgencyDataProblem, AgencyEntry, AgencyLevel, FormerEntry, PrefixKind } from './entries';

/** The agency dictionary as rules and the editor features see it: compiled once, then only read. */

export type SurfaceForm = 'name' | 'variant' | 'abbreviation';

export interface Agency extends AgencyEntry {
  /** Pinyin initials of the name, variants and abbreviations (`fzhggwyh`, `fgw`), for completion. */
  readonly initials: readonly string[];
  /** Former names that lead here, directly or through several renames (for hover). */
  readonly formerNames: readonly FormerEntry[];
}

/** A name as written in a text: the dictionary form plus the prefix it stands after. */
export interface AgencyMatch {
  /** Start of the prefix (`市`, `市委`, `县（市、区）`), or of the name when there is none. */
  readonly start: number;
  readonly nameStart: number;
  readonly end: number;
  readonly prefix: string;
  /** The dictionary form found (`发改委`). */
  readonly surface: string;
  readonly form: SurfaceForm;
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

export interface AgencyDictionary {
  readonly version: string;
  readonly agencies: readonly Agency[];
  readonly former: readonly FormerEntry[];
  /** The current agency a former name leads to, following every rename. */
  successor(former: FormerEntry, level?: AgencyLevel): Succession | undefined;
  /** Every agency name in the text, left to right, not overlapping. Linear in the text length. */
  scan(text: string): AgencyMatch[];
  /** Known names closest to an unknown one (`林园局` → `林业和园林局`), best first. */
  nearest(name: string, limit: number): string[];
  /** This dictionary plus user entries; a user entry replaces a built-in one of the same name or form. */
  extend(entries: readonly AgencyEntry[]): { dictionary: AgencyDictionary; problems: AgencyDataProblem[] };
}

/** Characters that end a place name and may stand right before a local agency (`长春市`, `延边州`, `阿拉善盟`). */
export const PLACE_SUFFIXES = '省市县区州旗盟';

const LEVEL_OF_PLACE: Readonly<Record<string, AgencyLevel>> = { 省: '省', 市: '市', 州: '市', 盟: '市', 县: '县', 旗: '县', 区: '区' };

/** The level a prefix names: `市` and `市委` → 市, `县（市、区）` → 县, none → undefined. */
export function levelOfPrefix(prefix: string): AgencyLevel | undefined {
  return prefix ? LEVEL_OF_PLACE[prefix[0]] : undefined;
}

interface Surface {
  readonly text: string;
  readonly form: SurfaceForm;
  readonly prefixes: readonly PrefixKind[];
  readonly agency?: Agency;
  readonly former?: FormerEntry;
}

/** Reversed trie: matching walks back from a name's last character, so each end position costs one table lookup. */
interface TrieNode {
  children?: Map<number, TrieNode>;
  surface?: Surface;
}

let pinyin: typeof import('pinyin-pro').pinyin | undefined;

/**
 * Loaded on first use: pinyin-pro's tables take longer to load than the rest of the start-up,
 * and only completion needs initials (never a CLI run).
 */
function initialsOf(text: string, cache: Map<string, string>): string {
  let v = cache.get(text);
  if (v === undefined) {
    // A lazy require, not an import: the CLI never loads the tables.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    pinyin ??= (require('pinyin-pro') as typeof import('pinyin-pro')).pinyin;
    v = pinyin(text, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toLowerCase();
    cache.set(text, v);
  }
  return v;
}

/** `initials` computed on first read (see initialsOf); not enumerable, so a spread copy does not compute it. */
function withLazyInitials(agency: Omit<Agency, 'initials'>, cache: Map<string, string>): Agency {
  let initials: readonly string[] | undefined;
  return Object.defineProperty(agency, 'initials', {
    enumerable: false,
    get: () => (initials ??= [...new Set([agency.name, ...agency.variants, ...agency.abbreviations].map((f) => initialsOf(f, cache)))]),
  }) as Agency;
}

/** Longest common subsequence length, for ranking suggestions. */
function lcs(a: string, b: string): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j];
      row[j] = a[i - 1] === b[j - 1] ? diag + 1 : Math.max(row[j], row[j - 1]);
      diag = up;
    }
  }
  return row[b.length];
}

/** The level characters of PLACE_SUFFIXES as a code table. */
const PLACE_CODES = charCodeTable(PLACE_SUFFIXES);
const COMMITTEE = '委'.charCodeAt(0);
const OPEN_PARENS = '（(';
const CLOSE_PARENS = '）)';

function isPlaceAt(text: string, offset: number): boolean {
  return offset >= 0 && PLACE_CODES[text.charCodeAt(offset)] === 1;
}

/** The prefix before `nameStart` that the entry accepts, or undefined when none fits. */
function prefixAt(text: string, nameStart: number, kinds: readonly PrefixKind[]): string | undefined {
  for (const kind of kinds) {
    if (kind === 'none') return '';
    if (kind === 'party') {
      if (text.charCodeAt(nameStart - 1) === COMMITTEE && isPlaceAt(text, nameStart - 2)) return text.slice(nameStart - 2, nameStart);
    } else if (isPlaceAt(text, nameStart - 1)) {
      return text[nameStart - 1];
    } else if (nameStart > 1 && CLOSE_PARENS.includes(text[nameStart - 1]) && isPlaceAt(text, nameStart - 2)) {
      // `各县（市、区）生态环境局`: the bracket lists places.
      for (let k = nameStart - 3; k >= Math.max(0, nameStart - 12); k--) {
        if (OPEN_PARENS.includes(text[k])) {
          if (isPlaceAt(text, k - 1)) return text.slice(k - 1, nameStart);
          break;
        }
      }
    }
  }
  return undefined;
}

/** A global regex matching one character of the table (`[局委部…]`), with every character escaped. */
function classPattern(table: Uint8Array): RegExp {
  let members = '';
  for (let c = 0; c < table.length; c++) if (table[c] === 1) members += `\\u${c.toString(16).padStart(4, '0')}`;
  return new RegExp(members ? `[${members}]` : '[^\\s\\S]', 'g');
}

class CompiledDictionary implements AgencyDictionary {
  readonly agencies: readonly Agency[];
  readonly former: readonly FormerEntry[];
  private readonly surfaces = new Map<string, Surface>();
  private readonly root = new Map<number, TrieNode>();
  /** 1 where a character can end a name. */
  private readonly lastChars = new Uint8Array(65536);
  /**
   * The same characters as a regex class: the scan finds where names can end with the regex engine's
   * native loop and walks the trie only there (a JavaScript loop over every character of a 10 MB draft
   * runs unoptimised for most of a one-shot CLI run).
   */
  private lastCharPattern: RegExp | undefined;
  /** `last * 65536 + next` for a last character followed by one that shows the name is part of another word. */
  private readonly blocked = new Set<number>();
  private readonly byName = new Map<string, Agency>();
  private readonly formerByName = new Map<string, FormerEntry>();

  constructor(
    readonly version: string,
    private readonly data: AgencyData,
    private readonly initialsCache: Map<string, string>,
    readonly problems: AgencyDataProblem[],
  ) {
    for (const f of data.former) this.formerByName.set(f.name, f);
    this.former = data.former;
    const formerOf = new Map<string, FormerEntry[]>();
    const agencies = data.agencies.map((entry) => withLazyInitials({ ...entry, formerNames: [] }, initialsCache));
    // Successors are resolved by name first, to list each agency's former names (for hover).
    for (const a of agencies) for (const n of [a.name, ...a.variants]) this.byName.set(n, a);
    for (const f of data.former) {
      const target = this.successor(f);
      if (target) formerOf.set(target.agency.name, [...(formerOf.get(target.agency.name) ?? []), f]);
    }
    this.agencies = agencies.map((a) => (formerOf.has(a.name) ? withLazyInitials({ ...a, formerNames: formerOf.get(a.name)! }, initialsCache) : a));
    for (const a of this.agencies) for (const n of [a.name, ...a.variants]) this.byName.set(n, a);

    for (const a of this.agencies) {
      this.add({ text: a.name, form: 'name', prefixes: a.prefixes, agency: a }, a.name);
      for (const v of a.variants) this.add({ text: v, form: 'variant', prefixes: a.prefixes, agency: a }, a.name);
      for (const s of a.abbreviations) this.add({ text: s, form: 'abbreviation', prefixes: a.prefixes, agency: a }, a.name);
    }
    for (const f of data.former) {
      this.add({ text: f.name, form: 'name', prefixes: f.prefixes, former: f }, f.name);
      for (const s of f.abbreviations) this.add({ text: s, form: 'abbreviation', prefixes: f.prefixes, former: f }, f.name);
    }
    for (const [last, chars] of Object.entries(data.boundaries)) for (const next of chars) this.blocked.add(last.charCodeAt(0) * 65536 + next.charCodeAt(0));
  }

  private add(surface: Surface, owner: string): void {
    const existing = this.surfaces.get(surface.text);
    if (existing) {
      const other = existing.agency?.name ?? existing.former!.name;
      if (other !== owner) this.problems.push({ source: surface.text, message: `“${surface.text}”同时指“${other}”和“${owner}”；保留前者。` });
      return;
    }
    this.surfaces.set(surface.text, surface);
    let level = this.root;
    let node: TrieNode | undefined;
    for (let i = surface.text.length - 1; i >= 0; i--) {
      const c = surface.text.charCodeAt(i);
      node = level.get(c);
      if (!node) level.set(c, (node = {}));
      if (i > 0) level = node.children ??= new Map();
    }
    node!.surface = surface;
    this.lastChars[surface.text.charCodeAt(surface.text.length - 1)] = 1;
  }

  successor(former: FormerEntry, level?: AgencyLevel): Succession | undefined {
    const steps: FormerEntry[] = [];
    let current: FormerEntry | undefined = former;
    while (current && !steps.includes(current)) {
      steps.push(current);
      const next: string = (level && current.successorByLevel[level]) || current.successor;
      const agency = this.byName.get(next);
      if (agency) return { name: next, agency, steps };
      current = this.formerByName.get(next);
    }
    return undefined;
  }

  scan(text: string): AgencyMatch[] {
    const kept: AgencyMatch[] = [];
    const starts: number[] = [];
    const found: Surface[] = [];
    const n = text.length;
    const ends = (this.lastCharPattern ??= classPattern(this.lastChars));
    ends.lastIndex = 0;
    while (ends.test(text)) {
      const i = ends.lastIndex - 1;
      const c = text.charCodeAt(i);
      if (i + 1 < n && this.blocked.has(c * 65536 + text.charCodeAt(i + 1))) continue;
      let count = 0;
      let node = this.root.get(c);
      let j = i;
      while (node) {
        if (node.surface) {
          starts[count] = j;
          found[count++] = node.surface;
        }
        if (--j < 0 || !node.children) break;
        node = node.children.get(text.charCodeAt(j));
      }
      for (let k = count - 1; k >= 0; k--) {
        const start = starts[k];
        const surface = found[k];
        const prefix = prefixAt(text, start, surface.prefixes);
        if (prefix === undefined) continue;
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
        if (wins) kept.push({ start: start - prefix.length, nameStart: start, end: i + 1, prefix, surface: surface.text, form: surface.form, agency: surface.agency, former: surface.former });
        break;
      }
    }
    return kept;
  }

  nearest(name: string, limit: number): string[] {
    const scored: { label: string; score: number }[] = [];
    for (const a of this.agencies) {
      if (a.levels.length === 1 && a.levels[0] === '国家') continue;
      let best = 0;
      for (const form of [a.name, ...a.variants, ...a.abbreviations]) {
        if (form.length < 2) continue;
        // The distinctive part (without 局/委/办/厅) must share two characters in order: `林园` ~ `林业和园林`.
        if (lcs(name.slice(0, -1), form.slice(0, -1)) < Math.min(2, name.length - 1)) continue;
        const common = lcs(name, form);
        // Same last character (局/委/办/厅) is what makes two unit names comparable at all.
        const score = (2 * common) / (name.length + form.length) + (form[form.length - 1] === name[name.length - 1] ? 0.1 : 0);
        best = Math.max(best, score);
      }
      if (best >= 0.6) scored.push({ label: a.abbreviations.length ? `${a.name}（${a.abbreviations[0]}）` : a.name, score: best });
    }
    return scored.sort((x, y) => y.score - x.score || x.label.localeCompare(y.label)).slice(0, limit).map((s) => s.label);
  }

  extend(entries: readonly AgencyEntry[]): { dictionary: AgencyDictionary; problems: AgencyDataProblem[] } {
    const problems: AgencyDataProblem[] = [];
    const userForms = new Map<string, string>();
    const accepted: AgencyEntry[] = [];
    for (const e of entries) {
      const forms = [e.name, ...e.variants, ...e.abbreviations];
      const clash = forms.find((f) => userForms.has(f) && userForms.get(f) !== e.name);
      if (clash) {
        problems.push({ source: e.origin === 'settings' ? 'gongwen.agencies.extra' : '.gongwen/agencies.json', message: `“${clash}”已由用户条目“${userForms.get(clash)}”使用；已忽略条目“${e.name}”。` });
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
