import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyzeDocument, type AnalysisResult } from '../../server/src/core/engine/analyze';
import { reanalyzeDocument } from '../../server/src/core/engine/incremental';
import { parseDocument, reparseDocument } from '../../server/src/core/parser/parseDocument';
import { DEFAULT_CONFIG } from '../../server/src/core/config/config';
import { loadResources } from '../../server/src/resources';
import { convertFindings, type ConvertedDiagnostics } from '../../server/src/lsp/carriedDiagnostics';
import { toDiagnostic, type RuleDocs } from '../../server/src/lsp/convert';
import type { UiLanguage } from '../../server/src/service/language';
import { readText, seedFiles } from '../helpers/paths';
import { anyText, applyEdit, counted, edit, numberedDraft, runs } from './drafts';
import { EVERY_RULE_ON } from './everyRule';

/**
 * The server converts a new version's findings by carrying the previous version's diagnostics where nothing
 * they show can have changed (`convertFindings`). After any chain of generated edits the carried diagnostics are
 * exactly a fresh conversion of every finding, in both languages, with and without rule pages.
 */

const resources = loadResources();
const SEEDS = seedFiles().map(readText);
const URI = 'file:///draft.gw';
const RULE_DOCS: RuleDocs = (id, language) => `file:///docs/rules/${language}/${id}.md`;
const fresh = (result: AnalysisResult, language: UiLanguage, ruleDocs?: RuleDocs) =>
  result.findings.map((f) => toDiagnostic(result.document.lines, f, URI, ruleDocs, language));

describe('property: diagnostics carried across versions equal a fresh conversion', () => {
  const base = fc.oneof({ weight: 2, arbitrary: anyText }, { weight: 2, arbitrary: numberedDraft }, { weight: 2, arbitrary: fc.constantFrom(...SEEDS) });
  const cases = [['Chinese, default settings', 'zh', DEFAULT_CONFIG, undefined], ['English, every rule on, rule pages', 'en', EVERY_RULE_ON, RULE_DOCS]] as const;
  for (const [name, language, config, ruleDocs] of cases) {
    it(`after a chain of edits (${name})`, () => {
      fc.assert(fc.property(base, fc.array(edit, { minLength: 1, maxLength: 6 }), counted((text: string, chain: [number, number, string][]) => {
        let result = analyzeDocument(parseDocument(text), config, resources);
        let converted: ConvertedDiagnostics = convertFindings(result, URI, ruleDocs, language, undefined);
        for (const e of chain) {
          const next = applyEdit(result.document.text, e);
          result = reanalyzeDocument(result, reparseDocument(result.document, next), config, resources);
          converted = convertFindings(result, URI, ruleDocs, language, converted);
          assert.deepStrictEqual(converted.diagnostics, fresh(result, language, ruleDocs));
        }
      })), { numRuns: runs(120) });
    });
  }
});

describe('carried diagnostics', () => {
  const text = '关于做好××工作的通知\n\n各单位：\n\n请于[X]月[X]日前报送材料。\n\n二、工作要求\n\n请于[X]日前报送。\n';
  const analysed = (t: string, previous?: AnalysisResult) =>
    previous ? reanalyzeDocument(previous, reparseDocument(previous.document, t), DEFAULT_CONFIG, resources) : analyzeDocument(parseDocument(t), DEFAULT_CONFIG, resources);
  const first = analysed(text);
  const converted = convertFindings(first, URI, undefined, 'zh', undefined);
  const placeholderLine = 4;
  const onLine = (c: ConvertedDiagnostics, line: number) => c.diagnostics.filter((d) => d.range.start.line === line);

  it('a diagnostic on a line the edit did not touch is the same object (same range, message and excerpt)', () => {
    const at = text.indexOf('二、工作要求') + 2;
    const next = convertFindings(analysed(text.slice(0, at) + '，' + text.slice(at), first), URI, undefined, 'zh', converted);
    assert.ok(onLine(converted, placeholderLine).length > 0);
    assert.deepEqual(onLine(next, placeholderLine), onLine(converted, placeholderLine));
    for (const d of onLine(next, placeholderLine)) assert.ok(converted.diagnostics.includes(d));
  });

  it('an edit beside a kept finding on its line gives it a fresh excerpt', () => {
    const at = text.indexOf('报送材料');
    const result = analysed(text.slice(0, at) + '统一' + text.slice(at), first);
    const next = convertFindings(result, URI, undefined, 'zh', converted);
    const before = onLine(converted, placeholderLine).map((d) => d.message);
    const after = onLine(next, placeholderLine).map((d) => d.message);
    assert.equal(after.length, before.length);
    assert.ok(after.some((m) => m.includes('统一')), after.join('\n'));
    assert.notDeepEqual(after, before);
    assert.deepStrictEqual(next.diagnostics, fresh(result, 'zh'));
  });

  it('a line break added before a finding moves its range a line down, message unchanged', () => {
    const result = analysed('\n' + text, first);
    const next = convertFindings(result, URI, undefined, 'zh', converted);
    assert.deepEqual(onLine(next, placeholderLine + 1).map((d) => d.message), onLine(converted, placeholderLine).map((d) => d.message));
    assert.deepStrictEqual(next.diagnostics, fresh(result, 'zh'));
  });

  it('a change of language converts afresh', () => {
    const next = convertFindings(first, URI, undefined, 'en', converted);
    assert.deepStrictEqual(next.diagnostics, fresh(first, 'en'));
    assert.notDeepEqual(next.diagnostics.map((d) => d.message), converted.diagnostics.map((d) => d.message));
  });
});
