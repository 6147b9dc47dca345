import type { PolicyDocument } from '../../server/src/core/model/document';
import type { AttachmentListItem, AttachmentPart, DocumentFrame, DocumentGenre, FrameElement, FrameElementKind, FrameZone, WrittenDate } from '../../server/src/core/model/frame';
import { parseDocument } from '../../server/src/core/parser/parseDocument';
import { analyzeDocument } from '../../server/src/core/engine/analyze';
import { applyEdits } from '../../server/src/core/engine/fixes';
import type { TextEdit } from '../../server/src/core/model/findings';
import type { AnalysisConfig } from '../../server/src/core/config/config';
import { dateAt } from '../../server/src/core/parser/dates';
import { matchMarker } from '../../server/src/core/parser/markers';
import { only } from './hygiene';
import { spanText } from './snapshots';

/**
 * A frame written by hand for a test: each part is a pattern (string or RegExp) found in the text, so
 * the same description applies to the text after a fix. The element rules are tested on these frames,
 * independently of how the parser finds the frame.
 */
export interface FrameSpec {
  readonly elements?: readonly (readonly [FrameElementKind, string | RegExp])[];
  /** The document title (also added as a `title` element). */
  readonly title?: string | RegExp;
  /** 成文日期. */
  readonly date?: string | RegExp;
  /** 附件说明 items: the whole item (`1.示范点名单`) and its title (`示范点名单`). */
  readonly attachmentList?: readonly (readonly [string | RegExp, string | RegExp])[];
  /** Attachment parts: the label (`附件2`) and the title, if any. */
  readonly attachments?: readonly (readonly [string | RegExp, (string | RegExp)?])[];
  /** A document a notice encloses after its 落款, without a label: its title. */
  readonly enclosed?: string | RegExp;
  /** Spans that are web chrome (leading or trailing residue). */
  readonly residue?: readonly (string | RegExp)[];
  readonly genre?: DocumentGenre;
}

function find(text: string, pattern: string | RegExp, from: number): { start: number; end: number; text: string } {
  if (typeof pattern === 'string') {
    const start = text.indexOf(pattern, from);
    if (start < 0) throw new Error(`frame spec: “${pattern}” not found`);
    return { start, end: start + pattern.length, text: pattern };
  }
  const re = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'g');
  re.lastIndex = from;
  const m = re.exec(text);
  if (!m) throw new Error(`frame spec: ${pattern} not found`);
  return { start: m.index, end: m.index + m[0].length, text: m[0] };
}

function writtenDate(text: string, start: number, end: number): WrittenDate {
  return dateAt(text, start, end) ?? { start, end, style: 'arabic' };
}

export function frameOf(text: string, spec: FrameSpec): DocumentFrame {
  const elements: FrameElement[] = [];
  let title: FrameElement | undefined;
  if (spec.title) {
    const t = find(text, spec.title, 0);
    title = { kind: 'title', start: t.start, end: t.end };
    elements.push(title);
  }
  for (const [kind, pattern] of spec.elements ?? []) {
    const found = find(text, pattern, 0);
    elements.push({ kind, start: found.start, end: found.end });
  }
  let date: WrittenDate | undefined;
  if (spec.date) {
    const d = find(text, spec.date, 0);
    date = writtenDate(text, d.start, d.end);
    elements.push({ kind: 'date', start: d.start, end: d.end });
  }
  const attachmentList: AttachmentListItem[] = [];
  let cursor = 0;
  for (const [itemPattern, titlePattern] of spec.attachmentList ?? []) {
    const item = find(text, itemPattern, cursor);
    const t = find(text, titlePattern, item.start);
    const label = /^附件[：:]\s*/.exec(item.text)?.[0].length ?? 0;
    const marker = matchMarker(text, item.start + label, t.start);
    attachmentList.push({
      ...(marker ? { number: marker.value, marker } : {}), title: t.text, start: item.start, end: item.end, titleStart: t.start, titleEnd: t.end,
    });
    cursor = item.end;
  }
  if (attachmentList.length) elements.push({ kind: 'attachment-list', start: attachmentList[0].start, end: attachmentList[attachmentList.length - 1].end });
  const labels = (spec.attachments ?? []).map(([labelPattern, titlePattern], i, all) => {
    const label = find(text, labelPattern, cursor);
    cursor = label.end;
    const t = titlePattern === undefined ? undefined : find(text, titlePattern, label.end);
    if (t) cursor = t.end;
    return { label, t, last: i === all.length - 1 };
  });
  const attachments: AttachmentPart[] = labels.map(({ label, t }, i) => {
    const number = /附件\s*([0-9]+)/.exec(label.text)?.[1];
    const end = i + 1 < labels.length ? labels[i + 1].label.start : text.length;
    elements.push({ kind: 'attachment-label', start: label.start, end: label.end });
    if (t) elements.push({ kind: 'attachment-title', start: t.start, end: t.end });
    return {
      number: number === undefined ? undefined : Number(number), labelStart: label.start, labelEnd: label.end,
      title: t && { text: t.text, start: t.start, end: t.end }, start: label.start, end, form: 'labelled' as const,
    };
  });
  if (spec.enclosed) {
    const t = find(text, spec.enclosed, 0);
    attachments.unshift({ labelStart: t.start, labelEnd: t.start, title: { text: t.text, start: t.start, end: t.end }, start: t.start, end: attachments[0]?.start ?? text.length, form: 'enclosed' });
  }
  const residue = (spec.residue ?? []).map((p) => find(text, p, 0)).sort((a, b) => a.start - b.start);
  const zones: FrameZone[] = [];
  let at = 0;
  for (const r of residue) {
    if (r.start > at) zones.push({ kind: 'body', start: at, end: r.start });
    zones.push({ kind: r.start === 0 ? 'leading-residue' : 'trailing-residue', start: r.start, end: r.end });
    at = r.end;
  }
  if (at < text.length || zones.length === 0) zones.push({ kind: 'body', start: at, end: text.length });
  elements.sort((a, b) => a.start - b.start);
  return { zones, elements, title, date, attachmentList, attachments, genre: spec.genre ?? 'unknown' };
}

/** The parse of `text` with the frame the spec describes. */
export function documentWithFrame(text: string, spec: FrameSpec): PolicyDocument {
  return { ...parseDocument(text), frame: frameOf(text, spec) };
}

export interface FramedFinding {
  range: string;
  messageId: string | undefined;
  message: string;
  /** Each fix as `title [safe|offered]: «replaced»→«new»; …`. */
  fixes: string[];
}

export function framedFindings(text: string, spec: FrameSpec, ruleId: string, config: AnalysisConfig = only(ruleId)): FramedFinding[] {
  const doc = documentWithFrame(text, spec);
  const result = analyzeDocument(doc, config);
  if (result.failures.length) throw new Error(result.failures[0].error);
  return result.findings.map((f) => ({
    range: spanText(doc.lines, f.start, f.end),
    messageId: f.messageId,
    message: f.message,
    fixes: f.fixes.map((fix) => `${fix.title} [${fix.safe ? 'safe' : 'offered'}]: ${fix.edits.map((e) => `«${text.slice(e.start, e.end)}»→«${e.newText}»`).join('; ')}`),
  }));
}

/**
 * Every fix of the rule (safe and offered, the first of each finding) applied again and again, the frame
 * re-read from the spec each time, until the rule is silent or nothing changes: the text it converges to
 * and the findings left.
 */
export function fixedWithFrame(text: string, spec: FrameSpec, ruleId: string, which: 'safe' | 'all' = 'all'): { text: string; remaining: string[] } {
  let current = text;
  for (let pass = 0; pass < 10; pass++) {
    const result = analyzeDocument(documentWithFrame(current, spec), only(ruleId));
    const edits: TextEdit[] = [];
    for (const f of result.findings) {
      const fix = f.fixes.find((x) => which === 'all' || x.safe);
      // A fix touching one already chosen waits for the next pass, as in fix-all.
      if (fix && !fix.edits.some((e) => edits.some((c) => e.start <= c.end && c.start <= e.end))) edits.push(...fix.edits);
    }
    if (edits.length === 0) return { text: current, remaining: result.findings.map((f) => f.message) };
    const next = applyEdits(current, edits);
    if (next === current) return { text: current, remaining: result.findings.map((f) => f.message) };
    current = next;
  }
  throw new Error('fixes did not converge in 10 passes');
}
