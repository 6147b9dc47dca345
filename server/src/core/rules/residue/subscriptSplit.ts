import type { Rule } from '../rule';
import { isChineseContext } from '../../text/chars';
import { fixTitle } from '../fixTitles';

/**
 * A subscript that a conversion broke out of its name: `PM` / `2.5` / `年平均浓度` on three lines
 * (the subscript became its own line), or `PM_2.5` (markup for the subscript left in the text).
 */
const SUBSCRIPT_LINE = /^[0-9₀-₉][0-9₀-₉.]{0,3}$/;
const NAME_END = /[A-Z][A-Za-z]{0,3}$/;
const UNDERSCORE = /([A-Z][A-Za-z]{0,3})_\{?([0-9][0-9.]*|x)\}?/y;
/** The name before `_` is at most this long. */
const NAME_LENGTH = 4;

export const residueSubscriptSplit: Rule = {
  id: 'residue-subscript-split',
  category: 'residue',
  defaultSeverity: 'warning',
  description: '名称中的下标在转换中被拆开（“PM”“2.5”分成两行，或写成“PM_2.5”）。',
  descriptionEn: 'A subscript split off its name by a conversion (PM / 2.5 on separate lines, or PM_2.5).',
  fixable: true,
  messages: {
    lines: '“{name}{subscript}”被拆成了三行（“{name}”/“{subscript}”/“{next}”），是转换时下标断开所致。请接回一行。',
    underscore: '“{written}”中的“_”是下标标记的残留，应写作“{expected}”。',
  },
  messagesEn: {
    lines: '“{name}{subscript}” is split over three lines (“{name}” / “{subscript}” / “{next}”): a subscript broken by a conversion. Join them into one line.',
    underscore: '“_” in “{written}” is left over from a subscript mark; write “{expected}”.',
  },
  check(doc, ctx) {
    const { text } = doc;
    const paragraphs = doc.paragraphs;
    for (let i = 1; i + 1 < paragraphs.length; i++) {
      const p = paragraphs[i];
      const before = paragraphs[i - 1];
      const after = paragraphs[i + 1];
      if (p.end - p.start > 4 || before.line !== p.line - 1 || after.line !== p.line + 1) continue;
      const figure = text.slice(p.start, p.end);
      if (!SUBSCRIPT_LINE.test(figure)) continue;
      const name = NAME_END.exec(text.slice(Math.max(before.start, before.end - 4), before.end));
      if (!name || !isChineseContext(text[after.start])) continue;
      ctx.report({
        messageId: 'lines',
        data: { name: name[0], subscript: figure, next: text.slice(after.start, after.start + 4) },
        start: p.start,
        end: p.end,
        fixes: [{
          ...fixTitle('joinAs', { text: `${name[0]}${figure}${text.slice(after.start, after.start + 2)}` }),
          edits: [{ start: before.end, end: p.start, newText: '' }, { start: p.end, end: after.start, newText: '' }],
          safe: true,
        }],
      });
      i++;
    }
    if (!text.includes('_')) return;
    // From each `_` (found with `indexOf`), the leftmost name start before it that matches, as a scan
    // for capital letters would find it.
    let scanned = 0;
    for (let underscore = text.indexOf('_'); underscore >= 0; underscore = text.indexOf('_', underscore + 1)) {
      let m: RegExpExecArray | null = null;
      for (let from = Math.max(underscore - NAME_LENGTH, scanned); from < underscore && !m; from++) {
        UNDERSCORE.lastIndex = from;
        m = UNDERSCORE.exec(text);
      }
      if (!m) continue;
      const end = m.index + m[0].length;
      scanned = end;
      if (/[A-Za-z0-9_]/.test(text[m.index - 1] ?? '')) continue;
      if (!isChineseContext(text[m.index - 1]) && !isChineseContext(text[end])) continue;
      const right = m[1] + m[2];
      ctx.report({
        messageId: 'underscore',
        data: { written: m[0], expected: right },
        start: m.index,
        end,
        fixes: [{ ...fixTitle('replace', { text: right }), edits: [{ start: m.index, end, newText: right }], safe: true }],
      });
    }
  },
};
