import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDocument, analyzeText, enabledRules } from '../../server/src/core/engine/analyze';
import { parseDocument } from '../../server/src/core/parser/parseDocument';
import { RULES } from '../../server/src/core/rules/index';
import type { Rule } from '../../server/src/core/rules/rule';
import { LineIndex } from '../../server/src/core/text/lineIndex';
import { anyText, counted, draft, generatedCases, runs } from './drafts';
import { EVERY_RULE_ON } from './everyRule';
import { assertDocumentRanges, assertFindings } from './invariants';

/** One generated text: parsing and analysis (default settings and every rule on) never throw, no rule fails, every range is valid. */
function analysesCleanly(text: string): void {
  const doc = parseDocument(text);
  assert.equal(doc.text, text);
  assertDocumentRanges(doc);
  for (const config of [undefined, EVERY_RULE_ON]) {
    const result = analyzeDocument(doc, config);
    assert.deepEqual(result.failures, [], `rules failed: ${result.failures.map((f) => f.error).join('\n')}`);
    assertFindings(text, result.findings);
    for (const f of result.findings) assert.ok(RULES.some((r) => r.id === f.ruleId), `unregistered rule id ${f.ruleId}`);
  }
}

after(() => {
  // One line for the README's reliability figures: how many generated drafts this run checked.
  console.log(`  property tests: ${generatedCases.count} generated cases (FUZZ_RUNS=${process.env.FUZZ_RUNS ?? 'default'})`);
});

describe('property: parsing and analysis of generated drafts', () => {
  it('the rule registry is non-empty and every rule runs in these tests, off-by-default ones included', () => {
    assert.ok(RULES.length >= 11, `only ${RULES.length} rules registered`);
    const running = enabledRules(RULES, EVERY_RULE_ON, { file: new Set(), lines: new Map() });
    assert.deepEqual(running.map((r) => r.id), RULES.map((r) => r.id));
    assert.ok(RULES.some((r) => r.offByDefault), 'no rule is off by default: this test no longer shows that they run');
  });

  it('parseDocument and analyzeText never throw, no rule fails, and every range is inside the text on code-unit boundaries', () => {
    fc.assert(fc.property(anyText, counted(analysesCleanly)), { numRuns: runs(1000) });
  });

  it('that property fails when a rule throws: every off-by-default rule, and an ordinary one, made to throw in turn', () => {
    for (const rule of [...RULES.filter((r) => r.offByDefault), RULES[0]]) {
      const mutable = rule as { check: Rule['check'] };
      const check = mutable.check;
      mutable.check = () => {
        throw new Error(`planted failure in ${rule.id}`);
      };
      try {
        // fast-check reports the property's own error as the cause of its failure.
        assert.throws(() => fc.assert(fc.property(anyText, analysesCleanly), { numRuns: 20 }), (e: Error) => String((e.cause as Error | undefined)?.message).includes(`planted failure in ${rule.id}`), `${rule.id} threw and the property still held`);
      } finally {
        mutable.check = check;
      }
    }
  });

  it('findings are deterministic: two analyses of the same text are equal', () => {
    fc.assert(fc.property(draft, counted((text: string) => {
      const a = analyzeText(text, EVERY_RULE_ON);
      const b = analyzeText(text, EVERY_RULE_ON);
      assert.deepEqual(b.findings, a.findings);
      assert.deepEqual(b.document.headings, a.document.headings);
    })), { numRuns: runs(500) });
  });

  it('findings are sorted by position and carry the severity their rule allows', () => {
    fc.assert(fc.property(draft, counted((text: string) => {
      const { findings } = analyzeText(text);
      for (let i = 1; i < findings.length; i++) assert.ok(findings[i - 1].start <= findings[i].start);
      for (const f of findings) assert.ok(['error', 'warning', 'information', 'hint'].includes(f.severity));
    })), { numRuns: runs(100) });
  });
});

describe('property: LineIndex agrees with the LSP reference implementation', () => {
  const text = fc.oneof(draft, fc.string({ unit: fc.constantFrom('a', '一', '\r', '\n', '😀', '\ud800', '\udc00'), maxLength: 40 }));

  it('positionAt and offsetAt match vscode-languageserver-textdocument and round-trip on every code-unit boundary', () => {
    fc.assert(fc.property(text, counted((t: string) => {
      const index = new LineIndex(t);
      const reference = TextDocument.create('untitled:x', 'plaintext', 1, t);
      assert.equal(index.lineCount, reference.lineCount);
      for (let offset = -1; offset <= t.length + 1; offset++) {
        const p = index.positionAt(offset);
        assert.deepEqual(p, reference.positionAt(offset), `positionAt(${offset})`);
        const insideCrLf = t[offset - 1] === '\r' && t[offset] === '\n';
        if (offset >= 0 && offset <= t.length && !insideCrLf) assert.equal(index.offsetAt(p), offset, `round trip of ${offset}`);
      }
      for (let line = -1; line <= index.lineCount + 1; line++) {
        for (const character of [-1, 0, 1, 3, 1000]) {
          const position = { line, character };
          assert.equal(index.offsetAt(position), reference.offsetAt(position), `offsetAt(${line}:${character})`);
        }
        const end = index.lineContentEnd(line);
        assert.ok(Number.isInteger(end) && end >= 0 && end <= t.length, `lineContentEnd(${line}) = ${end}`);
      }
    })), { numRuns: runs(500) });
  });
});
