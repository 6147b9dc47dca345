import type { RuleCategory } from '../../server/src/core/model/findings';
import type { Rng } from './rng';

/**
 * What `npm run eval` injects and how it counts. An injection class (one module in `classes/`) proposes
 * candidate edits on an untouched corpus text; `inject` chooses some of them (seeded, spaced apart,
 * away from what the rules already report there) and applies them. Each applied edit is one injection,
 * and the injection records exactly where its text now stands, so the count is of what was written.
 */

/** One candidate edit in the untouched text: replace [start, end) by `newText` (never empty). */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
  /** Which form of the class this is (`×`, `- 3 -`, `breadcrumb`…): the eval reports recall per variant too. */
  readonly variant: string;
  /**
   * Where in `newText` (offsets from its start) a finding must touch for a `touch` class; default the whole of it.
   * Two sections swapped are one edit, but only their two headings' markers are what went wrong.
   */
  readonly targets?: readonly Span[];
  /**
   * What the edit depends on staying as it is (a heading run): `inject` keeps at most one chosen edit per key,
   * so two injections never meet in one run of numbers and each is counted on its own.
   */
  readonly keys?: readonly string[];
}

/** One applied edit: [start, end) of the injected text holds `written`, which stands where `original` stood. */
export interface Injection {
  readonly start: number;
  readonly end: number;
  readonly written: string;
  readonly original: string;
  readonly variant: string;
  /** Where a finding must touch (in the injected text), when not the whole injection. */
  readonly targets?: readonly Span[];
}

export interface Injected {
  readonly text: string;
  readonly injections: readonly Injection[];
}

/** How a finding counts for an injection. */
export type Match =
  /** A finding (or an edit of its fixes) touches the injected text. */
  | 'touch'
  /** Findings (with their fixes' edits) cover every non-blank character of the injected text: a block found whole. */
  | 'cover';

export interface InjectionClass {
  /** Kebab-case, shown in the table. */
  readonly id: string;
  /** Chinese name, shown in the table. */
  readonly name: string;
  /** The category whose rules should find it; findings of other categories do not count. */
  readonly category: RuleCategory;
  /** Further categories whose findings count (a full-width digit may be told by a number rule or a punctuation rule). */
  readonly alsoFoundBy?: readonly RuleCategory[];
  readonly match: Match;
  /** How many injections one document gets (at most: fewer when there are fewer candidates). */
  perDocument(text: string): number;
  /** Candidate edits, in any order; they may overlap (only non-overlapping ones are chosen). */
  candidates(text: string, rng: Rng): Edit[];
  /** Least distance between two chosen edits (default 80 characters): injections must not read as one. */
  readonly spacing?: number;
  /**
   * False: injected also where the rules already report something (a page header put before a page
   * header already there). Default true: such places are left out, so what is found there is the injection's.
   */
  readonly avoidFindings?: boolean;
  /** The report (and README's table) lists this class's recall per variant too: its variants are different errors. */
  readonly reportVariants?: boolean;
  /** Rewrites the chosen edits, in text order, before they are applied (page numbers count up). */
  finish?(chosen: readonly Edit[], text: string, rng: Rng): Edit[];
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Applies non-overlapping edits and records where each one's text stands in the result. */
export function applyInjections(text: string, edits: readonly Edit[]): Injected {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  const injections: Injection[] = [];
  for (const e of sorted) {
    if (e.start < pos) throw new Error(`overlapping injections at ${e.start}`);
    if (e.newText.length === 0) throw new Error('an injection must leave text to be found (include the unit of a deleted figure)');
    out += text.slice(pos, e.start);
    const at = out.length;
    const injection: Injection = { start: at, end: at + e.newText.length, written: e.newText, original: text.slice(e.start, e.end), variant: e.variant };
    injections.push(e.targets ? { ...injection, targets: e.targets.map((t) => ({ start: at + t.start, end: at + t.end })) } : injection);
    out += e.newText;
    pos = e.end;
  }
  return { text: out + text.slice(pos), injections };
}

/** The untouched text back from an injected one: every injection's text replaced by what it stands for. */
export function restore(injected: Injected): string {
  let out = '';
  let pos = 0;
  for (const i of injected.injections) {
    out += injected.text.slice(pos, i.start) + i.original;
    pos = i.end;
  }
  return out + injected.text.slice(pos);
}

function overlaps(a: Span, b: Span, margin: number): boolean {
  return a.start < b.end + margin && b.start < a.end + margin;
}

/**
 * Chooses up to `count` of the candidates at random: none overlapping another or within `spacing` of
 * it, none touching an avoided span (where the rules already report something in the untouched text,
 * so whatever they report there afterwards is about the injection). Variants take turns, so a rare
 * form (a dash among thousands of commas) is injected as often as a common one.
 */
export function choose(candidates: readonly Edit[], count: number, rng: Rng, spacing: number, avoid: readonly Span[]): Edit[] {
  const byVariant = new Map<string, Edit[]>();
  for (const c of candidates) {
    if (avoid.some((a) => overlaps(a, c, 1))) continue;
    const group = byVariant.get(c.variant);
    if (group) group.push(c);
    else byVariant.set(c.variant, [c]);
  }
  const groups = [...byVariant.values()].map((g) => shuffled(g, rng));
  const order: Edit[] = [];
  for (let round = 0; order.length < candidates.length && groups.some((g) => round < g.length); round++) {
    for (const g of shuffled(groups, rng)) if (round < g.length) order.push(g[round]);
  }
  const chosen: Edit[] = [];
  const taken = new Set<string>();
  for (const c of order) {
    if (chosen.length >= count) break;
    if (chosen.some((d) => overlaps(d, c, spacing))) continue;
    if (c.keys?.some((k) => taken.has(k))) continue;
    chosen.push(c);
    for (const k of c.keys ?? []) taken.add(k);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

function shuffled<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** One class's injections into one text. */
export function inject(cls: InjectionClass, text: string, rng: Rng, avoid: readonly Span[] = []): Injected {
  const chosen = choose(cls.candidates(text, rng), cls.perDocument(text), rng, cls.spacing ?? 80, cls.avoidFindings === false ? [] : avoid);
  return applyInjections(text, cls.finish ? cls.finish(chosen, text, rng) : chosen);
}

/** One injection per this many characters of text, at least one and at most `max`. */
export function onePer(characters: number, max: number): (text: string) => number {
  return (text) => Math.max(1, Math.min(max, Math.round(text.length / characters)));
}

/** The line break a text uses (CRLF files get CRLF). */
export function lineBreakOf(text: string): string {
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}

/** Every match of a global regex, as [start, end, groups]. */
export function matchesOf(text: string, re: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}
