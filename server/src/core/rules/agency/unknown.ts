import type { Agency, AgencyDictionary, NearForm } from '../../agency/dictionary';
import { LEVEL_NAMES, LEVEL_NAMES_EN, type AgencyLevel } from '../../agency/entries';
import { soundAlike } from '../../text/pinyin';
import { isLevelChar } from '../../agency/prefix';
import type { Fix, RelatedSpan } from '../../model/findings';
import type { CarriedScan, Rule, RuleContext } from '../rule';
import { splicedByWindow } from '../rule';
import type { PolicyDocument } from '../../model/document';
import { documentDefinitions } from './definitions';
import type { AgencyMention, AgencyResources } from './mentions';
import { agencyScan, withAgencies } from './mentions';
import { fixTitle } from '../fixTitles';
import { related } from '../relatedMessages';
import { standsAlone } from '../../text/words';
import { OneEditIndex } from '../../agency/similar';
import { charCodeTable } from '../../text/chars';
import { firstIndexWhere } from '../../text/lineIndex';

/**
 * Agency-shaped names reported only on strong evidence, once per name and document: a name one
 * character away from a known one in a way that marks a slip (a character no agency name uses, one that
 * sounds like the right one, a doubled or missing character, or a name the document itself writes right
 * elsewhere), a contraction taking the wrong character of a word (`住城局` for `住建局`), and a known
 * name after a level that has no such office (`省财政局`: a province has a 财政厅). Local names the
 * dictionary lacks (`区资源生态局`) are not errors and stay silent.
 */

const MAX_RELATED = 20;

interface Evidence {
  readonly kind: 'typo' | 'contraction';
  readonly near: NearForm;
  readonly reason: string;
  readonly reasonEn: string;
}

/**
 * The replaced character is part of a word in both names (`邮政局` beside `财政局`, `水力局` beside `水利局`): each name
 * reads as words, so the other form elsewhere in the document is no evidence of a slip — a list of units names
 * different offices that differ by one character. The character itself may still be (a sound-alike).
 */
function twoWords(name: string, known: string, edit: NearForm['edit']): boolean {
  return edit.kind === 'replace' && !standsAlone(name, edit.at, edit.at + 1) && !standsAlone(known, edit.at, edit.at + 1);
}

/** Why `name` is a slip for the known form `n`, or undefined when the difference may be a real name. */
function reasonFor(name: string, n: NearForm, dictionary: AgencyDictionary, used: ReadonlyMap<string, string>): Evidence | undefined {
  const { edit, known } = n;
  // A character added or left out at the start is another word before a name (`级人民政府` in `省级人民政府`).
  if (edit.kind !== 'replace' && edit.at === 0) return undefined;
  const elsewhere = used.get(known);
  if (elsewhere && !twoWords(name, known, edit)) return { kind: 'typo', near: n, reason: `本文件其他地方写作“${elsewhere}”`, reasonEn: `written “${elsewhere}” elsewhere in this file` };
  if (edit.kind === 'replace') {
    const written = name[edit.at];
    const right = known[edit.at];
    const words = n.pattern === 'contraction' && n.base ? dictionary.contractionWords(n.base) : undefined;
    if (words?.some((w) => w.includes(written) && w.includes(right))) return { kind: 'contraction', near: n, reason: '', reasonEn: '' };
    if (!dictionary.usesCharacter(written)) return { kind: 'typo', near: n, reason: `机构名称中不用“${written}”`, reasonEn: `no agency name uses “${written}”` };
    if (soundAlike(written, right)) return { kind: 'typo', near: n, reason: `“${written}”与“${right}”同音`, reasonEn: `“${written}” sounds like “${right}”` };
    return undefined;
  }
  if (edit.kind === 'add') {
    const extra = name[edit.at];
    if (name[edit.at - 1] === extra || name[edit.at + 1] === extra) return { kind: 'typo', near: n, reason: `“${extra}”重复`, reasonEn: `“${extra}” doubled` };
    if (!dictionary.usesCharacter(extra)) return { kind: 'typo', near: n, reason: `多了“${extra}”`, reasonEn: `an extra “${extra}”` };
    return undefined;
  }
  // A character left out of a long name; in a short one the rest may be another real name.
  return known.length >= 5 ? { kind: 'typo', near: n, reason: `少了“${known[edit.at]}”`, reasonEn: `“${known[edit.at]}” left out` } : undefined;
}

function evidenceFor(name: string, dictionary: AgencyDictionary, used: ReadonlyMap<string, string>): Evidence | undefined {
  const last = name.length - 1;
  // A different ending (局/委/办/厅) is a different kind of office, not a slip.
  const nears = dictionary.near(name).filter((n) => n.known[n.known.length - 1] === name[last] && !(n.edit.kind === 'replace' && n.edit.at === last));
  const current = nears.filter((n) => n.agency);
  for (const n of current.length ? current : nears) {
    const e = reasonFor(name, n, dictionary, used);
    if (e) return e;
  }
  return undefined;
}

const stemCache = new WeakMap<AgencyDictionary, Map<string, Agency[]>>();
const SUFFIX = /(?:委员会|厅|局|委)$/;

/** The agency of the same name stem at this level (`财政局` at 省 → `财政厅`). */
function siblingAt(dictionary: AgencyDictionary, agency: Agency, level: AgencyLevel): { agency: Agency; name: string } | undefined {
  let stems = stemCache.get(dictionary);
  if (!stems) {
    stems = new Map();
    for (const a of dictionary.agencies) {
      for (const n of [a.name, ...a.variants]) {
        const stem = n.replace(SUFFIX, '');
        if (stem !== n) stems.set(stem, [...(stems.get(stem) ?? []), a]);
      }
    }
    stemCache.set(dictionary, stems);
  }
  for (const n of [agency.name, ...agency.variants]) {
    const stem = n.replace(SUFFIX, '');
    const sibling = stem === n ? undefined : stems.get(stem)?.find((a) => a !== agency && a.levels.includes(level));
    if (sibling) return { agency: sibling, name: [sibling.name, ...sibling.variants].find((x) => x.startsWith(stem)) ?? sibling.name };
  }
  return undefined;
}

/** Occurrences after the first, as related spans (a few: the count says how many). */
function others(spans: readonly { start: number; end: number }[], text: string): RelatedSpan[] {
  return spans.slice(1, MAX_RELATED + 1).map((s) => related(s.start, s.end, 'sameForm', { text }));
}

function countNote(count: number): string {
  return count > 1 ? `本文件共 ${count} 处。` : '';
}

function countNoteEn(count: number): string {
  return count > 1 ? ` ${count} in this file.` : '';
}

/**
 * The State Council's and the Party centre's names (and their listed short forms, 3 characters or more), indexed
 * for one-edit lookups: a national name stands without a level before it (`教育部`, `国务院办公厅`), so the unit scan
 * never opens one, and a misspelt one (`教域部`, `国务院办厅`) is looked for here. Once per dictionary.
 */
interface NationalNames {
  readonly index: OneEditIndex;
  readonly byText: ReadonlyMap<string, Agency>;
  /** First and last characters of the names (tables by character code): a window is compared only between two of them. */
  readonly first: Uint8Array;
  readonly last: Uint8Array;
  /** Window lengths to try: each name's length and one more or less. */
  readonly lengths: readonly number[];
  /**
   * The window lengths worth comparing, by the window's first and last character (`pairKey`): a slip is never at
   * either end, so a window one slip from a name opens and ends as it does and is at most one longer or shorter.
   * Most windows between a first and a last character of some names match no one name's ends.
   */
  readonly ends: ReadonlyMap<number, ReadonlySet<number>>;
}

const pairKey = (first: number, last: number) => first * 0x10000 + last;

const nationalCache = new WeakMap<AgencyDictionary, NationalNames>();

function nationalNames(dictionary: AgencyDictionary): NationalNames {
  let v = nationalCache.get(dictionary);
  if (v) return v;
  const byText = new Map<string, Agency>();
  for (const a of dictionary.agencies) {
    if (a.levels.length !== 1 || a.levels[0] !== '国家') continue;
    for (const t of [a.name, ...a.variants, ...a.abbreviations]) if (t.length >= 3 && !byText.has(t)) byText.set(t, a);
  }
  const texts = [...byText.keys()];
  const lengths = new Set<number>();
  const ends = new Map<number, Set<number>>();
  for (const t of texts) {
    const key = pairKey(t.charCodeAt(0), t.charCodeAt(t.length - 1));
    let windows = ends.get(key);
    if (!windows) ends.set(key, (windows = new Set()));
    for (const d of [-1, 0, 1]) {
      lengths.add(t.length + d);
      windows.add(t.length + d);
    }
  }
  v = {
    index: new OneEditIndex(texts), byText, first: charCodeTable(texts.map((t) => t[0])), last: charCodeTable(texts.map((t) => t[t.length - 1])),
    lengths: [...lengths].filter((n) => n >= 3).sort((a, b) => a - b), ends,
  };
  nationalCache.set(dictionary, v);
  return v;
}

/**
 * Why a window is a slip for a national name, or undefined: never a character changed, added or left out at either
 * end (another word before the name, another office's ending); a replaced character that sounds like the right one
 * or that no agency name uses — in a three-character name both (`外教部` could be a school's office); a character
 * left out of a name of five or more; an added one that doubles its neighbour or that no agency name uses.
 */
function nationalReason(w: string, known: string, edit: NearForm['edit'], dictionary: AgencyDictionary): { reason: string; reasonEn: string } | undefined {
  const lastOfKnown = known.length - 1;
  if (edit.at === 0) return undefined;
  if (edit.kind === 'replace') {
    if (edit.at === lastOfKnown) return undefined;
    const written = w[edit.at];
    const right = known[edit.at];
    const unused = !dictionary.usesCharacter(written);
    const alike = soundAlike(written, right);
    if (known.length === 3 ? !(unused && alike) : !(unused || alike)) return undefined;
    return alike ? { reason: `“${written}”与“${right}”同音`, reasonEn: `“${written}” sounds like “${right}”` } : { reason: `机构名称中不用“${written}”`, reasonEn: `no agency name uses “${written}”` };
  }
  // 和 left out is the short form (`住房城乡建设部`, `人力资源社会保障部`), not a slip.
  if (edit.kind === 'omit') return edit.at < lastOfKnown && known.length >= 5 && !/[和与]/.test(known[edit.at]) ? { reason: `少了“${known[edit.at]}”`, reasonEn: `“${known[edit.at]}” left out` } : undefined;
  const extra = w[edit.at];
  if (edit.at >= w.length - 1) return undefined;
  if (w[edit.at - 1] === extra || w[edit.at + 1] === extra) return { reason: `“${extra}”重复`, reasonEn: `“${extra}” doubled` };
  return dictionary.usesCharacter(extra) ? undefined : { reason: `多了“${extra}”`, reasonEn: `an extra “${extra}”` };
}

interface NationalTypo {
  readonly start: number;
  readonly end: number;
  readonly known: string;
  readonly agency: Agency;
  readonly reason: string;
  readonly reasonEn: string;
}

/**
 * Where the scan's names lie: `owner[i]` is 1 + the index of the name covering offset i (0 for none), so a window
 * may hold whole names (`国务院` in `国务院办厅`, `人民银行` in `中过人民银行`) but never cut one.
 */
interface Covered {
  readonly owner: Int32Array;
  readonly spans: readonly { readonly start: number; readonly end: number }[];
}

function coveredBy(length: number, spans: readonly { readonly start: number; readonly end: number }[]): Covered {
  const owner = new Int32Array(length);
  spans.forEach((x, k) => owner.fill(k + 1, x.start, x.end));
  return { owner, spans };
}

/**
 * Whether an offset lies inside any of the spans (in any order, overlapping or not): a binary search over the
 * starts with the furthest end reached so far. The 委员会 check asks this at a few offsets on every analysis (every
 * keystroke), where a table of the whole text would cost its length each time.
 */
function insideAnyOf(spans: readonly { readonly start: number; readonly end: number }[]): (offset: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  let furthest = -1;
  for (const x of sorted) reach.push((furthest = Math.max(furthest, x.end)));
  return (offset) => {
    const after = firstIndexWhere(sorted, (x) => x.start > offset);
    return after > 0 && reach[after - 1] > offset;
  };
}

/** [start, end) cuts no name: a name covering its first or last character starts or ends with it. */
function cutsNone(c: Covered, start: number, end: number): boolean {
  const a = c.owner[start];
  const b = c.owner[end - 1];
  return (a === 0 || c.spans[a - 1].start === start) && (b === 0 || c.spans[b - 1].end === end);
}

/** A name's last character and the next one making a word: `部门`, `部署`, `部分`, `局长`, `厅长`, `行动`, `会议`. */
const WORD_AFTER = /^(?:部[门署分际属]|[局厅署]长|行[动业为政]|会[议上同商签])/;

/** Windows one slip away from a national name, cutting no name the scan found, left to right, not overlapping. */
function nationalTypos(text: string, covered: Covered, dictionary: AgencyDictionary): NationalTypo[] {
  const names = nationalNames(dictionary);
  const out: NationalTypo[] = [];
  let lastEnd = 0;
  for (let j = 0; j < text.length; j++) {
    // `教育部门`, `财政部署`, `公安局长`: the last character begins a word there.
    const lastCode = text.charCodeAt(j);
    if (names.last[lastCode] !== 1) continue;
    let afterChecked = false;
    // The longest window first: `国务院办厅` rather than a shorter tail of it.
    for (let k = names.lengths.length - 1; k >= 0; k--) {
      const start = j - names.lengths[k] + 1;
      if (start < lastEnd || start < 0) continue;
      const firstCode = text.charCodeAt(start);
      if (names.first[firstCode] !== 1 || !names.ends.get(pairKey(firstCode, lastCode))?.has(names.lengths[k]) || !cutsNone(covered, start, j + 1)) continue;
      if (!afterChecked) {
        if (WORD_AFTER.test(text.slice(j, j + 2))) break;
        afterChecked = true;
      }
      const w = text.slice(start, j + 1);
      // A whole name of the scan is no slip (`国务院办公厅` found as written).
      // Any form the dictionary knows (`市场监管局` of a local office listed without its level) is none either.
      if (/[^\u3400-\u9fff]/.test(w) || names.index.has(w) || dictionary.lookup(w) || (covered.owner[start] !== 0 && covered.owner[start] === covered.owner[j])) continue;
      let hit: NationalTypo | undefined;
      for (const n of names.index.near(w)) {
        if (n.known[n.known.length - 1] !== w[w.length - 1]) continue;
        const why = nationalReason(w, n.known, n.edit, dictionary);
        if (why) {
          hit = { start, end: j + 1, known: n.known, agency: names.byText.get(n.known)!, ...why };
          break;
        }
      }
      if (hit) {
        out.push(hit);
        lastEnd = hit.end;
        break;
      }
    }
  }
  return out;
}

const typosCache = new WeakMap<PolicyDocument, WeakMap<AgencyDictionary, readonly NationalTypo[]>>();

/** The misspelt national names of a document (once per document and dictionary; carried across an edit below). */
function nationalTyposOf(doc: PolicyDocument, resources: AgencyResources): readonly NationalTypo[] {
  const dictionary = resources.agencies;
  let perDictionary = typosCache.get(doc);
  if (!perDictionary) typosCache.set(doc, (perDictionary = new WeakMap()));
  let typos = perDictionary.get(dictionary);
  if (!typos) {
    const scan = agencyScan(doc, resources);
    typos = nationalTypos(doc.text, coveredBy(doc.text.length, [...scan.mentions, ...scan.unknown].sort((a, b) => a.start - b.start)), dictionary);
    perDictionary.set(dictionary, typos);
  }
  return typos;
}

/**
 * After an edit, the misspelt national names of the new draft from the previous draft's and the re-checked lines':
 * a window holds Han characters only, so a slip never crosses a line, and the scan of every character of a long
 * draft runs on the edited lines alone.
 */
export const carriedNationalTypos: CarriedScan = {
  carry(previous, doc, window, resources) {
    const withDictionary = withAgencies(resources);
    if (!withDictionary) return;
    const before = typosCache.get(previous)?.get(withDictionary.agencies);
    if (!before || typosCache.get(doc)?.has(withDictionary.agencies)) return;
    const typos = splicedByWindow(before, nationalTyposOf(window.document, withDictionary), window, (t) => t.start, (t, by) => ({ ...t, start: t.start + by, end: t.end + by }));
    let perDictionary = typosCache.get(doc);
    if (!perDictionary) typosCache.set(doc, (perDictionary = new WeakMap()));
    perDictionary.set(withDictionary.agencies, typos);
  },
};

/** After a short form ending in 委: `会` before a mark or the end of the line (`发展改革委会、`). */
const MIXED_HUI = /^会(?:$|[、，。；：）\s])/;

interface MixedForm {
  readonly start: number;
  readonly end: number;
  readonly written: string;
  readonly short: string;
  readonly full: string;
}

/**
 * A short form ending in 委 with the full name's ending after it: `卫健委员会`, `发改委员会`, `国资委员会` (委 + 员会), `发展改革委会`
 * (委 + 会). Not when the whole is a known name (`政法委员会`), nor `委员会议` (a meeting of members), nor after a character
 * that continues a word (`召开发改委员会议`); the short form must be three characters or more (`党委会` is a meeting).
 */
function mixedForms(text: string, mentions: readonly AgencyMention[], dictionary: AgencyDictionary): MixedForm[] {
  const inside = insideAnyOf(mentions);
  const out: MixedForm[] = [];
  const fullOf = (short: string) => {
    const hit = dictionary.lookup(short);
    return hit?.agency && hit.form !== 'name' && hit.form !== 'variant' ? hit.agency.name : undefined;
  };
  for (const m of mentions) {
    if (m.surface.length < 3 || !m.surface.endsWith('委') || !MIXED_HUI.test(text.slice(m.end, m.end + 2)) || inside(m.end)) continue;
    const full = fullOf(m.surface);
    if (full && !dictionary.lookup(m.surface + '会')) out.push({ start: m.start, end: m.end + 1, written: m.prefix + m.surface + '会', short: m.prefix + m.surface, full: m.prefix + full });
  }
  for (let i = text.indexOf('委员会'); i >= 0; i = text.indexOf('委员会', i + 1)) {
    if (text[i + 3] === '议' || inside(i)) continue;
    for (let k = 7; k >= 3; k--) {
      const start = i + 1 - k;
      if (start < 0 || inside(start)) continue;
      const short = text.slice(start, i + 1);
      const full = fullOf(short);
      if (!full || dictionary.lookup(short + '员会')) continue;
      const before = text[start - 1] ?? '';
      if (/[\u3400-\u9fff]/.test(before) && !/[省市县区州旗]/.test(before)) continue;
      const prefix = /[省市县区州旗]/.test(before) ? before : '';
      out.push({ start: start - prefix.length, end: i + 3, written: prefix + short + '员会', short: prefix + short, full: prefix + full });
      break;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export const agencyUnknown: Rule = {
  id: 'agency-unknown',
  category: 'agency',
  defaultSeverity: 'information',
  description: '疑似写错的机构名称：与规范名称只差一字（如“市财攻局”“交通运数厅”）、不通行的缩略（如“住城局”）或层级不符（如“省财政局”）；同一写法每份文件只提示一次。',
  descriptionEn: 'An agency name that looks mistyped (one character off a known name), a contraction no office uses, or a name at a level that has no such office; once per name and document.',
  fixable: false,
  messages: {
    typo: '“{written}”可能写错：与“{suggestion}”只差一个字（{reason}）。请核对；确认无误的，可用快速修复“添加到工作区机构词典”。{more}',
    contraction: '“{written}”不是通行的简称：“{full}”通常简称“{suggestion}”。请改用“{suggestion}”或全称。{more}',
    level: '“{written}”与层级不符：{levelName}机构称“{sibling}”，“{agency}”是{levels}的机构。请核对是否应为“{suggestion}”。{more}',
    mixed: '“{written}”把简称和全称混在一起：全称为“{full}”，简称为“{short}”。请改用其中一种。',
  },
  messagesEn: {
    typo: '“{written}” may be misspelt: it differs from “{suggestion}” by one character ({reasonEn}). Check it; if it is right, use the quick fix “Add to the workspace agency dictionary”.{moreEn}',
    contraction: '“{written}” is not the usual short form: “{full}” is usually shortened to “{suggestion}”. Use “{suggestion}” or the full name.{moreEn}',
    level: '“{written}” does not fit the level: at the {levelNameEn} level the agency is called “{sibling}”; “{agency}” is an agency of the {levelsEn} levels. Check whether “{suggestion}” is meant.{moreEn}',
    mixed: '“{written}” mixes the short form and the full name: the full name is “{full}”, the short form “{short}”. Use one of them.',
  },
  check(doc, ctx) {
    const resources = withAgencies(ctx.resources);
    if (!resources) return;
    const dictionary = resources.agencies;
    const scan = agencyScan(doc, resources);
    const defined = documentDefinitions(doc, scan).names;
    /** Each form the document writes, with how it is written the first time (`财政局` → `市财政局`). */
    const used = new Map<string, string>();
    for (const m of scan.mentions) if (!used.has(m.surface)) used.set(m.surface, m.prefix + m.surface);

    // A short form with the full ending (`市卫健委员会`) is that, not an unknown unit.
    const mixed = mixedForms(doc.text, scan.mentions, dictionary);
    // Names that look like units but are not in the dictionary, once per name.
    const groups = new Map<string, (typeof scan.unknown)[number][]>();
    for (const u of scan.unknown) {
      if (defined.has(u.name) || defined.has(u.prefix + u.name) || mixed.some((m) => m.start < u.end && u.start < m.end)) continue;
      const group = groups.get(u.name);
      if (group) group.push(u);
      else groups.set(u.name, [u]);
    }
    for (const [name, occurrences] of groups) {
      const evidence = evidenceFor(name, dictionary, used);
      if (!evidence) continue;
      const first = occurrences[0];
      const suggestion = evidence.near.known;
      ctx.report({
        messageId: evidence.kind,
        data: {
          name, written: first.prefix + name, suggestion: first.prefix + suggestion, reason: evidence.reason, reasonEn: evidence.reasonEn, more: countNote(occurrences.length), moreEn: countNoteEn(occurrences.length),
          full: first.prefix + (evidence.near.agency?.name ?? evidence.near.former?.name ?? suggestion), count: occurrences.length,
        },
        start: first.start,
        end: first.end,
        fixes: replaceAll(occurrences, suggestion, first.prefix + suggestion),
        related: others(occurrences, first.prefix + name),
      });
    }

    // Names the scan did not find as names: misspelt national names, short forms with the full ending.
    const typos = new Map<string, NationalTypo[]>();
    for (const t of nationalTyposOf(doc, resources)) {
      const w = doc.text.slice(t.start, t.end);
      const group = typos.get(w);
      if (group) group.push(t);
      else typos.set(w, [t]);
    }
    for (const [written, occurrences] of typos) {
      const first = occurrences[0];
      const spans = occurrences.map((o) => ({ nameStart: o.start, end: o.end, crossesBreak: false }));
      ctx.report({
        messageId: 'typo',
        data: {
          name: written, written, suggestion: first.known, reason: first.reason, reasonEn: first.reasonEn, more: countNote(occurrences.length), moreEn: countNoteEn(occurrences.length),
          full: first.agency.name, count: occurrences.length,
        },
        start: first.start,
        end: first.end,
        fixes: replaceAll(spans, first.known, first.known),
        related: others(occurrences, written),
      });
    }
    for (const m of mixed) {
      ctx.report({
        messageId: 'mixed',
        data: { written: m.written, full: m.full, short: m.short },
        start: m.start,
        end: m.end,
        fixes: [m.full, m.short].map((t) => ({ ...fixTitle('replace', { text: t }), edits: [{ start: m.start, end: m.end, newText: t }], safe: false })),
      });
    }

    // Known names after a level that has no such office.
    const misplaced = new Map<string, AgencyMention[]>();
    const text = doc.text;
    for (const m of scan.mentions) {
      if (!m.agency || !m.level || m.agency.levels.includes(m.level) || m.level === '国家') continue;
      // `省、自治区、直辖市劳动保障厅`, `省、市财政局`: a list of levels, not one office.
      if ((text[m.start - 1] === '、' && isLevelChar(text[m.start - 2] ?? '')) || text.startsWith('直辖', m.start - 2)) continue;
      const key = m.prefix + m.surface;
      const group = misplaced.get(key);
      if (group) group.push(m);
      else misplaced.set(key, [m]);
    }
    for (const [written, occurrences] of misplaced) {
      const m = occurrences[0];
      const sibling = siblingAt(dictionary, m.agency!, m.level!);
      if (!sibling) continue;
      report(ctx, written, m, sibling, occurrences);
    }
  },
};

function report(ctx: RuleContext, written: string, m: AgencyMention, sibling: { agency: Agency; name: string }, occurrences: readonly AgencyMention[]): void {
  const agency = m.agency!;
  ctx.report({
    messageId: 'level',
    data: {
      name: m.surface, written, sibling: sibling.name, agency: agency.name, suggestion: m.prefix + sibling.name,
      levelName: LEVEL_NAMES[m.level!], levels: agency.levels.map((l) => LEVEL_NAMES[l]).join('、'), more: countNote(occurrences.length), count: occurrences.length,
      levelNameEn: LEVEL_NAMES_EN[m.level!], levelsEn: agency.levels.map((l) => LEVEL_NAMES_EN[l]).join(', '), moreEn: countNoteEn(occurrences.length),
    },
    start: m.start,
    end: m.end,
    fixes: replaceAll(occurrences.map((o) => ({ ...o, nameStart: o.nameStart })), sibling.name, m.prefix + sibling.name),
    related: others(occurrences, written),
  });
}

/** One fix for every occurrence (the name part; prefixes stay); none when a name runs over a page break. */
function replaceAll(occurrences: readonly { nameStart: number; end: number; crossesBreak: boolean }[], newText: string, shown: string): Fix[] {
  if (occurrences.some((o) => o.crossesBreak)) return [];
  return [{ ...(occurrences.length > 1 ? fixTitle('replaceAll', { text: shown, count: occurrences.length }) : fixTitle('replace', { text: shown })), edits: occurrences.map((o) => ({ start: o.nameStart, end: o.end, newText })), safe: false }];
}
