import type { Rule } from '../rule';
import { codes, eachOccurrence, leftAlone, isAsciiAlnum, isBlank, isLineBreak, reportPlaceholder } from './scan';

export const EDITORIAL_KIND = '编辑标记';
export const EDITORIAL_KIND_EN = 'Editorial mark';

/** The notes this rule reports (the fill-in instruction rule leaves a bracket opening with one to it). */
export const NOTES = ['待补充', '待定', '待核实', '待确认', '待完善', '待填写', '待更新'];
const ASCII_NOTES = ['TBD', 'TODO', 'FIXME'];
const NOTE_END = codes('，,。；;：:！!？?）)］]】');
const OPEN = codes('（(［[【');
const CLOSE = codes('）)］]】');

export const placeholderEditorial: Rule = {
  id: 'placeholder-editorial',
  category: 'placeholder',
  defaultSeverity: 'warning',
  description: '编辑标记：“待补充”“待定”“待核实”“TBD”“TODO”等起草时留下的批注。',
  descriptionEn: 'An editorial note left in the draft (待补充, 待定, 待核实, TBD, TODO).',
  fixable: false,
  scope: 'paragraph',
  messages: {
    note: '编辑标记“{text}”：起草时留下的批注，请落实相关内容后删除该标记。',
  },
  messagesEn: {
    note: 'Editorial mark “{text}”: a note left while drafting. Act on it, then delete the mark.',
  },
  check(doc, ctx) {
    const text = doc.text;
    /** A bracketed note is reported with its brackets, so filling it replaces the whole note. */
    const report = (start: number, end: number) => {
      if (leftAlone(doc, start)) return;
      if (OPEN.has(text.charCodeAt(start - 1)) && CLOSE.has(text.charCodeAt(end))) {
        start--;
        end++;
      }
      reportPlaceholder(ctx, start, end, 'note', { kind: EDITORIAL_KIND, expected: 'note', fill: 'replace', text: text.slice(start, end) });
    };
    // 待补充 / 待定 / 待核实 … as a note: bracketed, or ending a clause or line. `对待核实的线索` is a sentence.
    eachOccurrence(doc, '待', (start) => {
      const note = NOTES.find((n) => text.startsWith(n, start));
      if (!note) return;
      const end = start + note.length;
      const after = text.charCodeAt(end);
      const bracketed = OPEN.has(text.charCodeAt(start - 1));
      if (bracketed || Number.isNaN(after) || isLineBreak(after) || isBlank(after) || NOTE_END.has(after)) report(start, end);
    });
    // TBD / TODO / FIXME as whole words.
    for (const note of ASCII_NOTES) {
      for (let start = text.indexOf(note); start >= 0; start = text.indexOf(note, start + 1)) {
        const end = start + note.length;
        if (!isAsciiAlnum(text.charCodeAt(start - 1)) && !isAsciiAlnum(text.charCodeAt(end))) report(start, end);
      }
    }
  },
};
