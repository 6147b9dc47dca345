import type { Rule } from '../rule';
import { OUTLINE_CHAIN } from '../../model/document';
import { numberingRuns, SCHEME_NAME } from './runs';
import { related } from '../relatedMessages';

export const numberingLevelSkip: Rule = {
  id: 'numbering-level-skip',
  category: 'numbering',
  defaultSeverity: 'warning',
  description: '层级跳跃：上一级之下越级使用序号（如“一、”下直接用“1.”，缺少“（一）”一级），依据 GB/T 9704。',
  descriptionEn: 'A level of the 一、/（一）/1./（1） hierarchy is skipped.',
  fixable: false,
  messages: {
    skip: '层级跳跃：“{parent}”之下直接使用“{marker}”，缺少{missing}一级。按 GB/T 9704 的层次“一、（一）1.（1）”逐级使用，或改用{missing}。',
  },
  messagesEn: {
    skip: 'Level skipped: “{marker}” is used directly under “{parent}”, without the level {missing} between. Use the levels of GB/T 9704 “一、（一）1.（1）” in order, or use {missing} instead.',
  },
  check(doc, ctx) {
    for (const run of numberingRuns(doc)) {
      const parent = run.parent?.marker;
      if (!parent) continue;
      const parentLevel = OUTLINE_CHAIN.indexOf(parent.scheme);
      const level = OUTLINE_CHAIN.indexOf(run.scheme);
      if (parentLevel < 0 || level <= parentLevel + 1) continue;
      // Report once per run, on its first heading; a continuing run was reported where it began.
      const first = run.items[0];
      if (first.heading.marker.value !== 1 && run.items[0].expected !== 1) continue;
      const missing = OUTLINE_CHAIN.slice(parentLevel + 1, level).map((s) => `“${SCHEME_NAME[s]}”`).join('、');
      ctx.report({
        messageId: 'skip',
        data: { parent: parent.text, marker: first.heading.marker.text, missing },
        start: first.heading.marker.start,
        end: first.heading.marker.end,
        related: [related(parent.start, parent.end, 'parentMarker', { text: parent.text })],
      });
    }
  },
};
