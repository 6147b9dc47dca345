import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyzeDocument, AnalysisResult } from '../../server/src/core/engine/analyze';
import { reanalyzeDocument, recheckedLines } from '../../server/src/core/engine/incremental';
import { parseDocument, reparseDocument } from '../../server/src/core/parser/parseDocument';
import { DEFAULT_CONFIG } from '../../server/src/core/config/config';
import type { PolicyDocument } from '../../server/src/core/model/document';
import type { Finding } from '../../server/src/core/model/findings';
import { loadResources } from '../../server/src/resources';
import { corpusFiles, CORPUS_DIR, itWithCorpus, readText, seedFiles } from '../helpers/paths';
import * as fs from 'node:fs';
import { anyText, applyEdit, counted, edit, numberedDraft, runs, spreadDraft, spreadEdit } from './drafts';
import { EVERY_RULE_ON } from './everyRule';

/**
 * The language server parses and analyses each new version of a draft from the previous one
 * (`reparseDocument`, `reanalyzeDocument`). These properties hold both to the plain functions:
 * after any chain of generated edits, on generated drafts and on the seeds, the parse and the
 * findings are exactly what a fresh parse and a full analysis give.
 */

const resources = loadResources();
const SEEDS = seedFiles().map(readText);

/** The parse as plain data (the section tree's parent links are compared through deepStrictEqual's cycle handling). */
function parsed(doc: PolicyDocument) {
  return {
    text: doc.text, lineStarts: doc.lines.lineStarts, paragraphs: doc.paragraphs, headings: doc.headings, root: doc.root, verbatim: doc.verbatim,
    enumerations: doc.enumerations, pageNumberResidue: doc.pageNumberResidue, directives: doc.directives, frame: doc.frame,
  };
}

/** Findings as plain data; a lazily built fix is built here. */
function plain(findings: readonly Finding[]) {
  return findings.map((f) => ({ ...f, fixes: f.fixes.map((fix) => ({ ...fix, edits: [...fix.edits] })) }));
}

/** The corpus documents when `../shared/corpus` is there (the corpus case below says when it is not). */
const CORPUS = fs.existsSync(CORPUS_DIR) ? corpusFiles().map(readText) : [];
const base = fc.oneof({ weight: 2, arbitrary: anyText }, { weight: 2, arbitrary: numberedDraft }, { weight: 1, arbitrary: fc.constantFrom(...SEEDS) });
const edits = fc.array(edit, { minLength: 1, maxLength: 6 });

describe('property: incremental parse and analysis equal a fresh one', () => {
  const spreadEdits = fc.array(spreadEdit, { minLength: 1, maxLength: 8 });
  const parses = [
    ['of the edited text', base, edits],
    ['on long drafts where edits mostly touch running text (the carried heading pass, verbatim spans and directives)', spreadDraft, spreadEdits],
  ] as const;
  for (const [name, texts, chains] of parses) {
    it(`reparseDocument after a chain of edits equals parseDocument ${name}`, () => {
      fc.assert(fc.property(texts, chains, counted((text: string, chain: [number, number, string][]) => {
        let doc = parseDocument(text);
        for (const e of chain) {
          const next = applyEdit(doc.text, e);
          doc = reparseDocument(doc, next);
          assert.deepStrictEqual(parsed(doc), parsed(parseDocument(next)));
        }
      })), { numRuns: runs(300) });
    });
  }

  const cases = [
    ['generated drafts and seeds, default settings', base, edits, DEFAULT_CONFIG, 300],
    ['long drafts edited mostly in running text, default settings', spreadDraft, spreadEdits, DEFAULT_CONFIG, 100],
    ['generated drafts and seeds, every rule on, final mode', base, edits, EVERY_RULE_ON, 300],
    ...(CORPUS.length ? [['the real documents of the corpus', fc.constantFrom(...CORPUS), edits, DEFAULT_CONFIG, 40] as const] : []),
  ] as const;
  if (!CORPUS.length) itWithCorpus('reanalyzeDocument after a chain of edits gives exactly analyzeDocument\'s findings (the real documents of the corpus)', () => undefined);
  for (const [name, texts, chains, config, defaultRuns] of cases) {
    it(`reanalyzeDocument after a chain of edits gives exactly analyzeDocument's findings (${name})`, () => {
      fc.assert(fc.property(texts, chains, counted((text: string, chain: [number, number, string][]) => {
        let result: AnalysisResult = analyzeDocument(parseDocument(text), config, resources);
        for (const e of chain) {
          const next = applyEdit(result.document.text, e);
          result = reanalyzeDocument(result, reparseDocument(result.document, next), config, resources);
          const fresh = analyzeDocument(parseDocument(next), config, resources);
          assert.deepStrictEqual(plain(result.findings), plain(fresh.findings));
          assert.deepStrictEqual(result.failures, []);
        }
      })), { numRuns: runs(defaultRuns) });
    });
  }
});

describe('incremental analysis: which lines are checked again', () => {
  const seed = SEEDS[0];
  const previous = analyzeDocument(parseDocument(seed), DEFAULT_CONFIG, resources);
  const edited = (at: number, inserted: string, deleted = 0) => reparseDocument(previous.document, seed.slice(0, at) + inserted + seed.slice(at + deleted));

  it('a character typed inside a line re-checks that line and the paragraph before it (which may read its first character)', () => {
    const at = seed.indexOf('。', seed.length >> 1);
    const line = previous.document.lines.lineOf(at);
    assert.deepEqual(recheckedLines(previous, edited(at, '，')), { fromLine: line - 1, toLine: line + 1 });
  });

  it('an edit at a line start re-checks the line before too', () => {
    const line = 5;
    assert.deepEqual(recheckedLines(previous, edited(previous.document.lines.lineStarts[line], '，')), { fromLine: line - 1, toLine: line + 1 });
  });

  it('a new line break re-checks the two lines it makes and the paragraph before', () => {
    const at = seed.indexOf('。', seed.length >> 1) + 1;
    const line = previous.document.lines.lineOf(at);
    assert.deepEqual(recheckedLines(previous, edited(at, '\n')), { fromLine: line - 1, toLine: line + 2 });
  });

  itWithCorpus('a left quote typed before a paragraph that opens with “ is a quotation running on, as a full analysis says (2026 Guangdong report)', () => {
    const report = CORPUS.find((t) => t.startsWith('政府工作报告\n——2026年1月26日在广东省'))!;
    const at = report.indexOf('坚持马克思列宁主义') + 2;
    const before = analyzeDocument(parseDocument(report), DEFAULT_CONFIG, resources);
    const next = report.slice(0, at) + '“' + report.slice(at);
    const doc = reparseDocument(before.document, next);
    const line = doc.lines.lineOf(at);
    assert.equal(next.charCodeAt(doc.lines.lineStarts[line + 1]), 0x201c, 'the next paragraph opens with “');
    const pairs = (findings: readonly Finding[]) => findings.filter((f) => f.ruleId === 'punctuation-pair' && doc.lines.lineOf(f.start) === line);
    assert.deepEqual(pairs(reanalyzeDocument(before, doc, DEFAULT_CONFIG, resources).findings), []);
    assert.deepEqual(pairs(analyzeDocument(parseDocument(next), DEFAULT_CONFIG, resources).findings), []);
  });

  it('typing an inline directive analyses the whole draft (it can switch a rule off anywhere)', () => {
    const at = seed.indexOf('。', seed.length >> 1);
    assert.equal(recheckedLines(previous, edited(at, '<!-- gongwen-disable-file placeholder-cross -->')), undefined);
  });

  it('document-scope rules still read the whole draft: deleting “二、” in seed 002 reports the gap at “三、” seven lines on', () => {
    const seed002 = SEEDS[2];
    const before = analyzeDocument(parseDocument(seed002), DEFAULT_CONFIG, resources);
    assert.deepEqual(before.findings.filter((f) => f.ruleId.startsWith('numbering-')), []);
    const at = seed002.indexOf('二、聚焦');
    const doc = reparseDocument(before.document, seed002.slice(0, at) + seed002.slice(at + 2));
    assert.deepEqual(recheckedLines(before, doc), { fromLine: 3, toLine: 5 });
    const numbering = reanalyzeDocument(before, doc, DEFAULT_CONFIG, resources).findings.filter((f) => f.ruleId.startsWith('numbering-'));
    assert.deepEqual(numbering.map((f) => [f.ruleId, doc.lines.positionAt(f.start), doc.lines.positionAt(f.end), f.message]), [[
      'numbering-gap', { line: 11, character: 0 }, { line: 11, character: 2 }, '序号不连续：此处应为“二、”，实为“三、”。请补上缺少的部分或重新编号。',
    ]]);
  });
});
