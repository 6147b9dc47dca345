import type { Heading, Marker, NumberingScheme, PolicyDocument, Section } from '../../model/document';
import type { TextEdit } from '../../model/findings';
import { formatChineseNumeral, formatCircled } from '../../parser/numerals';
import { matchMarker } from '../../parser/markers';

export interface RunItem {
  readonly heading: Heading & { readonly marker: Marker };
  /** The value this heading should carry for the run to count 1, 2, 3 … */
  readonly expected: number;
}

/**
 * Headings of one scheme that count together: the children of one numbered parent, joined with
 * the previous run when they carry its count on (第X条 across 章, task items 1–59 across （一）…).
 * A heading numbered 1 after others starts a new run (a second document in the same file).
 */
export interface NumberingRun {
  readonly scheme: NumberingScheme;
  readonly items: readonly RunItem[];
  /** The numbered heading the run sits under (undefined: top level). */
  readonly parent: Heading | undefined;
  /**
   * The last item of the previous parent's run of this scheme, where this run carries that count on (`（四）` first
   * under `二、` after `（一）…（三）` under `一、`) in a document whose runs of the scheme start again under other
   * parents: the run is not joined to it, and its first number is reported as not restarted.
   */
  readonly carriesOn?: RunItem;
}

const cache = new WeakMap<PolicyDocument, NumberingRun[]>();

export function numberingRuns(doc: PolicyDocument): readonly NumberingRun[] {
  let runs = cache.get(doc);
  if (!runs) {
    runs = computeRuns(doc);
    cache.set(doc, runs);
  }
  return runs;
}

/** The nearest ancestor with a marker: unnumbered title lines do not break a count. */
export function numberedParent(section: Section): Heading | undefined {
  for (let p = section.parent; p; p = p.parent) if (p.heading?.marker) return p.heading;
  return undefined;
}

/** The outline levels whose runs restart under each parent by convention, unless a document counts straight through. */
const RESTARTING: ReadonlySet<NumberingScheme> = new Set(['chinese', 'chinese-paren', 'arabic', 'arabic-paren', 'circled']);

interface Group {
  scheme: NumberingScheme;
  parent: Heading | undefined;
  headings: (Heading & { marker: Marker })[];
  /** Each heading's section's parent: two headings of a group are direct siblings when theirs are the same. */
  sections: (Section | undefined)[];
}

function computeRuns(doc: PolicyDocument): NumberingRun[] {
  // Group numbered headings by (numbered parent, scheme), in document order.
  const groups = new Map<string, Group>();
  const order: string[] = [];
  const visit = (section: Section) => {
    for (const child of section.children) {
      const h = child.heading;
      if (h?.marker) {
        const parent = numberedParent(child);
        const key = `${parent ? parent.index : -1}:${h.marker.scheme}`;
        let g = groups.get(key);
        if (!g) {
          g = { scheme: h.marker.scheme, parent, headings: [], sections: [] };
          groups.set(key, g);
          order.push(key);
        }
        g.headings.push(h as Heading & { marker: Marker });
        g.sections.push(child.parent);
      }
      visit(child);
    }
  };
  visit(doc.root);
  const restarts = restartingSchemes(groups, order);

  type MutableRun = { scheme: NumberingScheme; parent: Heading | undefined; items: RunItem[]; carriesOn?: RunItem };
  const runs: MutableRun[] = [];
  // The latest run of each scheme and the parent it last grew under.
  const latest = new Map<NumberingScheme, { run: MutableRun; parent: Heading | undefined }>();
  for (const key of order) {
    const g = groups.get(key)!;
    let current: MutableRun | undefined;
    for (const [k, h] of g.headings.entries()) {
      const v = h.marker.value;
      if (!current) {
        const previous = latest.get(g.scheme);
        const previousLast = previous?.run.items[previous.run.items.length - 1];
        if (v !== 1 && previous && previous.parent !== g.parent && previousLast && previousLast.heading.marker.value === v - 1) {
          if (restarts.has(g.scheme) && g.parent) {
            // The document starts this level again under its other parents: this one should too.
            current = { scheme: g.scheme, parent: g.parent, items: [], carriesOn: previousLast };
            runs.push(current);
          } else current = previous.run; // carries the count on from the previous parent's run
        } else {
          current = { scheme: g.scheme, parent: g.parent, items: [] };
          runs.push(current);
        }
      } else if (v === 1 && current.items.length > 0 && !repeatsFirst(g, k, current)) {
        current = { scheme: g.scheme, parent: g.parent, items: [] };
        runs.push(current);
      }
      current.items.push({ heading: h, expected: current.items.length + 1 });
      latest.set(g.scheme, { run: current, parent: g.parent });
    }
  }
  return runs.sort((a, b) => a.items[0].heading.start - b.items[0].heading.start);
}

/**
 * `（一）（一）（三）`: a second `（一）` right after the first, a sibling under the same section (no title line
 * between), and the count going on at 3 after it — the first section copied as a template and its number kept,
 * not a new run. (`（一）（一）（二）` is two runs, the first of one item: what renumbering a lone `（二）` leaves.)
 */
function repeatsFirst(g: Group, k: number, current: { items: readonly RunItem[] }): boolean {
  if (current.items.length !== 1 || k === 0 || k + 1 >= g.headings.length) return false;
  const previous = g.headings[k - 1];
  return current.items[0].heading === previous && previous.marker.value === 1 && g.headings[k + 1].marker.value === 3
    && g.sections[k] !== undefined && g.sections[k] === g.sections[k - 1] && g.sections[k + 1] === g.sections[k];
}

/**
 * The outline levels that this document starts again under each new parent: under numbered parents, at least as
 * many of the level's groups after the first do not carry the previous group's count on (they start at 1, or at a
 * number that continues nothing, which renumbering makes 1) as carry it on, and at least one. Restarting is the
 * standard's way (GB/T 9704: each level counts under its parent), so a tie goes to it. Renumbering keeps the answer:
 * it makes every run it does not join start at 1 and leaves a joined run's count as it is. A document counting task
 * items straight through (`1.`–`59.` across `（一）`…) has no group that does not carry on, and keeps its count.
 */
function restartingSchemes(groups: ReadonlyMap<string, Group>, order: readonly string[]): ReadonlySet<NumberingScheme> {
  const tally = new Map<NumberingScheme, { restarts: number; carries: number; last: number | undefined }>();
  for (const key of order) {
    const g = groups.get(key)!;
    if (!RESTARTING.has(g.scheme) || !g.parent) continue;
    const t = tally.get(g.scheme) ?? { restarts: 0, carries: 0, last: undefined };
    const first = g.headings[0].marker.value;
    if (t.last !== undefined) {
      if (first !== 1 && first === t.last + 1) t.carries++;
      else t.restarts++;
    }
    t.last = g.headings[g.headings.length - 1].marker.value;
    tally.set(g.scheme, t);
  }
  const out = new Set<NumberingScheme>();
  for (const [scheme, t] of tally) if (t.restarts > 0 && t.restarts >= t.carries) out.add(scheme);
  return out;
}

/** The numeral written in the marker's own style: 三 / 3 / ３ / ③. */
export function formatNumeral(marker: Marker, value: number, text: string): string {
  if (marker.numeralKind === 'chinese') return formatChineseNumeral(value);
  if (marker.numeralKind === 'circled') return formatCircled(value);
  const fullWidth = /[０-９]/.test(text.slice(marker.numeralStart, marker.numeralEnd));
  const s = String(value);
  return fullWidth ? s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : s;
}

/** The marker as it would read with another value: `（四）` → `（三）`. */
export function markerWithValue(marker: Marker, value: number, text: string): string {
  return text.slice(marker.start, marker.numeralStart) + formatNumeral(marker, value, text) + text.slice(marker.numeralEnd, marker.end);
}

export function renumberEdit(marker: Marker, value: number, text: string): TextEdit | undefined {
  if (marker.value === value) return undefined;
  const numeral = formatNumeral(marker, value, text);
  // A value the style cannot write (㉑ after ⑳, 1000.) would turn the heading into another level: leave it to the writer.
  const rewritten = text.slice(marker.start, marker.numeralStart) + numeral + text.slice(marker.numeralEnd, marker.end);
  const reread = matchMarker(rewritten, 0, rewritten.length);
  if (!reread || reread.scheme !== marker.scheme || reread.value !== value || reread.end !== rewritten.length) return undefined;
  return { start: marker.numeralStart, end: marker.numeralEnd, newText: numeral };
}

export function renumberRunEdits(run: NumberingRun, text: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const item of run.items) {
    const e = renumberEdit(item.heading.marker, item.expected, text);
    if (e) edits.push(e);
  }
  return edits;
}

export const SCHEME_NAME: Readonly<Record<NumberingScheme, string>> = {
  part: '第X部分', chapter: '第X章', section: '第X节', article: '第X条',
  chinese: '一、', 'chinese-paren': '（一）', arabic: '1.', 'arabic-paren': '（1）', circled: '①',
};
