import type { Enumeration, EnumerationItem, EnumerationStyle } from '../model/document';
import { parseChineseNumeral } from './numerals';

// An enumeration word counts only at a clause start: `统一是` and `第一批` are not items.
const CLAUSE_START = '(?<=^|[。；;，,：:！？!?\\s”）)])';
const PATTERNS: readonly [EnumerationStyle, RegExp][] = [
  ['shi', new RegExp(`${CLAUSE_START}([一二三四五六七八九十]{1,3})是`, 'g')],
  ['yao', new RegExp(`${CLAUSE_START}([一二三四五六七八九十]{1,3})要(?=[，,：:]|[^求素点是])`, 'g')],
  ['di', new RegExp(`${CLAUSE_START}第([一二三四五六七八九十]{1,3})(?=[，,：:、])`, 'g')],
  ['shouxian', new RegExp(`${CLAUSE_START}(首先|其次|再次|最后)(?=[，,：:])`, 'g')],
];

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
export function enumerationBuilder(): EnumerationBuilder {
  const done: Enumeration[] = [];
  const open = new Map<EnumerationStyle, { paragraph: number; section: number; items: EnumerationItem[] }>();
  const close = (style: EnumerationStyle) => {
    const e = open.get(style);
    if (e && e.items.length >= 2) done.push({ style, paragraph: e.paragraph, items: e.items });
    open.delete(style);
  };
  return {
    scan(text, start, end, paragraph, sectionKey) {
      const slice = text.slice(start, end);
      for (const [style, re] of PATTERNS) {
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(slice))) {
          const word = m[1];
          let value = style === 'shouxian' ? SHOUXIAN_VALUE[word] : parseChineseNumeral(word);
          const current = open.get(style);
          if (style === 'shouxian' && value === 0) value = current ? current.items[current.items.length - 1].value + 1 : 0;
          if (!value) continue;
          if (!current || current.section !== sectionKey || value === 1) {
            close(style);
            if (value !== 1 && style !== 'shi' && style !== 'yao') continue;
            open.set(style, { paragraph, section: sectionKey, items: [] });
          }
          const itemStart = start + m.index;
          open.get(style)!.items.push({ value, text: m[0], start: itemStart, end: itemStart + m[0].length });
        }
      }
    },
    finish() {
      for (const style of [...open.keys()]) close(style);
      return done.sort((a, b) => a.items[0].start - b.items[0].start);
    },
  };
}
