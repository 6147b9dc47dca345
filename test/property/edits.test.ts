import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeText } from '../../server/src/core/engine/analyze';
import { applyEdits, composeEdits, safeFixEdits } from '../../server/src/core/engine/fixes';
import { fixAllText } from '../../server/src/service/fixAll';
import { renumberEdits } from '../../server/src/service/renumber';
import type { TextEdit } from '../../server/src/core/model/findings';
import type { PolicyDocument } from '../../server/src/core/model/document';
import { parseDocument } from '../../server/src/core/parser/parseDocument';
import { numberingRuns } from '../../server/src/core/rules/numbering/runs';
import { sequenceProblems } from '../../server/src/core/rules/numbering/sequence';
import { LineIndex } from '../../server/src/core/text/lineIndex';
import { anyText, counted, numberedDraft, runs } from './drafts';
import { EVERY_RULE_ON } from './everyRule';
import { assertEdits, assertOnlyRangesChanged, mapOffset } from './invariants';

/** Which lines hold which kind of heading: what renumbering must not change. */
function headingShape(doc: PolicyDocument): string {
  return doc.headings.map((h) => `${h.line}:${h.inline}:${h.marker?.scheme ?? '-'}`).join(' ');
}

const drafts = fc.oneof({ weight: 3, arbitrary: numberedDraft }, { weight: 1, arbitrary: anyText });

/** Apply edits the way an editor does: LSP ranges from our LineIndex, applied by the reference TextDocument. */
function applyAsEditor(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  const doc = TextDocument.create('untitled:x', 'plaintext', 1, text);
  return TextDocument.applyEdits(doc, edits.map((e) => ({ range: { start: lines.positionAt(e.start), end: lines.positionAt(e.end) }, newText: e.newText })));
}

/** Both ways of applying agree, and nothing outside the edited ranges changed. */
function applyChecked(text: string, edits: readonly TextEdit[], what: string): string {
  assertEdits(text, edits, what);
  const result = applyEdits(text, edits);
  assertOnlyRangesChanged(text, edits, result, what);
  assert.equal(applyAsEditor(text, edits), result, `${what}: LSP positions of the edits land elsewhere than their offsets`);
  return result;
}

describe('property: edits never damage a draft', () => {
  it('every fix of every finding (every rule on) changes only its ranges, and a safe fix removes its finding', () => {
    let safeFixes = 0;
    fc.assert(fc.property(drafts, counted((text: string) => {
      const { findings } = analyzeText(text, EVERY_RULE_ON);
      for (const f of findings) {
        for (const fix of f.fixes) {
          const what = `${f.ruleId} fix “${fix.title}”`;
          const fixed = applyChecked(text, fix.edits, what);
          if (!fix.safe || fix.snippet) continue;
          safeFixes++;
          // The finding is gone from where the fix put its text, or at least one fewer remains, or an identical
          // copy moved into its place (a fix that deletes a line pulls the next one up).
          const same = (g: { ruleId: string; message: string }) => g.ruleId === f.ruleId && g.message === f.message;
          const after = analyzeText(fixed, EVERY_RULE_ON).findings.filter(same);
          const at = mapOffset(f.start, fix.edits);
          const twin = fixed.slice(at, at + f.end - f.start) === text.slice(f.start, f.end);
          const gone = !after.some((g) => g.start === at) || after.length < findings.filter(same).length || twin;
          assert.ok(gone, `${what} left its finding in place:\n${JSON.stringify(text)}`);
        }
      }
    })), { numRuns: runs(600) });
    assert.ok(safeFixes > 0, 'the generated drafts exercised no safe fix');
  });

  it('safeFixEdits never overlap and fix-all converges: a second fix-all changes nothing and no safe fix is left', () => {
    fc.assert(fc.property(drafts, counted((text: string) => {
      const first = safeFixEdits(analyzeText(text, EVERY_RULE_ON).findings);
      applyChecked(text, first, 'one fix-all pass');
      const fixed = fixAllText(text, EVERY_RULE_ON);
      assert.ok(fixed.converged, `fix-all did not converge in ${fixed.passes} passes:\n${JSON.stringify(text)}`);
      // The edits an editor applies in one step (every pass composed onto the original) make the same text.
      assert.equal(applyChecked(text, fixed.edits, 'fix-all edits'), fixed.text, `fix-all edits do not make its text:\n${JSON.stringify(text)}`);
      assert.deepEqual(safeFixEdits(analyzeText(fixed.text, EVERY_RULE_ON).findings), [], `safe fixes left after fix-all:\n${JSON.stringify(text)}`);
      assert.equal(fixAllText(fixed.text, EVERY_RULE_ON).text, fixed.text, 'fix-all is not idempotent');
    })), { numRuns: runs(600) });
  });

  it('safeFixEdits takes the same fixes as the pairwise overlap check it replaced (findings in order, whole fixes)', () => {
    // Positions at three scales, so ranges cross the claimed-position summaries' block edges (64, 4096, 262144).
    const edit = fc.record({ scale: fc.constantFrom(1, 61, 4099, 70001), start: fc.nat(40), nudge: fc.nat(2), length: fc.nat(4), newText: fc.constantFrom('', 'x') })
      .map(({ scale, start, nudge, length, newText }) => ({ start: start * scale + nudge, end: start * scale + nudge + length * scale, newText }));
    // A fix's own edits never overlap: sorted, each after the previous one's end.
    const fixEdits = fc.array(edit, { minLength: 1, maxLength: 4 }).map((es) => {
      const out: TextEdit[] = [];
      for (const e of [...es].sort((a, b) => a.start - b.start)) if (!out.length || e.start > out[out.length - 1].end) out.push(e);
      return out;
    });
    const finding = (edits: TextEdit[], safe: boolean) => ({ ruleId: 'x', category: 'punctuation' as const, severity: 'warning' as const, message: '', messageId: 'x', start: 0, end: 0, fixes: [{ title: '', titleId: 'x', edits, safe }] });
    fc.assert(fc.property(fc.array(fc.tuple(fixEdits, fc.boolean()), { maxLength: 12 }), (fixes) => {
      const findings = fixes.map(([edits, safe]) => finding(edits, safe));
      const chosen: TextEdit[] = [];
      const touches = (e: TextEdit) => chosen.some((c) => (e.start < c.end && c.start < e.end) || (e.start === e.end && c.start === e.start) || (c.start === c.end && e.start === c.start));
      for (const [edits, safe] of fixes) if (safe && !edits.some(touches)) chosen.push(...edits);
      assert.deepEqual(safeFixEdits(findings), chosen.sort((a, b) => a.start - b.start));
    }), { numRuns: runs(1000) });
  });

  it('composeEdits does in one list what two edit lists do one after the other', () => {
    /** Sorted, non-overlapping edits of a text, as one fix-all pass chooses them (no two insertions at one offset). */
    const editsOf = (text: string) => fc.array(fc.record({ at: fc.nat(text.length), length: fc.nat(3), newText: fc.constantFrom('', '、', '。。', '一二') }), { maxLength: 5 })
      .map((raw) => {
        const edits: TextEdit[] = [];
        let free = 0;
        for (const r of [...raw].sort((a, b) => a.at - b.at)) {
          const start = Math.max(r.at, free);
          const end = Math.min(text.length, start + r.length);
          if (start > text.length || (start === end && !r.newText)) continue;
          edits.push({ start, end, newText: r.newText });
          free = start === end ? end + 1 : end;
        }
        return edits;
      });
    const twoPasses = fc.string({ unit: fc.constantFrom('甲', '乙', '，', '\n'), maxLength: 14 }).chain((text) =>
      editsOf(text).chain((first) => editsOf(applyEdits(text, first)).map((second) => ({ text, first, second }))));
    fc.assert(fc.property(twoPasses, counted(({ text, first, second }: { text: string; first: TextEdit[]; second: TextEdit[] }) => {
      const between = applyEdits(text, first);
      const composed = composeEdits(between, first, second);
      assertEdits(text, composed, 'composed edits');
      assert.equal(applyEdits(text, composed), applyEdits(between, second), JSON.stringify({ text, first, second, composed }));
    })), { numRuns: runs(2000) });
  });

  it('renumbering changes only numerals, leaves no start/gap/duplicate/order finding, and is idempotent', () => {
    let renumbered = 0;
    let reshaped = 0;
    fc.assert(fc.property(drafts, counted((text: string) => {
      const doc = parseDocument(text);
      const edits = renumberEdits(doc);
      const numerals = new Set(doc.headings.filter((h) => h.marker).map((h) => `${h.marker!.numeralStart}:${h.marker!.numeralEnd}`));
      for (const e of edits) assert.ok(numerals.has(`${e.start}:${e.end}`), `renumber edit ${e.start}-${e.end} is not a marker's numeral`);
      const result = applyChecked(text, edits, 'renumber');
      if (edits.length) renumbered++;
      let after = parseDocument(result);
      const problems = (d: PolicyDocument) => sequenceProblems(d).map((p) => `${p.problem} ${p.item.heading.marker.text} (line ${p.item.heading.line + 1})`);
      if (headingShape(after) === headingShape(doc)) {
        assert.deepEqual(problems(after), [], `after renumbering:\n${JSON.stringify(text)}\n→\n${JSON.stringify(result)}`);
        assert.deepEqual(renumberEdits(after), [], 'renumbering twice changes more');
        assert.equal(numberingRuns(after).length, numberingRuns(doc).length, 'renumbering regrouped the runs');
      } else {
        // A new number can make a run-together candidate fit its sequence, so the reparse finds another
        // heading (`二、…；二、…` → `一、…；二、…`). Format Document then needs another pass: it must converge.
        reshaped++;
        for (let pass = 0; pass < 5 && renumberEdits(after).length; pass++) after = parseDocument(applyEdits(after.text, renumberEdits(after)));
        assert.deepEqual(renumberEdits(after), [], `renumbering does not converge:\n${JSON.stringify(text)}`);
        assert.deepEqual(problems(after), [], `after renumbering to a fixed point:\n${JSON.stringify(text)}\n→\n${JSON.stringify(after.text)}`);
      }
    })), { numRuns: runs(600) });
    assert.ok(renumbered > 0, 'the generated drafts needed no renumbering');
    if (reshaped) console.log(`    renumbering changed the headings found in ${reshaped} of ${renumbered} renumbered drafts (converged by repeating)`);
  });
});
