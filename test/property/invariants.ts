import { strict as assert } from 'node:assert';
import type { PolicyDocument, Section } from '../../server/src/core/model/document';
import type { Finding, TextEdit } from '../../server/src/core/model/findings';
import { splitsSurrogatePair } from '../../server/src/core/text/lineIndex';

/** A span lies inside the text, is ordered, and cuts no surrogate pair at either end. */
export function assertSpan(text: string, start: number, end: number, what: string): void {
  assert.ok(Number.isInteger(start) && Number.isInteger(end), `${what}: non-integer offsets ${start}-${end}`);
  assert.ok(start >= 0 && start <= end && end <= text.length, `${what}: ${start}-${end} outside 0-${text.length}`);
  assert.ok(!splitsSurrogatePair(text, start), `${what}: start ${start} splits a surrogate pair`);
  assert.ok(!splitsSurrogatePair(text, end), `${what}: end ${end} splits a surrogate pair`);
}

/** Every range the parser produces: paragraphs, headings, markers, sections, enumerations, residue. */
export function assertDocumentRanges(doc: PolicyDocument): void {
  const { text } = doc;
  for (const p of doc.paragraphs) assertSpan(text, p.start, p.end, `paragraph ${p.index}`);
  for (const h of doc.headings) {
    const what = `heading ${h.index} “${h.title}”`;
    assertSpan(text, h.start, h.end, what);
    assertSpan(text, h.titleStart, h.titleEnd, `${what} title`);
    assert.equal(text.slice(h.titleStart, h.titleEnd), h.title, `${what}: title text differs from its range`);
    assert.ok(h.start <= h.titleStart && h.titleEnd <= h.end, `${what}: title outside the heading`);
    if (h.marker) {
      const m = h.marker;
      assertSpan(text, m.start, m.end, `${what} marker`);
      assertSpan(text, m.numeralStart, m.numeralEnd, `${what} numeral`);
      assert.equal(text.slice(m.start, m.end), m.text, `${what}: marker text differs from its range`);
      assert.ok(m.start <= m.numeralStart && m.numeralStart < m.numeralEnd && m.numeralEnd <= m.end, `${what}: numeral outside the marker`);
      assert.ok(Number.isInteger(m.value) && m.value > 0, `${what}: marker value ${m.value}`);
      if (m.trailing) assertSpan(text, m.trailing.start, m.trailing.end, `${what} trailing punctuation`);
    }
  }
  const visit = (s: Section, depth: number) => {
    assertSpan(text, s.start, s.end, `section at depth ${depth}`);
    for (const c of s.children) {
      assert.equal(c.parent, s, 'a child section points to another parent');
      assert.ok(c.start >= s.start && c.start <= s.end, `section ${c.start}-${c.end} starts outside its parent ${s.start}-${s.end}`);
      visit(c, depth + 1);
    }
  };
  visit(doc.root, 0);
  for (const e of doc.enumerations) for (const i of e.items) {
    assertSpan(text, i.start, i.end, `enumeration item “${i.text}”`);
    assert.equal(text.slice(i.start, i.end), i.text);
  }
  for (const r of doc.pageNumberResidue) assertSpan(text, r.start, r.end, `page-number residue ${r.value}`);
  for (const d of doc.directives) assert.ok(d.line >= 0 && d.line < doc.lines.lineCount, `directive line ${d.line}`);
}

/** Edits of one change lie in the text, cut no surrogate pair and do not overlap (two inserts at one point do). */
export function assertEdits(text: string, edits: readonly TextEdit[], what: string): void {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  sorted.forEach((e, i) => {
    assertSpan(text, e.start, e.end, `${what} edit ${i}`);
    assert.equal(typeof e.newText, 'string');
    const next = sorted[i + 1];
    if (next) {
      assert.ok(e.end <= next.start, `${what}: edits ${e.start}-${e.end} and ${next.start}-${next.end} overlap`);
      assert.ok(!(e.start === e.end && next.start === next.end && e.start === next.start), `${what}: two insertions at ${e.start}`);
    }
  });
}

export function assertFindings(text: string, findings: readonly Finding[]): void {
  for (const f of findings) {
    const what = `${f.ruleId} “${f.message}”`;
    assertSpan(text, f.start, f.end, what);
    for (const r of f.related ?? []) assertSpan(text, r.start, r.end, `${what} related`);
    for (const fix of f.fixes) assertEdits(text, fix.edits, `${what} fix “${fix.title}”`);
    assert.ok(f.message.length > 0, `${f.ruleId}: empty message`);
  }
}

/**
 * The result of applying edits keeps every character outside the edited ranges: walk the original's
 * untouched stretches and the new texts through the result, in order, and require each in place.
 */
export function assertOnlyRangesChanged(original: string, edits: readonly TextEdit[], result: string, what: string): void {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let pos = 0;
  let cursor = 0;
  const expect = (piece: string, label: string) => {
    assert.ok(result.startsWith(piece, cursor), `${what}: ${label} changed at result offset ${cursor}`);
    cursor += piece.length;
  };
  for (const e of sorted) {
    expect(original.substring(pos, e.start), `text before ${e.start}`);
    expect(e.newText, `edit ${e.start}-${e.end}`);
    pos = e.end;
  }
  expect(original.substring(pos), 'text after the last edit');
  assert.equal(cursor, result.length, `${what}: result has extra text`);
}

/** Where an offset of the old text lands after the edits (an offset inside an edit goes to the edit's start). */
export function mapOffset(offset: number, edits: readonly TextEdit[]): number {
  let delta = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    if (e.end <= offset && !(e.start === e.end && e.start === offset)) delta += e.newText.length - (e.end - e.start);
    else if (e.start < offset) return e.start + delta;
  }
  return offset + delta;
}
