import type { Rule } from '../rule';
import { remember } from '../rule';
import { charCodeTable, isHanCode } from '../../text/chars';
import type { PolicyDocument } from '../../model/document';
import { elementsOf, isResidueZone } from '../../model/frame';
import { protectedSpans, shownMark as shown } from '../hygiene';
import { webResidueLineSet } from '../webLines';
import { fixTitle } from '../fixTitles';
import { figureBlank } from '../figureSlots';

/**
 * Spaces in Chinese running text: before a mark (`政治责任 。`), after one (`。 持续`), inside quotes and
 * brackets (`（ 试行）`, `“ 十四五”`), and between Han characters of a sentence. Indentation, title and
 * signature lines (no 。 or ，), the space after a heading marker (`第一条 为了…`), spaced slogans in
 * quotes, blanks of a form (`（大写： ）`) and the space between joint issuers (`《财政部 国务院扶贫办关于…》`) are
 * layout, not errors. So are the spaces where a scrape ran
 * the parts of a page into one line (`…现印发给你们。 平潭综合实验区管理局 2023年3月23日…`): the frame starts
 * a part there (落款, 成文日期, the body after its title), the space is the lost paragraph break, and
 * deleting it would lose that; and web chrome, which the residue rules report whole (the frame's residue
 * zones and chrome blocks). Reads the frame, so it runs on the whole draft.
 */
const SPACES = /[ \u3000\u00a0]+/g;
const RUNNING_TEXT = /[。，]/g;

// Neighbours are compared by code unit: reading them as strings allocates one per non-ASCII character.

/** 。 ， 、 ； ： ？ ！ */
function isMarkCode(c: number): boolean {
  return c === 0x3002 || c === 0xff0c || c === 0x3001 || c === 0xff1b || c === 0xff1a || c === 0xff1f || c === 0xff01;
}

/** ” ’ 》 ） 】: may stand before a mark. */
function isBeforeMarkCode(c: number): boolean {
  return c === 0x201d || c === 0x2019 || c === 0x300b || c === 0xff09 || c === 0x3011;
}

/** “ 《 （: may follow a mark. */
function isAfterMarkCode(c: number): boolean {
  return c === 0x201c || c === 0x300a || c === 0xff08;
}

/** “ ‘ 《 （ 【 〔 「 『: the first half of a pair, written against what it encloses. */
function isOpeningCode(c: number): boolean {
  return c === 0x201c || c === 0x2018 || c === 0x300a || c === 0xff08 || c === 0x3010 || c === 0x3014 || c === 0x300c || c === 0x300e;
}

/** ” ’ 》 ） 】 〕 」 』 */
function isClosingCode(c: number): boolean {
  return c === 0x201d || c === 0x2019 || c === 0x300b || c === 0xff09 || c === 0x3011 || c === 0x3015 || c === 0x300d || c === 0x300f;
}

function isAsciiAlnumCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * Facts about the line of each space, read as the scan moves forward: whether the line is running text
 * (holds 。 or ，) and whether a quotation is open at the space. Both are read once per line and
 * carried forward within it, so a long letter-spaced line costs one pass, not one per space.
 */
class LineReader {
  private line = -1;
  private lineStart = 0;
  private runningText = false;
  /** Quote depth at `readTo`. */
  private depth = 0;
  private readTo = 0;
  private nextMark = -1;

  constructor(private readonly doc: PolicyDocument) {}

  /** Is the space at `at` in running text and outside quotes (`“鹭引五洲 才聚八闽”` is spaced on purpose)? */
  inRunningProse(at: number): boolean {
    this.moveTo(at);
    if (!this.runningText) return false;
    const text = this.doc.text;
    for (; this.readTo < at; this.readTo++) {
      const c = text.charCodeAt(this.readTo);
      if (c === 0x201c) this.depth++;
      else if (c === 0x201d && this.depth > 0) this.depth--;
    }
    return this.depth === 0;
  }

  /** Reads the facts of the line holding `at`, when the scan enters it. */
  moveTo(at: number): void {
    const line = this.doc.lines.lineOf(at);
    const text = this.doc.text;
    if (line !== this.line) {
      this.line = line;
      this.lineStart = this.doc.lines.lineStarts[line];
      const end = this.doc.lines.lineContentEnd(line);
      // The next 。 or ， is searched again only once the scan has passed it (lines without one do not rescan the rest).
      if (this.nextMark < this.lineStart) {
        RUNNING_TEXT.lastIndex = this.lineStart;
        this.nextMark = RUNNING_TEXT.exec(text)?.index ?? Infinity;
      }
      this.runningText = this.nextMark < end;
      this.depth = 0;
      this.readTo = this.lineStart;
    }
  }
}



export const punctuationSpacing: Rule = {
  id: 'punctuation-spacing',
  category: 'punctuation',
  defaultSeverity: 'warning',
  description: '中文正文中多余的空格：标点前后（如“政治责任 。”）、引号和括号内侧（如“（ 试行）”）或汉字之间。',
  descriptionEn: 'Stray spaces in Chinese running text: around punctuation or between Han characters.',
  fixable: true,
  messages: {
    beforeMark: '标点“{mark}”前多了空格。标点紧跟在相应文字之后（GB/T 15834—2011 {clause}），请删除空格。',
    afterMark: '标点“{mark}”后多了空格。中文标点本身占一个字的位置，其后不再加空格（GB/T 15834—2011 {clause}），请删除空格。',
    insideOpening: '{mark}后多了空格：引号、括号、书名号的前一半紧贴其中的文字（GB/T 15834—2011 5.1.3），请删除空格。',
    insideClosing: '{mark}前多了空格：引号、括号、书名号的后一半紧贴其中的文字（GB/T 15834—2011 5.1.3），请删除空格。',
    betweenHan: '汉字“{before}”与“{after}”之间多了空格。中文正文字词之间不空格，请删除。',
  },
  messagesEn: {
    beforeMark: 'Extra space before “{mark}”. Punctuation follows its text directly (GB/T 15834—2011 {clause}); delete the space.',
    afterMark: 'Extra space after “{mark}”. A Chinese punctuation mark takes the space of a character itself, and no space follows it (GB/T 15834—2011 {clause}); delete the space.',
    insideOpening: 'Extra space after {mark}: the opening half of quotation marks, brackets and book-title marks touches the text inside (GB/T 15834—2011 5.1.3); delete the space.',
    insideClosing: 'Extra space before {mark}: the closing half of quotation marks, brackets and book-title marks touches the text inside (GB/T 15834—2011 5.1.3); delete the space.',
    betweenHan: 'Extra space between “{before}” and “{after}”. Chinese body text has no spaces between words; delete it.',
  },
  check(doc, ctx) {
    const text = doc.text;
    const skip = webResidueLineSet(doc);
    let afterMarker: ReadonlySet<number> | undefined;
    const isProtected = protectedSpans(doc).cursor();
    const lines = new LineReader(doc);
    const inChrome = chromeCursor(doc);
    const runTogetherLines = new Set<number>();
    for (const h of doc.headings) if (h.inline) runTogetherLines.add(h.line);
    const partBoundaries = new Set<number>();
    for (const part of [...doc.frame.zones, ...doc.frame.elements]) partBoundaries.add(part.start).add(part.end);
    // One data object per kind and mark (per pair of characters between Han), not one per space: a dense
    // draft has hundreds of thousands, and the engine fills a message in once per data object.
    const beforeMark = new Map<number, Readonly<Record<string, string>>>();
    const afterMark = new Map<number, Readonly<Record<string, string>>>();
    const insideOpening = new Map<number, Readonly<Record<string, string>>>();
    const insideClosing = new Map<number, Readonly<Record<string, string>>>();
    const betweenHan = new Map<number, Readonly<Record<string, string>>>();
    const deleteSpace = fixTitle('deleteSpace');
    SPACES.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SPACES.exec(text))) {
      const start = m.index;
      const end = start + m[0].length;
      const before = text.charCodeAt(start - 1);
      const after = text.charCodeAt(end);
      let messageId: string | undefined;
      let data: Readonly<Record<string, string>> | undefined;
      // Web chrome is the residue rules'; a space where the frame starts a new part (a 落款 after the body's last
      // sentence, the body after a title) is a paragraph break a scrape lost, not a stray space.
      if (inChrome(start) || partBoundaries.has(start) || partBoundaries.has(end)) continue;
      // A blank left for a figure (`增长　%`, `请于 月 日前`) is placeholder-missing-figure's: deleting it would lose the place to fill.
      if (formBlank(text, start, end) || jointIssuers(text, start, end) || figureBlank(text, start, end)) continue;
      // A line holding headings run into it is a page run together: its spaces after a sentence and between
      // words mark the paragraph breaks it lost (`。 （二）完善…`, `工作方案 为深入贯彻…`), not stray spaces.
      const runTogether = runTogetherLines.has(doc.lines.lineOf(start));
      if (isMarkCode(after) && (isHanCode(before) || isBeforeMarkCode(before))) {
        messageId = 'beforeMark';
        data = beforeMark.get(after) ?? remember(beforeMark, after, { mark: text[end], clause: clauseOf(after) });
      } else if (isMarkCode(before) && (isHanCode(after) || isAfterMarkCode(after))) {
        if (runTogether) continue;
        messageId = 'afterMark';
        data = afterMark.get(before) ?? remember(afterMark, before, { mark: text[start - 1], clause: clauseOf(before) });
      } else if (isOpeningCode(before) && (isHanCode(after) || isAsciiAlnumCode(after))) {
        messageId = 'insideOpening';
        data = insideOpening.get(before) ?? remember(insideOpening, before, { mark: shown(text[start - 1]) });
      } else if (isClosingCode(after) && (isHanCode(before) || isAsciiAlnumCode(before))) {
        messageId = 'insideClosing';
        data = insideClosing.get(after) ?? remember(insideClosing, after, { mark: shown(text[end]) });
      } else if (m[0].indexOf('\u3000') < 0 && isHanCode(before) && isHanCode(after)) {
        afterMarker ??= new Set(doc.headings.flatMap((h) => (h.marker ? [h.marker.trailing ? h.marker.trailing.end : h.marker.end] : [])));
        if (afterMarker.has(start) || runTogether) continue;
        if (lines.inRunningProse(start)) {
          messageId = 'betweenHan';
          data = betweenHan.get(before * 0x10000 + after) ?? remember(betweenHan, before * 0x10000 + after, { before: text[start - 1], after: text[end] });
        }
      }
      if (!messageId || isProtected(start, end) || skip.has(doc.lines.lineOf(start))) continue;
      ctx.report({ messageId, data, start, end, fixes: [{ title: deleteSpace.title, titleId: deleteSpace.titleId, edits: [{ start, end, newText: '' }], safe: true }] });
    }
  },
};

/** A form label is at most this many characters. */
const CELL = 8;

/**
 * The space is a blank of a form the text holds: a date to fill (`年 月 日`), a figure to fill before its
 * unit (`共计 万元`), a field after its label (`经办人： 处室领导：`, `签章： （单位公章）`).
 */
function formBlank(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  const isDatePart = (c: number) => c === 0x5e74 || c === 0x6708 || c === 0x65e5; // 年 月 日
  if ((isDatePart(before) && isDatePart(after)) || ((after === 0x5e74 || after === 0x4e07 || after === 0x5143) && !isDigitCode(before))) {
    // `年 月 日`, `至 年`, `共计 万元`: no figure stands there.
    if (after !== 0x4e07 && after !== 0x5143) return true;
    return text.startsWith('万元', end) || text.startsWith('元', end);
  }
  if (before !== 0xff1a && before !== 0x3a) return false;
  // After a label's colon: the next thing is another label, a stamp or a date to fill.
  for (let i = end; i < Math.min(text.length, end + CELL + 1); i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff1a || c === 0xff08 || c === 0x5e74 && text.charCodeAt(i + 1) === 0x20) return true;
    if (!isHanCode(c)) return false;
  }
  return false;
}

/** Last characters of an organisation's name (`财政部`, `国务院扶贫办`, `中共天水市委`, `人民政府`, `中共中央`). */
const ISSUER_END = charCodeTable('局厅委办部府院会室署行团社联央');
/** How many characters each issuer's name may have. */
const MAX_ISSUER = 20;

/**
 * The space separates the issuers of a joint document in its title, where the title is written or cited
 * (`《财政部 国务院扶贫办关于做好…的通知》`, `中共中央办公厅 国务院办公厅印发…`): GB/T 9704—2012 sets joint issuers'
 * names apart with a space. Each name is Han text ending like an organisation, and the last one runs into
 * 关于 or 印发.
 */
function jointIssuers(text: string, start: number, end: number): boolean {
  if (ISSUER_END[text.charCodeAt(start - 1)] !== 1) return false;
  let from = end;
  for (let i = end; i < Math.min(text.length, from + MAX_ISSUER + 2); i++) {
    const c = text.charCodeAt(i);
    if ((c === 0x5173 && text.charCodeAt(i + 1) === 0x4e8e) /* 关于 */ || (c === 0x5370 && text.charCodeAt(i + 1) === 0x53d1) /* 印发 */) {
      // A space right before 关于 is a stray one of its own; the names before it are still issuers.
      return i > from ? ISSUER_END[text.charCodeAt(i - 1)] === 1 : from > end;
    }
    if (c === 0x20 || c === 0x3000) {
      // The next issuer's name after this one's.
      if (i === from || ISSUER_END[text.charCodeAt(i - 1)] !== 1) return false;
      from = i + 1;
      continue;
    }
    if (!isHanCode(c)) return false;
  }
  return false;
}

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * Is an offset in the frame's residue zones or chrome blocks (queried in ascending order)? Those are
 * reported whole by the residue rules; their spaces are the page's layout.
 */
function chromeCursor(doc: PolicyDocument): (at: number) => boolean {
  const spans = [...doc.frame.zones.filter((z) => isResidueZone(z.kind)), ...elementsOf(doc.frame, 'chrome')].sort((a, b) => a.start - b.start);
  let i = 0;
  return (at) => {
    while (i < spans.length && spans[i].end <= at) i++;
    // Spans may nest (a chrome block inside a residue zone): any span from i on that starts before `at` and holds it.
    for (let k = i; k < spans.length && spans[k].start <= at; k++) if (at < spans[k].end) return true;
    return false;
  };
}

/** 5.1.1: 。，、；：; 5.1.2: ？！ (GB/T 15834—2011, the position of marks in horizontal text). */
function clauseOf(mark: number): string {
  return mark === 0xff1f || mark === 0xff01 ? '5.1.2' : '5.1.1';
}
