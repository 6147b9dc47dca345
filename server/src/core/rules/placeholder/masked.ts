import type { Rule } from '../rule';
import type { Expected } from './scan';
import { afterAreaCode, codes, continuesRun, eachOccurrence, leftAlone, isAsciiAlnum, isDigit, reportPlaceholder, runEnd } from './scan';

export const MASKED_KIND = '遮盖的号码';
export const MASKED_KIND_EN = 'Masked number';

/**
 * Digits masked with `X` or `×`, as drafts leave a number to fill in and published versions withhold
 * one: a run of two or more next to digits (`1381234XXXX`, `0591-2316XXXX`, `15XX万元`, `138××××5678`) or after
 * an area code and its hyphen (`0736-XXXXXXX`),
 * a run before a Latin unit (`XXkV线路`, `XX MW`), a run before `@` (`XXX@shandong.cn`). The letter and
 * cross rules leave these alone (an `X` touching a digit or `@` is no stand-in for a name); a single
 * `X` or `×` between digits is a model number or a product (`555X`, `3×4`), and `20XX` is the year rule's.
 */
const LETTERS = codes('XxＸｘ');
const CROSSES = codes('×╳');
/** Latin units a masked figure stands before. */
const LATIN_UNIT = /^ ?(?:kV|KV|kv|kW|KW|kWh|MW|MWh|GW|GWh|km|mm|cm|kg|MHz|GHz|GB|TB|Mbps|m²|m³|t\b)/;
/** `@` and a domain (ending with its last letter, not the full stop of the sentence after it). */
const MAIL = /^@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/;
const EXPECTED: Readonly<Record<'digits' | 'unit' | 'mail', Expected>> = { digits: 'digits', unit: 'number', mail: 'mail' };

export const placeholderMasked: Rule = {
  id: 'placeholder-masked',
  category: 'placeholder',
  defaultSeverity: 'warning',
  description: '遮盖的号码：数字被“X”“×”遮盖或留空（如“1381234XXXX”“15XX万元”“XXkV线路”“XXX@…”），请填写完整。',
  descriptionEn: 'Digits masked with X or × (1381234XXXX, 15XX万元, XXkV, XXX@…): a number to fill in.',
  fixable: false,
  scope: 'paragraph',
  messages: {
    digits: '遮盖的号码“{text}”：数字中的“{mask}”尚未填写或被隐去，请填写完整的实际数字。',
    unit: '遮盖的号码“{text}”：“{mask}”代替了数值，请填写实际数值。',
    mail: '遮盖的号码“{text}”：邮箱地址中的“{mask}”尚未填写，请填写实际邮箱。',
  },
  messagesEn: {
    digits: 'Masked number “{text}”: “{mask}” in the number is not filled in or was hidden. Write the complete actual number.',
    unit: 'Masked number “{text}”: “{mask}” stands for a value. Fill in the actual value.',
    mail: 'Masked number “{text}”: “{mask}” in the mail address is not filled in. Write the actual address.',
  },
  check(doc, ctx) {
    const text = doc.text;
    const visit = (start: number, run: ReadonlySet<number>) => {
      if (continuesRun(text, start, run)) return;
      const end = runEnd(text, start, run);
      const before = text.charCodeAt(start - 1);
      const after = text.charCodeAt(end);
      const rest = text.slice(end, end + 64);
      let messageId: 'digits' | 'unit' | 'mail' | undefined;
      let from = start;
      let to = end;
      // After an area code and its hyphen the whole number is masked (`0736-XXXXXXX`).
      if ((isDigit(before) || isDigit(after) || afterAreaCode(text, start)) && end - start >= 2) {
        // The whole number, digits and mask, for the message.
        while (from > 0 && (isDigit(text.charCodeAt(from - 1)) || text.charCodeAt(from - 1) === 45)) from--;
        while (to < text.length && isDigit(text.charCodeAt(to))) to++;
        const written = text.slice(from, to);
        // `20XX`, `19xx`: an open year (placeholder-year).
        if (/^(?:19|20)[0-9]?$/.test(text.slice(from, start)) && to === end && written.length === 4) return;
        if (isAsciiAlnum(text.charCodeAt(from - 1))) return;
        messageId = 'digits';
      } else if (!isAsciiAlnum(before) && LATIN_UNIT.test(rest)) {
        messageId = 'unit';
        to = end + (LATIN_UNIT.exec(rest)?.[0].length ?? 0);
      } else if (!isAsciiAlnum(before) && run === LETTERS && end - start >= 2 && MAIL.test(rest)) {
        messageId = 'mail';
        to = end + MAIL.exec(rest)![0].length;
      }
      if (!messageId || leftAlone(doc, start)) return;
      reportPlaceholder(ctx, start, end, messageId, { kind: MASKED_KIND, expected: EXPECTED[messageId], fill: 'replace', text: text.slice(from, to), mask: text.slice(start, end) });
    };
    eachOccurrence(doc, 'XxＸｘ', (i) => visit(i, LETTERS));
    eachOccurrence(doc, '×╳', (i) => visit(i, CROSSES));
  },
};
