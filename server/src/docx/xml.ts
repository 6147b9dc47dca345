/**
 * A pull tokenizer for the XML of a .docx part, linear in the input: every construct is closed by one
 * forward search from where it opens, and an unclosed one (`<w:p`, `<!--`, `<?`, `<![CDATA[`) ends
 * the part with an error instead of being retried at each later `<` (which made a 795-byte file take
 * a minute). Tokens carry their offsets, so a writer can splice the original text.
 */
import type { Bilingual } from '../core/model/bilingual';
import { DocxError } from './errors';

export const enum Token {
  /** `<name …>` */
  Open,
  /** `</name>` */
  Close,
  /** `<name …/>` */
  Empty,
  /** Character data (entities not yet decoded). */
  Text,
  /** `<![CDATA[…]]>`: the content is `xml.slice(start + 9, end - 3)`. */
  CData,
  /** A comment, processing instruction or declaration. */
  Other,
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;

function isNameChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x3a || c === 0x5f || c === 0x2d || c === 0x2e || c > 0x7f;
}

const DECLARATION = { zh: '声明“<!”', en: 'a declaration “<!”' };

export class XmlTokenizer {
  kind: Token = Token.Other;
  /** Offsets of the whole token in `xml`. */
  start = 0;
  end = 0;
  /** Element name with its prefix (`w:p`) for Open, Close and Empty; '' otherwise. */
  name = '';
  private pos = 0;

  constructor(readonly xml: string, private readonly part: string) {}

  private unclosed(what: Bilingual): DocxError {
    return new DocxError({
      zh: `.docx 中的“${this.part}”已损坏：${what.zh}没有结束（位置 ${this.pos}），请在 Word 中打开并另存后再检查`,
      en: `“${this.part}” in the .docx is damaged: ${what.en} is not closed (at ${this.pos}); open it in Word and save it again, then check it`,
    });
  }

  /** Advance to the next token; false at the end of the text. */
  next(): boolean {
    const xml = this.xml;
    const start = this.pos;
    if (start >= xml.length) return false;
    this.start = start;
    this.name = '';
    if (xml.charCodeAt(start) !== LT) {
      const lt = xml.indexOf('<', start);
      this.kind = Token.Text;
      this.end = this.pos = lt < 0 ? xml.length : lt;
      return true;
    }
    const c = xml.charCodeAt(start + 1);
    if (c === 0x21 /* ! */) {
      if (xml.startsWith('<!--', start)) return this.skipTo('-->', start + 4, Token.Other, { zh: '注释“<!--”', en: 'a comment “<!--”' });
      if (xml.startsWith('<![CDATA[', start)) return this.skipTo(']]>', start + 9, Token.CData, { zh: 'CDATA 段“<![CDATA[”', en: 'a CDATA section “<![CDATA[”' });
      // A declaration (`<!DOCTYPE …>`), possibly with an internal subset in brackets.
      const gt = xml.indexOf('>', start);
      const bracket = xml.indexOf('[', start);
      if (bracket >= 0 && (gt < 0 || bracket < gt)) return this.skipTo(']', bracket + 1, Token.Other, DECLARATION) && this.skipTo('>', this.pos, Token.Other, DECLARATION, start);
      return this.skipTo('>', start + 2, Token.Other, DECLARATION);
    }
    if (c === 0x3f /* ? */) return this.skipTo('?>', start + 2, Token.Other, { zh: '处理指令“<?”', en: 'a processing instruction “<?”' });
    const closing = c === SLASH;
    let i = closing ? start + 2 : start + 1;
    const nameStart = i;
    while (i < xml.length && isNameChar(xml.charCodeAt(i))) i++;
    if (i === nameStart) {
      this.pos = start;
      throw new DocxError({
        zh: `.docx 中的“${this.part}”已损坏：“<”之后不是标记名（位置 ${start}），请在 Word 中打开并另存后再检查`,
        en: `“${this.part}” in the .docx is damaged: no tag name after “<” (at ${start}); open it in Word and save it again, then check it`,
      });
    }
    this.name = xml.slice(nameStart, i);
    // Attributes: a quoted value may hold '>', never '<'.
    for (; i < xml.length; i++) {
      const ch = xml.charCodeAt(i);
      if (ch === GT) break;
      if (ch === QUOTE || ch === APOSTROPHE) {
        const q = xml.indexOf(ch === QUOTE ? '"' : "'", i + 1);
        if (q < 0) break;
        i = q;
      } else if (ch === LT) {
        break;
      }
    }
    if (i >= xml.length || xml.charCodeAt(i) !== GT) {
      this.pos = start;
      throw this.unclosed({ zh: `标记“<${closing ? '/' : ''}${this.name}”`, en: `the tag “<${closing ? '/' : ''}${this.name}”` });
    }
    this.end = this.pos = i + 1;
    this.kind = closing ? Token.Close : xml.charCodeAt(i - 1) === SLASH ? Token.Empty : Token.Open;
    return true;
  }

  private skipTo(terminator: string, from: number, kind: Token, what: Bilingual, start = this.start): boolean {
    const at = this.xml.indexOf(terminator, from);
    if (at < 0) {
      this.pos = start;
      throw this.unclosed(what);
    }
    this.kind = kind;
    this.end = this.pos = at + terminator.length;
    return true;
  }

  /** The current tag's text, `<w:t xml:space="preserve">`. */
  tag(): string {
    return this.xml.slice(this.start, this.end);
  }
}

/** The value of attribute `name` in a start tag's text, decoded; undefined when absent. */
export function attribute(tag: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const at = tag.indexOf(name, from);
    if (at < 0) return undefined;
    from = at + name.length;
    const before = tag.charCodeAt(at - 1);
    if (before !== 0x20 && before !== 0x09 && before !== 0x0a && before !== 0x0d) continue;
    let i = from;
    while (tag.charCodeAt(i) === 0x20) i++;
    if (tag[i] !== '=') continue;
    i++;
    while (tag.charCodeAt(i) === 0x20) i++;
    const quote = tag[i];
    if (quote !== '"' && quote !== "'") return undefined;
    const close = tag.indexOf(quote, i + 1);
    return close < 0 ? undefined : decodeEntities(tag.slice(i + 1, close));
  }
}

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The five predefined entities and character references; anything else is left as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/g, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name] ?? whole;
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Text for element content or a double-quoted attribute value. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}
