import type { Rule } from '../rule';
import type { Section } from '../../model/document';
import { SCHEME_RANK } from '../../model/document';
import { SCHEME_NAME } from './runs';
import { related } from '../relatedMessages';

export const numberingLevelInverted: Rule = {
  id: 'numbering-level-inverted',
  category: 'numbering',
  defaultSeverity: 'warning',
  description: '层级倒置：在较低层级之后又用较高层级的序号（如“1.”之后出现“（一）”），依据 GB/T 15834—2011 附录 B.3。',
  descriptionEn: 'A higher-level marker style appears inside a lower level.',
  fixable: false,
  messages: {
    inverted: '层级倒置：“{marker}”出现在下一级序号“{deeper}”之后。“{level}”应高于“{deeperLevel}”一级，请调整层级或改用与上下文一致的序号。',
  },
  messagesEn: {
    inverted: 'Levels inverted: “{marker}” comes after the lower-level number “{deeper}”. “{level}” is one level above “{deeperLevel}”: adjust the levels or use a number consistent with the context.',
  },
  check(doc, ctx) {
    const visit = (section: Section) => {
      let previous: Section | undefined;
      for (const child of section.children) {
        const marker = child.heading?.marker;
        if (marker) {
          const deeper = previous?.heading?.marker;
          if (deeper && SCHEME_RANK[deeper.scheme] > SCHEME_RANK[marker.scheme] && marker.value === 1) {
            ctx.report({
              messageId: 'inverted',
              data: { marker: marker.text, deeper: deeper.text, level: SCHEME_NAME[marker.scheme], deeperLevel: SCHEME_NAME[deeper.scheme] },
              start: marker.start,
              end: marker.end,
              related: [related(deeper.start, deeper.end, 'deeperMarker', { text: deeper.text })],
            });
          }
          previous = child;
        }
        visit(child);
      }
    };
    visit(doc.root);
  },
};
