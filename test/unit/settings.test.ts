import { strict as assert } from 'node:assert';
import { analysisConfig, DEFAULT_CONFIG, option, resolveSettings, type SettingsLayer } from '../../server/src/core/config/config';
import { SETTING_KEYS, SETTINGS } from '../../server/src/core/config/settings';
import { RULE_IDS } from '../../server/src/core/rules/index';
import placeData from '../../server/src/core/places/data/places.json';
import { compilePlaceTable } from '../../server/src/core/places/places';

const places = compilePlaceTable(placeData);

const file = (values: unknown): SettingsLayer => ({ source: '/p/.gongwen/config.json', values, file: true, origin: 'workspace' });
const editor = (values: unknown): SettingsLayer => ({ source: 'gongwen', values, file: false, origin: 'settings' });
const entry = (name: string) => ({ name, levels: ['市'], kind: '其他' });

describe('settings: declarations and layers', () => {
  it('every declared default passes its own check', () => {
    for (const key of SETTING_KEYS) {
      const { problems } = resolveSettings([editor(key.split('.').reduceRight<unknown>((v, part) => ({ [part]: v }), SETTINGS[key].default))], RULE_IDS, places);
      assert.deepEqual(problems, [], key);
    }
  });

  it('layers apply lowest first: values replace, rules merge rule by rule, agency entries of both are kept', () => {
    const { values, problems } = resolveSettings([
      file({ placeholderMode: 'final', rules: { 'numbering-gap': 'off', 'numbering-start': 'error' }, agencies: { extra: [entry('甲办公室')] } }),
      editor({ placeholderMode: 'hint', rules: { 'numbering-gap': 'warning' }, agencies: { extra: [entry('乙办公室')] } }),
    ], RULE_IDS, places);
    assert.deepEqual(problems, []);
    assert.equal(values.placeholderMode, 'hint');
    assert.deepEqual(values.rules, { 'numbering-gap': 'warning', 'numbering-start': 'error' });
    assert.deepEqual(values['agencies.extra'].map((e) => [e.name, e.origin]), [['甲办公室', 'workspace'], ['乙办公室', 'settings']]);
  });

  it('a bad value keeps the one below it and is named with its layer and field; editor settings in a file are named too', () => {
    const { values, problems } = resolveSettings([file({ placeholderMode: 'final', debounce: 10 }), editor({ placeholderMode: 'loud', debounce: -1 })], RULE_IDS, places);
    assert.equal(values.placeholderMode, 'final');
    assert.equal(values.debounce, 0);
    assert.deepEqual(problems, [
      { source: '/p/.gongwen/config.json debounce', message: '“debounce”只能在编辑器设置中修改（gongwen.debounce）；已忽略。', en: '“debounce” can only be set in the editor’s settings (gongwen.debounce); ignored.' },
      { source: 'gongwen.debounce', message: '“gongwen.debounce”应为 0 到 10000 之间的毫秒数，实为 -1；已使用 0。', en: '“gongwen.debounce” should be a number of milliseconds from 0 to 10000, not -1; using 0.' },
      { source: 'gongwen.placeholderMode', message: '“gongwen.placeholderMode”应为 hint、warning、final 之一，实为 "loud"；已使用 "final"。', en: '“gongwen.placeholderMode” should be one of hint, warning, final, not "loud"; using "final".' },
    ]);
  });

  it('the analysis gets the project settings only, and option() reads one with its declared default', () => {
    const config = analysisConfig(resolveSettings([editor({ run: 'manual', files: ['a/*.txt'] })], RULE_IDS, places).values);
    assert.ok(!('run' in config) && !('enable' in config));
    assert.deepEqual(option(config, 'files'), ['a/*.txt']);
    assert.deepEqual(option(DEFAULT_CONFIG, 'files'), SETTINGS.files.default);
  });
});

describe('the jurisdiction setting: each written form, and why one is not kept', () => {
  const resolve = (jurisdiction: unknown, table: typeof places | null = places) => {
    const { values, problems } = resolveSettings([file({ jurisdiction })], RULE_IDS, table ?? undefined);
    return { codes: values.jurisdiction, problems: problems.map((p) => `${p.source.replace('/p/.gongwen/config.json ', '')}: ${p.message}`) };
  };

  it('a name with its superiors, in full or short, a bare name, a short name and codes all give the county’s code', () => {
    for (const written of ['福建省平潭县', '福建省福州市平潭县', '福州市平潭县', '福建平潭', '平潭县', '平潭', '350128', '350128000000']) {
      assert.deepEqual(resolve([written]), { codes: ['350128'], problems: [] }, written);
    }
  });

  it('a prefecture or a province by name or by a code padded to six digits; repeats are kept once, in the order written', () => {
    assert.deepEqual(resolve(['福州市', '350100', '福建省', '350000', '35']), { codes: ['3501', '35'], problems: [] });
    assert.deepEqual(resolve(['北京市朝阳区', '吉林市']), { codes: ['110105', '2202'], problems: [] });
  });

  it('an ambiguous name lists the divisions it could be and asks for the superior or the code', () => {
    assert.deepEqual(resolve(['朝阳区', '平潭县']), {
      codes: ['350128'],
      problems: ['jurisdiction[0]: “朝阳区”可指 2 个行政区：“北京市朝阳区”（110105）、“吉林省长春市朝阳区”（220104）；请写带上级的全称（如“吉林省长春市朝阳区”）或区划代码；已忽略。'],
    });
    assert.deepEqual(resolve(['吉林']).problems, ['jurisdiction[0]: “吉林”可指 2 个行政区：“吉林省”（22）、“吉林省吉林市”（2202）；请写带上级的全称（如“吉林省吉林市”）或区划代码；已忽略。']);
  });

  it('a town’s code names the county it lies in; an unknown name names the division it contains', () => {
    assert.deepEqual(resolve(['350128001']).problems, ['jurisdiction[0]: “350128001”是乡镇（街道）的区划代码，区划表只到县级；请写它所在的县级行政区“福建省福州市平潭县”（350128）；已忽略。']);
    assert.deepEqual(resolve(['350128101000']).problems, ['jurisdiction[0]: “350128101000”是乡镇（街道）的区划代码，区划表只到县级；请写它所在的县级行政区“福建省福州市平潭县”（350128）；已忽略。']);
    assert.deepEqual(resolve(['平潭综合实验区']).problems, ['jurisdiction[0]: “平潭综合实验区”不在区划表（国家统计局2023年统计用区划代码：省、地、县三级，不含乡镇、街道）中。是否指“福建省福州市平潭县”（350128）？请写行政区的名称（如“福建省平潭县”）或区划代码（如 "350128"）；已忽略。']);
    assert.deepEqual(resolve(['示例市', '999999', '1234']), {
      codes: [],
      problems: ['示例市', '999999', '1234'].map((w, i) => `jurisdiction[${i}]: “${w}”不在区划表（国家统计局2023年统计用区划代码：省、地、县三级，不含乡镇、街道）中。请写行政区的名称（如“福建省平潭县”）或区划代码（如 "350128"）；已忽略。`),
    });
  });

  it('a value that is not a list of names, an entry that is not a name, too many entries, and no division table are each reported', () => {
    assert.deepEqual(resolve('福建省平潭县'), { codes: [], problems: ['jurisdiction: “jurisdiction”应为行政区名称或区划代码的数组，形如 ["福建省平潭县"]，实为 "福建省平潭县"；已忽略。'] });
    assert.deepEqual(resolve(['', 350128, '平潭县']), {
      codes: ['350128'],
      problems: ['jurisdiction[0]: 应为行政区名称（如“福建省平潭县”）或区划代码（如 "350128"），实为 ""；已忽略。', 'jurisdiction[1]: 应为行政区名称（如“福建省平潭县”）或区划代码（如 "350128"），实为 350128；已忽略。'],
    });
    const many = resolve(places.places.filter((p) => p.level === 'county').slice(0, 21).map((p) => p.code));
    assert.equal(many.codes.length, 20);
    assert.deepEqual(many.problems, ['jurisdiction: 至多 20 个行政区，其余已忽略。']);
    assert.deepEqual(resolve(['平潭县'], null), { codes: [], problems: ['jurisdiction: 未载入区划表，无法核对辖区；已忽略。'] });
  });

  it('the editor’s value replaces the project file’s, an empty list switches the check off, a list naming nothing keeps the file’s', () => {
    const both = resolveSettings([file({ jurisdiction: ['福建省平潭县'] }), editor({ jurisdiction: ['福建省闽清县'] })], RULE_IDS, places);
    assert.deepEqual(both.values.jurisdiction, ['350124']);
    assert.deepEqual(resolveSettings([file({ jurisdiction: ['福建省平潭县'] }), editor({ jurisdiction: [] })], RULE_IDS, places).values.jurisdiction, []);
    // A value of which nothing names a division keeps the one below it.
    const typo = resolveSettings([file({ jurisdiction: ['福建省平潭县'] }), editor({ jurisdiction: ['平谭县'] })], RULE_IDS, places);
    assert.deepEqual([typo.values.jurisdiction, typo.problems.map((p) => p.source)], [['350128'], ['gongwen.jurisdiction[0]']]);
  });
});
