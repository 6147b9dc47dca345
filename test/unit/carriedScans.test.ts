import { strict as assert } from 'node:assert';
import { analyzeDocument, type AnalysisResult } from '../../server/src/core/engine/analyze';
import { reanalyzeDocument, recheckedLines } from '../../server/src/core/engine/incremental';
import { parseDocument, reparseDocument } from '../../server/src/core/parser/parseDocument';
import { DEFAULT_CONFIG } from '../../server/src/core/config/config';
import type { PolicyDocument } from '../../server/src/core/model/document';
import { eachOccurrence, leftAlone } from '../../server/src/core/rules/placeholder/scan';
import { quoteFormItems } from '../../server/src/core/rules/punctuation/quoteForms';
import { claimsOf } from '../../server/src/core/rules/consistency/countClaim';
import { retiredHits } from '../../server/src/core/rules/word/scan';
import { loadResources } from '../../server/src/resources';
import { readText, seedFiles } from '../helpers/paths';

/**
 * After an edit the engine builds the shared scans of the new draft from the previous draft's and a scan
 * of the re-checked lines (`CarriedScan`, rules/index.ts). Each carried scan must equal the scan of a fresh
 * parse of the edited text — read here through the functions the rules read, after edits that add, move
 * and remove what each scan finds. (The property tests compare the findings; this compares the scans.)
 */
describe('shared scans carried from the previous version equal a fresh scan', () => {
  const resources = loadResources();
  /** Every character the placeholder scan indexes. */
  const SOUGHT = '[Xx*_%［Ｘｘ＊＿％【×╳○△□…待年天略百';

  const occurrences = (doc: PolicyDocument) => {
    const out: number[] = [];
    eachOccurrence(doc, SOUGHT, (o) => out.push(o));
    return out;
  };
  /** Offsets the placeholder rules leave alone: in verbatim text or a prescribed wording (`报送格式为：…`). */
  const leftAloneOffsets = (doc: PolicyDocument) => occurrences(doc).filter((o) => leftAlone(doc, o));

  /** The middle of the n-th line of at least 40 characters. */
  const middleOf = (doc: PolicyDocument, n: number) => {
    const long: number[] = [];
    for (let i = 0; i + 1 < doc.lines.lineCount; i++) if (doc.lines.lineContentEnd(i) - doc.lines.lineStarts[i] >= 40) long.push(i);
    const line = long[n % long.length];
    return (doc.lines.lineStarts[line] + doc.lines.lineContentEnd(line)) >> 1;
  };
  type Edit = (doc: PolicyDocument) => { at: number; remove: number; insert: string };
  /** One edit of the analysed draft as the server makes it (re-parse, re-analysis), asserting the scans were carried (a window of lines re-checked). */
  const reanalyzedAfter = (result: AnalysisResult, at: number, remove: number, added: string, k: number) => {
    const text = result.document.text.slice(0, at) + added + result.document.text.slice(at + remove);
    const doc = reparseDocument(result.document, text);
    assert.ok(recheckedLines(result, doc), `edit ${k}: re-checks a window of lines (the scans are carried)`);
    return { carried: reanalyzeDocument(result, doc, DEFAULT_CONFIG, resources), text };
  };
  const insert = (n: number, text: string): Edit => (doc) => ({ at: middleOf(doc, n), remove: 0, insert: text });
  const EDITS: readonly Edit[] = [
    insert(3, '"十四五"'),
    insert(11, 'XX公司和×县'),
    insert(11, '报送格式为：XX单位［X］'),
    insert(5, '「示例」与“蒙速办"'),
    insert(40, '【待定】'),
    // Deletes the first wrong-form quotation's opening mark, then a prescribed wording's colon.
    (doc) => ({ at: quoteFormItems(doc)[0].start, remove: 1, insert: '' }),
    (doc) => ({ at: doc.text.indexOf('格式为：') + 3, remove: 1, insert: '' }),
    insert(3, '\n新的一行：“引文"和XX\n'),
  ];

  it('placeholder characters, prescribed wordings and wrong-form quotations, after each of a chain of edits to the seeds', () => {
    const reached = { quotations: false, wordings: false };
    let result: AnalysisResult = analyzeDocument(parseDocument(seedFiles().map(readText).join('\n\n')), DEFAULT_CONFIG, resources);
    for (const [k, make] of EDITS.entries()) {
      const { at, remove, insert: added } = make(result.document);
      const { carried, text } = reanalyzedAfter(result, at, remove, added, k);
      result = carried;
      const fresh = parseDocument(text);
      assert.deepEqual(occurrences(result.document), occurrences(fresh), `edit ${k}: placeholder characters`);
      assert.deepEqual(leftAloneOffsets(result.document), leftAloneOffsets(fresh), `edit ${k}: prescribed wordings`);
      assert.deepEqual(quoteFormItems(result.document), quoteFormItems(fresh), `edit ${k}: wrong-form quotations`);
      reached.quotations ||= quoteFormItems(fresh).length > 0;
      reached.wordings ||= leftAloneOffsets(fresh).length > 0;
    }
    // The chain did reach what it means to test.
    assert.deepEqual(reached, { quotations: true, wordings: true });
  });

  it('count claims (我讲三点意见, 以下四项任务), and the findings they give, after each of a chain of edits', () => {
    const sections = Array.from({ length: 8 }, (_, i) => `${'一二三四五六七八'[i]}、第${i + 1}部分\n各单位要认真抓好落实，确保取得实效。`);
    const text = ['关于做好工作的讲话', '下面，我讲八点意见。', ...sections, '会议指出，要抓好以下两项工作。', '一是加强领导。二是压实责任。'].join('\n') + '\n';
    const claimsFound = (doc: PolicyDocument) => claimsOf(doc).map((kind) => kind.map((c) => ({ ...c })));
    const counted = (r: AnalysisResult) => r.findings.filter((f) => f.ruleId === 'consistency-count-claim').map((f) => [f.start, f.message]);
    let result: AnalysisResult = analyzeDocument(parseDocument(text), DEFAULT_CONFIG, resources);
    const before = result.document.text;
    const chain: readonly ((t: string) => [number, number, string])[] = [
      (t) => [t.indexOf('认真'), 0, '从三个方面谈谈，'],
      (t) => [t.indexOf('八点'), 1, '七'],
      (t) => [t.lastIndexOf('确保'), 0, '重点抓好“五大行动”。'],
      (t) => [t.indexOf('从三个'), 8, ''],
    ];
    for (const [k, make] of chain.entries()) {
      const [at, remove, added] = make(result.document.text);
      const { carried, text: edited } = reanalyzedAfter(result, at, remove, added, k);
      result = carried;
      const fresh = analyzeDocument(parseDocument(edited), DEFAULT_CONFIG, resources);
      assert.deepEqual(claimsFound(result.document), claimsFound(fresh.document), `edit ${k}: claims`);
      assert.deepEqual(counted(result), counted(fresh), `edit ${k}: count-claim findings`);
    }
    assert.notEqual(result.document.text, before);
    // 我讲七点意见 before eight sections: the mismatch is found on the carried claim.
    assert.equal(counted(result).length, 1);
  });

  it('retired formulations, and the findings they give, after each of a chain of edits that adds, moves and removes them', () => {
    const retired = (r: AnalysisResult) => r.findings.filter((f) => f.ruleId === 'word-formulation-retired').map((f) => [f.start, f.end, f.message]);
    const hitsOf = (doc: PolicyDocument) => retiredHits(doc, resources).map((h) => [h.start, h.end, h.value.text]);
    let result: AnalysisResult = analyzeDocument(parseDocument(seedFiles().map(readText).join('\n\n')), DEFAULT_CONFIG, resources);
    const counts = [retired(result).length];
    const chain: readonly ((doc: PolicyDocument) => [number, number, string])[] = [
      (doc) => [middleOf(doc, 2), 0, '坚持以习近平同志为总书记的党中央'],
      (doc) => [middleOf(doc, 30), 0, '新冠肺炎疫情'],
      (doc) => [middleOf(doc, 1), 0, '新的一行\n'],
      // Breaks the first retired phrase of the draft in two, then deletes the one added second.
      (doc) => [retiredHits(doc, resources)[0].start + 2, 0, '，'],
      (doc) => [doc.text.indexOf('新冠肺炎疫情'), 4, ''],
    ];
    for (const [k, make] of chain.entries()) {
      const [at, remove, added] = make(result.document);
      const { carried, text: edited } = reanalyzedAfter(result, at, remove, added, k);
      result = carried;
      const fresh = analyzeDocument(parseDocument(edited), DEFAULT_CONFIG, resources);
      assert.deepEqual(hitsOf(result.document), hitsOf(fresh.document), `edit ${k}: retired phrases`);
      assert.deepEqual(retired(result), retired(fresh), `edit ${k}: word-formulation-retired findings`);
      counts.push(retired(result).length);
    }
    // What each edit did to the findings: two added, a line break before them, then both taken away again.
    assert.deepEqual(counts.slice(1).map((c, i) => c - counts[i]), [1, 1, 0, -1, -1]);
  });

  it('misspelt national names (教域部, 国务院办厅), and the findings they give, after each of a chain of edits that adds, moves and removes them', () => {
    const body = Array.from({ length: 30 }, (_, i) => `${i + 1}. 各地区各部门要认真贯彻落实，加强统筹协调，确保各项任务按期完成。`);
    const text = ['关于做好有关工作的通知', '各县（市、区）人民政府：', ...body, '某某市人民政府办公室'].join('\n') + '\n';
    const typos = (r: AnalysisResult) => r.findings.filter((f) => f.ruleId === 'agency-unknown' && f.messageId === 'typo').map((f) => [f.start, f.end, f.message]);
    const lineStart = (doc: PolicyDocument, line: number) => doc.lines.lineStarts[line] + 3;
    const edits: readonly Edit[] = [
      (doc) => ({ at: lineStart(doc, 5), remove: 0, insert: '按照教域部要求，' }),
      (doc) => ({ at: lineStart(doc, 20), remove: 0, insert: '国务院办厅印发的' }),
      // A line break before both: they move.
      (doc) => ({ at: lineStart(doc, 2), remove: 0, insert: '\n' }),
      (doc) => ({ at: doc.text.indexOf('教域部'), remove: 3, insert: '教育部' }),
      (doc) => ({ at: doc.text.indexOf('国务院办厅'), remove: 5, insert: '' }),
    ];
    let result: AnalysisResult = analyzeDocument(parseDocument(text), DEFAULT_CONFIG, resources);
    const counts = [typos(result).length];
    for (const [k, make] of edits.entries()) {
      const { at, remove, insert: added } = make(result.document);
      const { carried, text: next } = reanalyzedAfter(result, at, remove, added, k);
      result = carried;
      assert.deepEqual(typos(result), typos(analyzeDocument(parseDocument(next), DEFAULT_CONFIG, resources)), `edit ${k}`);
      counts.push(typos(result).length);
    }
    assert.deepEqual(counts, [0, 1, 2, 2, 1, 0]);
  });
});
