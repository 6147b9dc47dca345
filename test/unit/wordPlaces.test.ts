import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/core/engine/analyze';
import { DEFAULT_CONFIG } from '../../server/src/core/config/config';
import { loadResources } from '../../server/src/resources';

const resources = loadResources();
const PLACE_RULES = new Set(['word-place-jurisdiction', 'word-place-level', 'word-place-ethnic-order']);

/** `[rule, covered text, messageId, data]` of each place finding. */
function places(text: string): [string, string, string | undefined, Record<string, unknown> | undefined][] {
  return analyzeText(text, DEFAULT_CONFIG, resources).findings
    .filter((f) => PLACE_RULES.has(f.ruleId))
    .map((f) => [f.ruleId, text.slice(f.start, f.end), f.messageId, f.data as Record<string, unknown> | undefined]);
}

describe('word-place-jurisdiction', () => {
  it('a prefecture under the wrong province: 湖北省张家界市 (张家界 is in 湖南)', () => {
    const text = '组织赴湖北省张家界市考察学习。';
    const [f] = analyzeText(text, DEFAULT_CONFIG, resources).findings.filter((x) => x.ruleId === 'word-place-jurisdiction');
    assert.deepEqual([f.start, f.end, f.messageId], [3, 10, 'notInside']);
    assert.equal(f.message, '“湖北省张家界市”有误：“张家界市”不属于“湖北省”，而是湖南省张家界市。请核对地名。');
  });

  it('a municipality under a province: 四川省重庆市', () => {
    assert.deepEqual(places('四川省重庆市'), [['word-place-jurisdiction', '四川省重庆市', 'municipality', { outer: '四川省', inner: '重庆市', actual: '重庆市', kind: '直辖市' }]]);
  });

  it('a county under the wrong city, with every place of an ambiguous name named: 南京市朝阳区', () => {
    assert.deepEqual(places('南京市朝阳区')[0].slice(0, 3), ['word-place-jurisdiction', '南京市朝阳区', 'notInside']);
    assert.equal(places('南京市朝阳区')[0][3]!.actual, '北京市朝阳区或吉林省长春市朝阳区');
    assert.deepEqual(places('山西省延安市').map((p) => p[3]!.actual), ['陕西省延安市']);
    assert.deepEqual(places('海南省海南藏族自治州').map((p) => p[3]!.actual), ['青海省海南藏族自治州']);
  });

  it('a division of the outer name written with a homophone: 福建省付州市, 内蒙古自治区包投市, 杭州市淳按县, 湘西土家族苗足自治州', () => {
    const text = '支持福建省付州市建设。';
    const [f, ...rest] = analyzeText(text, DEFAULT_CONFIG, resources).findings.filter((x) => x.ruleId === 'word-place-jurisdiction');
    assert.deepEqual(rest, []);
    assert.deepEqual([f.start, f.end, f.messageId], [2, 8, 'nearName']);
    assert.equal(f.message, '“福建省付州市”中的地名可能写错：福建省没有“付州市”，有“福州市”（“付”与“福”同音）。请核对地名。');
    assert.deepEqual(f.fixes, [{ title: '改为“福建省福州市”', titleId: 'replace', titleData: { text: '福建省福州市' }, edits: [{ start: 5, end: 8, newText: '福州市' }], safe: false }]);
    assert.deepEqual(places('内蒙古自治区包投市2022年'), [['word-place-jurisdiction', '内蒙古自治区包投市', 'nearName', { outer: '内蒙古自治区', written: '包投市', right: '包头市', wrongChar: '投', rightChar: '头' }]]);
    assert.deepEqual(places('杭州市淳按县').map((p) => [p[1], p[3]!.right]), [['杭州市淳按县', '淳安县']]);
    assert.deepEqual(places('湖南省湘西土家族苗足自治州').map((p) => [p[1], p[3]!.right]), [['湖南省湘西土家族苗足自治州', '湘西土家族苗族自治州']]);
  });

  it('silent after an outer name on a real division, a short name, a level word or an agency (福建省福清市, 湖南省湘西州, 浙江省建设厅)', () => {
    for (const text of ['福建省福清市', '福建省福州市', '湖南省湘西州', '浙江省建设厅', '福建省人民政府', '广东省广州市天河区', '杭州市淳安县', '福建省各市', '福建省付出努力']) {
      assert.deepEqual(places(text), [], text);
    }
  });

  it('silent on right chains, lists and names written apart', () => {
    for (const text of [
      '湖南省张家界市慈利县', '浙江省杭州市淳安县', '北京市朝阳区', '吉林省长春市朝阳区', '吉林省吉林市', '上海市浦东新区', '河南省济源市',
      '重庆市城口县', '湖北省、湖南省', '湖北省湖南省', '湖北张家界', '北京市上海市天津市', '贵州省黔东南苗族侗族自治州', '广西壮族自治区南宁市',
      '江苏省市场监督管理局', '浙江省市县三级联动',
    ]) assert.deepEqual(places(text), [], text);
  });
});

describe('word-place-level', () => {
  const cases: [string, string, string, string][] = [
    ['广西省', '广西省', '自治区', '广西壮族自治区'],
    ['内蒙古省', '内蒙古省', '自治区', '内蒙古自治区'],
    ['北京省', '北京省', '直辖市', '北京市'],
    ['到深圳县调研', '深圳县', '地级市', '深圳市'],
    ['慈利市', '慈利市', '县', '慈利县'],
    ['昆山县', '昆山县', '县级市', '昆山市'],
    ['杭州省', '杭州省', '地级市', '杭州市'],
  ];
  for (const [text, written, kind, right] of cases) {
    it(`${written} → ${right}`, () => {
      const [[rule, covered, messageId, data]] = places(text);
      assert.deepEqual([rule, covered, messageId], ['word-place-level', written, 'level']);
      assert.deepEqual(data, { written, short: written.slice(0, -1), kind, right });
    });
  }

  it('offers the official name as a fix (not safe)', () => {
    const [f] = analyzeText('广西省', DEFAULT_CONFIG, resources).findings.filter((x) => x.ruleId === 'word-place-level');
    assert.deepEqual(f.fixes, [{ title: '改为“广西壮族自治区”', titleId: 'replace', titleData: { text: '广西壮族自治区' }, edits: [{ start: 0, end: 3, newText: '广西壮族自治区' }], safe: false }]);
    assert.equal(f.message, '“广西省”有误：广西是自治区，应为“广西壮族自治区”。');
  });

  it('silent on accepted short forms, common words and words the level character starts', () => {
    for (const text of [
      '黔东南州', '延边州', '长阳县', '广西区党委', '江西市场', '浙江市县两级', '湛江省域副中心', '会同省财政厅', '公安省厅', '建设新城市',
      '和平市场', '原慈利市', '深圳市', '吉林省', '朝阳县', '义乌市场', '湖南省份',
    ]) assert.deepEqual(places(text), [], text);
  });
});

describe('word-place-ethnic-order', () => {
  it('peoples in the wrong order: 黔东南侗族苗族自治州 → 黔东南苗族侗族自治州', () => {
    const text = '黔东南侗族苗族自治州人民政府';
    const [f] = analyzeText(text, DEFAULT_CONFIG, resources).findings.filter((x) => x.ruleId === 'word-place-ethnic-order');
    assert.deepEqual([f.start, f.end, f.messageId, f.message], [0, 10, 'order', '“黔东南侗族苗族自治州”中民族名称的顺序有误，应为“黔东南苗族侗族自治州”。']);
    assert.deepEqual(f.fixes[0].edits, [{ start: 0, end: 10, newText: '黔东南苗族侗族自治州' }]);
  });

  it('a people missing or added: 广西自治区, 新疆自治区, 恩施苗族自治州', () => {
    assert.deepEqual(places('广西自治区').map((p) => [p[1], p[2], p[3]!.right]), [['广西自治区', 'name', '广西壮族自治区']]);
    assert.deepEqual(places('新疆自治区').map((p) => [p[1], p[2], p[3]!.right]), [['新疆自治区', 'name', '新疆维吾尔自治区']]);
    assert.deepEqual(places('恩施苗族自治州').map((p) => [p[1], p[2], p[3]!.right]), [['恩施苗族自治州', 'name', '恩施土家族苗族自治州']]);
    assert.deepEqual(places('湘西苗族土家族自治州').map((p) => [p[2], p[3]!.right]), [['order', '湘西土家族苗族自治州']]);
    assert.deepEqual(places('双江佤族拉祜族布朗族傣族自治县').map((p) => [p[2], p[3]!.right]), [['order', '双江拉祜族佤族布朗族傣族自治县']]);
  });

  it('silent on every official autonomous name of the table', () => {
    for (const p of resources.places!.places) {
      if (!p.suffix.startsWith('自治')) continue;
      assert.deepEqual(places(p.name), [], p.name);
    }
  });
});
