import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { CodeAction, DocumentSymbol, Position, Range, TextEdit as LspTextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeText } from '../../server/src/core/engine/analyze';
import { DEFAULT_CONFIG } from '../../server/src/core/config/config';
import { codeActionsFor } from '../../server/src/lsp/codeActions';
import { FIX_ALL_KIND, RENUMBER_KIND, toDiagnostic } from '../../server/src/lsp/convert';
import { documentSymbols, foldingRanges, outlineNodes } from '../../server/src/lsp/outline';
import { anyText, counted, numberedDraft, runs } from './drafts';
import { EVERY_RULE_ON } from './everyRule';

const URI = 'file:///draft.txt';
const drafts = fc.oneof(numberedDraft, anyText);

/** No unpaired surrogate: what the editor shows as “�”. */
function isWellFormed(s: string): boolean {
  return !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);
}

function assertPosition(reference: TextDocument, p: Position, what: string): void {
  assert.ok(Number.isInteger(p.line) && Number.isInteger(p.character), `${what}: ${JSON.stringify(p)}`);
  assert.ok(p.line >= 0 && p.line < reference.lineCount, `${what}: line ${p.line} of ${reference.lineCount}`);
  // A valid position round-trips through the reference implementation unchanged.
  assert.deepEqual(reference.positionAt(reference.offsetAt(p)), p, `${what}: ${JSON.stringify(p)} is not a position in the document`);
}

function assertRange(reference: TextDocument, r: Range, what: string): void {
  assertPosition(reference, r.start, `${what} start`);
  assertPosition(reference, r.end, `${what} end`);
  assert.ok(reference.offsetAt(r.start) <= reference.offsetAt(r.end), `${what}: start after end`);
}

function contains(reference: TextDocument, outer: Range, inner: Range): boolean {
  return reference.offsetAt(outer.start) <= reference.offsetAt(inner.start) && reference.offsetAt(inner.end) <= reference.offsetAt(outer.end);
}

/** Every symbol at valid positions, its selection inside its range, its range inside its parent's. */
function assertSymbols(reference: TextDocument, text: string, symbols: readonly DocumentSymbol[], parent: DocumentSymbol | undefined): void {
  for (const s of symbols) {
    assertRange(reference, s.range, `symbol “${s.name}”`);
    assertRange(reference, s.selectionRange, `symbol “${s.name}” selection`);
    // VS Code rejects the whole outline when a selectionRange lies outside its range.
    assert.ok(contains(reference, s.range, s.selectionRange), `symbol “${s.name}”: selection ${JSON.stringify(s.selectionRange)} outside ${JSON.stringify(s.range)}`);
    if (parent) assert.ok(contains(reference, parent.range, s.range), `symbol “${s.name}” outside its parent “${parent.name}”`);
    assert.ok(s.name.trim().length > 0, 'empty symbol name');
    if (isWellFormed(text)) assert.ok(isWellFormed(s.name), `symbol name cuts a surrogate pair: ${JSON.stringify(s.name)}`);
    assertSymbols(reference, text, s.children ?? [], s);
  }
}

describe('property: what the server sends is valid LSP for generated drafts', () => {
  // Found by the property below (a generated draft ending in U+000B): the document's range was trimmed with `\s`,
  // its last section's with the parser's narrower white space, so the section ran past its parent.
  it('a draft ending in or holding a vertical tab, form feed, U+2028, U+2029 or U+0085: every section inside the document symbol', () => {
    for (const mark of ['\u000b', '\u000c', '\u2028', '\u2029', '\u0085', '\u001c']) {
      for (const text of [`总体要求\n一、指导思想\n正文${mark}`, `关于加强生态环境保护的意见\n一、总体要求${mark}\n（一）指导思想\n坚持系统治理。${mark}\n附件\n名单${mark}`]) {
        const reference = TextDocument.create(URI, 'plaintext', 1, text);
        const symbols = documentSymbols(analyzeText(text, EVERY_RULE_ON).document);
        assertSymbols(reference, text, symbols, undefined);
        // The document's range ends where its last section does: after the mark, which the parser keeps as content.
        const root = symbols[0];
        const last = root.children!.at(-1)!;
        assert.deepEqual(root.range.end, (last.children?.at(-1) ?? last).range.end, JSON.stringify(text));
      }
    }
  });

  // Found by the property below (seed 1, FUZZ_RUNS=20000): the title line `#（二）…` inside （一） kept its section to
  // the line's end after the run-in （二） had ended its parent there.
  // Found by the property below (seed 20261201, FUZZ_RUNS=20000): an attachment part starting inside the line of ① left
  // ①'s title to the line's end, past its parent （〇）, which the part had ended there.
  it('an attachment part run into the line of a heading: the heading’s title ends where the part begins', () => {
    const text = '（〇）总体要求\n①[方案](./a.md)市生态环境局××××年××月××日市生态环境局\n1、坚持以人民为中心的发展思想，统筹推进各项工作。';
    const reference = TextDocument.create(URI, 'plaintext', 1, text);
    const symbols = documentSymbols(analyzeText(text, EVERY_RULE_ON).document);
    assertSymbols(reference, text, symbols, undefined);
    assert.deepEqual(symbols[0].children?.map((c) => [c.name, c.range.end]), [['①[方案](./a.md)市生态环境局××××年××月××日', { line: 1, character: 30 }]]);
  });

  // Found by the property below (seed 424242, FUZZ_RUNS=20000): the excerpt cut the fifth 𐀀 in half.
  it('an excerpt in a message ends before a character outside the BMP, never inside it', () => {
    const text = '标题: 关于XX的通知𐀀𐀀𐀀𐀀𐀀';
    const result = analyzeText(text, EVERY_RULE_ON);
    const messages = result.findings.map((f) => toDiagnostic(result.document.lines, f, URI)).filter((d) => d.code === 'residue-web-navigation').map((d) => d.message);
    assert.deepEqual(messages, ['疑似从网页带入的网页发布信息：“标题: 关于XX的通知𐀀𐀀𐀀𐀀𐀀…”。不属于公文正文，请删除。（“标题: 关于XX的通知𐀀…”）']);
  });

  it('a title line inside a numbered section with a heading run into it: its section ends where that heading starts', () => {
    const text = '（一）总体要求\n#（二）总体要求';
    const reference = TextDocument.create(URI, 'plaintext', 1, text);
    const symbols = documentSymbols(analyzeText(text, EVERY_RULE_ON).document);
    assertSymbols(reference, text, symbols, undefined);
    assert.deepEqual(symbols.map((s) => [s.name, s.range, s.children?.map((c) => [c.name, c.range])]), [
      ['（一）总体要求', { start: { line: 0, character: 0 }, end: { line: 1, character: 1 } }, [['#', { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }]]],
      ['（二）总体要求', { start: { line: 1, character: 1 }, end: { line: 1, character: 8 } }, []],
    ]);
  });

  it('diagnostics, symbols, folding ranges and outline nodes hold valid positions; symbol ranges contain their selection', () => {
    fc.assert(fc.property(drafts, counted((text: string) => {
      const reference = TextDocument.create(URI, 'plaintext', 1, text);
      const result = analyzeText(text, EVERY_RULE_ON);
      for (const f of result.findings) {
        const d = toDiagnostic(result.document.lines, f, URI);
        assertRange(reference, d.range, `diagnostic ${f.ruleId}`);
        for (const r of d.relatedInformation ?? []) assertRange(reference, r.location.range, `${f.ruleId} related`);
        if (isWellFormed(text)) assert.ok(isWellFormed(d.message), `${f.ruleId} message cuts a surrogate pair: ${JSON.stringify(d.message)}`);
      }
      assertSymbols(reference, text, documentSymbols(result.document), undefined);
      for (const f of foldingRanges(result.document)) {
        assert.ok(f.startLine >= 0 && f.startLine < f.endLine && f.endLine < reference.lineCount, `folding ${f.startLine}-${f.endLine}`);
      }
      const nodes = outlineNodes(result.document, result.findings, DEFAULT_CONFIG);
      const visitNodes = (list: readonly (typeof nodes)[number][]) => list.forEach((n) => {
        assertPosition(reference, { line: n.line, character: n.character }, `outline node “${n.title}”`);
        assert.ok(n.sectionEndLine >= n.line && n.sectionEndLine < reference.lineCount, `outline node “${n.title}” section end ${n.sectionEndLine}`);
        // A section holds at least its children's characters, and no more than the text has.
        assert.ok(n.characters !== undefined && n.characters >= n.children.reduce((sum, c) => sum + (c.characters ?? 0), 0) && n.characters <= text.length, `outline node “${n.title}” characters ${n.characters}`);
        visitNodes(n.children);
      });
      visitNodes(nodes);
    })), { numRuns: runs(600) });
  });

  it('code actions for every diagnostic, and out-of-range ones, hold only valid edits', () => {
    const outside = fc.record({ line: fc.integer({ min: -3, max: 200 }), character: fc.integer({ min: -3, max: 500 }) });
    fc.assert(fc.property(drafts, outside, counted((text: string, stray: Position) => {
      const reference = TextDocument.create(URI, 'plaintext', 1, text);
      const result = analyzeText(text, EVERY_RULE_ON);
      const diagnostics = result.findings.map((f) => toDiagnostic(result.document.lines, f, URI));
      // A client may send a stale or foreign diagnostic whose range no longer fits the text.
      diagnostics.push({ range: { start: stray, end: stray }, message: 'stale', source: '公文起草助手', code: 'numbering-gap' });
      const actions = codeActionsFor(URI, result, {
        textDocument: { uri: URI },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics, only: undefined },
      }, EVERY_RULE_ON, {}).concat(codeActionsFor(URI, result, {
        textDocument: { uri: URI }, range: { start: stray, end: stray }, context: { diagnostics: [], only: [FIX_ALL_KIND, RENUMBER_KIND] },
      }, EVERY_RULE_ON, {}));
      for (const action of actions as CodeAction[]) {
        const edits: LspTextEdit[] = action.edit?.changes?.[URI] ?? [];
        for (const e of edits) assertRange(reference, e.range, `code action “${action.title}”`);
        TextDocument.applyEdits(reference, edits);
      }
    })), { numRuns: runs(400) });
  });
});
