import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { analysisConfig, resolveSettings } from '../../server/src/core/config/config';
import { analyzeText } from '../../server/src/core/engine/analyze';
import { RULE_IDS } from '../../server/src/core/rules/index';
import { loadResources } from '../../server/src/resources';
import { CORPUS_DIR, corpusFiles, describeWithCorpus, readText, seedFiles } from '../helpers/paths';

const resources = loadResources();
const RULE = 'word-place-outside-jurisdiction';

/** Only this rule, with the jurisdiction written as a user writes it in .gongwen/config.json. */
function configFor(jurisdiction: readonly string[]) {
  const rules = Object.fromEntries([...RULE_IDS].map((id) => [id, id === RULE ? 'default' : 'off']));
  const { values, problems } = resolveSettings([{ source: 'config.json', values: { jurisdiction, rules }, file: true, origin: 'workspace' }], RULE_IDS, resources.places);
  assert.deepEqual(problems, []);
  return analysisConfig(values);
}

/** `[covered text, messageId]` of each finding. */
function outside(text: string, jurisdiction: readonly string[]): [string, string | undefined][] {
  return analyzeText(text, configFor(jurisdiction), resources).findings.map((f) => [text.slice(f.start, f.end), f.messageId]);
}

describe('word-place-outside-jurisdiction', () => {
  const PINGTAN = ['福建省平潭县'];

  it('is silent without a jurisdiction, even on a copied plan', () => {
    const copied = '永泰县人民政府办公室关于印发永泰县农村人居环境整治方案的通知\n结合永泰县实际，制定本方案。';
    assert.deepEqual(outside(copied, []), []);
    assert.deepEqual(outside(copied, ['福建省闽清县']).map(([t]) => t), ['永泰县', '永泰县', '永泰县']);
  });

  it('reports an organ, an area word and the document the draft issues; the range is the place name', () => {
    assert.deepEqual(outside('由连江县城市管理局牵头，健全收运处置体系。', PINGTAN), [['连江县', 'organ']]);
    assert.deepEqual(outside('在连江县委、县政府的坚强领导下，各项工作稳步推进。', PINGTAN), [['连江县', 'organ']]);
    assert.deepEqual(outside('连江县各乡镇要落实属地责任。', PINGTAN), [['连江县', 'area']]);
    assert.deepEqual(outside('在连江县辖区内开展专项整治。', PINGTAN), [['连江县', 'area']]);
    assert.deepEqual(outside('现将《连江县安全生产专项整治方案》印发给你们。', PINGTAN), [['连江县', 'element']]);
    const [f] = analyzeText('结合连江县实际，制定本方案。', configFor(PINGTAN), resources).findings;
    assert.deepEqual([f.start, f.end, f.severity, f.data], [2, 5, 'warning', { place: '连江县', where: '福建省福州市连江县', jurisdiction: '福建省福州市平潭县', area: '实际' }]);
    assert.equal(f.message, '“连江县实际”把辖区（福建省福州市平潭县）以外的福建省福州市连江县当作本单位的工作范围，多为沿用外地文稿时未改。请改为本辖区的地名；确指外地的，请写明与它的关系（如“学习借鉴”“对口支援”）。');
    assert.deepEqual(f.fixes, [{ title: '改为“平潭县”', titleId: 'replace', titleData: { text: '平潭县' }, edits: [{ start: 2, end: 5, newText: '平潭县' }], safe: false }]);
  });

  it('once a place is shown to be the draft’s own, its other mentions are reported too, where no relation is said', () => {
    const text = '结合连江县实际，制定本方案。到2025年，连江县农村卫生厕所普及率达到95%。学习连江县经验。';
    assert.deepEqual(outside(text, PINGTAN), [['连江县', 'area'], ['连江县', 'same']]);
    // `目前` is not a former name: only 原 and 旧 before the name are.
    assert.deepEqual(outside('目前连江县各乡镇已完成排查。', PINGTAN), [['连江县', 'area']]);
    // Without evidence a place merely named stays silent.
    assert.deepEqual(outside('到2025年，连江县农村卫生厕所普及率达到95%。', PINGTAN), []);
  });

  it('a sentence that says how the other place is related is silent: help, partnership, learning, comparison, origin, neighbours, letters', () => {
    for (const text of [
      '做好对口支援宁夏回族自治区隆德县人民政府工作。',
      '与连江县人民政府签订生态补偿协议。',
      '组织干部赴浙江省德清县人民政府考察学习。',
      '学习借鉴浙江省安吉县各乡镇“千万工程”经验做法。',
      '全县卫生厕所普及率高于连江县各乡镇平均水平。',
      '积极承接来自福清市各部门推荐的产业项目。',
      '与连江县交界的区域实行联防联控，连江县生态环境局派员参加。',
      '商请连江县公安局协助调查。',
      '县文旅局会同连江县文旅局举办推介会，邀请罗源县人民政府派员参加。',
      '县生态环境局与连江县生态环境局每月会商一次，连江县人民政府与我县共享监测数据。',
      '推进县城至连江县城的县道改造，打通连江县—罗源县断头路。',
      '原连江县农业局的职责划入县农业农村局。',
    ]) assert.deepEqual(outside(text, PINGTAN), [], text);
  });

  it('superiors, places inside the jurisdiction and a name one of whose readings is inside are silent; provinces are never reported', () => {
    for (const text of [
      '根据福州市人民政府办公厅和福建省人民政府的部署，结合福州市实际。',
      '平潭县人民政府办公室关于印发平潭县农村人居环境整治方案的通知',
      '北京市人民政府、上海市人民政府、广东省人民政府要做好试点工作。',
    ]) assert.deepEqual(outside(text, PINGTAN), [], text);
    // 鼓楼区 is in 福州, 南京, 开封 and 徐州: a 福州 unit's 鼓楼区 is its own.
    assert.deepEqual(outside('鼓楼区人民政府负责组织实施。', ['福建省福州市']), []);
    assert.deepEqual(outside('鼓楼区人民政府负责组织实施。', ['福建省厦门市']), [['鼓楼区', 'organ']]);
  });

  it('in a chain of names the lowest is reported; short names and names inside other words are not places', () => {
    assert.deepEqual(outside('湖北省孝感市应城市人民政府关于印发应城市实施方案的通知', PINGTAN).map(([t]) => t), ['应城市', '应城市']);
    for (const text of [
      '主动适应城市发展阶段变化，坚持规划引领。',
      '持续推进环南昆山—罗浮山县镇村高质量发展引领区建设。',
      '连江人民政府、平安建设、资源节约要协同推进。',
    ]) assert.deepEqual(outside(text, PINGTAN), [], text);
    // 格局 and 布局 are not organs (局).
    assert.deepEqual(outside('构建连江县城乡发展新格局，优化连江县产业布局。', PINGTAN), []);
  });

  it('the places the draft is addressed to are its counterpart everywhere in it (a 函 to another county)', () => {
    const letter = '平潭县生态环境局关于开展执法检查的函\n\n连江县生态环境局：\n　　一、请连江县生态环境局于4月上旬派员参加执法检查。\n\n平潭县生态环境局\n2024年3月20日\n';
    assert.deepEqual(outside(letter, PINGTAN), []);
  });

  it('the unit’s whitelist silences it like every word rule', () => {
    const words = resources.words!.withUnitTerms({ entries: [], whitelist: ['连江县各乡镇'] });
    const config = configFor(PINGTAN);
    assert.deepEqual(analyzeText('连江县各乡镇要落实属地责任。', config, { ...resources, words }).findings, []);
  });
});

/**
 * Each corpus text and seed with the jurisdiction of its issuer (a county's or a province's page with
 * that county or province). National texts have no jurisdiction below the country; they are read as an
 * unrelated county office would (北京市东城区), the strictest reading: nothing in them is that county's.
 */
const JURISDICTIONS: readonly [RegExp, string][] = [
  [/^pingtan-zwgk\//, '福建省平潭县'],
  [/2026_gzbg_beijing|local_beijing/, '北京市'],
  [/2026_gzbg_fujian/, '福建省'],
  [/2026_gzbg_guangdong|banfa_guangdong/, '广东省'],
  [/2026_gzbg_guizhou/, '贵州省'],
  [/2026_gzbg_hainan/, '海南省'],
  [/2026_gzbg_hebei/, '河北省'],
  [/2026_gzbg_hunan/, '湖南省'],
  [/2026_gzbg_shanghai/, '上海市'],
  [/2026_gzbg_tianjin/, '天津市'],
  [/local_shandong|han_shandong|tongzhi_zhongban_cunzhuang/, '山东省'],
  [/tongzhi_anhui/, '安徽省'],
  [/tongzhi_baotou/, '内蒙古自治区包头市'],
  [/^000_/, '黑龙江省'],
  [/^001_/, '湖南省湘西土家族苗族自治州'],
  [/^003_/, '吉林省长春市'],
  [/^004_/, '山东省青岛市'],
];
const NATIONAL = '北京市东城区';

function jurisdictionOf(name: string): string {
  return JURISDICTIONS.find(([pattern]) => pattern.test(name))?.[1] ?? NATIONAL;
}

describeWithCorpus('word-place-outside-jurisdiction on the corpus and the seeds', () => {
  it('every text under its issuer’s jurisdiction is silent (48 texts)', () => {
    const texts = [
      ...corpusFiles().map((f) => path.relative(CORPUS_DIR, f).split(path.sep).join('/')).map((name) => ({ name, file: path.join(CORPUS_DIR, name) })),
      ...seedFiles().map((f) => ({ name: path.basename(f), file: f })),
    ];
    assert.equal(texts.length, 48);
    const found = texts.flatMap(({ name, file }) => outside(readText(file), [jurisdictionOf(name)]).map(([t, id]) => `${name}: ${t} ${id}`));
    assert.deepEqual(found, []);
  });

  it('the 包头 考评办法 copied by a sibling city (鄂尔多斯) names 包头 where it speaks of its own work: 17 places, each reviewed', () => {
    const file = path.join(CORPUS_DIR, 'pkulaw-mengke25', 'tongzhi_baotou_shuzizhengfu_kaoping_2022.txt');
    const text = readText(file);
    const findings = analyzeText(text, configFor(['内蒙古自治区鄂尔多斯市']), resources).findings;
    const line = (offset: number) => text.slice(0, offset).split(/\r\n|\r|\n/).length - 1;
    assert.deepEqual(findings.map((f) => `${line(f.start)} ${text.slice(f.start, f.end)} ${f.messageId}${f.data?.element ? ' ' + String(f.data.element) : ''}`), [
      // The title and the issuer (line 2, printed again on line 3 by the database), the document cited
      // and issued (6), the attachment titles (8, 29), the 附件说明 (27), and the plan's own platforms and
      // tasks (12, 72, 84, 85, 118): each is 包头's where an 鄂尔多斯 draft must name 鄂尔多斯.
      '2 包头市 element 标题',
      '2 包头市 element 标题',
      '3 包头市 organ',
      '3 包头市 same',
      '6 包头市 organ',
      '6 包头市 same',
      '6 包头市 element 印发的文件名称',
      '8 包头市 element 附件标题',
      '12 包头市 same',
      '27 包头市 same',
      '29 包头市 element 附件标题',
      '72 包头市 same',
      '72 包头市 same',
      '84 包头市 same',
      '85 包头市 same',
      '118 包头市 same',
      '118 包头市 same',
    ]);
    // The same text under its own jurisdiction, and under one of its districts (包头 is the superior), is silent.
    assert.deepEqual(outside(text, ['内蒙古自治区包头市']), []);
    assert.deepEqual(outside(text, ['内蒙古自治区包头市昆都仑区']), []);
  });
});
