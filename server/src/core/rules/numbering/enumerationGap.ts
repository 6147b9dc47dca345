import type { Rule } from '../rule';
import { formatChineseNumeral } from '../../parser/numerals';
import { fixTitle } from '../fixTitles';

const WORD: Readonly<Record<string, (n: number) => string>> = {
  shi: (n) => `${formatChineseNumeral(n)}是`,
  yao: (n) => `${formatChineseNumeral(n)}要`,
  di: (n) => `第${formatChineseNumeral(n)}`,
  shouxian: (n) => ['', '首先', '其次', '再次'][n] ?? '',
};

export const numberingEnumerationGap: Rule = {
  id: 'numbering-enumeration-gap',
  category: 'numbering',
  defaultSeverity: 'warning',
  description: '段内列举不连续（如“一是……三是”缺少“二是”）或重复。',
  descriptionEn: 'An inline enumeration (一是/二是…) skips or repeats an item.',
  fixable: false,
  messages: {
    gap: '列举不连续：此处应为“{expected}”，实为“{written}”。请补上缺少的一项或改正序号。',
    repeated: '列举重复或颠倒：此处应为“{expected}”，实为“{written}”。请补上缺少的一项或改正序号。',
  },
  messagesEn: {
    gap: 'Enumeration not continuous: “{expected}” is expected here, not “{written}”. Add the missing item or correct the number.',
    repeated: 'Enumeration repeated or out of order: “{expected}” is expected here, not “{written}”. Add the missing item or correct the number.',
  },
  check(doc, ctx) {
    for (const e of doc.enumerations) {
      for (let i = 0; i < e.items.length; i++) {
        const item = e.items[i];
        const expected = i === 0 ? 1 : e.items[i - 1].value + 1;
        if (item.value === expected || (e.style === 'shouxian' && item.text.startsWith('最后'))) continue;
        const want = WORD[e.style](expected);
        ctx.report({
          messageId: i > 0 && item.value <= e.items[i - 1].value ? 'repeated' : 'gap',
          data: { expected: want, written: item.text },
          start: item.start,
          end: item.end,
          fixes: want ? [{ ...fixTitle('replace', { text: want }), edits: [{ start: item.start, end: item.end, newText: e.style === 'shouxian' ? want : item.text.replace(/^(第?)[一二三四五六七八九十]+/, `$1${formatChineseNumeral(expected)}`) }], safe: false }] : [],
        });
      }
    }
  },
};
