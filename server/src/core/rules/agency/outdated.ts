import type { AgencyDictionary, AgencyMatch, Succession } from '../../agency/dictionary';
import type { FormerEntry } from '../../agency/entries';
import type { WrittenDate } from '../../model/frame';
import type { Fix } from '../../model/findings';
import type { Rule } from '../rule';
import type { AgencyMention } from './mentions';
import { agencyScan, withAgencies } from './mentions';
import { option } from '../../config/config';
import { fixTitle } from '../fixTitles';

/**
 * Names replaced in an institutional reform. Judged against today by default: drafters copy last
 * year's plan and carry its names over, so every rename counts, and the message says when it happened
 * and whether the document's own 成文日期 lies before it (the name was right then). With
 * `agencies.asOf: documentDate` (reviewing an archive) a document dated before the rename is not reported.
 */

/** Where the document's date lies against a rename's date, as far as both are known. */
export type DateOrder = 'before' | 'after' | 'same-period';

/**
 * `2023-07-20` against 成文日期 2023年3月30日 → before; the same year with the month unknown → same-period.
 * A rename the places made one by one (`approximate`, the date is when it began) stays same-period for
 * the year after its start too.
 */
export function compareWithRename(doc: WrittenDate, rename: FormerEntry): DateOrder {
  const [year, month, day] = rename.date.split('-').map(Number);
  const parts: [number | undefined, number | undefined][] = [[doc.year, year], [doc.month, month], [doc.day, day]];
  let order: DateOrder = 'after';
  for (const [d, r] of parts) {
    if (d === undefined || r === undefined || Number.isNaN(r)) {
      order = 'same-period';
      break;
    }
    if (d !== r) {
      order = d < r ? 'before' : 'after';
      break;
    }
  }
  if (order === 'after' && rename.approximate && doc.year !== undefined && doc.year <= year + 1) return 'same-period';
  return order;
}

function writtenDate(d: WrittenDate): string {
  return `${d.year}年${d.month ? `${d.month}月` : ''}${d.month && d.day ? `${d.day}日` : ''}`;
}

/** `2023年7月20日`, `2024年前后`: when a rename took effect, as precisely as the data knows. */
export function renameDate(f: FormerEntry): string {
  const [year, month, day] = f.date.split('-').map(Number);
  if (f.approximate) return `${year}年前后`;
  return `${year}年${month ? `${month}月` : ''}${month && day ? `${day}日` : ''}`;
}

/** `renameDate` in English: `2023-07-20`, `around 2024`. */
export function renameDateEn(f: FormerEntry): string {
  return f.approximate ? `around ${f.date.slice(0, 4)}` : f.date;
}

/** What to write instead of the whole mention, when the data says (`中国人民银行山东省分行`), else undefined. */
export function replacementText(m: AgencyMatch, f: FormerEntry, succession: Succession | undefined): string | undefined {
  const byPlace = m.place !== undefined ? f.replacementByPlace[m.place] : undefined;
  if (byPlace) return byPlace;
  if (f.replacement) return f.replacement.includes('{place}') ? (m.place ? f.replacement.replace('{place}', m.place) : undefined) : f.replacement;
  if (!succession || succession.agency.prefixes.includes('branch')) return undefined;
  return m.prefix + succession.name;
}

/** `change`: 更名, or 撤销 for an office closed without a named successor. */
export function datedNote(date: WrittenDate | undefined, order: DateOrder | undefined, f: FormerEntry, change = '更名'): string {
  if (!date || !order) return `${change}（${renameDate(f)}）以前成文的文件中，这一名称是正确的。`;
  if (order === 'before') return `本文成文日期（${writtenDate(date)}）早于${change}，当时这一名称是正确的；沿用到新文件时须改为现名称。`;
  if (order === 'same-period') return `本文成文日期（${writtenDate(date)}）与${change}时间相近，请按${change}的具体时间核对。`;
  return `本文成文日期（${writtenDate(date)}）晚于${change}。`;
}

/** `datedNote` in English (the dates as ISO). */
export function datedNoteEn(date: WrittenDate | undefined, order: DateOrder | undefined, f: FormerEntry, change = 'the change'): string {
  const at = `${change} (${renameDateEn(f)})`;
  if (!date || !order) return `In documents written before ${at}, this name is correct.`;
  const written = [date.year, date.month, date.day].filter((x) => x !== undefined).map((x) => String(x).padStart(2, '0')).join('-');
  if (order === 'before') return `This document’s date (${written}) is before ${at}: the name was correct then; a new document uses the current name.`;
  if (order === 'same-period') return `This document’s date (${written}) is close to ${at}: check against the exact date.`;
  return `This document’s date (${written}) is after ${at}.`;
}

function reformOf(f: FormerEntry): string {
  return f.reform ?? `${f.year}年机构改革`;
}

/** `，历次更名：2013年改为“…”，2018年改为“…”` for a name renamed more than once. */
function renamePath(succession: Succession): string {
  if (succession.steps.length < 2) return '';
  return `，历次更名：${succession.steps.map((s, i) => `${renameDate(s)}改为“${i + 1 < succession.steps.length ? succession.steps[i + 1].name : succession.name}”`).join('，')}`;
}

/** A fix's title and the text it writes; the edit's range is the mention's own. */
interface FixPlan {
  readonly title: Pick<Fix, 'title' | 'titleId' | 'titleData'>;
  readonly newText: string;
  /** From the prefix (the whole mention is replaced), or from the name. */
  readonly fromPrefix: boolean;
}

function fixPlans(m: AgencyMention, replacement: string | undefined, succession: Succession | undefined, dictionary: AgencyDictionary): readonly FixPlan[] {
  if (replacement === undefined) return [];
  const whole = replacement !== m.prefix + succession?.name;
  const plans: FixPlan[] = [whole
    ? { title: fixTitle('replace', { text: replacement }), newText: replacement, fromPrefix: true }
    : { title: fixTitle('replace', { text: replacement }), newText: succession!.name, fromPrefix: false }];
  // `卫计委` → `卫健委`, `卫生计生委` → `卫生健康委`: the new short form of about the same length.
  if (!whole && succession && (m.form === 'abbreviation' || m.form === 'derived') && succession.name === succession.agency.name) {
    const short = dictionary.shortForms(succession.agency).sort((a, b) => Math.abs(a.length - m.surface.length) - Math.abs(b.length - m.surface.length))[0];
    if (short) plans.push({ title: fixTitle('toShortForm', { text: m.prefix + short }), newText: short, fromPrefix: false });
  }
  return plans;
}

function fixesFor(m: AgencyMention, plans: readonly FixPlan[]): Fix[] {
  if (m.crossesBreak) return [];
  return plans.map((p) => ({ title: p.title.title, titleId: p.title.titleId, titleData: p.title.titleData, edits: [{ start: p.fromPrefix ? m.start : m.nameStart, end: m.end, newText: p.newText }], safe: false }));
}

/** What the rule says about one written form of one former name: the same for each of its mentions. */
interface Judgement {
  readonly messageId: 'renamed' | 'abolished';
  readonly data: Readonly<Record<string, string | number>>;
  readonly plans: readonly FixPlan[];
  readonly order: DateOrder | undefined;
}

function judge(m: AgencyMention, f: FormerEntry, date: WrittenDate | undefined, dictionary: AgencyDictionary): Judgement {
  const order = date ? compareWithRename(date, f) : undefined;
  const succession = dictionary.successor(f, m.level);
  const replacement = replacementText(m, f, succession);
  // A branch office without a named successor (a county 支行): closed, its work moved up.
  const abolished = !f.replacement && !!succession?.agency.prefixes.includes('branch');
  const data = {
    written: m.prefix + m.surface,
    when: renameDate(f),
    replacement: replacement ?? succession?.agency.title ?? succession?.name ?? '',
    reform: reformOf(f),
    path: succession ? renamePath(succession) : '',
    note: [f.note, ...(succession?.steps.slice(1).map((s) => s.note) ?? [])].filter(Boolean).join(''),
    dated: datedNote(date, order, f, abolished ? '撤销' : '更名'),
    whenEn: renameDateEn(f),
    datedEn: datedNoteEn(date, order, f, abolished ? 'the closure' : 'the change'),
    year: f.year,
    successor: replacement ?? succession?.name ?? '',
  };
  return { messageId: abolished ? 'abolished' : 'renamed', data, plans: fixPlans(m, replacement, succession, dictionary), order };
}

export const agencyOutdated: Rule = {
  id: 'agency-outdated',
  category: 'agency',
  defaultSeverity: 'warning',
  description: '机构旧称：机构改革后已更名或撤并的名称（如“环保局”应为“生态环境局”“银保监局”应为“金融监管局”），说明更名时间；默认按今天的名称检查，可设置为按文件成文日期检查。',
  descriptionEn: 'An agency name replaced in an institutional reform (e.g. 环保局 → 生态环境局), with when it changed; judged as of today, or as of the document date.',
  fixable: false,
  messages: {
    renamed: '“{written}”是旧称，{when}起改为“{replacement}”（{reform}{path}）。{note}{dated}请核对后改用现名称。',
    abolished: '“{written}”{when}起不再保留（{reform}）。{note}{dated}请核对后改用现机构名称。',
  },
  messagesEn: {
    renamed: '“{written}” is a former name: since {whenEn} it is “{replacement}”. {datedEn} Check, then use the current name.',
    abolished: '“{written}” no longer exists since {whenEn}. {datedEn} Check, then use the current agency’s name.',
  },
  check(doc, ctx) {
    const resources = withAgencies(ctx.resources);
    if (!resources) return;
    const dictionary = resources.agencies;
    const date = doc.frame.date?.year ? doc.frame.date : undefined;
    const asOfDocument = option(ctx.config, 'agencies.asOf') === 'documentDate';
    // A long draft names the same few former agencies again and again: each written form is judged once
    // (its message data, shared, is then also filled once) and each mention only gets its own fix ranges.
    const judged = new Map<FormerEntry, Map<string, Judgement>>();
    for (const m of agencyScan(doc, resources).mentions) {
      const f = m.former;
      if (!f) continue;
      let forms = judged.get(f);
      if (!forms) judged.set(f, (forms = new Map()));
      const key = `${m.level ?? ''}\u0000${m.place ?? ''}\u0000${m.prefix}\u0000${m.surface}\u0000${m.form}`;
      let j = forms.get(key);
      if (!j) forms.set(key, (j = judge(m, f, date, dictionary)));
      if (asOfDocument && j.order === 'before') continue;
      ctx.report({
        messageId: j.messageId,
        data: j.data,
        start: m.start,
        end: m.end,
        fixes: fixesFor(m, j.plans),
        // Judged as of the document's date, a rename in the same period is a question, not a warning.
        severity: asOfDocument && j.order === 'same-period' ? 'information' : undefined,
      });
    }
  },
};
