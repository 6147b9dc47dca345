import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeText } from '../../server/src/core/engine/analyze';
import { FIXTURES_DIR } from '../helpers/paths';

/**
 * The development set of `placeholder-instruction` (test/fixtures/placeholders/directions/directions.txt):
 * drafting directions a template leaves to whoever copies it, in many shapes and every bracket form, next
 * to the document's own bracketed clauses (简称, 含, 试行, 略, citations, amendment records, a form's notes
 * to its filler) that must stay silent. Each line is one sentence and what the rule reports on it; the
 * sentence is checked as the body of a short notice, where a draft's sentences stand (alone on a line,
 * the frame could read a sentence as a web page's notice around the document).
 */
const SET = path.join(FIXTURES_DIR, 'placeholders', 'directions', 'directions.txt');
const HEAD = '关于做好有关工作的通知\n各有关单位：\n';
const TAIL = '\n特此通知。\n';

interface DirectionCase {
  readonly line: number;
  readonly input: string;
  /** `messageId:text as written`, in text order. */
  readonly expected: readonly string[];
}

function cases(): DirectionCase[] {
  const out: DirectionCase[] = [];
  fs.readFileSync(SET, 'utf8').split('\n').forEach((raw, i) => {
    if (!raw.trim() || raw.startsWith('#')) return;
    const [input, expected] = raw.split(' ⇒ ');
    assert.ok(expected !== undefined, `directions.txt:${i + 1}: no “ ⇒ ”`);
    out.push({ line: i + 1, input, expected: expected.trim() === '—' ? [] : expected.split(' | ').map((s) => s.trim()) });
  });
  return out;
}

describe('placeholder-instruction: development set of drafting directions (directions.txt)', () => {
  const all = cases();
  it('holds at least 60 directions and 60 of the document\'s own bracketed clauses', () => {
    assert.ok(all.filter((c) => c.expected.length > 0).length >= 60);
    assert.ok(all.filter((c) => c.expected.length === 0).length >= 60);
  });
  for (const c of all) {
    it(`${c.line}: ${c.input} ⇒ ${c.expected.join(' | ') || '—'}`, () => {
      const text = HEAD + c.input + TAIL;
      const found = analyzeText(text).findings.filter((f) => f.ruleId === 'placeholder-instruction');
      assert.deepEqual(found.map((f) => `${f.messageId}:${text.slice(f.start, f.end)}`), c.expected);
      // Each finding spans exactly its bracket in the sentence, and its data quotes it.
      let from = HEAD.length;
      for (const f of found) {
        const written = text.slice(f.start, f.end);
        assert.equal(f.start, text.indexOf(written, from));
        assert.equal(f.data?.text, written);
        from = f.end;
      }
    });
  }
});
