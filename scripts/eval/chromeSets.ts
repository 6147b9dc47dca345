import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AnalysisConfig, RuleSetting } from '../../server/src/core/config/config';
import { analyzeText } from '../../server/src/core/engine/analyze';
import { parseDocument } from '../../server/src/core/parser/parseDocument';
import { RULES } from '../../server/src/core/rules/index';
import { fixAllText } from '../../server/src/service/fixAll';

/**
 * Held-out sets of web chrome: page headers and footers of kinds of sites that the eval's layouts
 * (`classes/webChrome.ts`) and `chrome.test.ts` do not have, each set in `test/fixtures/<set>/` with a README
 * saying when it was written and read. Every block goes above or below documents of different frames (a 通知
 * with 版头 and 版记, speeches with a salutation, a regulation, one-line extractions, a meeting notice full of
 * label lines, a notice ending on its contact lines, an announcement with label lines under its title); a case
 * holds when the block is one chrome element covering exactly the block, no residue finding touches the
 * document, and the residue rules' safe fixes give back the document as it was.
 *
 * A set read for the classes it missed is a test (`test/unit/chromeHeldOut.test.ts`); a sealed one is only
 * measured (`npm run eval:chrome`), at the start and at the end of a round, and its failures are not read while
 * the rules are tuned.
 */

const ROOT = path.resolve(__dirname, '..', '..');
const FIXTURES_DIR = path.join(ROOT, 'test', 'fixtures');
const CORPUS_DIR = path.resolve(ROOT, '..', 'shared', 'corpus');

export const RESIDUE_RULES = ['residue-web-navigation', 'residue-contact-spam', 'residue-source-notice'];

/** Only the residue rules on (one off by default at `hint`). */
export const RESIDUE_ONLY: AnalysisConfig = {
  rules: Object.fromEntries(RULES.map((r): [string, RuleSetting] => [r.id, RESIDUE_RULES.includes(r.id) ? (r.offByDefault ? 'hint' : 'default') : 'off'])),
  placeholderMode: 'warning',
};

export interface ChromeBlock {
  readonly name: string;
  readonly where: 'head' | 'tail';
  /** `\n`: lines of their own; ` `: run into the document's first or last line, as a one-line extraction gives it. */
  readonly joiner: string;
  readonly text: string;
}

export interface HeldOutDocument {
  readonly name: string;
  readonly text: string;
}

export interface ChromeSet {
  /** The folder under `test/fixtures/`. */
  readonly name: string;
  /** Measured only, never read while the rules are tuned. */
  readonly sealed: boolean;
  /** How many kinds of pages (site layouts) its README lists: its blocks' names. */
  readonly kinds: number;
  /** Corpus paths, or `own/…` for a held-out set's own documents. */
  readonly documents: readonly string[];
}

/** The documents round three's sets share: a 通知 with 版头 and 版记, three reports, a regulation, a one-line extraction, a meeting notice. */
const ROUND_THREE_DOCUMENTS = [
  'psknlr-gongwen/tongzhi_gao.txt',
  'qqiw-gzbg/gwy_gzbg_2024.txt',
  'gov-reports-2026/2026_gzbg_guangdong.txt',
  'ershida-wordcloud/baogao_ershida_2022.txt',
  'lawrefbook/reg_zhengquan_gongsi_2014_missing_ch4.txt',
  'telescope-govdoc/tongzhi_zhongban_cunzhuang_chebing_fanyin_2020.txt',
  'own/meeting-notice.txt',
];

export const CHROME_SETS: readonly ChromeSet[] = [
  {
    name: 'chrome-heldout',
    kinds: 15,
    sealed: false,
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
    name: 'chrome-sealed',
    kinds: 15,
    sealed: false,
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
    name: 'chrome-heldout-3',
    kinds: 12,
    sealed: false,
    documents: [...ROUND_THREE_DOCUMENTS, 'own/event-announcement.txt'],
  },
  {
    name: 'chrome-heldout-4',
    kinds: 7,
    sealed: false,
    documents: [...ROUND_THREE_DOCUMENTS, 'own/contact-ending-notice.txt'],
  },
  {
    name: 'chrome-heldout-5',
    kinds: 11,
    sealed: false,
    documents: [...ROUND_THREE_DOCUMENTS, 'own/addressee-first-notice.txt', 'own/regulation-catalogue-notice.txt'],
  },
  {
    name: 'chrome-sealed-2',
    kinds: 16,
    sealed: true,
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
  {
    name: 'chrome-sealed-3',
    kinds: 16,
    sealed: true,
    documents: [
      'lawrefbook/guiding_xingzheng_zaishen_2021_placeholders.txt',
      'lawrefbook/guizhang_jiaojing_zhiqin_zhifa_2008_fujian.txt',
      'lawrefbook/reg_youhua_yingshang_huanjing_tiaoli_2019.txt',
      'lawrefbook-dlc/local_beijing_keji_chuangxin_zhongxin_2024.txt',
      'wordcloud-gzbg/gwy_gzbg_2022.txt',
      'telescope-govdoc/han_shandong_fagaiwei_meitan_chubei_songshengao_2021.txt',
      'own/meeting-notice.txt',
      'own/contact-ending-notice.txt',
      'own/event-announcement.txt',
    ],
  },
  {
    name: 'chrome-sealed-4',
    kinds: 21,
    sealed: true,
    documents: [
      'lawrefbook/guiding_qiangzhi_zhixing_guquan_2021_templates.txt',
      'lawrefbook-dlc/local_shandong_nanshuibeidiao_2015_chapter_dup.txt',
      'qqiw-gzbg/gwy_gzbg_2024.txt',
      'telescope-govdoc/han_shandong_zhujianting_chengxiang_lvse_fazhan_zhengqiuyijiangao_2021.txt',
      'own/meeting-notice.txt',
      'own/event-announcement.txt',
      'own/disclosure-annual-report.txt',
      'own/flood-drill-notice.txt',
    ],
  },
  {
    name: 'chrome-sealed-5',
    kinds: 20,
    sealed: true,
    documents: [
      'psknlr-gongwen/tongzhi_gao.txt',
      'bit-python-course/yijian_xiangcun_zhenxing_2018_zhongyang1hao.txt',
      'lawrefbook/guizhang_jiaojing_zhiqin_zhifa_2008_fujian.txt',
      'lawrefbook/tongzhi_gongzi_zhesuan_2008_broken_heading.txt',
      'telescope-govdoc/tongbao_guowang_dianli_baozhang_jianghua_2022.txt',
      'gov-reports-2026/2026_gzbg_hainan.txt',
      'own/contact-ending-notice.txt',
      'own/event-announcement.txt',
      'own/proposal-reply.txt',
    ],
  },
];

export function setDir(set: ChromeSet): string {
  return path.join(FIXTURES_DIR, set.name);
}

function readLf(file: string): string {
  return fs.readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
}

export function blocksOf(set: ChromeSet): ChromeBlock[] {
  const dir = setDir(set);
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((file) => {
    const m = /^(.+)\.(head|tail)(-inline)?\.txt$/.exec(file);
    if (!m) throw new Error(`unexpected held-out file name ${file}`);
    return { name: m[1], where: m[2] as 'head' | 'tail', joiner: m[3] ? ' ' : '\n', text: readLf(path.join(dir, file)) };
  });
}

/** A document by its corpus path or, with `own/`, one of the held-out sets' own documents. */
export function documentsOf(set: ChromeSet): HeldOutDocument[] {
  return set.documents.map((name) => {
    const own = /^own\/(.+)$/.exec(name);
    const file = own
      ? CHROME_SETS.map((s) => path.join(setDir(s), 'documents', own[1])).find((f) => fs.existsSync(f))
      : path.join(CORPUS_DIR, name);
    if (!file || !fs.existsSync(file)) throw new Error(`held-out document ${name} not found`);
    // LawRefBook's own collector marker is chrome already; the document without it is clean.
    return { name, text: readLf(file).replace('<!-- INFO END -->\n', '').replace(/\n*$/, '') };
  });
}

/** What the rules make of one block put to one document. */
export interface ChromeCase {
  /** The text of each chrome element overlapping the block. */
  readonly chrome: string[];
  /** The text of each residue finding reaching outside the block. */
  readonly outside: string[];
  /** The text after the residue rules' safe fixes, trailing line breaks dropped. */
  readonly fixed: string;
  /** The document as it was. */
  readonly expected: string;
}

export function runCase(block: ChromeBlock, doc: HeldOutDocument): ChromeCase {
  let text: string;
  let start: number;
  let end: number;
  let expected: string;
  if (block.where === 'head') {
    // A run-in block joins the document's first line, not a blank line above it.
    expected = block.joiner === ' ' ? doc.text.replace(/^\n+/, '') : doc.text;
    text = `${block.text}${block.joiner}${expected}`;
    start = 0;
    end = block.text.length;
  } else {
    expected = doc.text;
    text = `${doc.text}${block.joiner}${block.text}`;
    start = text.length - block.text.length;
    end = text.length;
  }
  const chrome = parseDocument(text).frame.elements.filter((e) => e.kind === 'chrome' && e.start < end && e.end > start);
  const outside = analyzeText(text, RESIDUE_ONLY).findings.filter((f) => f.start < start || f.end > end);
  return {
    chrome: chrome.map((e) => text.slice(e.start, e.end)),
    outside: outside.map((f) => text.slice(f.start, f.end)),
    fixed: fixAllText(text, RESIDUE_ONLY).text.replace(/\n*$/, ''),
    expected,
  };
}

export function caseHolds(block: ChromeBlock, c: ChromeCase): boolean {
  return c.chrome.length === 1 && c.chrome[0] === block.text && c.outside.length === 0 && c.fixed === c.expected;
}
