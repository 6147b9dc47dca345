import type { Agency, AgencyDictionary, NearForm } from '../../agency/dictionary';
import { LEVEL_NAMES, LEVEL_NAMES_EN, type AgencyLevel } from '../../agency/entries';
import { soundAlike } from '../../text/pinyin';
import { isLevelChar } from '../../agency/prefix';
import type { Fix, RelatedSpan } from '../../model/findings';
import type { Rule, RuleContext } from '../rule';
import { documentDefinitions } from './definitions';
import type { AgencyMention } from './mentions';
import { agencyScan, withAgencies } from './mentions';
import { fixTitle } from '../fixTitles';
import { related } from '../relatedMessages';
import { standsAlone } from '../../text/words';

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
  },
  messagesEn: {
    typo: '“{written}” may be misspelt: it differs from “{suggestion}” by one character ({reasonEn}). Check it; if it is right, use the quick fix “Add to the workspace agency dictionary”.{moreEn}',
    contraction: '“{written}” is not the usual short form: “{full}” is usually shortened to “{suggestion}”. Use “{suggestion}” or the full name.{moreEn}',
    level: '“{written}” does not fit the level: at the {levelNameEn} level the agency is called “{sibling}”; “{agency}” is an agency of the {levelsEn} levels. Check whether “{suggestion}” is meant.{moreEn}',
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

    // Names that look like units but are not in the dictionary, once per name.
    const groups = new Map<string, (typeof scan.unknown)[number][]>();
    for (const u of scan.unknown) {
      if (defined.has(u.name) || defined.has(u.prefix + u.name)) continue;
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
