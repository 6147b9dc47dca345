import type { Heading, Marker, NumberingScheme, Section } from '../../../server/src/core/model/document';
import { parseDocument } from '../../../server/src/core/parser/parseDocument';
import { formatChineseNumeral } from '../../../server/src/core/parser/numerals';

/** A heading with its marker and its section. */
export interface NumberedSection {
  readonly section: Section;
  readonly heading: Heading & { readonly marker: Marker };
}

/**
 * The siblings of one numbering level under one parent section, as the parser reads the untouched text (its
 * section tree, not a pattern of the eval's own): headings of one scheme among one section's children, numbered
 * 1, 2, 3 … without a fault, so that the injected fault is the run's only one.
 */
export interface SiblingRun {
  /** Unique in the document: the parent's heading index (or -1 for the top) and the scheme. */
  readonly key: string;
  readonly scheme: NumberingScheme;
  readonly parent: Section;
  readonly items: readonly NumberedSection[];
}

export interface HeadingStructure {
  readonly runs: readonly SiblingRun[];
  readonly headings: readonly Heading[];
}

const cache = new Map<string, HeadingStructure>();

/** The runs of sibling headings of a text (parsed once per text: every numbering class reads the same). */
export function headingStructure(text: string): HeadingStructure {
  let s = cache.get(text);
  if (!s) {
    if (cache.size > 64) cache.clear();
    s = compute(text);
    cache.set(text, s);
  }
  return s;
}

function compute(text: string): HeadingStructure {
  const doc = parseDocument(text);
  const runs: SiblingRun[] = [];
  const visit = (section: Section) => {
    const byScheme = new Map<NumberingScheme, NumberedSection[]>();
    for (const child of section.children) {
      const h = child.heading;
      if (h?.marker) {
        const group = byScheme.get(h.marker.scheme) ?? [];
        group.push({ section: child, heading: h as Heading & { marker: Marker } });
        byScheme.set(h.marker.scheme, group);
      }
      visit(child);
    }
    for (const [scheme, items] of byScheme) {
      if (items.length < 2 || !items.every((it, k) => it.heading.marker.value === k + 1)) continue;
      runs.push({ key: `${section.heading?.index ?? -1}:${scheme}`, scheme, parent: section, items });
    }
  };
  visit(doc.root);
  runs.sort((a, b) => a.items[0].heading.start - b.items[0].heading.start);
  return { runs, headings: doc.headings };
}

/** The numeral of `value` as the marker writes its own: 三, 3 (ASCII digits only: a full-width run is left out by the callers). */
export function numeralFor(marker: Marker, value: number): string {
  return marker.numeralKind === 'chinese' ? formatChineseNumeral(value) : String(value);
}

/** The marker as written with another numeral: `（三）` → `（四）`. */
export function markerWithNumeral(text: string, marker: Marker, numeral: string): string {
  return text.slice(marker.start, marker.numeralStart) + numeral + text.slice(marker.numeralEnd, marker.end);
}

/** A marker the classes can rewrite: a Chinese numeral, or ASCII digits (１．among 1. is another class's). */
export function rewritable(text: string, marker: Marker): boolean {
  if (marker.numeralKind === 'chinese') return true;
  return marker.numeralKind === 'arabic' && /^[0-9]+$/.test(text.slice(marker.numeralStart, marker.numeralEnd));
}

/** Where the line holding `pos` starts. */
export function lineStartOf(text: string, pos: number): number {
  const lf = text.lastIndexOf('\n', pos - 1);
  const cr = text.lastIndexOf('\r', pos - 1);
  return Math.max(lf, cr) + 1;
}

/** Only blanks (and Markdown `#` marks) stand before `pos` on its line: the heading starts its line. */
export function startsLine(text: string, pos: number): boolean {
  return /^[\s#]*$/.test(text.slice(lineStartOf(text, pos), pos));
}
