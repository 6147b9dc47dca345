import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import agencyData from '../../server/src/core/agency/data/agencies.json';
import agencySchema from '../../server/src/core/agency/data/agencies.schema.json';
import { compileAgencyDictionary } from '../../server/src/core/agency/dictionary';
import { validateAgencyData, validateAgencyEntries } from '../../server/src/core/agency/entries';
import { analyzeText } from '../../server/src/core/engine/analyze';
import { applyEdits } from '../../server/src/core/engine/fixes';
import { fixAllText } from '../../server/src/service/fixAll';
import type { Finding } from '../../server/src/core/model/findings';
import { parseDocument } from '../../server/src/core/parser/parseDocument';
import { agencyScan } from '../../server/src/core/rules/agency/mentions';
import { contractionPieces } from '../../server/src/core/rules/agency/mixedForms';
import { DEFAULT_CONFIG } from '../../server/src/core/config/config';
import { loadResources } from '../../server/src/resources';
import { RULES } from '../../server/src/core/rules/index';
import { corpusFiles, FIXTURES_DIR, itWithCorpus, readText, SEEDS_DIR, seedFiles } from '../helpers/paths';

const resources = loadResources();
const dictionary = resources.agencies!;
/** Only the agency rules, so fix-all results show their fixes alone. */
const AGENCY_ONLY = { ...DEFAULT_CONFIG, rules: Object.fromEntries(RULES.filter((r) => r.category !== 'agency').map((r) => [r.id, 'off' as const])) };

function findings(text: string, prefix = 'agency-'): Finding[] {
  return analyzeText(text, DEFAULT_CONFIG, resources).findings.filter((f) => f.ruleId.startsWith(prefix));
}

/** `[code, covered text, start]` of each finding: exact ranges, readable failures. */
function spans(text: string, list: readonly Finding[]): [string, string, number][] {
  return list.map((f) => [f.ruleId, text.slice(f.start, f.end), f.start]);
}

describe('agency dictionary data', () => {
  it('agencies.json is valid against agencies.schema.json', () => {
    const validate = new Ajv({ allErrors: true }).compile(agencySchema);
    assert.ok(validate(agencyData), JSON.stringify(validate.errors, null, 2));
    assert.match(agencyData.version, /^\d+\.\d+\.\d+$/);
  });

  it('passes the loader’s own validation and compiles without a form naming two agencies', () => {
    const { data, problems } = validateAgencyData(agencyData, 'agencies.json', 'builtin');
    assert.deepEqual(problems, []);
    assert.deepEqual(compileAgencyDictionary(data!).problems, []);
    const owner = new Map<string, string>();
    for (const a of agencyData.agencies) {
      for (const form of [a.name, ...(a.variants ?? []), ...(a.abbreviations ?? [])]) {
        assert.ok(!owner.has(form) || owner.get(form) === a.name, `“${form}” names both “${owner.get(form)}” and “${a.name}”`);
        owner.set(form, a.name);
      }
    }
    for (const f of agencyData.former) {
      for (const form of [f.name, ...(f.abbreviations ?? [])]) {
        assert.ok(!owner.has(form), `former “${form}” is also a form of “${owner.get(form)}”`);
        owner.set(form, f.name);
      }
    }
  });

  it('every successor (per level too) leads to a current agency, without cycles', () => {
    for (const f of dictionary.former) {
      for (const level of [undefined, ...Object.keys(f.successorByLevel)] as (undefined | '省')[]) {
        const s = dictionary.successor(f, level);
        assert.ok(s, `“${f.name}” (${level ?? 'default'}) has no current successor`);
        assert.equal(new Set(s.steps).size, s.steps.length, `cycle from “${f.name}”`);
        assert.ok([s.agency.name, ...s.agency.variants].includes(s.name));
      }
    }
    const chain = dictionary.successor(dictionary.former.find((f) => f.name === '卫生部')!)!;
    assert.deepEqual(chain.steps.map((s) => s.name), ['卫生部', '国家卫生和计划生育委员会']);
    assert.equal(chain.name, '国家卫生健康委员会');
  });

  it('covers the State Council departments and the 2018 local reform names', () => {
    const names = new Set(dictionary.agencies.flatMap((a) => [a.name, ...a.variants, ...a.abbreviations]));
    const components = ['外交部', '国防部', '国家发展和改革委员会', '教育部', '科学技术部', '工业和信息化部', '国家民族事务委员会', '公安部', '国家安全部', '民政部', '司法部', '财政部', '人力资源和社会保障部', '自然资源部', '生态环境部', '住房和城乡建设部', '交通运输部', '水利部', '农业农村部', '商务部', '文化和旅游部', '国家卫生健康委员会', '退役军人事务部', '应急管理部', '中国人民银行', '审计署'];
    for (const n of components) assert.ok(names.has(n), n);
    for (const n of ['发改委', '工信局', '自然资源局', '规自局', '生态环境局', '住建局', '农业农村局', '卫健委', '应急管理局', '市场监管局', '文旅局', '退役军人事务局', '医保局', '政务服务数据管理局', '城管局', '公安局', '财政局', '教育局', '交通运输局', '水务局', '商务局', '审计局', '统计局', '人社局', '民政局', '司法局', '林草局', '人防办', '组织部', '宣传部', '统战部', '政法委', '纪委监委', '编办', '网信办']) {
      assert.ok(names.has(n), n);
    }
    const formers = new Map(dictionary.former.flatMap((f) => [f.name, ...f.abbreviations].map((n) => [n, f] as const)));
    const expected: [string, string][] = [
      ['环保局', '生态环境局'], ['环境保护局', '生态环境局'], ['国土资源局', '自然资源局'], ['农业局', '农业农村局'],
      ['卫计委', '卫生健康委员会'], ['卫生和计划生育委员会', '卫生健康委员会'], ['安监局', '应急管理局'],
      ['工商行政管理局', '市场监督管理局'], ['质量技术监督局', '市场监督管理局'], ['食品药品监督管理局', '市场监督管理局'],
      ['文化局', '文化和旅游局'], ['旅游局', '文化和旅游局'], ['文广新局', '文化和旅游局'],
    ];
    for (const [former, current] of expected) assert.equal(dictionary.successor(formers.get(former)!)?.name, current, former);
  });

  it('computes pinyin initials once for completion (`fgw` → 发展和改革委员会)', () => {
    const hits = dictionary.agencies.filter((a) => a.initials.includes('fgw')).map((a) => a.name);
    assert.deepEqual(hits, ['发展和改革委员会']);
    assert.ok(dictionary.agencies.find((a) => a.name === '生态环境局')!.initials.includes('sthjj'));
  });
});

describe('agency entries from users', () => {
  it('names file and field of a bad entry in Chinese and keeps the good ones', () => {
    const { entries, problems } = validateAgencyEntries([
      { name: '河长制办公室', abbreviations: ['河长办'], levels: ['市'], kind: '议事协调' },
      { name: '林业局', levels: ['市级'], kind: '政府' },
      { name: 'Forestry', levels: ['市'], kind: '政府' },
      { name: '园林局', levels: ['市'], kind: '部门' },
    ], 'gongwen.agencies.extra', 'settings');
    assert.deepEqual(entries.map((e) => e.name), ['河长制办公室']);
    assert.deepEqual(problems.map((p) => p.source), ['gongwen.agencies.extra[1].levels[0]', 'gongwen.agencies.extra[2].name', 'gongwen.agencies.extra[3].kind']);
    assert.match(problems[0].message, /"市级" 不是有效层级，应为 国家、省、市、县、区 之一；已忽略此条目（“林业局”）。/);
    assert.match(problems[2].message, /"部门" 不是有效类别/);
  });

  it('rejects a file without a version and reports unknown fields with the file name', () => {
    const file = '/ws/.gongwen/agencies.json';
    assert.equal(validateAgencyData({ agencies: [] }, file, 'workspace').data, undefined);
    const { data, problems } = validateAgencyData({ version: '1.0.0', agencies: [{ name: '河长制办公室', levels: ['市'], kind: '其他', short: ['河长办'] }] }, file, 'workspace');
    assert.deepEqual(data!.agencies, []);
    assert.equal(problems[0].source, `${file} agencies[0].short`);
    assert.match(problems[0].message, /^未知字段，可用字段为 name、title、abbreviations/);
  });

  it('user entries extend the dictionary and replace a built-in entry of the same name', () => {
    const { entries } = validateAgencyEntries([
      { name: '河长制办公室', abbreviations: ['河长办'], levels: ['市'], kind: '议事协调' },
      { name: '生态环境局', abbreviations: ['生环局'], levels: ['市'], kind: '政府' },
    ], 'x', 'workspace');
    const { dictionary: extended, problems } = dictionary.extend(entries);
    assert.deepEqual(problems, []);
    const text = '（市河长办、市生环局、市生态环境局负责）';
    assert.deepEqual(extended.scan(text).map((m) => `${m.prefix}${m.surface}:${m.agency?.name}`), ['市河长办:河长制办公室', '市生环局:生态环境局', '市生态环境局:生态环境局']);
    assert.deepEqual(dictionary.scan(text).map((m) => m.surface), ['生态环境局'], 'the built-in dictionary is unchanged');
  });
});

describe('agency name matching', () => {
  const written = (text: string) => dictionary.scan(text).map((m) => m.prefix + m.surface);

  it('needs a level or place before a local name and a committee before a party department', () => {
    assert.deepEqual(written('长春市生态环境局、吉林省生态环境厅、市委组织部、各县（市、区）人民政府、延边州文旅局'), ['市生态环境局', '省生态环境厅', '市委', '市委组织部', '县（市、区）人民政府', '州文旅局']);
    assert.deepEqual(written('由生态环境局负责；组织部门；城市委托'), []);
  });

  it('does not take words that continue a name (部门, 部署, 局面) or run across it (普通高中办学)', () => {
    assert.deepEqual(written('生态环境部门和农业农村部署，文化局面，普通高中办学'), []);
    assert.deepEqual(written('生态环境部、农业农村部，市文化局'), ['生态环境部', '农业农村部', '市文化局']);
  });

  it('takes the longest name (市纪委监委, 国家统计局, 市政府办公室)', () => {
    assert.deepEqual(written('市纪委监委、国家统计局、市统计局、市政府办公室'), ['市纪委监委', '国家统计局', '市统计局', '市政府办公室']);
  });

  it('finds a name split by page-number residue in seed 003 and maps it back to the document', () => {
    const text = readText(path.join(SEEDS_DIR, '003_a06af7908e590dba.txt'));
    const doc = parseDocument(text);
    const split = agencyScan(doc, dictionary).mentions.filter((m) => m.crossesBreak);
    assert.equal(split.length, 1);
    assert.equal(text.slice(split[0].start, split[0].end), '市生态\n4、环境局');
    assert.equal(split[0].agency!.name, '生态环境局');
  });
});

describe('agency rules on real text (seed 003 clauses)', () => {
  const clause = '(市生态环境局、市发改委、市规自局、市工信局、市建委、市交通运输局、市金融办、市商务局按职责分工负责)';

  it('the clause as written is silent', () => {
    assert.deepEqual(findings(clause), []);
  });

  it('agency-outdated: names the successor and the reform year; the fix converges', () => {
    const text = clause.replace('市生态环境局', '市环保局');
    const found = findings(text);
    assert.deepEqual(spans(text, found), [['agency-outdated', '市环保局', 1]]);
    assert.equal(found[0].severity, 'warning');
    assert.equal(found[0].message, '“市环保局”是旧称，2018年起改为“市生态环境局”（2018年党和国家机构改革）。请核对后改用现名称。');
    assert.deepEqual(found[0].fixes.map((f) => [f.title, f.safe]), [['改为“市生态环境局”', false]]);
    const fixed = applyEdits(text, found[0].fixes[0].edits);
    assert.equal(fixed, clause);
    assert.deepEqual(findings(fixed), []);
  });

  it('agency-outdated: a province gets the 厅 successor, an abbreviation also the new abbreviation', () => {
    const text = '（省安监局、市卫计委按职责分工负责）';
    const found = findings(text);
    assert.deepEqual(spans(text, found), [['agency-outdated', '省安监局', 1], ['agency-outdated', '市卫计委', 6]]);
    assert.match(found[0].message, /改为“省应急管理厅”/);
    assert.deepEqual(found[1].fixes.map((f) => f.title), ['改为“市卫生健康委员会”', '改为简称“市卫健委”']);
    assert.deepEqual(findings(applyEdits(text, [...found[0].fixes[0].edits, ...found[1].fixes[1].edits])), []);
  });

  it('agency-unknown: information with the nearest known names', () => {
    const text = clause.replace('市林园局', '').replace('市商务局', '市河长办');
    const found = findings(text);
    assert.deepEqual(spans(text, found), [['agency-unknown', '市河长办', text.indexOf('市河长办')]]);
    assert.equal(found[0].severity, 'information');
    assert.equal(found[0].data?.name, '河长办');
    const near = findings('（市林业园林局负责）');
    assert.match(near[0].message, /^“市林业园林局”不在机构名称词典中。相近的规范名称：“林业和园林局（林园局）”/);
  });

  it('agency-clause-separator: a comma or a doubled 、 between units, safe fixes that converge', () => {
    const text = clause.replace('、市发改委', '，市发改委').replace('、市建委', '、、市建委');
    const found = findings(text);
    assert.deepEqual(spans(text, found), [
      ['agency-clause-separator', '，', text.indexOf('，')],
      ['agency-clause-separator', '、', text.indexOf('、、')],
    ]);
    assert.equal(found[0].message, '并列的责任单位“市生态环境局”和“市发改委”之间应用顿号“、”，不用“，”。');
    assert.equal(fixAllText(text, AGENCY_ONLY, resources).text, clause);
    assert.deepEqual(findings('（市发改委牵头，市工信局、市商务局按职责分工负责）'), [], 'a comma after 牵头 is regular');
  });

  it('agency-clause-duplicate: the same unit twice, also as full name and abbreviation', () => {
    const text = clause.replace('、市工信局', '、市发改委').replace('市商务局', '市发展和改革委员会');
    const found = findings(text, 'agency-clause');
    assert.deepEqual(spans(text, found), [
      ['agency-clause-duplicate', '市发改委', text.lastIndexOf('市发改委')],
      ['agency-clause-duplicate', '市发展和改革委员会', text.indexOf('市发展和改革委员会')],
    ]);
    assert.equal(found[0].message, '责任单位“市发改委”在本括注中重复列出。请删除重复的一处。');
    assert.deepEqual(found[0].fixes.map((f) => f.safe), [true]);
    assert.deepEqual(found[1].fixes.map((f) => f.safe), [false]);
    assert.equal(fixAllText(text, AGENCY_ONLY, resources).text, text.replace('、市规自局、市发改委', '、市规自局'));
  });

  it('agency-mixed-forms: the minority form is hinted, with a fix to the majority form', () => {
    const text = '市发展和改革委员会牵头制定方案。市发展和改革委员会负责考核。（市发改委、市工信局按职责分工负责）';
    const found = findings(text);
    assert.deepEqual(spans(text, found), [['agency-mixed-forms', '市发改委', text.indexOf('市发改委')]]);
    assert.equal(found[0].severity, 'hint');
    assert.equal(applyEdits(text, found[0].fixes[0].edits), text.replace('市发改委', '市发展和改革委员会'));
    assert.deepEqual(findings('市发展和改革委员会（以下简称“市发改委”）牵头。市发改委负责考核。'), [], 'an introduced abbreviation is intended');
    assert.deepEqual(findings('省人民政府印发方案，省政府负责。'), [], '政府 for 人民政府 is a regular short form');
    assert.equal(contractionPieces('发改委', '发展和改革委员会'), 3);
    assert.equal(contractionPieces('发展改革委', '发展和改革委员会'), 2);
  });
});

describe('agency names in the seeds and the corpus', () => {
  it('seed 003: every distinct unit is recognised as in the reviewed fixture', () => {
    const fixture = JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, 'agencies', 'seed-003.json'), 'utf8')) as { seed: string; units: { written: string; agency: string; count: number }[] };
    const doc = parseDocument(readText(path.join(SEEDS_DIR, fixture.seed)));
    const seen = new Map<string, { written: string; agency: string; count: number }>();
    for (const m of agencyScan(doc, dictionary).mentions) {
      const written = m.prefix + m.surface;
      const unit = seen.get(written) ?? { written, agency: m.agency?.name ?? `former:${m.former!.name}`, count: 0 };
      unit.count++;
      seen.set(written, unit);
    }
    assert.deepEqual([...seen.values()], fixture.units);
  });

  it('no seed has an unknown or outdated agency name', () => {
    for (const file of seedFiles()) {
      const found = findings(readText(file)).filter((f) => f.ruleId === 'agency-unknown' || f.ruleId === 'agency-outdated');
      assert.deepEqual(found.map((f) => f.message), [], path.basename(file));
    }
  });

  itWithCorpus('clean corpus documents stay nearly silent (counts per rule)', () => {
    const counts: Record<string, number> = {};
    const where: string[] = [];
    for (const file of corpusFiles()) {
      for (const f of findings(readText(file))) {
        counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1;
        where.push(`${path.basename(file)} ${f.ruleId}`);
      }
    }
    // The 2008 notice names 劳动和社会保障厅 and 劳动保障部 (renamed that year): true outdated names in a historical text.
    // 安徽: 省市场监督管理局 once beside 省市场监管局 twice.
    assert.deepEqual(counts, { 'agency-outdated': 2, 'agency-mixed-forms': 1 }, where.join('\n'));
    assert.deepEqual(where.sort(), [
      'tongzhi_anhui_gongye_hulianwang.txt agency-mixed-forms',
      'tongzhi_gongzi_zhesuan_2008_broken_heading.txt agency-outdated',
      'tongzhi_gongzi_zhesuan_2008_broken_heading.txt agency-outdated',
    ]);
  });
});
