import type { Rule } from '../rule';
import { trimmedElements } from '../frameText';
import { fixTitle } from '../fixTitles';

const WRONG_END = /[，,。.；;、]/;
/** Marks that never separate addressees (a sentence end, a semicolon). */
const WRONG_SEPARATOR = /[；;。]/g;
/** A space between two Han characters on one line: names run together without a separator. */
const SPACE_SEPARATOR = /(?<=[\u3400-\u9fff）)])[ \u3000]+(?=[\u3400-\u9fff])/g;
const SHOWN = 20;

export const elementAddressee: Rule = {
  id: 'element-addressee',
  category: 'element',
  defaultSeverity: 'warning',
  description: '主送机关写法不当：最后一个机关名称后标全角冒号“：”（GB/T 9704—2012 7.3.2）；机关之间同类用顿号“、”、不同类用逗号“，”，不用分号、句号或空格。',
  descriptionEn: 'Addressees: a full-width colon after the last one (GB/T 9704—2012 7.3.2); 、 within a kind, ， between kinds.',
  fixable: true,
  messages: {
    missingColon: '主送机关“{addressee}”后应标全角冒号“：”（GB/T 9704—2012 7.3.2）。',
    halfWidthColon: '主送机关后的冒号应为全角“：”，不用半角“:”（GB/T 9704—2012 7.3.2）。',
    wrongEnd: '主送机关后应标全角冒号“：”，不用“{mark}”（GB/T 9704—2012 7.3.2）。',
    separator: '主送机关之间不用“{mark}”分隔：同类机关之间用顿号“、”，不同类机关之间用逗号“，”。',
    space: '主送机关之间不用空格分隔：同类机关之间用顿号“、”，不同类机关之间用逗号“，”。',
  },
  messagesEn: {
    missingColon: 'The addressee “{addressee}” is followed by a full-width colon “：” (GB/T 9704—2012 7.3.2).',
    halfWidthColon: 'The colon after the addressee is the full-width “：”, not the half-width “:” (GB/T 9704—2012 7.3.2).',
    wrongEnd: 'The addressee is followed by a full-width colon “：”, not “{mark}” (GB/T 9704—2012 7.3.2).',
    separator: 'Addressees are not separated by “{mark}”: agencies of one kind by an enumeration comma “、”, of different kinds by a comma “，”.',
    space: 'Addressees are not separated by spaces: agencies of one kind by an enumeration comma “、”, of different kinds by a comma “，”.',
  },
  check(doc, ctx) {
    const text = doc.text;
    for (const { start, end } of trimmedElements(doc, 'addressee')) {
      const last = text[end - 1];
      const body = text.slice(start, last === '：' || last === ':' || WRONG_END.test(last) ? end - 1 : end);
      const addressee = body.length > SHOWN ? `${body.slice(0, SHOWN)}……` : body;
      if (last === ':') {
        ctx.report({ messageId: 'halfWidthColon', start: end - 1, end, fixes: [{ ...fixTitle('toFullWidthColon'), edits: [{ start: end - 1, end, newText: '：' }], safe: true }] });
      } else if (WRONG_END.test(last)) {
        ctx.report({ messageId: 'wrongEnd', data: { mark: last }, start: end - 1, end, fixes: [{ ...fixTitle('toFullWidthColon'), edits: [{ start: end - 1, end, newText: '：' }], safe: false }] });
      } else if (last !== '：') {
        ctx.report({ messageId: 'missingColon', data: { addressee }, start, end, fixes: [{ ...fixTitle('addFullWidthColon'), edits: [{ start: end, end, newText: '：' }], safe: false }] });
      }
      for (const m of body.matchAll(WRONG_SEPARATOR)) {
        const at = start + m.index!;
        ctx.report({ messageId: 'separator', data: { mark: m[0] }, start: at, end: at + 1, fixes: [{ ...fixTitle('toComma'), edits: [{ start: at, end: at + 1, newText: '，' }], safe: false }] });
      }
      for (const m of body.matchAll(SPACE_SEPARATOR)) {
        const at = start + m.index!;
        ctx.report({ messageId: 'space', start: at, end: at + m[0].length, fixes: [{ ...fixTitle('toEnumerationComma'), edits: [{ start: at, end: at + m[0].length, newText: '、' }], safe: false }] });
      }
    }
  },
};
