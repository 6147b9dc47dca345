import type { NearMissKind } from '../../words/formulations';
import type { Rule } from '../rule';
import { whitelisted } from './lists';
import { wordScan } from './scan';
import { fixTitle } from '../fixTitles';

const KIND_NAMES: Readonly<Record<NearMissKind, string>> = {
  homophone: '用了同音字',
  drop: '漏了一个字',
  add: '多了一个字',
  swap: '字序颠倒',
  reorder: '列举顺序颠倒',
};

export const wordFormulation: Rule = {
  id: 'word-formulation',
  category: 'word',
  defaultSeverity: 'warning',
  description: '规范表述写错：重要提法用了同音字、漏字、多字、字序颠倒或并列各项顺序颠倒（如“习近平新时代中国特色社会主义思想”“以习近平同志为核心的党中央”“全过程人民民主”）。',
  descriptionEn: 'A fixed political formulation written with a homophone, a character dropped, added or swapped, or its parallel items out of order.',
  fixable: false,
  scope: 'paragraph',
  messages: {
    nearMiss: '规范表述有误（{kind}）：“{written}”应为“{right}”（{source}）。',
  },
  messagesEn: {
    nearMiss: 'Fixed formulation written wrong: “{written}” should be “{right}” ({source}).',
  },
  check(doc, ctx) {
    const formulations = ctx.resources.formulations;
    if (!formulations) return;
    for (const m of formulations.nearMisses(doc.text, wordScan(doc, ctx.resources).anchors)) {
      if (whitelisted(doc, ctx, m.start, m.end)) continue;
      const right = m.phrase.text;
      ctx.report({
        messageId: 'nearMiss',
        data: { kind: KIND_NAMES[m.kind], written: doc.text.slice(m.start, m.end), right, source: formulations.data.sources[m.phrase.source] ?? m.phrase.source, variant: m.kind },
        start: m.start,
        end: m.end,
        fixes: [{ ...fixTitle('replace', { text: right }), edits: [{ start: m.start, end: m.end, newText: right }], safe: false }],
      });
    }
  },
};
