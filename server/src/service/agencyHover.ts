import type { Agency, AgencyDictionary, AgencyMatch } from '../core/agency/dictionary';
import type { AgencyLevel } from '../core/agency/entries';
import type { WrittenDate } from '../core/model/frame';
import { compareWithRename, datedNote, renameDate, replacementText } from '../core/rules/agency/outdated';

/** What the hover on an agency name says: full name, short forms, levels, kind, former names; for a former name when it changed, to what, and whether the document's date lies before. */

export const LEVEL_NAMES: Readonly<Record<AgencyLevel, string>> = { 国家: '中央和国家机关', 省: '省级', 市: '市级', 县: '县级', 区: '区级', 乡镇: '乡镇（街道）' };

function formerLine(agency: Agency, dictionary: AgencyDictionary): string | undefined {
  if (!agency.formerNames.length) return undefined;
  return agency.formerNames
    .map((f) => {
      const shorts = dictionary.shortForms(f);
      return `“${f.name}”${shorts.length ? `（${shorts.join('、')}）` : ''}，${renameDate(f)}${f.reform ? `（${f.reform}）` : ''}`;
    })
    .join('；');
}

export function agencyHoverMarkdown(m: AgencyMatch, dictionary: AgencyDictionary, documentDate: WrittenDate | undefined): string {
  if (m.former) {
    const f = m.former;
    const succession = dictionary.successor(f, m.level);
    const to = succession && (replacementText(m, f, succession) ?? succession.agency.title ?? succession.name);
    const order = documentDate?.year ? compareWithRename(documentDate, f) : undefined;
    const dated = datedNote(documentDate?.year ? documentDate : undefined, order, f);
    const lines = [
      `**${m.prefix}${f.name}**（旧称）`,
      to ? `${renameDate(f)}起改为“${to}”${f.reform ? `（${f.reform}）` : ''}。` : `${renameDate(f)}起不再使用。`,
      dated,
      f.note,
      f.source ? `出处：${f.source}` : undefined,
    ];
    return lines.filter(Boolean).join('\n\n');
  }
  const a = m.agency!;
  const shorts = dictionary.shortForms(a);
  const formers = formerLine(a, dictionary);
  const lines = [
    `**${m.prefix}${a.name}**${a.title ? `（${a.title}）` : ''}`,
    m.form === 'derived' || m.form === 'abbreviation' ? `“${m.surface}”是“${a.name}”的简称。` : undefined,
    shorts.length ? `简称：${shorts.join('、')}` : undefined,
    a.variants.length ? `部分地方称：${a.variants.join('、')}` : undefined,
    `层级：${a.levels.map((l) => LEVEL_NAMES[l]).join('、')} · 类别：${a.kind}`,
    formers ? `曾用名：${formers}` : undefined,
    a.note,
    a.origin !== 'builtin' ? `来源：${a.origin === 'workspace' ? '工作区机构词典' : '设置 gongwen.agencies.extra'}` : undefined,
  ];
  return lines.filter(Boolean).join('\n\n');
}
