import type { Rule } from '../rule';
import { whitelisted } from './lists';
import { peoplesAt, placeMentions } from './placeScan';
import { fixTitle } from '../fixTitles';

/**
 * `黔东南侗族苗族自治州` → `黔东南苗族侗族自治州`, `广西自治区` → `广西壮族自治区`: the stem of an
 * autonomous division followed by peoples and an autonomous ending that are not its official name.
 */
export const wordPlaceEthnicOrder: Rule = {
  id: 'word-place-ethnic-order',
  category: 'word',
  defaultSeverity: 'warning',
  description: '民族自治地方名称有误：民族名称顺序颠倒、缺漏或多出（如“黔东南侗族苗族自治州”应为“黔东南苗族侗族自治州”，“广西自治区”应为“广西壮族自治区”）。',
  descriptionEn: 'An autonomous region, prefecture or county with its peoples in the wrong order, missing or added.',
  fixable: false,
  scope: 'paragraph',
  messages: {
    order: '“{written}”中民族名称的顺序有误，应为“{right}”。',
    name: '“{written}”不是规范名称，应为“{right}”。',
  },
  messagesEn: {
    order: 'The ethnic groups in “{written}” are in the wrong order: write “{right}”.',
    name: '“{written}” is not the official name: write “{right}”.',
  },
  check(doc, ctx) {
    const table = ctx.resources.places;
    if (!table) return;
    const text = doc.text;
    for (const m of placeMentions(doc, ctx.resources)) {
      if (m.form !== 'short') continue;
      const tail = peoplesAt(text, m.end);
      if (!tail) continue;
      // Every place of a short-name mention has that short name.
      const official = m.places.find((p) => p.suffix === tail.suffix);
      if (!official) continue;
      const written = text.slice(m.start, tail.end);
      if (written === official.name || whitelisted(doc, ctx, m.start, tail.end)) continue;
      const same = tail.peoples.length === official.peoples.length && [...tail.peoples].sort().join() === [...official.peoples].sort().join();
      ctx.report({
        messageId: same ? 'order' : 'name', data: { written, right: official.name }, start: m.start, end: tail.end,
        fixes: [{ ...fixTitle('replace', { text: official.name }), edits: [{ start: m.start, end: tail.end, newText: official.name }], safe: false }],
      });
    }
  },
};
