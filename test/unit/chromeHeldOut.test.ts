import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from '../../server/src/core/parser/parseDocument';
import { analyzeText } from '../../server/src/core/engine/analyze';
import { fixAllText as fixAll } from '../../server/src/service/fixAll';
import { only } from '../helpers/hygiene';
import { CORPUS_DIR, FIXTURES_DIR, readText } from '../helpers/paths';

/**
 * Two held-out sets of web chrome, page headers and footers of kinds of sites the eval's layouts
 * (`scripts/eval/classes/webChrome.ts`) and `chrome.test.ts` do not have (see each set's README):
 * `chrome-heldout/`, written and measured before the chrome rules were tuned and then read for the
 * classes they missed; `chrome-sealed/`, written before further tuning, measured at the end of that round
 * and then read the same way; `chrome-sealed-2/`, written before the next round and never read for it.
 * Each block goes above or below documents of different frames (a 通知 with 版头 and 版记, speeches
 * with a salutation, a regulation, one-line extractions, a meeting notice full of label lines, a notice
 * ending on its contact lines, an announcement with label lines under its title): it must be one
 * chrome element covering exactly the block, no residue finding may touch the document, and the safe
 * fixes of the residue rules must give back the document as it was.
 */

const RESIDUE_RULES = ['residue-web-navigation', 'residue-contact-spam', 'residue-source-notice'];

interface Block {
  readonly name: string;
  readonly where: 'head' | 'tail';
  /** `\n`: lines of their own; ` `: run into the document's first or last line, as a one-line extraction gives it. */
  readonly joiner: string;
  readonly text: string;
}

function blocksIn(dir: string): Block[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((file) => {
    const m = /^(.+)\.(head|tail)(-inline)?\.txt$/.exec(file);
    if (!m) throw new Error(`unexpected held-out file name ${file}`);
    return { name: m[1], where: m[2] as 'head' | 'tail', joiner: m[3] ? ' ' : '\n', text: readText(path.join(dir, file)).replace(/\r\n/g, '\n') };
  });
}

/** A document by its corpus path or, with `own/`, one of the held-out sets' own documents. */
function documentNamed(name: string): { name: string; text: string } {
  const own = /^own\/(.+)$/.exec(name);
  const file = own ? [HELD_OUT_DIR, SEALED_DIR].map((d) => path.join(d, 'documents', own[1])).find((f) => fs.existsSync(f))! : path.join(CORPUS_DIR, name);
  // LawRefBook's own collector marker is chrome already; the document without it is clean.
  return { name, text: readText(file).replace(/\r\n/g, '\n').replace('<!-- INFO END -->\n', '').replace(/\n*$/, '') };
}

/** The block put to the document; a run-in block joins the document's first line (not a blank line above it). */
function compose(block: Block, doc: string): { text: string; start: number; end: number; expected: string } {
  if (block.where === 'head') {
    const expected = block.joiner === ' ' ? doc.replace(/^\n+/, '') : doc;
    return { text: `${block.text}${block.joiner}${expected}`, start: 0, end: block.text.length, expected };
  }
  const text = `${doc}${block.joiner}${block.text}`;
  return { text, start: text.length - block.text.length, end: text.length, expected: doc };
}

const HELD_OUT_DIR = path.join(FIXTURES_DIR, 'chrome-heldout');
const SEALED_DIR = path.join(FIXTURES_DIR, 'chrome-sealed');
const SEALED_2_DIR = path.join(FIXTURES_DIR, 'chrome-sealed-2');

const SETS = [
  {
    dir: HELD_OUT_DIR,
    documents: [
      'psknlr-gongwen/tongzhi_gao.txt',
      'qqiw-gzbg/gwy_gzbg_2024.txt',
      'gov-reports-2026/2026_gzbg_hainan.txt',
      'ershida-wordcloud/baogao_ershida_2022.txt',
      'lawrefbook/reg_zhengquan_gongsi_2014_missing_ch4.txt',
      'telescope-govdoc/tongzhi_zhongban_cunzhuang_chebing_fanyin_2020.txt',
      'own/meeting-notice.txt',
      'own/contact-ending-notice.txt',
    ],
  },
  {
    dir: SEALED_DIR,
    documents: [
      'psknlr-gongwen/tongzhi_gao.txt',
      'gov-reports-2026/2026_gzbg_guangdong.txt',
      'wordcloud-gzbg/gwy_gzbg_2022.txt',
      'lawrefbook/tongzhi_gongzi_zhesuan_2008_broken_heading.txt',
      'telescope-govdoc/han_shandong_zhujianting_chengxiang_lvse_fazhan_zhengqiuyijiangao_2021.txt',
      'own/meeting-notice.txt',
      'own/contact-ending-notice.txt',
      'own/event-announcement.txt',
    ],
  },
  {
    dir: SEALED_2_DIR,
    documents: [
      'bit-python-course/yijian_xiangcun_zhenxing_2018_zhongyang1hao.txt',
      'govdoc-cn/tongzhi_fagaiban_shuiwu_geshui_nashui_xinyong_2019.txt',
      'gov-reports-2026/2026_gzbg_hainan.txt',
      'telescope-govdoc/tongbao_guowang_dianli_baozhang_jianghua_2022.txt',
      'lawrefbook/fangan_chongxin_zujian_zhongcai_jigou_1995.txt',
      'own/meeting-notice.txt',
      'own/contact-ending-notice.txt',
      'own/event-announcement.txt',
    ],
  },
];

for (const set of SETS) {
  const blocks = blocksIn(set.dir);
  const documents = set.documents.map(documentNamed);
  describe(`held-out web chrome (test/fixtures/${path.basename(set.dir)})`, () => {
    it('has at least 12 site layouts', () => assert.ok(new Set(blocks.map((b) => b.name)).size >= 12));
    for (const block of blocks) {
      for (const doc of documents) {
        it(`${block.name} (${block.where}${block.joiner === ' ' ? ', run in' : ''}) with ${path.basename(doc.name)}`, () => {
          const { text, start, end, expected } = compose(block, doc.text);
          const chrome = parseDocument(text).frame.elements.filter((e) => e.kind === 'chrome' && e.start < end && e.end > start);
          assert.deepEqual(chrome.map((e) => text.slice(e.start, e.end)), [block.text], 'one chrome element, exactly the block');
          const outside = analyzeText(text, only(...RESIDUE_RULES)).findings.filter((f) => f.start < start || f.end > end);
          assert.deepEqual(outside.map((f) => text.slice(f.start, f.end)), [], 'no residue finding in the document');
          assert.equal(fixAll(text, only(...RESIDUE_RULES)).text.replace(/\n*$/, ''), expected, 'the safe fixes give back the document');
        });
      }
    }
    for (const doc of documents) {
      it(`${path.basename(doc.name)} alone: no chrome element, no residue finding`, () => {
        assert.deepEqual(parseDocument(doc.text).frame.elements.filter((e) => e.kind === 'chrome').map((e) => doc.text.slice(e.start, e.end)), []);
        assert.deepEqual(analyzeText(doc.text, only(...RESIDUE_RULES)).findings.map((f) => doc.text.slice(f.start, f.end)), []);
      });
    }
  });
}
