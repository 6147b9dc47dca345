import type { CarriedScan, Rule } from '../rule';
import type { PolicyDocument } from '../../model/document';
import type { LengthLimits } from '../../config/config';
import { lengthLimits } from '../../config/config';
import { isResidueZone } from '../../model/frame';
import { isWhitespaceCode } from '../../text/chars';
import { lastAtOrBefore } from '../../text/lineIndex';
import { dayNumber } from '../dates';
import { inResidue, trimmedSpan } from '../frameText';

/** Counted characters are summed over pieces at most this long: a count reads at most this many characters twice. */
const PIECE = 256;

/**
 * Counted characters (white space and the chrome aside, see `characterCount`) before offsets of the text, the
 * residue zones not yet left out: `before[k]` before `starts[k]` (`starts[0]` is 0; consecutive starts at most
 * PIECE apart). A fresh document's pieces are the multiples of PIECE; an edited one's are carried from its
 * previous version (`carriedCounts`): the pieces before the edit kept, those after it moved with the text, the
 * edited lines counted again.
 */
interface Counts {
  readonly starts: readonly number[];
  readonly before: readonly number[];
}
const counts = new WeakMap<PolicyDocument, Counts>();

function counted(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return !(c === 0x0a || c === 0x0d || isWhitespaceCode(c) || (c >= 0xdc00 && c <= 0xdfff));
}

function countIn(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (counted(text, i)) count++;
  return count;
}

/** Pieces of PIECE from `from` to `to`, counted; `count` is what stands before `from`. */
function pushPieces(text: string, from: number, to: number, count: number, starts: number[], before: number[]): number {
  for (let at = from; at < to; at += PIECE) {
    starts.push(at);
    before.push(count);
    count += countIn(text, at, Math.min(to, at + PIECE));
  }
  return count;
}

function countsOf(doc: PolicyDocument): Counts {
  let c = counts.get(doc);
  if (c) return c;
  const starts: number[] = [0];
  const before: number[] = [0];
  pushPieces(doc.text, PIECE, doc.text.length, countIn(doc.text, 0, Math.min(PIECE, doc.text.length)), starts, before);
  c = { starts, before };
  counts.set(doc, c);
  return c;
}

/** Counted characters before `offset` (0 ≤ offset ≤ text length), residue included. */
function countBefore(doc: PolicyDocument, c: Counts, offset: number): number {
  const k = lastAtOrBefore(c.starts, offset);
  return c.before[k] + countIn(doc.text, c.starts[k], offset);
}

/** More pieces than this many times a fresh document's: counted afresh (an edit can add two short pieces). */
const FRAGMENTED = 2;

/**
 * The counts of an edited document from its previous version's, when that has them (the status bar asks on
 * every keystroke): the pieces before the window kept, the window's lines counted again, the pieces after it
 * moved with the text and their counts by the window's change. O(pieces), not a pass over the whole text.
 */
export const carriedCounts: CarriedScan = {
  carry(previous, doc, window) {
    const old = counts.get(previous);
    if (!old || counts.has(doc)) return;
    const text = doc.text;
    const starts: number[] = [];
    const before: number[] = [];
    let k = 0;
    for (; k < old.starts.length && old.starts[k] < window.start; k++) {
      starts.push(old.starts[k]);
      before.push(old.before[k]);
    }
    const atEnd = pushPieces(text, window.start, window.end, countBefore(previous, old, window.start), starts, before);
    if (!starts.length || starts[starts.length - 1] < window.end) {
      starts.push(window.end);
      before.push(atEnd);
    }
    const delta = window.end - window.previousEnd;
    const countDelta = atEnd - countBefore(previous, old, window.previousEnd);
    for (k = 0; k < old.starts.length && old.starts[k] < window.previousEnd; k++);
    for (; k < old.starts.length; k++) {
      if (old.starts[k] + delta <= starts[starts.length - 1]) continue;
      starts.push(old.starts[k] + delta);
      before.push(old.before[k] + countDelta);
    }
    if (starts.length > FRAGMENTED * (text.length / PIECE + 1) + 2) return;
    counts.set(doc, { starts, before });
  },
};

/**
 * How long a span of a draft is, as a writer counts it: characters without white space (Word's 字数
 * counts the same way for Chinese text), outside the chrome around the document. A surrogate pair is
 * one character. Any span costs the same (the outline asks for every section).
 */
export function characterCount(doc: PolicyDocument, start: number, end: number): number {
  const from = Math.max(0, start);
  const to = Math.min(end, doc.text.length);
  if (!(to > from)) return 0;
  const c = countsOf(doc);
  let count = 0;
  // Runs of adjacent zones outside the chrome, each counted as one span.
  let runStart = -1;
  let runEnd = -1;
  const addRun = () => {
    const a = Math.max(from, runStart);
    const b = Math.min(to, runEnd);
    if (b > a) count += countBefore(doc, c, b) - countBefore(doc, c, a);
  };
  for (const zone of doc.frame.zones) {
    if (isResidueZone(zone.kind) || zone.end <= zone.start) continue;
    if (zone.start !== runEnd) {
      if (runEnd > runStart) addRun();
      runStart = zone.start;
    }
    runEnd = zone.end;
  }
  if (runEnd > runStart) addRun();
  return count;
}

/** Minutes a speech of this many characters takes at the configured speed, rounded up. */
export function speakingMinutes(characters: number, limits: LengthLimits): number {
  return Math.ceil(characters / limits.charactersPerMinute);
}

/** 《整治形式主义为基层减负若干规定》 was issued on 2024-08-06; earlier documents are not held to it. */
const RULES_ISSUED = dayNumber(2024, 8, 6);

export const consistencyLength: Rule = {
  id: 'consistency-length',
  category: 'consistency',
  defaultSeverity: 'information',
  description: '篇幅超过上限：文件一般不超过5000字，部署专项工作的文件不超过4000字，讲话按每分钟200字估算不超过60分钟（《整治形式主义为基层减负若干规定》；上限和语速可在设置中调整）。',
  descriptionEn: 'Over the length limit: 5,000 characters for a document, 4,000 for a special-task one, 60 minutes for a speech at 200 characters a minute (configurable).',
  fixable: false,
  messages: {
    document: '全文约{characters}字（不计空格），超过{limit}字。《整治形式主义为基层减负若干规定》要求除部署综合性工作外，地方和部门文件一般不超过5000字，部署专项工作或者具体任务的文件一般不超过4000字。请精简篇幅。',
    speech: '讲话全文约{characters}字，按每分钟{speed}字约需{minutes}分钟，超过{limit}分钟。《整治形式主义为基层减负若干规定》要求主要负责同志讲话或者会议主报告不超过1小时。请精简篇幅。',
  },
  messagesEn: {
    document: 'The document has about {characters} characters (without spaces), more than {limit}. The Provisions on Rectifying Formalism to Reduce Burdens at the Grassroots limit local and departmental documents to 5,000 characters in general, and those deploying a special task to 4,000, except documents deploying comprehensive work. Shorten it.',
    speech: 'The speech has about {characters} characters, about {minutes} minutes at {speed} characters a minute, more than {limit} minutes. The Provisions on Rectifying Formalism to Reduce Burdens at the Grassroots limit a principal leader\'s speech or a meeting\'s main report to one hour. Shorten it.',
  },
  check(doc, ctx) {
    const frame = doc.frame;
    if (frame.genre !== 'speech' && frame.genre !== 'notice' && frame.genre !== 'plan') return;
    const date = frame.date;
    if (date?.year !== undefined && date.month !== undefined && date.day !== undefined && dayNumber(date.year, date.month, date.day) < RULES_ISSUED) return;
    const limits = lengthLimits(ctx.config);
    const characters = characterCount(doc, 0, doc.text.length);
    const at = frame.title ? trimmedSpan(doc.text, frame.title.start, frame.title.end) : firstContent(doc);
    if (!at) return;
    if (frame.genre === 'speech') {
      const minutes = speakingMinutes(characters, limits);
      if (minutes > limits.speechMinutes) ctx.report({ messageId: 'speech', data: { characters, speed: limits.charactersPerMinute, minutes, limit: limits.speechMinutes }, ...at });
      return;
    }
    const title = frame.title ? doc.text.slice(frame.title.start, frame.title.end) : '';
    const limit = title.includes('专项') ? limits.specialDocumentCharacters : limits.documentCharacters;
    if (characters > limit) ctx.report({ messageId: 'document', data: { characters, limit }, ...at });
  },
};

/** The first paragraph outside the chrome. */
function firstContent(doc: PolicyDocument): { start: number; end: number } | undefined {
  const p = doc.paragraphs.find((x) => !inResidue(doc, x.start));
  return p && { start: p.start, end: p.end };
}
