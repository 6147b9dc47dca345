import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import agencyData from '../../server/src/core/agency/data/agencies.json';
import agencySchema from '../../server/src/core/agency/data/agencies.schema.json';
import { compileAgencyDictionary } from '../../server/src/core/agency/dictionary';
import { deriveForms } from '../../server/src/core/agency/derive';
import type { DerivationLexicon } from '../../server/src/core/agency/derive';
import { validateAgencyData, validateAgencyEntries } from '../../server/src/core/agency/entries';
import { opensName, placeIndexOf } from '../../server/src/core/agency/prefix';
import { OneEditIndex } from '../../server/src/core/agency/similar';
import { CharFinder } from '../../server/src/core/text/charFinder';
import type { AnalysisConfig } from '../../server/src/core/config/config';
import { DEFAULT_CONFIG, option } from '../../server/src/core/config/config';
import { analyzeDocument, analyzeText } from '../../server/src/core/engine/analyze';
import { applyEdits } from '../../server/src/core/engine/fixes';
import { fixAllText } from '../../server/src/service/fixAll';
import type { PolicyDocument } from '../../server/src/core/model/document';
import type { Finding } from '../../server/src/core/model/findings';
import type { DocumentFrame, WrittenDate } from '../../server/src/core/model/frame';
import { parseDocument } from '../../server/src/core/parser/parseDocument';
import { agencyScan } from '../../server/src/core/rules/agency/mentions';
import type { AgencyResources } from '../../server/src/core/rules/agency/mentions';
import { contractionPieces } from '../../server/src/core/rules/agency/mixedForms';
import { documentDefinitions } from '../../server/src/core/rules/agency/definitions';
import { RULES } from '../../server/src/core/rules/index';
import { resolveServerSettings } from '../../server/src/lsp/settings';
import { loadResources } from '../../server/src/resources';
import { agencyCompletions, agencyCompletionSite } from '../../server/src/service/completion';
import { agencyHoverMarkdown } from '../../server/src/service/hover';
import { corpusFiles, describeWithCorpus, FIXTURES_DIR, itWithCorpus, readText, SEEDS_DIR, seedFiles } from '../helpers/paths';
import { spanText } from '../helpers/snapshots';

const resources = loadResources() as AgencyResources;
const dictionary = resources.agencies;
/** The division table's place names, as the scan reads them before a name (`浙江`, `平潭`). */
const PLACES = placeIndexOf(resources.places!);
/** Only the agency rules, so fix-all results show their fixes alone. */
const AGENCY_ONLY = { ...DEFAULT_CONFIG, rules: Object.fromEntries(RULES.filter((r) => r.category !== 'agency').map((r) => [r.id, 'off' as const])) };

function findings(text: string, prefix = 'agency-', config: AnalysisConfig = DEFAULT_CONFIG): Finding[] {
  return analyzeText(text, config, resources).findings.filter((f) => f.ruleId.startsWith(prefix));
}

/** `[code, covered text, start]` of each finding: exact ranges, readable failures. */
function spans(text: string, list: readonly Finding[]): [string, string, number][] {
  return list.map((f) => [f.ruleId, text.slice(f.start, f.end), f.start]);
}

/** The text as parsed, with a frame as the frame detection would give it (zones partition the text). */
function withFrame(text: string, frame: Partial<DocumentFrame>): PolicyDocument {
  const doc = parseDocument(text);
  return { ...doc, frame: { ...doc.frame, ...frame } };
}

function dated(year: number, month?: number, day?: number): WrittenDate {
  return { start: 0, end: 0, year, month, day, style: 'arabic' };
}

const written = (text: string) => dictionary.scan(text, PLACES).map((m) => m.prefix + m.surface);

describe('agency dictionary data', () => {
  it('agencies.json is valid against agencies.schema.json', () => {
    const validate = new Ajv({ allErrors: true }).compile(agencySchema);
    assert.ok(validate(agencyData), JSON.stringify(validate.errors, null, 2));
    assert.equal(agencyData.version, '2.1.0');
  });

  it('passes the loader’s own validation and compiles without a form naming two agencies', () => {
    const { data, problems } = validateAgencyData(agencyData, 'agencies.json', 'builtin');
    assert.deepEqual(problems, []);
    assert.deepEqual(compileAgencyDictionary(data!).problems, []);
    // One form may name two entries only when different things must stand before them (`监管局` after
    // 国家金融监督管理总局 is current, after 中国银保监会 former).
    const owner = new Map<string, string>();
    const requirement = (e: { prefixes?: string[]; parents?: string[] }) => `${(e.prefixes ?? []).join()}|${(e.parents ?? []).join()}`;
    const entries = [...agencyData.agencies, ...agencyData.former] as { name: string; variants?: string[]; abbreviations?: string[]; prefixes?: string[]; parents?: string[] }[];
    for (const e of entries) {
      for (const form of [e.name, ...(e.variants ?? []), ...(e.abbreviations ?? [])]) {
        const key = `${form}#${requirement(e)}`;
        assert.ok(!owner.has(key) || owner.get(key) === e.name, `“${form}” names both “${owner.get(key)}” and “${e.name}”`);
        owner.set(key, e.name);
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

  it('every former name says where the rename is documented, and a date the year agrees with', () => {
    for (const f of dictionary.former) {
      assert.ok(f.source && f.source.length > 8, `“${f.name}” has no source`);
      assert.ok(f.date.startsWith(String(f.year)), `“${f.name}” ${f.date} / ${f.year}`);
    }
  });

  it('covers the State Council departments, the 2018 local reform names and the offices a 区县 plan names', () => {
    const known = (n: string) => !!dictionary.lookup(n)?.agency;
    const components = ['外交部', '国防部', '国家发展和改革委员会', '教育部', '科学技术部', '工业和信息化部', '国家民族事务委员会', '公安部', '国家安全部', '民政部', '司法部', '财政部', '人力资源和社会保障部', '自然资源部', '生态环境部', '住房和城乡建设部', '交通运输部', '水利部', '农业农村部', '商务部', '文化和旅游部', '国家卫生健康委员会', '退役军人事务部', '应急管理部', '中国人民银行', '审计署'];
    for (const n of components) assert.ok(known(n), n);
    for (const n of ['发改委', '工信局', '自然资源局', '规自局', '生态环境局', '住建局', '农业农村局', '卫健委', '应急管理局', '市场监管局', '文旅局', '退役军人事务局', '医保局', '政务服务数据管理局', '城管局', '公安局', '财政局', '教育局', '交通运输局', '水务局', '商务局', '审计局', '统计局', '人社局', '民政局', '司法局', '林草局', '人防办', '组织部', '宣传部', '统战部', '政法委', '纪委监委', '编办', '网信办']) {
      assert.ok(known(n), n);
    }
    // Offices of a county or district plan, with the short forms offices write (issue 20).
    for (const n of ['府办', '政府办', '机管局', '投促办', '国动办', '民防办', '政务服务办', '经委', '能源局', '消防救援支队', '消防救援大队', '消防救援总队', '数据局', '金融办', '经发局', '财金局', '社事局', '交建局', '党工委', '管委会', '人武部', '综合执法局', '融媒体中心', '党政办', '人大工委', '政协工委', '证监局', '绿化办']) {
      assert.ok(known(n), n);
    }
    const expected: [string, string][] = [
      ['环保局', '生态环境局'], ['环境保护局', '生态环境局'], ['国土资源局', '自然资源局'], ['农业局', '农业农村局'],
      ['卫计委', '卫生健康委员会'], ['卫生和计划生育委员会', '卫生健康委员会'], ['安监局', '应急管理局'],
      ['工商行政管理局', '市场监督管理局'], ['质量技术监督局', '市场监督管理局'], ['食品药品监督管理局', '市场监督管理局'],
      ['文化局', '文化和旅游局'], ['旅游局', '文化和旅游局'], ['文广新局', '文化和旅游局'],
      ['银保监局', '金融监管局'], ['银保监分局', '金融监管分局'], ['银保监组', '金融监管支局'], ['地方金融监督管理局', '地方金融管理局'],
      ['地方金融监管局', '地方金融管理局'], ['乡村振兴局', '农业农村局'], ['国家乡村振兴局', '农业农村部'], ['中国铁路总公司', '中国国家铁路集团有限公司'],
    ];
    for (const [former, current] of expected) assert.equal(dictionary.successor(dictionary.lookup(former)!.former!)?.name, current, former);
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
    assert.match(problems[0].message, /"市级" 不是有效层级，应为 国家、省、市、县、区、乡镇 之一；已忽略此条目（“林业局”）。/);
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

  it('checks a former entry’s date against its year, and branch entries for their parents', () => {
    const { problems } = validateAgencyData({
      version: '1.0.0',
      agencies: [{ name: '分所', levels: ['县'], kind: '其他', prefixes: ['branch'] }],
      former: [{ name: '旧局', successor: '财政局', year: 2023, date: '2024-01' }],
    }, 'x.json', 'workspace');
    assert.deepEqual(problems.map((p) => p.source), ['x.json agencies[0].parents', 'x.json former[0].date']);
    assert.match(problems[1].message, /年份与 year 相同/);
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

describe('short forms derived from full names', () => {
  const lexicon = agencyData.derivation as DerivationLexicon;
  const derived = (name: string, local = true) => deriveForms(name, lexicon, local).map((d) => `${d.text}:${d.pattern}`);

  it('conjunction: 和/与 dropped (文化和旅游局 → 文化旅游局, 发展和改革委员会 → 发展改革委员会)', () => {
    assert.ok(derived('文化和旅游局').includes('文化旅游局:conjunction'));
    assert.ok(derived('发展和改革委员会').includes('发展改革委员会:conjunction'));
    assert.deepEqual(written('（市文化旅游局、县住房城乡建设局、省人力资源社会保障厅负责）'), ['市文化旅游局', '县住房城乡建设局', '省人力资源社会保障厅']);
    assert.deepEqual(written('文化旅游局长、推动文化旅游局面'), [], 'no level before it');
  });

  it('suffix: 委员会 → 委 (发展改革委, 卫生健康委, 建设管理委)', () => {
    assert.ok(derived('发展和改革委员会').includes('发展改革委:suffix'));
    assert.ok(derived('卫生健康委员会').includes('卫生健康委:suffix'));
    assert.deepEqual(written('（市发展改革委、区卫生健康委、区建设管理委负责）'), ['市发展改革委', '区卫生健康委', '区建设管理委']);
    assert.deepEqual(written('市发展改革委员会议'), [], '会议 continues the word');
  });

  it('short word: the shorter word offices write (规划资源局, 绿化市容局, 市场监管局, 资源生态局 has none without its entry)', () => {
    assert.deepEqual(derived('规划和自然资源局', true).filter((d) => d.endsWith('short-word')), ['规划资源局:short-word']);
    assert.ok(derived('绿化和市容管理局').includes('绿化市容局:short-word'));
    assert.ok(derived('市场监督管理局').includes('市场监管局:short-word'));
    assert.deepEqual(derived('生态环境部', false).filter((d) => d.endsWith('short-word')), [], 'central names keep their words: 生态部 would match prose');
    assert.deepEqual(written('（市规划资源局、市绿化市容局、区市场监管局负责）'), ['市规划资源局', '市绿化市容局', '区市场监管局']);
  });

  it('contraction: one character per word and the short suffix (发改委, 住建局, 文旅局, 人社局, 规资局, 经发局, 人防办, 国动办, 机管局)', () => {
    const contractions = (name: string) => deriveForms(name, lexicon, true).filter((d) => d.pattern === 'contraction').map((d) => d.text);
    assert.deepEqual(contractions('发展和改革委员会'), ['发改委']);
    assert.deepEqual(contractions('住房和城乡建设局'), ['住建局']);
    assert.deepEqual(contractions('文化和旅游局'), ['文旅局']);
    assert.deepEqual(contractions('人力资源和社会保障局'), ['人社局']);
    assert.deepEqual(contractions('规划和自然资源局'), ['规自局', '规资局']);
    assert.deepEqual(contractions('经济发展局'), ['经发局']);
    assert.deepEqual(contractions('人民防空办公室'), ['人防办']);
    assert.deepEqual(contractions('国防动员办公室'), ['国动办']);
    assert.deepEqual(contractions('机关事务管理局'), ['机管局']);
    assert.deepEqual(contractions('文化广电体育和旅游局'), ['文广体旅局']);
    assert.deepEqual(written('（市发改委、县住建局、区文旅局、市人社局、市规资局、区经发局、县人防办、县国动办、市机管局、县文广体旅局负责）'),
      ['市发改委', '县住建局', '区文旅局', '市人社局', '市规资局', '区经发局', '县人防办', '县国动办', '市机管局', '县文广体旅局']);
  });

  it('no contraction where a word has none in the lexicon (农业农村局, 应急管理局, 生态环境局)', () => {
    for (const name of ['农业农村局', '应急管理局', '生态环境局', '退役军人事务局']) {
      assert.deepEqual(deriveForms(name, lexicon, true).filter((d) => d.pattern === 'contraction'), [], name);
    }
    assert.deepEqual(written('（市农农局、市应管局、市生环局负责）'), []);
  });

  it('a Han word that only looks like a derived form is no name (文化局面, 建管理念, 发改委员会议)', () => {
    assert.deepEqual(written('推动全市文化局面焕然一新'), []);
    assert.deepEqual(written('树立区建管理念，市建管理念'), []);
    assert.deepEqual(written('召开发改委员会议'), []);
  });

  it('a form two agencies would derive names neither (and an explicit form wins)', () => {
    const shared = dictionary.agencies.flatMap((a) => a.derived.map((d) => d.text)).filter((t, i, all) => all.indexOf(t) !== i);
    assert.deepEqual(shared, []);
    assert.equal(dictionary.lookup('国资委')?.agency?.name, '国有资产监督管理委员会');
  });
});

describe('agency name matching', () => {
  it('needs a level or place before a local name and a committee before a party department', () => {
    assert.deepEqual(written('长春市生态环境局、吉林省生态环境厅、市委组织部、各县（市、区）人民政府、延边州文旅局'), ['市生态环境局', '省生态环境厅', '市委', '市委组织部', '县（市、区）人民政府', '州文旅局']);
    assert.deepEqual(written('由生态环境局负责；组织部门；城市委托'), []);
  });

  it('every level prefix: 镇 乡 街道 管委会 党工委 旗 盟, and 自治区 as a province', () => {
    assert.deepEqual(written('城关镇人民政府、东乡党委、城南街道办事处、高新区管委会经济发展局、区党工委党群工作部、科尔沁旗财政局、阿拉善盟发改委'),
      ['镇人民政府', '乡党委', '街道办事处', '区管委会', '管委会经济发展局', '区党工委', '区党工委党群工作部', '旗财政局', '盟发改委']);
    const levels = dictionary.scan('自治区财政厅、自治州财政局、城关镇政府', PLACES).map((m) => `${m.prefix}${m.surface}:${m.level}`);
    assert.deepEqual(levels, ['区财政厅:省', '州财政局:市', '镇政府:乡镇']);
  });

  it('a place name without its level before a name (浙江银保监局, 杭州市生态环境局)', () => {
    assert.deepEqual(written('浙江银保监局、杭州市生态环境局、平潭银保监组'), ['浙江银保监局', '市生态环境局', '平潭银保监组']);
    assert.deepEqual(dictionary.scan('浙江银保监局').map((m) => m.surface), [], 'without the division table the place is unknown');
    assert.deepEqual(written('（区资源生态局牵头）'), [], '资源 is a county (资源县), but after 区 it is part of the name');
  });

  it('a local name listed after another takes its level (`区经发局、财政金融局`)', () => {
    const m = dictionary.scan('（区经发局、财政金融局、交通建设局负责）', PLACES);
    assert.deepEqual(m.map((x) => `${x.prefix}${x.surface}:${x.level}`), ['区经发局:区', '财政金融局:区', '交通建设局:区']);
    assert.deepEqual(written('有关单位、财政金融局'), [], 'not after a known name');
    assert.deepEqual(written('区人大工委、政协工委，区投资促进委员会、政府性投资重点项目'), ['区人大工委', '政协工委', '区投资促进委员会'], 'the longer listed name; no two-character 政府 in 政府性');
  });

  it('a branch office: parent, place, name (中国人民银行浙江省分行, 国家金融监督管理总局浙江监管局), one mention', () => {
    const found = dictionary.scan('中国人民银行浙江省分行、国家金融监督管理总局温州监管分局、国铁济南局集团', PLACES);
    assert.deepEqual(found.map((m) => `${m.prefix}|${m.surface}|${m.place}|${m.agency?.name}`), [
      '中国人民银行浙江省|分行|浙江省|分行', '国家金融监督管理总局温州|监管分局|温州|监管分局', '国铁济南|局集团|济南|局集团有限公司',
    ]);
    assert.deepEqual(written('人民银行加强支行管理'), ['人民银行'], 'no place between parent and 支行: only the central bank');
  });

  it('does not take words that continue a name (部门, 部署, 局面, 部际) or run across it (普通高中办学)', () => {
    assert.deepEqual(written('生态环境部门和农业农村部署，文化局面，普通高中办学，社会信用体系建设部际联席会议'), []);
    assert.deepEqual(written('生态环境部、农业农村部，市文化局'), ['生态环境部', '农业农村部', '市文化局']);
  });

  it('takes the longest name (市纪委监委, 国家统计局, 市政府办公室)', () => {
    assert.deepEqual(written('市纪委监委、国家统计局、市统计局、市政府办公室'), ['市纪委监委', '国家统计局', '市统计局', '市政府办公室']);
  });

  it('finds a name split by page-number residue in seed 003 and maps it back to the document', () => {
    const text = readText(path.join(SEEDS_DIR, '003_a06af7908e590dba.txt'));
    const doc = parseDocument(text);
    const split = agencyScan(doc, resources).mentions.filter((m) => m.crossesBreak);
    assert.equal(split.length, 1);
    assert.equal(text.slice(split[0].start, split[0].end), '市生态\n4、环境局');
    assert.equal(split[0].agency!.name, '生态环境局');
  });
});

describe('names the document defines', () => {
  const defs = (text: string) => {
    const doc = parseDocument(text);
    return documentDefinitions(doc, agencyScan(doc, resources));
  };

  it('`全称（以下简称“…”）` and `（简称…）`: the short form and the full name', () => {
    const d = defs('平潭综合实验区自然资源与生态环境局（以下简称“区资源生态局”）负责。市河长制办公室（简称市河长办），');
    assert.ok(d.introduced.has('区资源生态局') && d.introduced.has('市河长办'));
    assert.ok(d.names.has('资源生态局'), 'also without its level');
    assert.ok(d.names.has('平潭综合实验区自然资源与生态环境局') && d.names.has('自然资源与生态环境局'));
  });

  it('`全称（简称）`: a bracketed name made of the full name’s characters', () => {
    const d = defs('由市河长制办公室（市河长办）牵头，市农业农村局（农业农村）配合。');
    assert.deepEqual([...d.introduced], ['市河长办']);
  });

  it('the units heading the items of the document’s own 职责分工 part', () => {
    const d = defs('五、职责分工\n（一）区党群工作部按照国家部署落实政策。\n（二）区宣传与影视发展部充分发挥作用。\n（三）学校加强管理。\n六、保障措施\n（一）区保障工作部负责。');
    assert.ok(d.names.has('区党群工作部') && d.names.has('区宣传与影视发展部'));
    assert.ok(!d.names.has('区保障工作部'), 'only in the 职责分工 part');
  });

  it('a defined name is never an unknown name, however close to a known one', () => {
    const typo = '（市财攻局、市财政局负责）';
    assert.equal(findings(typo).length, 1);
    assert.deepEqual(findings(`市财攻局（以下简称“市财攻局”）。${typo}`), []);
  });
});

describe('agency-unknown: only on strong evidence, once per name', () => {
  it('a typo the document itself contradicts (`市财攻局` beside `市财政局`), with a fix for every occurrence', () => {
    const text = '（市财政局、市财攻局负责）市财攻局牵头。';
    const found = findings(text);
    assert.deepEqual(spans(text, found), [['agency-unknown', '市财攻局', 6]]);
    assert.equal(found[0].severity, 'information');
    assert.equal(found[0].messageId, 'typo');
    assert.equal(found[0].message, '“市财攻局”可能写错：与“市财政局”只差一个字（本文件其他地方写作“市财政局”）。请核对；确认无误的，可用快速修复“添加到工作区机构词典”。本文件共 2 处。');
    assert.deepEqual(found[0].related?.map((r) => text.slice(r.start, r.end)), ['市财攻局']);
    assert.equal(applyEdits(text, found[0].fixes[0].edits), '（市财政局、市财政局负责）市财政局牵头。');
  });

  it('a character no agency name uses (`市财攻局`), one that sounds like the right one (`交通运数厅`), a doubled or a missing one', () => {
    const text = '（市财攻局、省交通运数厅、市财政政局、省住房城乡建设厅、县市场监督理局负责）';
    const found = findings(text);
    assert.deepEqual(spans(text, found), [['agency-unknown', '市财攻局', 1], ['agency-unknown', '省交通运数厅', 6], ['agency-unknown', '市财政政局', 13], ['agency-unknown', '县市场监督理局', 28]]);
    assert.deepEqual(found.map((f) => f.data?.reason), ['机构名称中不用“攻”', '“数”与“输”同音', '“政”重复', '少了“管”']);
    assert.deepEqual(found.map((f) => f.data?.suggestion), ['市财政局', '省交通运输厅', '市财政局', '县市场监督管理局']);
  });

  it('a contraction no office uses (`住城局` for 住建局, `发革委` for 发改委)', () => {
    const text = '（市住城局、县发革委负责）';
    const found = findings(text);
    assert.deepEqual(spans(text, found), [['agency-unknown', '市住城局', 1], ['agency-unknown', '县发革委', 6]]);
    assert.equal(found[0].message, '“市住城局”不是通行的简称：“市住房和城乡建设局”通常简称“市住建局”。请改用“市住建局”或全称。');
  });

  it('a known name at a level that has no such office (`省财政局`, `市教育厅`); 自治区 and lists of levels are fine', () => {
    const text = '（省财政局、市教育厅、自治区财政厅、各省、自治区、直辖市财政厅负责）';
    const found = findings(text);
    assert.deepEqual(spans(text, found), [['agency-unknown', '省财政局', 1], ['agency-unknown', '市教育厅', 6]]);
    assert.equal(found[0].message, '“省财政局”与层级不符：省级机构称“财政厅”，“财政局”是市级、县级、区级的机构。请核对是否应为“省财政厅”。');
    assert.equal(found[0].messageId, 'level');
  });

  it('a national name misspelt without a level before it (`教域部`, `国务院办厅`, `中过人民银行`), once per form, with a fix for each', () => {
    const text = '根据教域部的通知，落实国务院办厅文件，由中过人民银行、应急管里部和教域部负责。';
    const found = findings(text);
    assert.deepEqual(spans(text, found), [['agency-unknown', '教域部', 2], ['agency-unknown', '国务院办厅', 11], ['agency-unknown', '中过人民银行', 20], ['agency-unknown', '应急管里部', 27]]);
    assert.deepEqual(found.map((f) => [f.messageId, f.data?.reason, f.data?.suggestion]), [
      ['typo', '“域”与“育”同音', '教育部'], ['typo', '少了“公”', '国务院办公厅'], ['typo', '“过”与“国”同音', '中国人民银行'], ['typo', '“里”与“理”同音', '应急管理部'],
    ]);
    assert.equal(found[0].message, '“教域部”可能写错：与“教育部”只差一个字（“域”与“育”同音）。请核对；确认无误的，可用快速修复“添加到工作区机构词典”。本文件共 2 处。');
    assert.equal(applyEdits(text, found[0].fixes[0].edits), '根据教育部的通知，落实国务院办厅文件，由中过人民银行、应急管里部和教育部负责。');
  });

  it('after a zone’s name ending in 区 a unit opens as after a place (平潭综合实验区行政申批局, 高新技术产业开发区财攻局)', () => {
    const text = '平潭综合实验区行政申批局2022年工作总结；高新技术产业开发区财攻局负责。';
    const found = findings(text);
    assert.deepEqual(spans(text, found), [['agency-unknown', '区行政申批局', 6], ['agency-unknown', '区财攻局', 30]]);
    assert.deepEqual(found.map((f) => [f.data?.suggestion, f.data?.reason]), [['区行政审批局', '机构名称中不用“申”'], ['区财政局', '机构名称中不用“攻”']]);
    for (const silent of ['推进综合实验区建设局面。', '园区管委会负责，开发区经发局负责。', '平潭综合实验区行政审批局负责。']) assert.deepEqual(spans(silent, findings(silent, 'agency-unknown')), [], silent);
  });

  it('national names silent: words after the name (教育部门, 财政部署), short forms (住房城乡建设部), a three-letter office of a school (外教部), a local name listed bare (市场监管局)', () => {
    for (const text of [
      '由教育部门、财政等部门、农业农村等部门负责，统筹部署。', '住房城乡建设部门负责，人力资源社会保障部印发。', '外教部、财务部、教学部、行政部负责。',
      '区党工委政法工作部、市场监管局负责。', '国务院办公厅、国务院新闻办公室、中国人民银行、国家发展改革委印发。',
    ]) assert.deepEqual(spans(text, findings(text)), [], text);
  });

  it('a short form with the full name’s ending (`市卫健委员会`, `省发展改革委会`): both forms offered, neither safe', () => {
    const text = '由市卫健委员会牵头，省发展改革委会、国资委员会参加。';
    const found = findings(text);
    assert.deepEqual(spans(text, found), [['agency-unknown', '市卫健委员会', 1], ['agency-unknown', '省发展改革委会', 10], ['agency-unknown', '国资委员会', 18]]);
    assert.equal(found[0].messageId, 'mixed');
    assert.equal(found[0].message, '“市卫健委员会”把简称和全称混在一起：全称为“市卫生健康委员会”，简称为“市卫健委”。请改用其中一种。');
    assert.deepEqual(found[0].fixes.map((f) => [f.title, f.edits, f.safe]), [
      ['改为“市卫生健康委员会”', [{ start: 1, end: 7, newText: '市卫生健康委员会' }], false], ['改为“市卫健委”', [{ start: 1, end: 7, newText: '市卫健委' }], false],
    ]);
    assert.deepEqual(found[1].data, { written: '省发展改革委会', full: '省发展和改革委员会', short: '省发展改革委' });
  });

  it('short forms and full names that only look mixed stay silent (政法委员会, 委员会议, 党委会, 发展改革委会同)', () => {
    for (const text of ['市政法委员会、市卫生健康委员会负责。', '召开发改委员会议。', '召开党委会，研究。', '省发展改革委会同省财政厅印发。', '国家发展和改革委员会']) {
      assert.deepEqual(spans(text, findings(text)), [], text);
    }
  });

  it('local names the dictionary lacks stay silent (区资源生态局, 区国资局, 区旅游文体局, 区经信局 beside 区经发局)', () => {
    assert.deepEqual(findings('（区资源生态局牵头，区国资局、区旅游文体局、区执法应急局、区智慧岛公司按职责分工负责）'), []);
    assert.deepEqual(findings('（区经发局、区科信局、区社会事务局、市政法局负责）'), []);
  });

  it('linear in the number of names: thousands of distinct typos and repeats, each reported once', () => {
    // 3000 distinct names with a character no agency name uses in place of 财 (`市X政局`), each a typo of 财政局.
    const bodies: string[] = [];
    for (let c = 0x5c00; bodies.length < 3000; c++) {
      const ch = String.fromCharCode(c);
      // Not 攻 (the repeated name below), nor a character that makes a word with 市 (市属, 市情: no name follows).
      if (!dictionary.usesCharacter(ch) && !'攻级直属域内外情'.includes(ch) && /\p{Script=Han}/u.test(ch)) bodies.push(ch);
    }
    const text = bodies.map((b) => `（市${b}政局、市财政局负责）`).join('\n') + '\n' + '（市财攻局负责）\n'.repeat(2000);
    const found = findings(text, 'agency-unknown');
    assert.equal(found.length, bodies.length + 1);
    assert.ok(found.every((f) => f.messageId === 'typo'));
    const repeated = found.find((f) => f.data?.name === '财攻局')!;
    assert.equal(repeated.data?.count, 2000);
    assert.equal(repeated.related?.length, 20, 'related spans are capped; the count says how many');
  });

  itWithCorpus('on the corpus 方案 with many responsibility clauses: typos planted in real unit names are found, nothing else', () => {
    // Three units per document, each changed one way: a character no name uses, a doubled one, one left out.
    const documents = ['fangan_guanweihui_xin_wuranwu_zhili_2023', 'cuoshi_dangongwei_guanweihui_minying_jingji_2023', 'fangan_guanweihui_ertong_jinshi_fangkong_2021',
      'han_shandong_zhujianting_chengxiang_lvse_fazhan_zhengqiuyijiangao_2021', 'han_shandong_fagaiwei_meitan_chubei_songshengao_2021',
      'tongzhi_anhui_gongye_hulianwang', 'tongzhi_baotou_shuzizhengfu_kaoping_2022'];
    let planted = 0;
    for (const name of documents) {
      const text = readText(corpusFiles().find((f) => path.basename(f, '.txt') === name)!);
      const chosen = new Map<string, ReturnType<typeof agencyScan>['mentions'][number]>();
      const doc = parseDocument(text);
      const scan = agencyScan(doc, resources);
      // A unit heading an item of the document's own 职责分工 part defines the name: a typo there defines the typo.
      const defined = documentDefinitions(doc, scan).names;
      for (const m of scan.mentions) {
        if (defined.has(m.prefix + m.surface)) continue;
        // Units written as in a clause: a level character that opens the name (`、市…`, `（区…`), not one inside a longer place (`实验区管委会`).
        if (m.agency && m.prefix.length === 1 && opensName(text, m.start) && m.surface.length >= 3 && !m.crossesBreak && !chosen.has(m.agency.name)) chosen.set(m.agency.name, m);
      }
      const edits: { start: number; end: number; newText: string }[] = [];
      for (const m of [...chosen.values()]) {
        const kind = edits.length % 3;
        const s0 = m.surface;
        const changed = kind === 0 ? s0[0] + '攻' + s0.slice(2) : kind === 1 ? s0.slice(0, 2) + s0.slice(1) : s0.length >= 5 ? s0.slice(0, 2) + s0.slice(3) : undefined;
        // Not where the slip comes right after a shorter known name (`市政府府办公室` reads as 市政府 + 府办公室).
        if (!changed || [...changed].some((_, k) => k >= 1 && dictionary.lookup(changed.slice(0, k + 1)))) continue;
        edits.push({ start: m.nameStart, end: m.end, newText: changed });
        if (edits.length === 3) break;
      }
      const changedText = applyEdits(text, edits);
      // Where each planted name lies in the changed text; a finding covers it with its prefix (`区`, `福建省`),
      // or the part up to the slip (`市政府府` of `市政府府办公室`).
      let shift = 0;
      const plantedSpans = [...edits].sort((x, y) => x.start - y.start).map((e) => {
        const start = e.start + shift;
        shift += e.newText.length - (e.end - e.start);
        return { start, end: start + e.newText.length, text: e.newText };
      });
      const found = analyzeText(changedText, DEFAULT_CONFIG, resources).findings.filter((f) => f.ruleId === 'agency-unknown');
      const overlaps = (f: Finding, p: { start: number; end: number }) => f.start < p.end && p.start < f.end;
      assert.deepEqual(found.filter((f) => !plantedSpans.some((p) => overlaps(f, p))).map((f) => changedText.slice(f.start, f.end)), [], `${name}: nothing but the planted typos`);
      assert.deepEqual(plantedSpans.filter((p) => !found.some((f) => overlaps(f, p))).map((p) => p.text), [], `${name}: every planted typo found`);
      planted += plantedSpans.length;
    }
    assert.ok(planted >= 18, `${planted} planted`);
  });

  it('the end-character finder gives every position of a large set, in order (split into small regex classes)', () => {
    const chars = '会办协厅大央委室局府校社署联行部院司团处心组队署馆站所';
    const table = new Uint8Array(65536);
    for (const c of chars) table[c.charCodeAt(0)] = 1;
    const text = '市财政局和区社会事业局、县消防救援大队，省档案馆；镇派出所与乡卫生院、党校办公室。x'.repeat(3);
    const run = new CharFinder(table).positions(text);
    const found: number[] = [];
    for (let i = run.next(); i >= 0; i = run.next()) found.push(i);
    assert.deepEqual(found, [...text].flatMap((c, i) => (chars.includes(c) ? [i] : [])));
  });

  it('the one-edit index finds replaced, added and left-out characters by hashing', () => {
    const index = new OneEditIndex(['财政局', '交通运输厅']);
    assert.deepEqual(index.near('财攻局'), [{ known: '财政局', edit: { kind: 'replace', at: 1 } }]);
    assert.deepEqual(index.near('交通运厅'), [{ known: '交通运输厅', edit: { kind: 'omit', at: 3 } }]);
    assert.deepEqual(index.near('财政政局'), [{ known: '财政局', edit: { kind: 'add', at: 1 } }]);
    assert.deepEqual(index.near('财政局'), []);
  });
});

describe('the 2023–2024 reforms and earlier renames, per level', () => {
  const outdated = (text: string, config?: AnalysisConfig) => findings(text, 'agency-outdated', config);

  it('银保监局 / 银保监分局 / 银保监组 → 金融监管局 / 金融监管分局 / 金融监管支局 (2023-07-20), with a place before them', () => {
    const text = '（浙江银保监局、温州银保监分局、平潭银保监组负责）';
    const found = outdated(text);
    assert.deepEqual(spans(text, found), [['agency-outdated', '浙江银保监局', 1], ['agency-outdated', '温州银保监分局', 8], ['agency-outdated', '平潭银保监组', 16]]);
    assert.deepEqual(found.map((f) => [f.data?.when, f.data?.replacement]), [['2023年7月20日', '浙江金融监管局'], ['2023年7月20日', '温州金融监管分局'], ['2023年前后', '平潭金融监管支局']]);
    assert.equal(applyEdits(text, found.flatMap((f) => f.fixes[0].edits)), '（浙江金融监管局、温州金融监管分局、平潭金融监管支局负责）');
  });

  it('中国银保监会××监管局 → 国家金融监督管理总局××监管局; 中国银保监会 → 国家金融监督管理总局 (2023)', () => {
    const text = '中国银保监会山东监管局、中国银行保险监督管理委员会';
    const found = outdated(text);
    assert.deepEqual(found.map((f) => [text.slice(f.start, f.end), f.data?.replacement, f.data?.when]), [
      ['中国银保监会山东监管局', '国家金融监督管理总局山东监管局', '2023年7月20日'], ['中国银行保险监督管理委员会', '国家金融监督管理总局', '2023年5月'],
    ]);
  });

  it('地方金融监督管理局 → 地方金融管理局 (2024), also as 省地方金融监管局', () => {
    const found = outdated('（省地方金融监督管理局、市地方金融监管局负责）');
    assert.deepEqual(found.map((f) => [f.data?.written, f.data?.replacement, f.data?.when]), [['省地方金融监督管理局', '省地方金融管理局', '2024年前后'], ['市地方金融监管局', '市地方金融管理局', '2024年前后']]);
  });

  it('人民银行大区分行 and 中心支行 → 省分行 / 市分行 (2023-08-18); 县支行 no longer kept (2024-05-28)', () => {
    const text = '（人民银行济南分行、人行杭州中心支行、人民银行温州市中心支行、人行平潭支行负责）';
    const found = outdated(text);
    assert.deepEqual(found.map((f) => [text.slice(f.start, f.end), f.messageId, f.data?.replacement, f.data?.when]), [
      ['人民银行济南分行', 'renamed', '中国人民银行山东省分行', '2023年8月18日'],
      ['人行杭州中心支行', 'renamed', '中国人民银行浙江省分行', '2023年8月18日'],
      ['人民银行温州市中心支行', 'renamed', '中国人民银行温州市分行', '2023年8月18日'],
      ['人行平潭支行', 'abolished', '中国人民银行××省（市）分行', '2024年5月28日'],
    ]);
    assert.equal(found[3].fixes.length, 0, 'no successor to write in');
    assert.match(found[3].message, /^“人行平潭支行”2024年5月28日起不再保留（2023年中国人民银行分支机构改革）。不再保留县（市）支行，职能上收至地（市）分行/);
  });

  it('国家乡村振兴局 → 农业农村部 (2023); 省乡村振兴局 → 省农业农村厅, 县乡村振兴局 → 县农业农村局', () => {
    const found = outdated('国家乡村振兴局；（省乡村振兴局、县乡村振兴局负责）');
    assert.deepEqual(found.map((f) => [f.data?.written, f.data?.replacement, f.data?.year]), [['国家乡村振兴局', '农业农村部', 2023], ['省乡村振兴局', '省农业农村厅', 2023], ['县乡村振兴局', '县农业农村局', 2023]]);
  });

  it('铁路局 → 中国铁路××局集团有限公司 (2017); 中国铁路总公司 → 中国国家铁路集团有限公司 (2019); 国家铁路局 is current', () => {
    const text = '济南铁路局、中国铁路总公司、国家铁路局';
    const found = outdated(text);
    assert.deepEqual(found.map((f) => [text.slice(f.start, f.end), f.data?.replacement, f.data?.when]), [
      ['济南铁路局', '中国铁路济南局集团有限公司', '2017年11月'], ['中国铁路总公司', '中国国家铁路集团有限公司', '2019年6月18日'],
    ]);
  });

  it('the 2018 reform per level: 省安监局 → 省应急管理厅, 市卫计委 → 市卫健委 as well', () => {
    const text = '（省安监局、市卫计委按职责分工负责）';
    const found = outdated(text);
    assert.deepEqual(spans(text, found), [['agency-outdated', '省安监局', 1], ['agency-outdated', '市卫计委', 6]]);
    assert.deepEqual([found[0].messageId, found[0].data?.replacement], ['renamed', '省应急管理厅']);
    assert.deepEqual(found[1].fixes.map((f) => f.title), ['改为“市卫生健康委员会”', '改为简称“市卫健委”']);
    assert.deepEqual(findings(applyEdits(text, [...found[0].fixes[0].edits, ...found[1].fixes[1].edits])), []);
  });
});

describe('agency-outdated: the family-planning offices by their short names (计生委, 计生局)', () => {
  it('县计生委 and 县计生局 are the 人口和计划生育 offices, renamed twice to today\'s 卫生健康 offices', () => {
    const text = '县计生委要做好资格审核和资金发放工作，县计生局、县民政局配合。';
    const found = findings(text, 'agency-outdated');
    assert.deepEqual(spans(text, found), [['agency-outdated', '县计生委', 0], ['agency-outdated', '县计生局', 19]]);
    assert.deepEqual(found.map((f) => f.data?.replacement), ['县卫生健康委员会', '县卫生健康局']);
  });
});

describe('agency-outdated is dated', () => {
  const text = '（山东银保监局、省发改委负责）';
  const analyse = (date: WrittenDate | undefined, asOf?: 'today' | 'documentDate') =>
    analyzeDocument(withFrame(text, { date }), { ...DEFAULT_CONFIG, 'agencies.asOf': asOf }, resources).findings.filter((f) => f.ruleId === 'agency-outdated');

  it('without a 成文日期: says when the rename happened and that the name was right before it', () => {
    const [f] = analyse(undefined);
    assert.equal(f.message, '“山东银保监局”是旧称，2023年7月20日起改为“山东金融监管局”（2023年党和国家机构改革）。中国银保监会××监管局改为国家金融监督管理总局××监管局（简称“××金融监管局”）。更名（2023年7月20日）以前成文的文件中，这一名称是正确的。请核对后改用现名称。');
  });

  it('judged against today by default: a 2021 plan naming 银保监局 gets the warning, which says the name was right then', () => {
    const [f] = analyse(dated(2021, 9, 18));
    assert.equal(f.severity, 'warning');
    assert.equal(f.data?.dated, '本文成文日期（2021年9月18日）早于更名，当时这一名称是正确的；沿用到新文件时须改为现名称。');
  });

  it('judged as of the document’s own date (archive review): before the rename silent, after it a warning, the same month a question', () => {
    assert.deepEqual(analyse(dated(2021, 9, 18), 'documentDate'), []);
    assert.deepEqual(analyse(dated(2023, 3, 30), 'documentDate'), [], 'March 2023: still 银保监局');
    const after = analyse(dated(2024, 1, 5), 'documentDate');
    assert.deepEqual(after.map((f) => [f.severity, f.data?.dated]), [['warning', '本文成文日期（2024年1月5日）晚于更名。']]);
    const same = analyse(dated(2023, 7), 'documentDate');
    assert.deepEqual(same.map((f) => [f.severity, f.data?.dated]), [['information', '本文成文日期（2023年7月）与更名时间相近，请按更名的具体时间核对。']]);
  });

  it('a rename the places made one by one stays a question in the year after it began (省乡村振兴局 in mid-2024)', () => {
    const doc = withFrame('（省乡村振兴局负责）', { date: dated(2024, 6, 1) });
    const found = analyzeDocument(doc, { ...DEFAULT_CONFIG, 'agencies.asOf': 'documentDate' }, resources).findings;
    assert.deepEqual(found.map((f) => [f.ruleId, f.severity]), [['agency-outdated', 'information']]);
  });

  itWithCorpus('on the corpus, judged as of each document’s own date, the renamed names were all right when written', () => {
    const archive = { ...DEFAULT_CONFIG, 'agencies.asOf': 'documentDate' as const };
    for (const name of ['tongzhi_anhui_gongye_hulianwang', 'han_shandong_zhujianting_chengxiang_lvse_fazhan_zhengqiuyijiangao_2021', 'han_shandong_fagaiwei_meitan_chubei_songshengao_2021', 'fangan_guanweihui_xin_wuranwu_zhili_2023', 'cuoshi_dangongwei_guanweihui_minying_jingji_2023']) {
      const text = readText(corpusFiles().find((f) => path.basename(f, '.txt') === name)!);
      assert.ok(findings(text, 'agency-outdated').length > 0, `${name}: outdated as of today`);
      assert.deepEqual(findings(text, 'agency-outdated', archive).map((f) => f.message), [], name);
    }
  });

  it('the hover says when and whether the document was written before it', () => {
    const doc = withFrame(text, { date: dated(2021, 9, 18) });
    const m = agencyScan(doc, resources).mentions[0];
    const markdown = agencyHoverMarkdown(m, dictionary, doc.frame.date);
    assert.match(markdown, /^\*\*山东银保监局\*\*（旧称）\n\n2023年7月20日起改为“山东金融监管局”（2023年党和国家机构改革）。\n\n本文成文日期（2021年9月18日）早于更名，当时这一名称是正确的/);
    assert.match(markdown, /出处：国家金融监督管理总局省、市两级派出机构2023年7月20日统一挂牌/);
  });

  it('the hover in English: the names as written, the dates and the sentences English', () => {
    const doc = withFrame(text, { date: dated(2021, 9, 18) });
    const m = agencyScan(doc, resources).mentions[0];
    const markdown = agencyHoverMarkdown(m, dictionary, doc.frame.date, 'en');
    assert.equal(markdown.split('\n\n').slice(0, 3).join('\n\n'), '**山东银保监局** (former name)\n\nCalled “山东金融监管局” since 2023-07-20 (2023年党和国家机构改革).\n\nThis document’s date (2021-09-18) is before the change (2023-07-20): the name was correct then; a new document uses the current name.');
    assert.match(markdown, /\n\nSource: 国家金融监督管理总局省、市两级派出机构2023年7月20日统一挂牌/);
  });
});

describe('the agencies.asOf setting', () => {
  it('`gongwen.agencies.asOf` reaches the analysis; a bad value is reported and today is used', () => {
    assert.equal(option(resolveServerSettings({ agencies: { asOf: 'documentDate' } }, undefined).settings.analysis, 'agencies.asOf'), 'documentDate');
    const bad = resolveServerSettings({ agencies: { asOf: 'yesterday' } }, undefined);
    assert.equal(option(bad.settings.analysis, 'agencies.asOf'), 'today');
    assert.deepEqual(bad.problems.map((p) => p.source), ['gongwen.agencies.asOf']);
    assert.match(bad.problems[0].message, /应为 today、documentDate 之一/);
  });
});

describe('agency-mixed-forms', () => {
  it('the minority form is hinted once per agency, with a fix for every minority occurrence', () => {
    const text = '市发展和改革委员会牵头制定方案。市发展和改革委员会负责考核。市发展和改革委员会汇总。（市发改委、市工信局按职责分工负责）市发改委督办。';
    const found = findings(text);
    assert.deepEqual(spans(text, found), [['agency-mixed-forms', '市发改委', text.indexOf('市发改委')]]);
    assert.equal(found[0].severity, 'hint');
    assert.equal(found[0].message, '“市发改委”与“市发展和改革委员会”是同一机构，本文件正文全称 3 处、简称 2 处混用；建议统一为“市发展和改革委员会”。');
    assert.equal(applyEdits(text, found[0].fixes[0].edits), text.replaceAll('市发改委', '市发展和改革委员会'));
    assert.deepEqual(findings('市发展和改革委员会（以下简称“市发改委”）牵头。市发改委负责考核。'), [], 'an introduced abbreviation is intended');
    assert.deepEqual(findings('省人民政府印发方案，省政府负责。'), [], '政府 for 人民政府 is a regular short form');
    assert.equal(contractionPieces('发改委', '发展和改革委员会'), 3);
    assert.equal(contractionPieces('发展改革委', '发展和改革委员会'), 2);
  });

  it('leaves out 版头, title, 落款 (joint signatures), 版记 and 印发 lines, which must carry full names', () => {
    const head = '市发展和改革委员会文件\n';
    const title = '市发展和改革委员会关于印发方案的通知\n';
    const body = '（市发改委、市工信局负责）。市发改委督办。\n';
    const sign = '市发展和改革委员会　市工业和信息化局\n';
    const imprint = '市发展和改革委员会办公室　2024年1月5日印发\n';
    const text = head + title + body + sign + imprint;
    let at = 0;
    const zone = (kind: DocumentFrame['zones'][number]['kind'], part: string) => ({ kind, start: at, end: (at += part.length) });
    const zones = [zone('header', head), zone('title', title), zone('body', body), zone('signature', sign), zone('imprint', imprint)];
    const doc = withFrame(text, { zones });
    assert.deepEqual(analyzeDocument(doc, DEFAULT_CONFIG, resources).findings.filter((f) => f.ruleId === 'agency-mixed-forms'), []);
    const bodyOnly = withFrame(text, { zones: [{ kind: 'body', start: 0, end: text.length }], elements: [] });
    const unframed = analyzeDocument(bodyOnly, DEFAULT_CONFIG, resources).findings.filter((f) => f.ruleId === 'agency-mixed-forms');
    assert.deepEqual(unframed.map((f) => text.slice(f.start, f.end)), ['市发改委', '市工业和信息化局'], 'in a body alone the full names count');
    // An issuer signature inside a body zone (run-together text) is left out too.
    const inline = '（市发改委负责）。市发展和改革委员会';
    const element = { kind: 'issuer-signature' as const, start: inline.indexOf('市发展'), end: inline.length };
    assert.deepEqual(analyzeDocument(withFrame(inline, { elements: [element] }), DEFAULT_CONFIG, resources).findings.filter((f) => f.ruleId === 'agency-mixed-forms'), []);
  });
});

describe('agency rules with the frame the parser finds', () => {
  const text = '市发展和改革委员会文件\n\n市发改〔2024〕3号\n\n市发展和改革委员会关于印发方案的通知\n\n各县（区）发展改革局：\n\n现将方案印发给你们（市发改委、市工信局、市环保局负责），市发改委督办。\n\n市发展和改革委员会　　市工业和信息化局\n2024年1月5日\n\n市发展和改革委员会办公室　　2024年1月5日印发\n';

  it('mixed forms: 版头, title, joint signature and 印发 line carry full names, the body short ones: no finding', () => {
    assert.deepEqual(findings(text, 'agency-mixed-forms'), []);
  });

  it('outdated: the 成文日期 of the 落款 dates the document (after the rename: said so)', () => {
    const [f] = findings(text, 'agency-outdated');
    assert.equal(text.slice(f.start, f.end), '市环保局');
    assert.equal(f.data?.dated, '本文成文日期（2024年1月5日）晚于更名。');
    assert.deepEqual(findings(text, 'agency-outdated', { ...DEFAULT_CONFIG, 'agencies.asOf': 'documentDate' }).map((x) => x.severity), ['warning']);
    const older = text.replaceAll('2024年1月5日', '2017年3月1日').replace('〔2024〕', '〔2017〕');
    assert.deepEqual(findings(older, 'agency-outdated', { ...DEFAULT_CONFIG, 'agencies.asOf': 'documentDate' }), [], 'a 2017 document: 环保局 was right');
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
    assert.equal(found[0].message, '“市环保局”是旧称，2018年起改为“市生态环境局”（2018年党和国家机构改革）。更名（2018年）以前成文的文件中，这一名称是正确的。请核对后改用现名称。');
    assert.deepEqual(found[0].fixes.map((f) => [f.title, f.safe]), [['改为“市生态环境局”', false]]);
    const fixed = applyEdits(text, found[0].fixes[0].edits);
    assert.equal(fixed, clause);
    assert.deepEqual(findings(fixed), []);
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
    assert.deepEqual(findings('（区财政局、区发改局，区税务局，人行平潭支行负责）').filter((f) => f.ruleId === 'agency-clause-separator'), [], 'a comma between kinds of units groups them');
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
});

describe('agency completion (service)', () => {
  const complete = (text: string, at = text.length) => {
    const doc = parseDocument(text);
    return agencyCompletions(doc, at, resources);
  };
  const labels = (text: string, at?: number) => complete(text, at)?.map((i) => i.label);

  it('never opens in ordinary prose: after 全市, 打造美丽城市, or a level with nothing of a name after it', () => {
    assert.equal(complete('全市'), undefined);
    assert.equal(complete('全市上下要坚持节约集约、绿色低碳，推进城市更新和社区治理，打造美丽城市'), undefined);
    assert.equal(complete('推动全市生态'), undefined, '全 makes 市 part of a word');
    assert.equal(complete('由市'), undefined, 'a level and nothing typed');
    assert.equal(complete('由市上下'), undefined, 'no known name starts with 上下');
    assert.equal(complete('由市场监管'), undefined, '市场 is a word here: no name starts with 场监管');
    assert.equal(labels('县市场监')![0], '市场监督管理局', 'an earlier level opens the name');
  });

  it('after a level plus a character of a known name: 生态环境局 first after 由市生态, without preselection on one character', () => {
    const items = complete('由市生态')!;
    assert.equal(items[0].label, '生态环境局');
    assert.equal(items[0].newText, '生态环境局');
    assert.deepEqual([items[0].start, items[0].end], [2, 4]);
    assert.equal(items[0].preselect, true, 'two typed characters opening the name');
    assert.deepEqual(complete('由市生')!.map((i) => i.preselect), complete('由市生')!.map(() => false), 'one character: no preselection');
  });

  it('ranks by what is typed, then by the names the document already uses', () => {
    assert.deepEqual(labels('（市生态环境保护委员会负责）由市生态')!.slice(0, 2), ['生态环境保护委员会', '生态环境局']);
    assert.equal(labels('（市发改委、市工信局负责）由市发')![0], '发展和改革委员会');
    assert.deepEqual(labels('市fgw'), ['发展和改革委员会'], 'pinyin initials');
  });

  it('inside a responsibility clause, offers units with the level of the unit before', () => {
    const text = '市财政局汇总。（市生态环境局、按职责分工负责）';
    const items = complete(text, text.indexOf('、') + 1)!;
    assert.equal(items[0].label, '财政局', 'the document names it; the unit already listed is not offered again');
    assert.equal(items[0].newText, '市财政局');
    assert.ok(!items.some((i) => i.label === '生态环境局'));
    assert.equal(items.every((i) => !i.preselect), true);
    assert.ok(labels('责任单位：区经济发展局、')!.includes('财政金融局'), 'after 责任单位：');
    const site = agencyCompletionSite(parseDocument('（县按职责分工负责）'), 2)!;
    assert.deepEqual([site.prefix, site.typed, site.inClause], ['县', '', true], 'in a clause the list opens right after a level');
    assert.equal(agencyCompletionSite(parseDocument('（县'), 2), undefined, 'a bracket alone is no clause');
  });
});

/** The reviewed findings of the agency rules on each corpus document (test/fixtures/agencies/corpus/). */
const REVIEWED = path.join(FIXTURES_DIR, 'agencies', 'corpus');

describe('agency names in the seeds and the corpus', () => {
  it('seed 003: every distinct unit is recognised as in the reviewed fixture', () => {
    const fixture = JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, 'agencies', 'seed-003.json'), 'utf8')) as { seed: string; units: { written: string; agency: string; count: number }[] };
    const doc = parseDocument(readText(path.join(SEEDS_DIR, fixture.seed)));
    const seen = new Map<string, { written: string; agency: string; count: number }>();
    for (const m of agencyScan(doc, resources).mentions) {
      const w = m.prefix + m.surface;
      const unit = seen.get(w) ?? { written: w, agency: m.agency?.name ?? `former:${m.former!.name}`, count: 0 };
      unit.count++;
      seen.set(w, unit);
    }
    assert.deepEqual([...seen.values()], fixture.units);
  });

  it('no seed has an unknown or outdated agency name', () => {
    for (const file of seedFiles()) {
      const found = analyzeText(readText(file), DEFAULT_CONFIG, resources).findings.filter((f) => f.ruleId === 'agency-unknown' || f.ruleId === 'agency-outdated');
      assert.deepEqual(found.map((f) => f.message), [], path.basename(file));
    }
  });

  describeWithCorpus('the corpus documents', () => {
    for (const file of corpusFiles()) {
      const name = path.basename(file, '.txt');
      const reviewed = path.join(REVIEWED, `${name}.json`);
      const expected = fs.existsSync(reviewed) ? (JSON.parse(fs.readFileSync(reviewed, 'utf8')) as { findings: { code: string; range: string; text: string; messageId?: string }[] }).findings : [];
      it(`${path.basename(path.dirname(file))}/${name}: ${expected.length ? `the ${expected.length} reviewed findings` : 'silent'}`, () => {
        const text = readText(file);
        const result = analyzeText(text, DEFAULT_CONFIG, resources);
        const actual = result.findings.filter((f) => f.category === 'agency').map((f) => ({ code: f.ruleId, range: spanText(result.document.lines, f.start, f.end), text: text.slice(f.start, f.end), messageId: f.messageId }));
        assert.deepEqual(actual, expected.map(({ code, range, text: t, messageId }) => ({ code, range, text: t, messageId })));
      });
    }
  });
});
