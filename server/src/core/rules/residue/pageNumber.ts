import type { Rule } from '../rule';
import { sliceWhole } from '../../text/lineIndex';

export const residuePageNumber: Rule = {
  id: 'residue-page-number',
  category: 'residue',
  defaultSeverity: 'warning',
  description: '转换残留的页码（如每页开头的“1、”“2、”……），会把词语或数字拆开。',
  descriptionEn: 'A page number left by a PDF/Word conversion at a line start.',
  fixable: true,
  check(doc, ctx) {
    for (const r of doc.pageNumberResidue) {
      const marker = doc.text.slice(r.start, r.end);
      const previousLineEnd = r.line > 0 ? doc.lines.lineContentEnd(r.line - 1) : -1;
      const join = r.splitsText && previousLineEnd > (doc.lines.lineStarts[r.line - 1] ?? Infinity);
      ctx.report({
        message: join
          ? `疑似转换残留的页码“${marker}”，把上一行末尾与本行开头拆开了（“${sliceWhole(doc.text, Math.max(doc.lines.lineStarts[r.line - 1], previousLineEnd - 4), previousLineEnd)}”/“${sliceWhole(doc.text, r.end, r.end + 4)}”）。请删除页码并接回原文。`
          : `疑似转换残留的页码“${marker}”，不是标题序号。请删除。`,
        start: r.start,
        end: r.end,
        fixes: [join
          ? { title: '删除页码并与上一行接续', edits: [{ start: previousLineEnd, end: r.end, newText: '' }], safe: true }
          : { title: `删除页码“${marker}”`, edits: [{ start: r.start, end: r.end, newText: '' }], safe: true }],
        data: { page: r.value },
      });
    }
  },
};
