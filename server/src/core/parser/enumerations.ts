import type { Enumeration, EnumerationItem, EnumerationStyle } from '../model/document';
import type { OccurrenceIndex, Occurrences } from '../text/occurrences';
import { parseChineseNumeral } from './numerals';
import { charCodeTable } from '../text/chars';

const ENUM_NUMERALS = charCodeTable('一二三四五六七八九十');
/** An enumeration word counts only at a clause start: `统一是` and `第一批` are not items. */
const CLAUSE_START = charCodeTable(['。', '；', ';', '，', ',', '：', ':', '！', '？', '!', '?', ' ', '\u3000', '\t', '”', '）', ')']);
const AFTER_DI = charCodeTable(['，', ',', '：', ':', '、']);
const AFTER_SHOUXIAN = charCodeTable(['，', ',', '：', ':']);
const NOT_AFTER_YAO = charCodeTable(['求', '素', '点', '是']);

const SHOUXIAN_WORDS = ['首先', '其次', '再次', '最后'] as const;
/** 最后 takes the value after the last item (0 here). */
const SHOUXIAN_VALUES = [1, 2, 3, 0];

export interface EnumerationBuilder {
  /** Scan one paragraph's text [start, end). `sectionKey` changes when a heading intervenes. */
  scan(text: string, start: number, end: number, paragraph: number, sectionKey: number): void;
  finish(): Enumeration[];
}

interface OpenEnumeration {
  readonly paragraph: number;
  readonly section: number;
  readonly items: EnumerationItem[];
}

/**
 * Items are grouped per style within one section body: 一是 and 二是 often stand in separate
 * paragraphs. A value of 1 (or a new section) starts a new enumeration. Each style is found from
 * its own characters' occurrence table, in document order, reading positions in place (the scan
 * runs for every paragraph of the draft: it allocates only for items found).
 */
export function enumerationBuilder(occurrences: OccurrenceIndex): EnumerationBuilder {
  return new Builder(occurrences);
}

class Builder implements EnumerationBuilder {
  private readonly done: Enumeration[] = [];
  private readonly open = new Map<EnumerationStyle, OpenEnumeration>();
  private readonly shi: Occurrences;
  private readonly yao: Occurrences;
  private readonly di: Occurrences;
  private readonly shouxian: readonly Occurrences[];
  private readonly pendingShouxian: { word: number; p: number }[] = [];

  constructor(occurrences: OccurrenceIndex) {
    this.shi = occurrences.of('是');
    this.yao = occurrences.of('要');
    this.di = occurrences.of('第');
    this.shouxian = SHOUXIAN_WORDS.map((w) => occurrences.of(w));
  }

  scan(text: string, start: number, end: number, paragraph: number, sectionKey: number): void {
    this.numeralBefore('shi', this.shi, text, start, end, paragraph, sectionKey);
    this.numeralBefore('yao', this.yao, text, start, end, paragraph, sectionKey);
    const di = this.di.all;
    for (let i = this.di.firstIndex(start); i < di.length && di[i] < end; i++) {
      const p = di[i];
      let q = p + 1;
      while (q < end && q - p <= 3 && ENUM_NUMERALS[text.charCodeAt(q)] === 1) q++;
      if (q === p + 1 || AFTER_DI[text.charCodeAt(q)] !== 1 || !atClauseStart(text, start, p)) continue;
      this.add('di', parseChineseNumeral(text.slice(p + 1, q)), p, q, text, paragraph, sectionKey);
    }
    const pending = this.pendingShouxian;
    for (let w = 0; w < this.shouxian.length; w++) {
      const ps = this.shouxian[w].all;
      for (let i = this.shouxian[w].firstIndex(start); i < ps.length && ps[i] < end - 1; i++) {
        const p = ps[i];
        if (AFTER_SHOUXIAN[text.charCodeAt(p + 2)] === 1 && atClauseStart(text, start, p)) pending.push({ word: w, p });
      }
    }
    if (pending.length === 0) return;
    // 首先/其次/再次/最后 must be added in document order: 最后 takes the value after the last item.
    pending.sort((a, b) => a.p - b.p);
    for (const { word, p } of pending) {
      let value = SHOUXIAN_VALUES[word];
      if (value === 0) {
        const current = this.open.get('shouxian');
        value = current ? current.items[current.items.length - 1].value + 1 : 0;
      }
      this.add('shouxian', value, p, p + 2, text, paragraph, sectionKey);
    }
    pending.length = 0;
  }

  finish(): Enumeration[] {
    for (const style of [...this.open.keys()]) this.close(style);
    return this.done.sort((a, b) => a.items[0].start - b.items[0].start);
  }

  /** 一是 / 二要: up to three numerals right before the suffix, at a clause start. */
  private numeralBefore(style: 'shi' | 'yao', table: Occurrences, text: string, start: number, end: number, paragraph: number, sectionKey: number): void {
    const ps = table.all;
    for (let i = table.firstIndex(start); i < ps.length && ps[i] < end; i++) {
      const p = ps[i];
      let q = p;
      while (q > start && p - q < 3 && ENUM_NUMERALS[text.charCodeAt(q - 1)] === 1) q--;
      if (q === p || !atClauseStart(text, start, q)) continue;
      if (style === 'yao' && NOT_AFTER_YAO[text.charCodeAt(p + 1)] === 1) continue;
      this.add(style, parseChineseNumeral(text.slice(q, p)), q, p + 1, text, paragraph, sectionKey);
    }
  }

  private close(style: EnumerationStyle): void {
    const e = this.open.get(style);
    if (e && e.items.length >= 2) this.done.push({ style, paragraph: e.paragraph, items: e.items });
    this.open.delete(style);
  }

  private add(style: EnumerationStyle, value: number, itemStart: number, itemEnd: number, text: string, paragraph: number, sectionKey: number): void {
    if (!value) return;
    let current = this.open.get(style);
    if (!current || current.section !== sectionKey || value === 1) {
      this.close(style);
      // 第二 or 其次 alone is ordinary prose; only 一是/一要 series may start past one.
      if (value !== 1 && style !== 'shi' && style !== 'yao') return;
      current = { paragraph, section: sectionKey, items: [] };
      this.open.set(style, current);
    }
    current.items.push({ value, text: text.slice(itemStart, itemEnd), start: itemStart, end: itemEnd });
  }
}

/** An enumeration word counts only at a clause start: the paragraph start or after clause punctuation. */
function atClauseStart(text: string, start: number, p: number): boolean {
  return p === start || CLAUSE_START[text.charCodeAt(p - 1)] === 1;
}
