import type { Enumeration, EnumerationItem, EnumerationStyle } from '../model/document';
import type { OccurrenceIndex } from '../text/occurrences';
import { parseChineseNumeral } from './numerals';
import { charCodeTable } from '../text/chars';

const ENUM_NUMERALS = charCodeTable('一二三四五六七八九十');
/** An enumeration word counts only at a clause start: `统一是` and `第一批` are not items. */
const CLAUSE_START = charCodeTable(['。', '；', ';', '，', ',', '：', ':', '！', '？', '!', '?', ' ', '\u3000', '\t', '”', '）', ')']);
const AFTER_DI = charCodeTable(['，', ',', '：', ':', '、']);
const AFTER_SHOUXIAN = charCodeTable(['，', ',', '：', ':']);
const NOT_AFTER_YAO = charCodeTable(['求', '素', '点', '是']);

const SHOUXIAN_VALUE: Readonly<Record<string, number>> = { 首先: 1, 其次: 2, 再次: 3, 最后: 0 };

export interface EnumerationBuilder {
  /** Scan one paragraph's text [start, end). `sectionKey` changes when a heading intervenes. */
  scan(text: string, start: number, end: number, paragraph: number, sectionKey: number): void;
  finish(): Enumeration[];
}

/**
 * Items are grouped per style within one section body: 一是 and 二是 often stand in separate
 * paragraphs. A value of 1 (or a new section) starts a new enumeration.
 */
export function enumerationBuilder(occurrences: OccurrenceIndex): EnumerationBuilder {
  const done: Enumeration[] = [];
  const pendingShouxian: { word: string; p: number }[] = [];
  const open = new Map<EnumerationStyle, { paragraph: number; section: number; items: EnumerationItem[] }>();
  const close = (style: EnumerationStyle) => {
    const e = open.get(style);
    if (e && e.items.length >= 2) done.push({ style, paragraph: e.paragraph, items: e.items });
    open.delete(style);
  };
  const add = (style: EnumerationStyle, word: string, itemStart: number, itemEnd: number, text: string, paragraph: number, sectionKey: number) => {
    const current = open.get(style);
    let value = style === 'shouxian' ? SHOUXIAN_VALUE[word] : parseChineseNumeral(word);
    if (style === 'shouxian' && value === 0) value = current ? current.items[current.items.length - 1].value + 1 : 0;
    if (!value) return;
    if (!current || current.section !== sectionKey || value === 1) {
      close(style);
      // 第二 or 其次 alone is ordinary prose; only 一是/一要 series may start past one.
      if (value !== 1 && style !== 'shi' && style !== 'yao') return;
      open.set(style, { paragraph, section: sectionKey, items: [] });
    }
    open.get(style)!.items.push({ value, text: text.slice(itemStart, itemEnd), start: itemStart, end: itemEnd });
  };
  return {
    // Each style is found from its own characters' occurrence table, in document order.
    scan(text, start, end, paragraph, sectionKey) {
      const atClauseStart = (p: number) => p === start || CLAUSE_START[text.charCodeAt(p - 1)] === 1;
      for (const [style, suffix] of [['shi', '是'], ['yao', '要']] as const) {
        for (const p of occurrences.between(suffix, start, end)) {
          let q = p;
          while (q > start && p - q < 3 && ENUM_NUMERALS[text.charCodeAt(q - 1)] === 1) q--;
          if (q === p || !atClauseStart(q)) continue;
          if (style === 'yao' && NOT_AFTER_YAO[text.charCodeAt(p + 1)] === 1) continue;
          add(style, text.slice(q, p), q, p + 1, text, paragraph, sectionKey);
        }
      }
      for (const p of occurrences.between('第', start, end)) {
        let q = p + 1;
        while (q < end && q - p <= 3 && ENUM_NUMERALS[text.charCodeAt(q)] === 1) q++;
        if (q === p + 1 || AFTER_DI[text.charCodeAt(q)] !== 1 || !atClauseStart(p)) continue;
        add('di', text.slice(p + 1, q), p, q, text, paragraph, sectionKey);
      }
      for (const word of ['首先', '其次', '再次', '最后']) {
        for (const p of occurrences.between(word, start, end - 1)) {
          if (AFTER_SHOUXIAN[text.charCodeAt(p + 2)] === 1 && atClauseStart(p)) pendingShouxian.push({ word, p });
        }
      }
      // 首先/其次/再次/最后 must be added in document order: 最后 takes the value after the last item.
      pendingShouxian.sort((a, b) => a.p - b.p);
      for (const { word, p } of pendingShouxian) add('shouxian', word, p, p + 2, text, paragraph, sectionKey);
      pendingShouxian.length = 0;
    },
    finish() {
      for (const style of [...open.keys()]) close(style);
      return done.sort((a, b) => a.items[0].start - b.items[0].start);
    },
  };
}
