import type { Rule } from '../rule';
import type { TextEdit } from '../../model/findings';
import type { PolicyDocument } from '../../model/document';
import { deleteLineEdit, excerpt } from '../hygiene';
import { WebResidueKind, WebResidueLine, webResidueLines } from '../webLines';

/** Consecutive residue lines of one kind (a toolbar `下载/打印/全屏/收藏…` is one line per button) form one block. */
function blocks(doc: PolicyDocument, kind: WebResidueKind): WebResidueLine[][] {
  const result: WebResidueLine[][] = [];
  let previousParagraph = -2;
  for (const r of webResidueLines(doc)) {
    if (r.kind !== kind) continue;
    const index = r.paragraph;
    const last = result[result.length - 1];
    if (last && index === previousParagraph + 1) last.push(r);
    else result.push([r]);
    previousParagraph = index;
  }
  return result;
}

/** Deletes lines first..last with their line breaks (blank lines between them included). */
function deleteLinesEdit(doc: PolicyDocument, first: number, last: number): TextEdit {
  const head = deleteLineEdit(doc, first);
  const tail = deleteLineEdit(doc, last);
  return { start: Math.min(head.start, tail.start), end: Math.max(head.end, tail.end), newText: '' };
}

/** The three web-residue rules differ only in which lines they report and how they say it. */
export function webLineRule(spec: {
  id: string;
  kind: WebResidueKind;
  description: string;
  descriptionEn: string;
  advice: string;
}): Rule {
  return {
    id: spec.id,
    category: 'residue',
    defaultSeverity: 'warning',
    description: spec.description,
    descriptionEn: spec.descriptionEn,
    fixable: true,
    check(doc, ctx) {
      for (const block of blocks(doc, spec.kind)) {
        const first = block[0];
        const last = block[block.length - 1];
        const what = [...new Set(block.map((r) => r.what))].join('、');
        const shown = block.length === 1
          ? `“${excerpt(doc.text, first.start, first.end)}”`
          : `第 ${first.line + 1}–${last.line + 1} 行（${block.slice(0, 4).map((r) => `“${excerpt(doc.text, r.start, r.end, 8)}”`).join('')}${block.length > 4 ? '等' : ''}）`;
        ctx.report({
          message: `疑似从网页带入的${what}：${shown}。${spec.advice}`,
          start: first.start,
          end: last.end,
          fixes: [{ title: block.length === 1 ? '删除此行' : `删除这 ${block.length} 行`, edits: [deleteLinesEdit(doc, first.line, last.line)], safe: true }],
        });
      }
    },
  };
}
