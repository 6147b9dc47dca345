import type { Rule } from '../rule';
import { fullDatesIn } from '../dates';
import { trimmedElements } from '../frameText';
import { fixTitle } from '../fixTitles';

const COPY_LABEL = /^(抄送|主送)([ \u3000]*)([：:]?)/;
const WRONG_END = /[，,；;、.:：]/;

export const elementImprint: Rule = {
  id: 'element-imprint',
  category: 'element',
  defaultSeverity: 'warning',
  description: '版记写法不当：“抄送：”后列抄送机关，最后一个名称后标句号（GB/T 9704—2012 7.4.2）；印发行写明印发机关和印发日期，后加“印发”（GB/T 9704—2012 7.4.3）。',
  descriptionEn: 'Imprint: 抄送： … ending with 。 (GB/T 9704—2012 7.4.2); the printing line names the office and the date, then 印发 (7.4.3).',
  fixable: true,
  messages: {
    copyEnd: '抄送机关“{names}”的最后一个名称后应标句号“。”（GB/T 9704—2012 7.4.2）。',
    copyWrongEnd: '抄送机关的最后一个名称后应标句号“。”，不用“{mark}”（GB/T 9704—2012 7.4.2）。',
    copyColon: '“{label}”后应加全角冒号“：”（GB/T 9704—2012 7.4.2）。',
    printNoDate: '印发行“{line}”缺少印发日期：写作“印发机关　2024年1月5日印发”（GB/T 9704—2012 7.4.3）。',
    printNoIssuer: '印发行“{line}”缺少印发机关：写作“印发机关　2024年1月5日印发”（GB/T 9704—2012 7.4.3）。',
    printNoWord: '印发行“{line}”的印发日期后应加“印发”二字（翻印的文件为“翻印”）（GB/T 9704—2012 7.4.3）。',
  },
  messagesEn: {
    copyEnd: 'The last name of the copy-to agencies “{names}” is followed by a full stop “。” (GB/T 9704—2012 7.4.2).',
    copyWrongEnd: 'The last name of the copy-to agencies is followed by a full stop “。”, not “{mark}” (GB/T 9704—2012 7.4.2).',
    copyColon: '“{label}” is followed by a full-width colon “：” (GB/T 9704—2012 7.4.2).',
    printNoDate: 'The print line “{line}” has no date of printing: write “印发机关　2024年1月5日印发” (GB/T 9704—2012 7.4.3).',
    printNoIssuer: 'The print line “{line}” names no printing office: write “印发机关　2024年1月5日印发” (GB/T 9704—2012 7.4.3).',
    printNoWord: 'The date of the print line “{line}” is followed by “印发” (“翻印” for a reprint) (GB/T 9704—2012 7.4.3).',
  },
  check(doc, ctx) {
    const text = doc.text;
    for (const { start, end } of trimmedElements(doc, 'copy-to')) {
      const line = text.slice(start, end);
      const label = COPY_LABEL.exec(line);
      if (!label) continue;
      const [whole, word, spaces, colon] = label;
      if (colon !== '：') {
        const at = start + word.length;
        ctx.report({
          messageId: 'copyColon', data: { label: word }, start, end: start + whole.length,
          fixes: [{ ...fixTitle('replace', { text: word + '：' }), edits: [{ start: at, end: at + spaces.length + colon.length, newText: '：' }], safe: colon === ':' && spaces === '' }],
        });
      }
      const names = line.slice(whole.length);
      if (!names) continue;
      const last = text[end - 1];
      if (last === '。') continue;
      if (WRONG_END.test(last)) {
        ctx.report({ messageId: 'copyWrongEnd', data: { mark: last }, start: end - 1, end, fixes: [{ ...fixTitle('toFullStop'), edits: [{ start: end - 1, end, newText: '。' }], safe: true }] });
      } else {
        ctx.report({ messageId: 'copyEnd', data: { names }, start: start + whole.length, end, fixes: [{ ...fixTitle('addFullStop'), edits: [{ start: end, end, newText: '。' }], safe: true }] });
      }
    }
    for (const { start, end } of trimmedElements(doc, 'print-line')) {
      const line = text.slice(start, end);
      const date = fullDatesIn(text, start, end)[0];
      if (!date) {
        ctx.report({ messageId: 'printNoDate', data: { line }, start, end });
        continue;
      }
      if (!/[\u3400-\u9fff]/.test(text.slice(start, date.start))) ctx.report({ messageId: 'printNoIssuer', data: { line }, start, end });
      // A reprint says so in the same place: `中共山东省委办公厅2020年12月22日翻印`.
      if (!/^[ \u3000]*(?:印发|翻印)/.test(text.slice(date.end, end))) {
        ctx.report({ messageId: 'printNoWord', data: { line }, start: date.start, end: date.end, fixes: [{ ...fixTitle('addPrintWord'), edits: [{ start: date.end, end: date.end, newText: '印发' }], safe: false }] });
      }
    }
  },
};
