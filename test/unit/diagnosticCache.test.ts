import { strict as assert } from 'node:assert';
import { analyzeDocument, type AnalysisResult } from '../../server/src/core/engine/analyze';
import { reanalyzeDocument } from '../../server/src/core/engine/incremental';
import { parseDocument, reparseDocument } from '../../server/src/core/parser/parseDocument';
import { DEFAULT_CONFIG } from '../../server/src/core/config/config';
import type { Finding } from '../../server/src/core/model/findings';
import { toDiagnostic } from '../../server/src/lsp/convert';
import { DiagnosticConversions } from '../../server/src/lsp/diagnosticCache';
import type { UiLanguage } from '../../server/src/service/language';

/**
 * DiagnosticConversions (lsp/diagnosticCache.ts) keeps a finding's diagnostic for the next pull only when
 * it is the same finding object and the text its diagnostic was made from is unchanged; whatever it
 * answers must equal a fresh `toDiagnostic` of every finding.
 */
describe('diagnostics kept from one pull to the next', () => {
  const URI = 'file:///draft.gw';
  const docs = (ruleId: string) => `file:///rules/${ruleId}.md`;
  const LINES = [
    '关于做好×县防汛工作的通知',
    '各乡镇人民政府：',
    '一、总体要求',
    '要把防汛工作摆在突出位置，落实×项措施。',
    '二、工作任务',
    '各单位要加强值班值守，确保信息畅通。',
    '三、保障措施',
    '加强组织领导，压实工作责任。',
    // Lines enough that an edit near the top re-checks only a few of them.
    ...Array.from({ length: 12 }, (_, i) => `（${'一二三四五六七八九十'[i % 10]}）各部门要按照职责分工抓好落实，第${i + 1}项。`),
  ];
  const TEXT = LINES.join('\n') + '\n';

  const analyse = (text: string) => analyzeDocument(parseDocument(text), DEFAULT_CONFIG, {});
  const edit = (previous: AnalysisResult, at: number, insert: string) => {
    const text = previous.document.text.slice(0, at) + insert + previous.document.text.slice(at);
    return reanalyzeDocument(previous, reparseDocument(previous.document, text), DEFAULT_CONFIG, {});
  };
  const fresh = (result: AnalysisResult, language: UiLanguage = 'zh') => result.findings.map((f) => toDiagnostic(result.document.lines, f, URI, docs, language));
  const cross = (findings: readonly Finding[]) => findings.find((f) => f.ruleId === 'placeholder-cross')!;

  it('reuses the diagnostic of a finding carried over when the edit lies after its line, and converts the rest again', () => {
    const conversions = new DiagnosticConversions();
    const first = analyse(TEXT);
    const before = conversions.convert(first.document.lines, first.findings, URI, docs, 'zh');
    assert.deepEqual(before, fresh(first));
    // Typing on the last line: the finding on the first line is the very same object in the new analysis.
    const second = edit(first, TEXT.indexOf('压实'), '切实');
    assert.equal(cross(second.findings), cross(first.findings));
    const after = conversions.convert(second.document.lines, second.findings, URI, docs, 'zh');
    assert.deepEqual(after, fresh(second));
    assert.equal(after[second.findings.indexOf(cross(second.findings))], before[first.findings.indexOf(cross(first.findings))]);
  });

  it('converts again a carried finding whose line changed before it or whose line numbers moved', () => {
    const conversions = new DiagnosticConversions();
    const first = analyse(TEXT);
    const before = conversions.convert(first.document.lines, first.findings, URI, docs, 'zh');
    // The placeholder on the fourth line (a line-local finding: carried as the same object when it is not re-checked).
    const xx = (r: AnalysisResult) => r.findings.findIndex((f) => f.ruleId === 'placeholder-cross' && f.start > r.document.text.indexOf('\n'));
    // A line added above the × finding: same text after it, but its line number changed.
    const second = edit(first, TEXT.indexOf('二、'), '新增一行。\n');
    const after = conversions.convert(second.document.lines, second.findings, URI, docs, 'zh');
    assert.deepEqual(after, fresh(second));
    assert.notEqual(after[xx(second)], before[xx(first)]);
    assert.equal(after[xx(second)].range.start.line, 3);
    // Typing on the × finding's own line, after it: the excerpt reads the whole line, so it is converted again.
    const third = edit(second, second.document.text.indexOf('项措施。') + 3, '和办法');
    const again = conversions.convert(third.document.lines, third.findings, URI, docs, 'zh');
    assert.deepEqual(again, fresh(third));
    assert.notEqual(again[xx(third)], after[xx(second)]);
  });

  it('converts again a finding carried as the same object after an edit of the same length before it', () => {
    const conversions = new DiagnosticConversions();
    const first = analyse(TEXT);
    conversions.convert(first.document.lines, first.findings, URI, docs, 'zh');
    const xx = (r: AnalysisResult) => r.findings.find((f) => f.ruleId === 'placeholder-cross' && f.start > r.document.text.indexOf('要把'))!;
    // The line break after the title becomes a space: nothing moves by a character, every line after it moves up.
    const at = TEXT.indexOf('\n各乡镇');
    const text = TEXT.slice(0, at) + ' ' + TEXT.slice(at + 1);
    const second = reanalyzeDocument(first, reparseDocument(first.document, text), DEFAULT_CONFIG, {});
    assert.equal(xx(second), xx(first));
    const after = conversions.convert(second.document.lines, second.findings, URI, docs, 'zh');
    assert.deepEqual(after, fresh(second));
    assert.equal(after[second.findings.indexOf(xx(second))].range.start.line, 2);
    assert.equal(after[second.findings.indexOf(xx(second))].range.start.character, LINES[3].indexOf('×'));
  });

  it('follows a changed findings language, URI or set of rule pages', () => {
    const conversions = new DiagnosticConversions();
    const result = analyse(TEXT);
    const zh = conversions.convert(result.document.lines, result.findings, URI, docs, 'zh');
    const en = conversions.convert(result.document.lines, result.findings, URI, docs, 'en');
    assert.deepEqual(en, fresh(result, 'en'));
    assert.notEqual(en[0].message, zh[0].message);
    const elsewhere = conversions.convert(result.document.lines, result.findings, 'file:///other.gw', docs, 'en');
    assert.deepEqual(elsewhere, result.findings.map((f) => toDiagnostic(result.document.lines, f, 'file:///other.gw', docs, 'en')));
    const noPages = conversions.convert(result.document.lines, result.findings, URI, undefined, 'en');
    assert.equal(noPages.some((d) => d.codeDescription), false);
  });

  it('never reuses for an equal finding that is another object, nor on the last line once the text changed', () => {
    const conversions = new DiagnosticConversions();
    const text = '各单位要落实×项措施';
    const first = analyse(text);
    const before = conversions.convert(first.document.lines, first.findings, URI, docs, 'zh');
    const copies = first.findings.map((f) => ({ ...f }));
    const again = conversions.convert(first.document.lines, copies, URI, docs, 'zh');
    assert.deepEqual(again, before);
    assert.ok(again.every((d, i) => d !== before[i]));
    // The same object on the same text is kept; a character appended to the last line changes its excerpt.
    assert.equal(conversions.convert(first.document.lines, copies, URI, docs, 'zh')[0], again[0]);
    const appended = edit(first, text.length, '。');
    assert.deepEqual(conversions.convert(appended.document.lines, appended.findings, URI, docs, 'zh'), fresh(appended));
  });
});
