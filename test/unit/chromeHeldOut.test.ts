import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from '../../server/src/core/parser/parseDocument';
import { analyzeText } from '../../server/src/core/engine/analyze';
import { fixAllText as fixAll } from '../../server/src/service/fixAll';
import { only } from '../helpers/hygiene';
import { CORPUS_DIR, FIXTURES_DIR, readText } from '../helpers/paths';

/**
 * A held-out set of web chrome (`test/fixtures/chrome-heldout/`, see its README): page headers and
 * footers of kinds of sites the eval's layouts (`scripts/eval/classes/webChrome.ts`) and
 * `chrome.test.ts` do not have, written before the chrome rules were tuned on the eval and never
 * tuned on since. Each block goes above or below documents of different frames (a 通知 with 版头 and
 * 版记, speeches with a salutation, a regulation, a one-line extraction, a meeting notice full of label
 * lines, a notice ending on its contact lines): it must be one chrome element covering exactly the
 * block, the safe fixes of the residue rules must give back the document as it was, and nothing in
 * the document may be reported.
 */

const RESIDUE_RULES = ['residue-web-navigation', 'residue-contact-spam', 'residue-source-notice'];
const HELD_OUT_DIR = path.join(FIXTURES_DIR, 'chrome-heldout');

interface Block {
  readonly name: string;
  readonly where: 'head' | 'tail';
  /** `\n`: lines of their own; ` `: run into the document's first or last line, as a one-line extraction gives it. */
  readonly joiner: string;
  readonly text: string;
}

const BLOCKS: readonly Block[] = fs.readdirSync(HELD_OUT_DIR).filter((f) => f.endsWith('.txt')).sort().map((file) => {
  const m = /^(.+)\.(head|tail)(-inline)?\.txt$/.exec(file);
  if (!m) throw new Error(`unexpected held-out file name ${file}`);
  return { name: m[1], where: m[2] as 'head' | 'tail', joiner: m[3] ? ' ' : '\n', text: readText(path.join(HELD_OUT_DIR, file)).replace(/\r\n/g, '\n') };
});

const DOCUMENTS = [
  ...[
    'psknlr-gongwen/tongzhi_gao.txt',
    'qqiw-gzbg/gwy_gzbg_2024.txt',
    'gov-reports-2026/2026_gzbg_hainan.txt',
    'ershida-wordcloud/baogao_ershida_2022.txt',
    'lawrefbook/reg_zhengquan_gongsi_2014_missing_ch4.txt',
    'telescope-govdoc/tongzhi_zhongban_cunzhuang_chebing_fanyin_2020.txt',
  ].map((name) => ({ name, file: path.join(CORPUS_DIR, name) })),
  ...['meeting-notice.txt', 'contact-ending-notice.txt'].map((name) => ({ name, file: path.join(HELD_OUT_DIR, 'documents', name) })),
].map(({ name, file }) => ({
  name,
  // LawRefBook's own collector marker is chrome already; the document without it is clean.
  text: readText(file).replace(/\r\n/g, '\n').replace('<!-- INFO END -->\n', '').replace(/\n*$/, ''),
}));

function compose(block: Block, doc: string): { text: string; start: number; end: number } {
  if (block.where === 'head') return { text: `${block.text}${block.joiner}${doc}`, start: 0, end: block.text.length };
  const text = `${doc}${block.joiner}${block.text}`;
  return { text, start: text.length - block.text.length, end: text.length };
}

describe('held-out web chrome (test/fixtures/chrome-heldout)', () => {
  it('has at least 12 site layouts', () => assert.ok(new Set(BLOCKS.map((b) => b.name)).size >= 12));
  for (const block of BLOCKS) {
    for (const doc of DOCUMENTS) {
      it(`${block.name} (${block.where}${block.joiner === ' ' ? ', run in' : ''}) with ${path.basename(doc.name)}`, () => {
        const { text, start, end } = compose(block, doc.text);
        const chrome = parseDocument(text).frame.elements.filter((e) => e.kind === 'chrome' && e.start < end && e.end > start);
        assert.deepEqual(chrome.map((e) => text.slice(e.start, e.end)), [block.text], 'one chrome element, exactly the block');
        const outside = analyzeText(text, only(...RESIDUE_RULES)).findings.filter((f) => f.start < start || f.end > end);
        assert.deepEqual(outside.map((f) => text.slice(f.start, f.end)), [], 'no residue finding in the document');
        assert.equal(fixAll(text, only(...RESIDUE_RULES)).text.replace(/\n*$/, ''), doc.text, 'the safe fixes give back the document');
      });
    }
  }
  for (const doc of DOCUMENTS) {
    it(`${path.basename(doc.name)} alone: no chrome element, no residue finding`, () => {
      assert.deepEqual(parseDocument(doc.text).frame.elements.filter((e) => e.kind === 'chrome').map((e) => doc.text.slice(e.start, e.end)), []);
      assert.deepEqual(analyzeText(doc.text, only(...RESIDUE_RULES)).findings.map((f) => doc.text.slice(f.start, f.end)), []);
    });
  }
});
