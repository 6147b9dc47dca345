import type { Agency, AgencyDictionary, AgencyMatch } from '../core/agency/dictionary';
import { KIND_NAMES_EN, LEVEL_NAMES, LEVEL_NAMES_EN, type FormerEntry } from '../core/agency/entries';
import { placeIndexOf } from '../core/agency/prefix';
import type { WrittenDate } from '../core/model/frame';
import { compareWithRename, datedNote, datedNoteEn, renameDate, renameDateEn, replacementText } from '../core/rules/agency/outdated';
import type { AnalysisResult } from '../core/engine/analyze';
import type { RuleResources } from '../core/rules/rule';
import type { UiLanguage } from './language';
import { isPlaceholder, placeholderKind } from './placeholders';

/** One part of a hover: Markdown text and the span it is about. */
export interface HoverPart {
  readonly markdown: string;
  readonly start: number;
  readonly end: number;
}

/** What a hover provider gets: the document's analysis, the UTF-16 offset under the pointer, the dictionaries it was analysed with. */
export interface HoverContext {
  readonly result: AnalysisResult;
  readonly offset: number;
  readonly resources: RuleResources;
  /** The writer's language (Chinese when absent). */
  readonly language?: UiLanguage;
}

/** One source of hover text; undefined when it has nothing to say at this offset. */
export type HoverProvider = (context: HoverContext) => HoverPart | undefined;

/**
 * What the diagnostic beside it does not say: how many of this kind the document still has, and how to
 * fill it in place. The kind and the advice are the diagnostic's own sentence, shown in the same hover.
 */
export const placeholderHover: HoverProvider = ({ result, offset, language = 'zh' }) => {
  // Inclusive end: a keyboard hover asks at the cursor, which stands after a selected placeholder.
  const here = result.findings.find((f) => isPlaceholder(f) && f.start <= offset && offset <= f.end);
  if (!here) return undefined;
  const kind = placeholderKind(here, language);
  const sameKind = result.findings.filter((f) => f.ruleId === here.ruleId).length;
  const all = result.findings.filter(isPlaceholder).length;
  return {
    markdown: language === 'zh'
      ? `本文档还有 ${sameKind} 处${kind}未处理（占位符共 ${all} 处）。\n\n快速修复“填写此处…”可在原处直接输入，不必先删去占位符。`
      : `${sameKind} of this kind (${kind}) left in this document, ${all} ${all === 1 ? 'placeholder' : 'placeholders'} in all.\n\nThe quick fix “Fill in here…” lets you type over the placeholder in place.`,
    start: here.start,
    end: here.end,
  };
};

function formerLine(agency: Agency, dictionary: AgencyDictionary): string | undefined {
  if (!agency.formerNames.length) return undefined;
  return agency.formerNames
    .map((f) => {
      const shorts = dictionary.shortForms(f);
      return `“${f.name}”${shorts.length ? `（${shorts.join('、')}）` : ''}，${renameDate(f)}${f.reform ? `（${f.reform}）` : ''}`;
    })
    .join('；');
}

/** What the hover says of a former name, in either language: what it became, and the document's date against the change. */
function formerFacts(m: AgencyMatch, f: FormerEntry, dictionary: AgencyDictionary, documentDate: WrittenDate | undefined) {
  const succession = dictionary.successor(f, m.level);
  const to = succession && (replacementText(m, f, succession) ?? succession.agency.title ?? succession.name);
  const date = documentDate?.year ? documentDate : undefined;
  return { f, to, date, order: date ? compareWithRename(date, f) : undefined };
}

export function agencyHoverMarkdown(m: AgencyMatch, dictionary: AgencyDictionary, documentDate: WrittenDate | undefined, language: UiLanguage = 'zh'): string {
  if (language === 'en') return agencyHoverMarkdownEn(m, dictionary, documentDate);
  if (m.former) {
    const { f, to, date, order } = formerFacts(m, m.former, dictionary, documentDate);
    const lines = [
      `**${m.prefix}${f.name}**（旧称）`,
      to ? `${renameDate(f)}起改为“${to}”${f.reform ? `（${f.reform}）` : ''}。` : `${renameDate(f)}起不再使用。`,
      datedNote(date, order, f),
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

/** `agencyHoverMarkdown` in English: the names stay as written, the sentences around them are English. */
function agencyHoverMarkdownEn(m: AgencyMatch, dictionary: AgencyDictionary, documentDate: WrittenDate | undefined): string {
  if (m.former) {
    const { f, to, date, order } = formerFacts(m, m.former, dictionary, documentDate);
    const lines = [
      `**${m.prefix}${f.name}** (former name)`,
      to ? `Called “${to}” since ${renameDateEn(f)}${f.reform ? ` (${f.reform})` : ''}.` : `No longer used since ${renameDateEn(f)}.`,
      datedNoteEn(date, order, f),
      f.note,
      f.source ? `Source: ${f.source}` : undefined,
    ];
    return lines.filter(Boolean).join('\n\n');
  }
  const a = m.agency!;
  const shorts = dictionary.shortForms(a);
  const formers = a.formerNames.map((f) => {
    const short = dictionary.shortForms(f);
    return `“${f.name}”${short.length ? ` (${short.join(', ')})` : ''}, until ${renameDateEn(f)}${f.reform ? ` (${f.reform})` : ''}`;
  }).join('; ');
  const lines = [
    `**${m.prefix}${a.name}**${a.title ? ` (${a.title})` : ''}`,
    m.form === 'derived' || m.form === 'abbreviation' ? `“${m.surface}” is the short form of “${a.name}”.` : undefined,
    shorts.length ? `Short forms: ${shorts.join(', ')}` : undefined,
    a.variants.length ? `Also called locally: ${a.variants.join(', ')}` : undefined,
    `Levels: ${a.levels.map((l) => LEVEL_NAMES_EN[l]).join(', ')} · Kind: ${KIND_NAMES_EN[a.kind]}`,
    formers ? `Former names: ${formers}` : undefined,
    a.note,
    a.origin !== 'builtin' ? `Source: ${a.origin === 'workspace' ? 'the workspace agency dictionary' : 'the setting gongwen.agencies.extra'}` : undefined,
  ];
  return lines.filter(Boolean).join('\n\n');
}

/** The dictionary's match at an offset: names lie within one line, so the line is scanned, not the draft. */
function agencyAt(result: AnalysisResult, offset: number, resources: RuleResources & { readonly agencies: AgencyDictionary }) {
  const { text, lines } = result.document;
  const line = lines.lineOf(offset);
  const lineStart = lines.lineStarts[line];
  const places = resources.places && placeIndexOf(resources.places);
  const match = resources.agencies.scan(text.slice(lineStart, lines.lineContentEnd(line)), places).find((m) => m.start + lineStart <= offset && offset < m.end + lineStart);
  return match && { ...match, start: match.start + lineStart, end: match.end + lineStart };
}

/** Hover on an agency name: full name, short forms, levels, kind, former names; for a former name when and to what it changed. */
export const agencyHover: HoverProvider = ({ result, offset, resources, language }) => {
  const dictionary = resources.agencies;
  const m = dictionary && agencyAt(result, offset, { ...resources, agencies: dictionary });
  if (!dictionary || !m) return undefined;
  return { markdown: agencyHoverMarkdown(m, dictionary, result.document.frame.date, language), start: m.start, end: m.end };
};

/** Hover providers, asked in order; their parts are shown together. */
export const HOVER_PROVIDERS: readonly HoverProvider[] = [placeholderHover, agencyHover];

/** The parts of every provider at one offset (empty: nothing to show). */
export function hoverAt(context: HoverContext, providers: readonly HoverProvider[] = HOVER_PROVIDERS): HoverPart[] {
  return providers.map((p) => p(context)).filter((h): h is HoverPart => h !== undefined);
}
