import type { Rule } from '../rule';
import { fixTitle } from '../fixTitles';
import { related } from '../relatedMessages';

/**
 * A name of letters and digits written two ways in one draft: `PM2.5` / `PM₂.₅` / `PM 2.5` / `pm2.5`,
 * `CO2` / `CO₂`. Quotation marks around a name (`十四五` / `“十四五”`) are not a variant.
 * The forms used less often are reported; the fix offers the most used one.
 */
const NAME = /([A-Za-z]{1,4}) ?([0-9₀-₉]+(?:[.．][0-9₀-₉]+)?)(?![0-9A-Za-z₀-₉_.．])/g;

function key(letters: string, digits: string): string {
  return letters.toUpperCase() + digits.replace(/[₀-₉]/g, (c) => String(c.charCodeAt(0) - 0x2080)).replace('．', '.');
}

export const numberNameVariants: Rule = {
  id: 'number-name-variants',
  category: 'number',
  defaultSeverity: 'information',
  description: '同一名称写法不一致（如“PM2.5”与“PM₂.₅”“PM 2.5”并存）。',
  descriptionEn: 'One name written two ways in a document (PM2.5 and PM₂.₅).',
  fixable: false,
  messages: {
    variant: '同一名称写法不一致：此处为“{written}”，文中另有 {count} 处写作“{main}”。请统一写法。',
  },
  messagesEn: {
    variant: 'One name written two ways: “{written}” here, while {count} others in the text read “{main}”. Write it one way.',
  },
  check(doc, ctx) {
    const text = doc.text;
    const byKey = new Map<string, Map<string, { start: number; end: number }[]>>();
    NAME.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = NAME.exec(text))) {
      // Part of a longer token (`ABCDE12`, `x_PM2`): checked here, not by a look-behind tried at every position.
      if (/[A-Za-z0-9₀-₉_]/.test(text[m.index - 1] ?? '')) continue;
      const k = key(m[1], m[2]);
      const forms = byKey.get(k) ?? new Map<string, { start: number; end: number }[]>();
      const list = forms.get(m[0]) ?? [];
      list.push({ start: m.index, end: m.index + m[0].length });
      forms.set(m[0], list);
      byKey.set(k, forms);
    }
    for (const forms of byKey.values()) {
      if (forms.size < 2) continue;
      const ranked = [...forms.entries()].sort((a, b) => b[1].length - a[1].length || a[1][0].start - b[1][0].start);
      const [main, mainAt] = ranked[0];
      // The same for every occurrence of a form (its shared data is then also filled into the message once).
      const title = fixTitle('replace', { text: main });
      const mainSpan = [related(mainAt[0].start, mainAt[0].end, 'writtenAs', { text: main })];
      for (const [form, at] of ranked.slice(1)) {
        const data = { written: form, count: mainAt.length, main };
        for (const o of at) {
          ctx.report({
            messageId: 'variant',
            data,
            start: o.start,
            end: o.end,
            fixes: [{ title: title.title, titleId: title.titleId, titleData: title.titleData, edits: [{ start: o.start, end: o.end, newText: main }], safe: false }],
            related: mainSpan,
          });
        }
      }
    }
  },
};
