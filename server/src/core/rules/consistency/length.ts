import type { Rule } from '../rule';
import type { PolicyDocument } from '../../model/document';
import type { LengthLimits } from '../../config/config';
import { lengthLimits } from '../../config/config';
import { isResidueZone } from '../../model/frame';
import { isWhitespaceCode } from '../../text/chars';
import { dayNumber } from '../dates';
import { inResidue, trimmedSpan } from '../frameText';

/** Counted characters before each multiple of this offset: a count of any span reads at most two chunks. */
const CHUNK = 256;
const prefixes = new WeakMap<PolicyDocument, Int32Array>();

function counted(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return !(c === 0x0a || c === 0x0d || isWhitespaceCode(c) || (c >= 0xdc00 && c <= 0xdfff));
}

/** Counted characters in [from, to) of one stretch of text, residue zones left out. */
function countSpan(doc: PolicyDocument, from: number, to: number): number {
  let count = 0;
  for (const zone of doc.frame.zones) {
    if (zone.end <= from || zone.start >= to || isResidueZone(zone.kind)) continue;
    const end = Math.min(to, zone.end);
    for (let i = Math.max(from, zone.start); i < end; i++) if (counted(doc.text, i)) count++;
  }
  return count;
}

/**
 * prefix[k]: counted characters before offset k × CHUNK, computed once per document in one pass over the
 * zones (the same count as countSpan of each chunk, which would read every zone for every chunk).
 */
function prefixOf(doc: PolicyDocument): Int32Array {
  let prefix = prefixes.get(doc);
  if (prefix) return prefix;
  const text = doc.text;
  prefix = new Int32Array(Math.floor(text.length / CHUNK) + 1);
  // First the counted characters of each chunk, at the index of the chunk's end…
  for (const zone of doc.frame.zones) {
    if (isResidueZone(zone.kind)) continue;
    const end = Math.min(zone.end, (prefix.length - 1) * CHUNK);
    for (let i = Math.max(0, zone.start); i < end; i++) if (counted(text, i)) prefix[((i / CHUNK) | 0) + 1]++;
  }
  // …then summed.
  for (let k = 1; k < prefix.length; k++) prefix[k] += prefix[k - 1];
  prefixes.set(doc, prefix);
  return prefix;
}

function countBefore(doc: PolicyDocument, offset: number): number {
  const k = Math.floor(offset / CHUNK);
  return prefixOf(doc)[k] + countSpan(doc, k * CHUNK, offset);
}

/**
 * How long a span of a draft is, as a writer counts it: characters without white space (Word's 字数
 * counts the same way for Chinese text), outside the chrome around the document. A surrogate pair is
 * one character. Any span costs the same (the outline asks for every section).
 */
export function characterCount(doc: PolicyDocument, start: number, end: number): number {
  const to = Math.min(end, doc.text.length);
  return to > start ? countBefore(doc, to) - countBefore(doc, Math.max(0, start)) : 0;
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
