import type { PolicyDocument } from '../../model/document';
import type { CarriedScan, ReportedFinding, RuleContext } from '../rule';
import { carriedList, splicedByWindow } from '../rule';
import { isArabicDigitCode } from '../../text/chars';

interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Shared by the placeholder rules: character tests on UTF-16 code units (no string allocation
 * per character, so a scan over a megabyte stays within budget), the spans that are quoted code
 * or addresses, what a placeholder stands for, and how it is reported.
 */

/** The character codes of `chars`, for membership tests without allocating one-character strings. */
export function codes(chars: string): ReadonlySet<number> {
  return new Set([...chars].map((ch) => ch.charCodeAt(0)));
}

export function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** ASCII and full-width digits. */
export const isDigit = isArabicDigitCode;

/** A run right after an area code and its hyphen (`0736-XXXXXXX`): a masked telephone number (placeholder-masked's). */
export function afterAreaCode(text: string, start: number): boolean {
  return text.charCodeAt(start - 1) === 45 && isDigit(text.charCodeAt(start - 2));
}

export function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0;
}

export function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/** The nearest character before `offset` that is not a space (NaN at the text start). */
export function codeBefore(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
  return text.charCodeAt(i);
}

/** The nearest character from `offset` on that is not a space (NaN at the text end). */
export function codeAfter(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  return text.charCodeAt(i);
}

/** Only spaces between the line start and `offset`. */
export function atLineStart(text: string, offset: number): boolean {
  const c = codeBefore(text, offset);
  return Number.isNaN(c) || isLineBreak(c);
}

/**
 * Every character the placeholder rules look for, in two classes: one class of them all falls off
 * V8's fast path for character classes and scans ten times slower than the two.
 */
const SOUGHT: readonly RegExp[] = [/[[Xx*_%［Ｘｘ＊＿％【×╳]/g, /[○△□…待年天略百月〔]/g];
const IS_SOUGHT = new RegExp(SOUGHT.map((re) => re.source).join('|'));
const occurrenceCache = new WeakMap<PolicyDocument, ReadonlyMap<number, readonly number[]>>();

/** Offsets of each SOUGHT character, by code unit, in text order. */
function occurrences(doc: PolicyDocument): ReadonlyMap<number, readonly number[]> {
  let result = occurrenceCache.get(doc);
  if (result) return result;
  const text = doc.text;
  const found = new Map<number, number[]>();
  for (const re of SOUGHT) {
    re.lastIndex = 0;
    // `test` rather than `exec`: every match is one character, so no match object is needed.
    while (re.test(text)) {
      const i = re.lastIndex - 1;
      const c = text.charCodeAt(i);
      const offsets = found.get(c);
      if (offsets) offsets.push(i);
      else found.set(c, [i]);
    }
  }
  result = found;
  occurrenceCache.set(doc, result);
  return result;
}

const NONE: readonly number[] = [];

/**
 * After an edit, the occurrences in the new draft from the previous draft's and the re-checked lines'
 * (an occurrence is one character: nothing reaches across the window's edges), so the document-scope
 * placeholder rules do not scan the whole draft again on every keystroke.
 */
export const carriedPlaceholderOccurrences: CarriedScan = {
  carry(previous, doc, window) {
    const before = occurrenceCache.get(previous);
    if (!before || occurrenceCache.has(doc)) return;
    const inWindow = occurrences(window.document);
    const found = new Map<number, number[]>();
    for (const c of new Set([...before.keys(), ...inWindow.keys()])) {
      const offsets = splicedByWindow(before.get(c) ?? NONE, inWindow.get(c) ?? NONE, window, (o) => o, (o, by) => o + by);
      if (offsets.length) found.set(c, offsets);
    }
    occurrenceCache.set(doc, found);
  },
};

/**
 * Calls `visit` with the offset of every occurrence of each character of `chars` (characters in the
 * order given, each in text order; the engine sorts findings). The rules share one scan per document:
 * an `indexOf` per character costs a pass over the text each, and V8 searches some (【 ╳ 略) slowly.
 */
export function eachOccurrence(doc: PolicyDocument, chars: string, visit: (offset: number) => void): void {
  const index = occurrences(doc);
  for (const ch of chars) {
    const c = ch.charCodeAt(0);
    const offsets = index.get(c) ?? (IS_SOUGHT.test(ch) ? NONE : undefined);
    if (offsets) {
      for (const i of offsets) visit(i);
    } else {
      // A character outside SOUGHT: searched on its own.
      for (let i = doc.text.indexOf(ch); i >= 0; i = doc.text.indexOf(ch, i + 1)) visit(i);
    }
  }
}

/** The character before `start` belongs to the same run (the run was visited from its first character). */
export function continuesRun(text: string, start: number, run: ReadonlySet<number>): boolean {
  return run.has(text.charCodeAt(start - 1));
}

/** The end of the run of characters from `run` that starts at `start`. */
export function runEnd(text: string, start: number, run: ReadonlySet<number>): number {
  let end = start;
  while (run.has(text.charCodeAt(end))) end++;
  return end;
}

const BRACKET_OPEN = codes('[［【');
const BRACKET_CLOSE = codes(']］】');

/** The run sits alone inside `[ ]` / `【 】` / `［ ］`: it belongs to a bracketed placeholder (placeholder-marker). */
export function insideMarker(text: string, start: number, end: number): boolean {
  let before = start - 1;
  while (isBlank(text.charCodeAt(before))) before--;
  let after = end;
  while (isBlank(text.charCodeAt(after))) after++;
  return BRACKET_OPEN.has(text.charCodeAt(before)) && BRACKET_CLOSE.has(text.charCodeAt(after));
}

/** The offset lies inside a verbatim span (an address, inline code, Markdown syntax): a stand-in letter there is not a placeholder. */
export function inVerbatim(doc: PolicyDocument, offset: number): boolean {
  const spans = doc.verbatim;
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else if (spans[mid].start > offset) hi = mid - 1;
    else return true;
  }
  return false;
}

/**
 * Words that introduce a prescribed wording or format (`交通警察应当使用的规范用语是：…第XX条…处以XX元`,
 * `报送格式为：XX单位…`): its slots are the template's, for whoever uses it, not the writer's blanks.
 */
const MODEL_WORDING = ['用语', '格式', '表述', '句式', '写法', '范例', '示例', '样式'];
/**
 * The words in one pass of the regex engine (eight `indexOf` passes cost 4× as much). No word's end starts
 * another, so the matches are every occurrence of each word, as a search per word finds them.
 */
const MODEL_WORDINGS = new RegExp(MODEL_WORDING.join('|'), 'g');
const MODEL_WORDING_END = /(?:是|为|如下)?[：:]/y;
const modelWordingCache = new WeakMap<PolicyDocument, readonly Span[]>();

function modelWordingSpans(doc: PolicyDocument): readonly Span[] {
  let spans = modelWordingCache.get(doc);
  if (spans) return spans;
  const text = doc.text;
  const found: Span[] = [];
  MODEL_WORDINGS.lastIndex = 0;
  while (MODEL_WORDINGS.test(text)) {
    const wordEnd = MODEL_WORDINGS.lastIndex;
    MODEL_WORDING_END.lastIndex = wordEnd;
    const m = MODEL_WORDING_END.exec(text);
    // From the colon to the end of the paragraph.
    if (m) found.push({ start: wordEnd + m[0].length, end: doc.lines.lineContentEnd(doc.lines.lineOf(wordEnd - 1)) });
  }
  // In text order already: a word cannot start inside the colon clause of the one before.
  spans = found;
  modelWordingCache.set(doc, spans);
  return spans;
}

/**
 * After an edit, the prescribed wordings of the new draft from the previous draft's and the re-checked
 * lines' (a span runs from its colon to the end of that line).
 */
export const carriedModelWording: CarriedScan = carriedList(modelWordingCache, (doc) => modelWordingSpans(doc), (s) => s.start, (s, by) => ({ start: s.start + by, end: s.end + by }));

/**
 * No placeholder is reported here: the offset lies in verbatim text (an address, code, Markdown syntax)
 * or in a prescribed wording, whose stand-ins are the template's slots.
 */
export function leftAlone(doc: PolicyDocument, offset: number): boolean {
  return inVerbatim(doc, offset) || inModelWording(doc, offset);
}

function inModelWording(doc: PolicyDocument, offset: number): boolean {
  for (const s of modelWordingSpans(doc)) {
    if (s.start > offset) return false;
    if (offset < s.end) return true;
  }
  return false;
}

/** What a stand-in replaces, read from the character that follows it. */
export type Expectation = 'number' | 'name' | 'content';

/**
 * What the writer is to put where a placeholder stands: a stand-in's expectation, or what a kind of its
 * own asks for (a full year, an ordinal, the digits of a masked number, a mail address, what a template's
 * instruction asks, the omitted text, what an editorial note asks before it is deleted).
 */
export type Expected = Expectation | 'year' | 'ordinal' | 'digits' | 'mail' | 'instructed' | 'omitted' | 'note';

const NUMBER_FOLLOWERS = codes('%％年月日时个家项万亿元吨亩倍天次名户座所辆套台份条处大期批号届位人米克度');
const NAME_FOLLOWERS = codes('县区市省州镇乡村街江河湖山公司集团同志书记局厅委部院校园');

/** Two-character words after a stand-in that the single following character would misread. */
const NAME_WORDS = ['大地'];
const COUNT_WORDS = ['县市', '县区', '区县'];
const WORD_STARTS = codes('大县区');

export function expectationAfter(text: string, end: number): Expectation {
  if (WORD_STARTS.has(text.charCodeAt(end))) {
    if (NAME_WORDS.some((w) => text.startsWith(w, end))) return 'name';
    if (COUNT_WORDS.some((w) => text.startsWith(w, end))) return 'number';
  }
  const next = text.charCodeAt(end);
  if (NUMBER_FOLLOWERS.has(next)) return 'number';
  if (next === 45 || next === 0x2014 || next === 0xff5e || next === 126) return 'number'; // a range: ×-2021年
  const before = text.charCodeAt(end - 1);
  if (NAME_FOLLOWERS.has(next) && !NUMBER_FOLLOWERS.has(before)) return 'name';
  return 'content';
}

/**
 * The messages of the stand-in rules (`[X]`, `×`, `XX`, `○○`, `___`), one per expectation (the message id):
 * `{kind}` is the rule's kind, `{text}` the stand-in as written.
 */
export const STAND_IN_MESSAGES: Readonly<Record<Expectation, string>> = {
  number: '{kind}“{text}”：此处缺少数字，请填写实际数值。',
  name: '{kind}“{text}”：此处缺少名称，请填写实际名称。',
  content: '{kind}“{text}”：此处内容未填写，请填写实际内容。',
};

/** `STAND_IN_MESSAGES` in English, for a rule whose kind is called `kind` (`Cross placeholder`). */
export function standInMessagesEn(kind: string): Readonly<Record<Expectation, string>> {
  return {
    number: `${kind} “{text}”: a figure is missing here. Fill in the actual value.`,
    name: `${kind} “{text}”: a name is missing here. Fill in the actual name.`,
    content: `${kind} “{text}”: nothing is written here yet. Fill in the actual content.`,
  };
}

/**
 * The data every placeholder finding carries, besides what its message needs. The placeholder view,
 * the hover and “填写此处” read these, never the message.
 */
export interface PlaceholderData {
  /** The kind's Chinese name (`叉号占位符`). */
  readonly kind: string;
  readonly expected: Expected;
  /** What “填写此处” does: replace the range, or insert the missing figure at its start (the range covers the unit). */
  readonly fill: 'replace' | 'insert';
}

/** Report one placeholder with its data (and what its message template reads). */
export function reportPlaceholder(
  ctx: RuleContext, start: number, end: number, messageId: string,
  data: PlaceholderData & Readonly<Record<string, string | number>>, more: Omit<ReportedFinding, 'messageId' | 'data' | 'start' | 'end'> = {},
): void {
  ctx.report({ messageId, data, start, end, ...more });
}

/** Report a stand-in (`[X]`, `×`, `XX`, `○○`, `___`) with what the character after it says it stands for. */
export function reportStandIn(ctx: RuleContext, kind: string, text: string, start: number, end: number): void {
  const expected = expectationAfter(text, end);
  reportPlaceholder(ctx, start, end, expected, { kind, expected, fill: 'replace', text: text.slice(start, end) });
}
