import type { Place, PlaceTable } from './places';

/**
 * A division as a person writes it in a setting: a code (`350128`, the GB/T 2260 form `350100`), a full
 * chain (`福建省平潭县`, `福建省福州市平潭县`, `福建平潭`), an official name (`平潭县`) or a short name (`平潭`).
 * Towns and streets are not in the table; their 9- and 12-digit codes are recognised only to say so.
 */
export type NamedPlace =
  | { readonly kind: 'found'; readonly place: Place }
  /** Several divisions fit (`朝阳区`: in 北京 and in 长春). */
  | { readonly kind: 'ambiguous'; readonly places: readonly Place[] }
  /** A town's or street's code; `county` is the county part of it when the table has that county. */
  | { readonly kind: 'town-code'; readonly county: Place | undefined }
  /** Nothing fits; `near` are divisions whose name the text contains (`平潭综合实验区` → 平潭县). */
  | { readonly kind: 'unknown'; readonly near: readonly Place[] };

/** The place and its ancestors written out from the province down: `福建省福州市平潭县`. */
export function fullName(table: PlaceTable, place: Place): string {
  return table.chain(place).map((p) => p.name).join('');
}

/** `350128` → 350128, `350100` → 3501, `350000` → 35 (no county code ends in 00); `350128000000` → 350128. */
function byWrittenCode(table: PlaceTable, code: string): NamedPlace {
  const county = code.slice(0, 6);
  if (code.length > 6 && !/^0+$/.test(code.slice(6))) return { kind: 'town-code', county: table.byCode(county) };
  const place = table.byCode(code.length >= 6 ? county.replace(/(00)?00$/, '') : code);
  return place ? { kind: 'found', place } : { kind: 'unknown', near: [] };
}

/** True when `prefix` is names of `place`'s ancestors, nearest last, each written in full or short, some left out. */
function ancestorsSpell(prefix: string, place: Place): boolean {
  let rest = prefix;
  for (let p = place.parent; p && rest; p = p.parent) {
    const form = [p.name, p.shortName].find((f) => f && rest.endsWith(f));
    if (form) rest = rest.slice(0, rest.length - form.length);
  }
  return rest === '';
}

/** The division a setting names; see `NamedPlace`. */
export function namedPlace(table: PlaceTable, written: string): NamedPlace {
  const text = written.replace(/\s+/g, '');
  if (/^\d+$/.test(text)) return [2, 4, 6, 9, 12].includes(text.length) ? byWrittenCode(table, text) : { kind: 'unknown', near: [] };
  // The last name decides; an official name beats a short one (`吉林市`, not 吉林省).
  for (const form of ['name', 'shortName'] as const) {
    const fits = table.places.filter((p) => {
      const last = p[form];
      return last !== undefined && text.endsWith(last) && ancestorsSpell(text.slice(0, text.length - last.length), p);
    });
    if (fits.length === 1) return { kind: 'found', place: fits[0] };
    if (fits.length > 1) return { kind: 'ambiguous', places: fits };
  }
  const near = table.places.filter((p) => p.kind !== '功能区' && [p.name, p.shortName].some((f) => f && f.length >= 2 && text.includes(f)));
  // The longest names the text contains: `平潭综合实验区` → 平潭县, not every `平` place.
  const longest = Math.max(0, ...near.map((p) => (text.includes(p.name) ? p.name : p.shortName!).length));
  return { kind: 'unknown', near: near.filter((p) => (text.includes(p.name) ? p.name : p.shortName!).length === longest).slice(0, 3) };
}
