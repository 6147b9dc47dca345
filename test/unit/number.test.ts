import { strict as assert } from 'node:assert';
import { findingsOf, fixedBy } from '../helpers/hygiene';
import { analyzeText } from '../../server/src/core/engine/analyze';
import { only } from '../helpers/hygiene';

describe('number-year-abbreviated', () => {
  it('reports two-digit calendar years, not durations', () => {
    const text = '到24年底完成改造，21年3月启动，23年度考核。连续12年居首位，近30年来，用了10年。';
    assert.deepEqual(findingsOf(text, 'number-year-abbreviated'), [
      { range: '0:1-0:3', code: 'number-year-abbreviated', message: '年份不应简写：“24年”应写全为“2024年”（GB/T 15835—2011 5.1.4）。请核对年份。' },
      { range: '0:10-0:12', code: 'number-year-abbreviated', message: '年份不应简写：“21年”应写全为“2021年”（GB/T 15835—2011 5.1.4）。请核对年份。' },
      { range: '0:18-0:20', code: 'number-year-abbreviated', message: '年份不应简写：“23年”应写全为“2023年”（GB/T 15835—2011 5.1.4）。请核对年份。' },
    ]);
  });
  it('offers the full year as a fix that fix-all does not apply (the century is a guess)', () => {
    const f = analyzeText('到24年底完成。', only('number-year-abbreviated')).findings[0];
    assert.deepEqual(f.fixes.map((x) => [x.title, x.safe, x.edits]), [['改为“2024年”', false, [{ start: 1, end: 3, newText: '2024' }]]]);
    assert.equal(fixedBy('到24年底完成。', 'number-year-abbreviated').text, '到24年底完成。');
  });
});

describe('number-range-unit', () => {
  it('says which unit the first number lost and how the range is written, as data', () => {
    const [f] = analyzeText('投资9～16亿元。', only('number-range-unit')).findings;
    assert.deepEqual([f.messageId, f.data], ['range', { unit: '亿元', written: '9～16亿元', expected: '9亿元～16亿元', first: '9' }]);
  });
  const text = '投资9～16亿元，比重15～30%，收入13～17万元，规模3~5万，2021—2023年，增长4.5%—5%，100～150公里。';
  it('reports ranges whose first number lost 亿/万/%, not units that cannot be misread', () => {
    assert.deepEqual(findingsOf(text, 'number-range-unit').map((f) => [f.range, f.message]), [
      ['0:2-0:8', '数值范围中前一个数省略了“亿元”：“9～16亿元”应写作“9亿元～16亿元”，否则“9”会被误读（GB/T 15835—2011 5.1.3）。'],
      ['0:11-0:17', '数值范围中前一个数省略了“%”：“15～30%”应写作“15%～30%”，否则“15”会被误读（GB/T 15835—2011 5.1.3）。'],
      ['0:20-0:27', '数值范围中前一个数省略了“万元”：“13～17万元”应写作“13万元～17万元”，否则“13”会被误读（GB/T 15835—2011 5.1.3）。'],
      ['0:30-0:34', '数值范围中前一个数省略了“万”：“3~5万”应写作“3万~5万”，否则“3”会被误读（GB/T 15835—2011 5.1.3）。'],
    ]);
  });
  it('inserts the unit and changes nothing else', () => {
    assert.deepEqual(fixedBy(text, 'number-range-unit'), {
      text: '投资9亿元～16亿元，比重15%～30%，收入13万元～17万元，规模3万~5万，2021—2023年，增长4.5%—5%，100～150公里。',
      remaining: 0,
    });
  });
});

describe('number-mixed-numerals', () => {
  it('reports the minority form of each kind, with the other form as related information', () => {
    const text = '二〇二一年计划，2021年、2022年实施。百分之三十与30%、40%。十二月三十一日与1月1日、2月3日。到二〇三五年基本实现。';
    assert.deepEqual(findingsOf(text, 'number-mixed-numerals').map((f) => [f.range, f.message]), [
      ['0:0-0:5', '年份写法不统一：此处为“二〇二一年”，文中另有 2 处用阿拉伯数字（如“2021年”）。同类数字应统一形式（GB/T 15835—2011 4.3）。'],
      ['0:22-0:27', '百分数写法不统一：此处为“百分之三十”，文中另有 2 处用阿拉伯数字（如“30%”）。同类数字应统一形式（GB/T 15835—2011 4.3）。'],
      ['0:36-0:43', '月日写法不统一：此处为“十二月三十一日”，文中另有 2 处用阿拉伯数字（如“1月1日”）。同类数字应统一形式（GB/T 15835—2011 4.3）。'],
    ]);
    const fixes = analyzeText(text, only('number-mixed-numerals')).findings.map((f) => f.fixes[0].edits[0].newText);
    assert.deepEqual(fixes, ['2021年', '30%', '12月31日']);
  });
  it('is silent when a kind uses one form only, and on the fixed formulation 到二〇三五年', () => {
    assert.deepEqual(findingsOf('到二〇三五年基本实现，2026年开局。十月一日国庆。', 'number-mixed-numerals'), []);
  });
});

describe('number-name-variants', () => {
  it('reports the less used spellings of one name, not quotation marks around a name', () => {
    const text = 'PM2.5浓度下降，PM₂.₅年均值达标，PM2.5与CO2、CO₂协同控制。“十四五”与十四五。';
    assert.deepEqual(findingsOf(text, 'number-name-variants'), [
      { range: '0:10-0:15', code: 'number-name-variants', message: '同一名称写法不一致：此处为“PM₂.₅”，文中另有 2 处写作“PM2.5”。请统一写法。' },
      { range: '0:31-0:34', code: 'number-name-variants', message: '同一名称写法不一致：此处为“CO₂”，文中另有 1 处写作“CO2”。请统一写法。' },
    ]);
  });
});

describe('number-full-width-digits', () => {
  it('reports full-width digits with a safe fix to half-width, not heading markers', () => {
    const text = '１．总体要求\n到２０２５年，增长３．５％，建成１２个。';
    assert.deepEqual(findingsOf(text, 'number-full-width-digits').map((f) => [f.range, f.message]), [
      ['1:1-1:5', '全角数字“２０２５”应写作半角“2025”：阿拉伯数字使用半角形式（参见 GB/T 15835—2011）。'],
      ['1:9-1:12', '全角数字“３．５”应写作半角“3.5”：阿拉伯数字使用半角形式（参见 GB/T 15835—2011）。'],
      ['1:16-1:18', '全角数字“１２”应写作半角“12”：阿拉伯数字使用半角形式（参见 GB/T 15835—2011）。'],
    ]);
    assert.equal(fixedBy(text, 'number-full-width-digits').text, '１．总体要求\n到2025年，增长3.5％，建成12个。');
  });
});

describe('number-chinese-zero', () => {
  it('reports 零 ○ 0 O for 〇 in a year of Han numerals, with a safe fix', () => {
    const text = '二零二四年，二○三五年，二〇二一年，二0二三年，二○○○年3月，一百零五年，2020年，20O0年。';
    assert.deepEqual(findingsOf(text, 'number-chinese-zero').map((f) => [f.range, f.message]), [
      ['0:0-0:4', '年份“二零二四年”中的“零”应写作“〇”：年份是编号，其中的零写作“〇”（GB/T 15835—2011 5.2.5），应为“二〇二四年”。'],
      ['0:6-0:10', '年份“二○三五年”中的“○”应写作“〇”：年份是编号，其中的零写作“〇”（GB/T 15835—2011 5.2.5），应为“二〇三五年”。'],
      ['0:18-0:22', '年份“二0二三年”中的“0”应写作“〇”：年份是编号，其中的零写作“〇”（GB/T 15835—2011 5.2.5），应为“二〇二三年”。'],
      ['0:24-0:28', '年份“二○○○年”中的“○”应写作“〇”：年份是编号，其中的零写作“〇”（GB/T 15835—2011 5.2.5），应为“二〇〇〇年”。'],
    ]);
    assert.equal(fixedBy('二零二四年', 'number-chinese-zero').text, '二〇二四年');
  });
});
