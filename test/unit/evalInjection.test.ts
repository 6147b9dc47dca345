import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { INJECTION_CLASSES } from '../../scripts/eval/classes/index';
import { applyInjections, choose, inject, restore } from '../../scripts/eval/injection';
import type { Edit, InjectionClass, Injected } from '../../scripts/eval/injection';
import { seededRng } from '../../scripts/eval/rng';
import { figureDeleted } from '../../scripts/eval/classes/figureDeleted';
import { pageNumber } from '../../scripts/eval/classes/pageNumber';
import { webChrome } from '../../scripts/eval/classes/webChrome';
import { ocrPercentZeros } from '../../scripts/eval/classes/ocrPercentZeros';
import { bracketedInstruction } from '../../scripts/eval/classes/bracketedInstruction';
import { unitDropped } from '../../scripts/eval/classes/unitDropped';
import { UNITS } from '../../scripts/eval/classes/figures';
import { agencyName } from '../../scripts/eval/classes/agencyName';
import { formulationMangled } from '../../scripts/eval/classes/formulationMangled';
import { placeJurisdiction } from '../../scripts/eval/classes/placeJurisdiction';
import { NEAR_SOUNDS } from '../../scripts/eval/classes/nearSounds';
import { soundAlike } from '../../server/src/core/text/pinyin';
import { loadResources } from '../../server/src/resources';
import { CORPUS_DIR, readText } from '../helpers/paths';

/** Lines of the kinds every class finds candidates in (figures, years, dates, titles, quotes, dashes, %). */
const SAMPLE = [
  '一、总体要求',
  '到2025年，全市地区生产总值比上年增长6.1%，新增造林5.2万亩，完成投资120亿元，改造管网35公里，建成示范村12个，分别增长5%、6%和8%。',
  '召开第3次会议和第十四届全国人民代表大会，联系电话：13812345678，邮箱：test01@example.cn，建设110kV线路。',
  '根据《关于推动城乡建设绿色发展的意见》，于2024年3月12日前，各地要“加快推进”，确保（重点任务）落实，加强工作调度——坚持问题导向……全面完成。',
  '二○二一年以来，空气质量优良天数比例达到87.5%，森林覆盖率提高到‘六成’以上，加快建设口岸工程，推进重点工作十项。',
  '由省人力资源和社会保障厅、市生态环境局会同国家发展和改革委员会、教育部印发，市卫生健康委员会负责，支持包头市、淳安县发展。',
  '增强“四个意识”、坚定“四个自信”，推动高质量发展，坚定道路自信、理论自信、制度自信、文化自信，统筹推进“五位一体”总体布局，使市场在资源配置中起决定性作用。',
].join('\n').repeat(12);

const CORPUS_SAMPLE = path.join(CORPUS_DIR, 'gov-reports-2026', '2026_gzbg_tianjin.txt');
/** The 天津 report names no agency: the agency class is held to a document that names many. */
const CORPUS_SAMPLES: Readonly<Record<string, string>> = { 'agency-name': path.join(CORPUS_DIR, 'pkulaw-mengke25', 'banfa_guangdong_gonggong_shuju.txt') };

/**
 * For the numbering classes: a plan's hierarchy, 一、 over （一） over 1., every level restarting under each parent,
 * with body lines between the headings.
 */
const CN = ['一', '二', '三', '四'];
const BODY = SAMPLE.split('\n').slice(1, 5);
const NUMBERED_SAMPLE = CN.map((a, i) => [
  `${a}、${['总体要求', '重点任务', '保障措施', '工作要求'][i]}`,
  ...CN.slice(0, 3).flatMap((b, j) => [
    `（${b}）${['加强统筹协调', '强化要素保障', '推进改革创新'][j]}`,
    BODY[(i + j) % 4],
    ...[1, 2, 3].flatMap((n) => [`${n}.${['完善工作机制', '压实工作责任', '加强督促检查'][n - 1]}。`, BODY[(i + j + n) % 4]]),
  ]),
].join('\n')).join('\n');
/** Its runs of （一） start again under four parents, which the restart class needs; Tianjin's under two. */
const NUMBERED_CORPUS_SAMPLE = path.join(CORPUS_DIR, 'gov-reports-2026', '2026_gzbg_shanghai.txt');

function injected(cls: InjectionClass, text: string, seed = 'test'): Injected {
  return inject(cls, text, seededRng(`${seed}/${cls.id}`));
}

describe('eval: injection classes', () => {
  it('the class ids are unique and kebab-case', () => {
    const ids = INJECTION_CLASSES.map((c) => c.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  for (const cls of INJECTION_CLASSES) {
    const numbering = cls.category === 'numbering';
    const sample = numbering ? NUMBERED_SAMPLE : SAMPLE;
    for (const [label, text] of [['sample', sample], ['corpus', readText(numbering ? NUMBERED_CORPUS_SAMPLE : CORPUS_SAMPLES[cls.id] ?? CORPUS_SAMPLE)]] as const) {
      it(`${cls.id} (${label}): what it injects is what it counts`, () => {
        const result = injected(cls, text);
        const { injections } = result;
        assert.ok(injections.length > 0, 'nothing injected');
        assert.ok(injections.length <= cls.perDocument(text), `${injections.length} > ${cls.perDocument(text)}`);
        for (const [k, i] of injections.entries()) {
          // Each injection's text stands where it says, and it changed something.
          assert.equal(result.text.slice(i.start, i.end), i.written);
          assert.notEqual(i.written, i.original);
          if (k > 0) assert.ok(injections[k - 1].end <= i.start, 'injections out of order or overlapping');
          // What a finding must touch lies in what was written.
          for (const t of i.targets ?? []) assert.ok(i.start <= t.start && t.start < t.end && t.end <= i.end, `target ${t.start}-${t.end} outside ${i.start}-${i.end}`);
        }
        // Nothing else changed: putting back what each injection replaced gives the untouched text.
        assert.equal(restore(result), text);
      });
    }
    it(`${cls.id}: the same seed gives the same injections, another seed other ones`, () => {
      const sample = cls.category === 'numbering' ? NUMBERED_SAMPLE : SAMPLE;
      assert.deepEqual(injected(cls, sample, 'a'), injected(cls, sample, 'a'));
      assert.notDeepEqual(injected(cls, sample, 'a').injections, injected(cls, sample, 'b').injections);
    });
  }

  it('unit-dropped leaves the bare number where a rise ending its clause had its %, never an item before 、', () => {
    const result = injected(unitDropped, SAMPLE);
    assert.ok(result.injections.length > 0);
    for (const i of result.injections) {
      assert.equal(i.original, `${i.written}%`);
      assert.match(i.written, /^[0-9]+(?:\.[0-9]+)?$/);
      assert.match(result.text.slice(i.end, i.end + 1), /^[，。；,;]$/);
      assert.match(result.text.slice(i.start - 2, i.start), /增长|下降|提高|降低|上升|回落|上涨|下滑|占比|比重|到|至|为/);
    }
  });

  it('figure-deleted leaves the bare unit where a number (or an ordinal after 第) stood', () => {
    const result = injected(figureDeleted, SAMPLE);
    for (const i of result.injections) {
      assert.ok(i.original.endsWith(i.written), `${i.original} / ${i.written}`);
      const number = i.original.slice(0, i.original.length - i.written.length);
      if (result.text[i.start - 1] === '第' && /^(?:次|届|批|轮|期)$/.test(i.written)) assert.match(number, /^(?:[一二三四五六七八九十百零〇两]+|[0-9]+)$/);
      else {
        assert.ok(UNITS.includes(i.written), i.written);
        assert.match(number, /^[0-9]+(?:\.[0-9]+)?$/);
      }
    }
  });

  it('ocr-percent-00 writes 00 for the percent sign of a figure', () => {
    for (const i of injected(ocrPercentZeros, SAMPLE).injections) assert.equal(i.written, i.original.replace(/[%％]$/, '00'));
  });

  it('bracketed-instruction replaces a date, a title or a clause, and puts a note on the text after its clause, which stays', () => {
    const notes = ['（视情况增删）', '（可根据需要调整顺序）', '（此条可选）', '（本段可根据实际删减）'];
    let inserted = 0;
    let replaced = 0;
    for (const seed of ['a', 'b', 'c', 'd']) {
      const result = injected(bracketedInstruction, readText(CORPUS_SAMPLE), seed);
      for (const i of result.injections) {
        if (notes.includes(i.written)) {
          inserted++;
          assert.equal(i.original, '');
          assert.match(result.text.slice(i.start - 1, i.end + 1), /^[\u4e00-\u9fff]（.+）[，。；]$/);
        } else {
          replaced++;
          assert.match(i.original, /^(?:(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日|《[^《》]+》|[\u4e00-\u9fff]{4,16})$/);
          assert.match(i.written, /^[[【（].+[\]】）]$/);
        }
      }
    }
    assert.ok(inserted > 0 && replaced > 0, `${inserted} inserted, ${replaced} replaced`);
  });

  it('page-number counts up from 1 in one form per document, on lines of their own (or glued to the next line for N、)', () => {
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) {
      const { injections } = injected(pageNumber, SAMPLE, seed);
      assert.equal(new Set(injections.map((i) => i.variant)).size, 1);
      const pages = injections.length + 1;
      injections.forEach((i, k) => {
        const n = k + 1;
        const forms: Record<string, string> = {
          'N、': `\n${n}、`, '—N—': `\n—${n}—\n`, '－N－': `\n－${n}－\n`, '- N -': `\n- ${n} -\n`,
          '第N页': `\n第${n}页\n`, 'N/M': `\n${n}/${pages}\n`, '第N页 共M页': `\n第${n}页 共${pages}页\n`,
        };
        assert.equal(i.written, forms[i.variant], `${i.variant}: ${JSON.stringify(i.written)}`);
        assert.equal(i.original, '');
      });
    }
  });

  it('web-chrome puts one block before the document and one after it, with CRLF in a CRLF file', () => {
    const crlf = SAMPLE.replace(/\n/g, '\r\n');
    const { text, injections } = injected(webChrome, crlf);
    assert.equal(injections.length, 2);
    assert.equal(injections[0].start, 0);
    assert.equal(injections[1].end, text.length);
    assert.match(injections[0].variant, /^header:/);
    assert.match(injections[1].variant, /^footer:/);
    for (const i of injections) assert.ok(!/\r(?!\n)|(?<!\r)\n/.test(i.written), JSON.stringify(i.written));
    assert.ok(injections[0].written.endsWith('\r\n') && injections[1].written.startsWith('\r\n'));
  });

  it('the near sounds are of the same syllable, tones aside, and never the character itself', () => {
    for (const [c, alternatives] of Object.entries(NEAR_SOUNDS)) {
      assert.ok(alternatives.length > 0, c);
      for (const a of alternatives) assert.ok(a !== c && soundAlike(c, a), `${c} / ${a}`);
    }
  });

  it('agency-name writes no form the dictionary knows as a current name (住房城乡建设厅, 发展改革委员会 are not injected)', () => {
    const agencies = loadResources().agencies!;
    const variants = new Set<string>();
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) {
      for (const i of injected(agencyName, SAMPLE, seed).injections) {
        variants.add(i.variant);
        assert.equal(agencies.lookup(i.written)?.agency, undefined, `${i.original} → ${i.written} (${i.variant})`);
        if (i.variant === '和写成与') assert.equal(i.written, i.original.replace('和', '与'));
        if (i.variant === '漏字') assert.equal(i.written.length, i.original.length - 1);
        if (i.variant === '同音字') {
          const k = [...i.original].findIndex((c, n) => c !== i.written[n]);
          assert.ok(k > 0 && k < i.original.length - 1 && soundAlike(i.original[k], i.written[k]), `${i.original} → ${i.written}`);
          assert.equal(i.written.slice(k + 1), i.original.slice(k + 1));
        }
      }
    }
    assert.deepEqual([...variants].sort(), ['全称简称混写', '同音字', '和写成与', '旧称', '漏字']);
    assert.deepEqual(agencyName.candidates('要求教育部门和财政部署落实，财政局长到会。', seededRng('x')), [], '部门, 部署 and 局长 are no agency names');
  });

  it('formulation-mangled swaps two neighbouring items, changes one, writes a homophone or a retired formulation', () => {
    const variants = new Set<string>();
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
      for (const i of injected(formulationMangled, SAMPLE, seed).injections) {
        variants.add(i.variant);
        if (i.variant === '列举项颠倒') assert.deepEqual(i.written.split('、').sort(), i.original.split('、').sort());
        if (i.variant === '旧提法') assert.ok(['三个自信', '四位一体', '基础性作用'].includes(i.written), i.written);
        if (i.variant === '同音字') assert.equal(i.written.length, i.original.length);
      }
    }
    assert.deepEqual([...variants].sort(), ['列举项改动', '列举项颠倒', '同音字', '旧提法']);
  });

  it('place-jurisdiction writes a pair the division table says is wrong: another province, another city, a name that is none', () => {
    const places = loadResources().places!;
    const variants = new Set<string>();
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) {
      for (const i of injected(placeJurisdiction, SAMPLE, seed).injections) {
        variants.add(i.variant);
        assert.ok(['包头市', '淳安县'].includes(i.original), i.original);
        const outer = i.written.slice(0, i.written.length - i.original.length);
        const inner = i.written.slice(outer.length);
        if (i.variant === '错字') {
          assert.equal(places.find(inner).length, 0, inner);
          assert.ok(places.byName(outer).length > 0, outer);
        } else {
          assert.equal(inner, i.original);
          const o = places.byName(outer)[0];
          assert.ok(o && !places.byName(inner).some((p) => places.isWithin(p, o)), i.written);
        }
      }
    }
    assert.deepEqual([...variants].sort(), ['错字', '错市', '错省']);
    assert.deepEqual(placeJurisdiction.candidates('人民幸福安康，社会和谐稳定', seededRng('x')), [], '安康 in 幸福安康 is a word');
  });

  it('choose keeps away from avoided spans and from other chosen edits, and lets variants take turns', () => {
    const candidates: Edit[] = [];
    for (let i = 0; i < 1000; i += 10) candidates.push({ start: i, end: i + 2, newText: 'x', variant: i < 900 ? 'common' : 'rare' });
    const chosen = choose(candidates, 6, seededRng('choose'), 50, [{ start: 0, end: 300 }]);
    assert.equal(chosen.length, 6);
    for (const c of chosen) assert.ok(c.start > 300);
    for (let k = 1; k < chosen.length; k++) assert.ok(chosen[k].start >= chosen[k - 1].end + 50);
    assert.ok(chosen.some((c) => c.variant === 'rare'), 'the rare variant had its turn');
  });

  it('applyInjections refuses overlapping edits and edits that leave nothing to find', () => {
    assert.throws(() => applyInjections('abcdef', [{ start: 0, end: 3, newText: 'x', variant: '' }, { start: 2, end: 4, newText: 'y', variant: '' }]));
    assert.throws(() => applyInjections('abcdef', [{ start: 0, end: 3, newText: '', variant: '' }]));
  });
});
