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

describe('property: what the server sends is valid LSP for generated drafts', () => {
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
      const visit = (symbols: DocumentSymbol[], parent: DocumentSymbol | undefined) => {
        for (const s of symbols) {
          assertRange(reference, s.range, `symbol “${s.name}”`);
          assertRange(reference, s.selectionRange, `symbol “${s.name}” selection`);
          // VS Code rejects the whole outline when a selectionRange lies outside its range.
          assert.ok(contains(reference, s.range, s.selectionRange), `symbol “${s.name}”: selection ${JSON.stringify(s.selectionRange)} outside ${JSON.stringify(s.range)}`);
          if (parent) assert.ok(contains(reference, parent.range, s.range), `symbol “${s.name}” outside its parent “${parent.name}”`);
          assert.ok(s.name.trim().length > 0, 'empty symbol name');
          if (isWellFormed(text)) assert.ok(isWellFormed(s.name), `symbol name cuts a surrogate pair: ${JSON.stringify(s.name)}`);
          visit(s.children ?? [], s);
        }
      };
      visit(documentSymbols(result.document), undefined);
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
