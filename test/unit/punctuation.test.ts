import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { findingsOf, fixedBy, only } from '../helpers/hygiene';
import { analyzeText } from '../../server/src/core/engine/analyze';
import { CORPUS_DIR, readText, SEEDS_DIR } from '../helpers/paths';

const seed = (name: string) => readText(path.join(SEEDS_DIR, name));
const HALF_WIDTH_ADVICE = '可一键全文转换（数字、网址、西文和标题序号不受影响）。';
const HALF_WIDTH_NOTE = 'GB/T 15834—2011 规定中文标点占一个字的位置。';

describe('punctuation-half-width', () => {
  const text = '一、总体要求\n1.加强领导(重点任务)\n近年来,全市上下深入学习;PM2.5浓度为1.5,增长1,000人,时间12:01。\n详见http://a.cn/x?a=1,b,请查阅!Hello, world (ok).';
  it('reports once, on the first mark, counting every kind', () => {
    assert.deepEqual(findingsOf(text, 'punctuation-half-width'), [{
      range: '1:6-1:7', code: 'punctuation-half-width',
      message: `半角标点应改为全角：全文 8 处（逗号 4 处、括号 2 处、分号 1 处、叹号 1 处），${HALF_WIDTH_ADVICE}此处为第一处“(”；${HALF_WIDTH_NOTE}`,
    }]);
  });
  it('converts all of them and leaves numbers, URLs, Latin text and heading markers alone', () => {
    const fixed = fixedBy(text, 'punctuation-half-width');
    assert.equal(fixed.text, '一、总体要求\n1.加强领导（重点任务）\n近年来，全市上下深入学习；PM2.5浓度为1.5，增长1,000人，时间12:01。\n详见http://a.cn/x?a=1,b，请查阅！Hello, world (ok).');
    assert.equal(fixed.remaining, 0);
  });
  it('leaves half-width heading markers to the numbering rules (seed 000 `(四)`)', () => {
    const text000 = seed('000_eb871b876f348fa5.txt');
    const fixed = fixedBy(text000, 'punctuation-half-width');
    assert.ok(fixed.text.startsWith('(四)加强生态文明建设，是筑牢北方生态安全屏障的政治责任 。'));
    assert.equal(fixed.remaining, 0);
  });
  it('counts the seeds’ half-width commas: seed 002 has 86 marks, the first the colon after 同志们', () => {
    const text002 = seed('002_124d17cd5fdef790.txt');
    const [finding] = analyzeText(text002, only('punctuation-half-width')).findings;
    assert.equal(text002.slice(finding.start, finding.end), ':');
    assert.equal(finding.messageId, 'summary');
    assert.deepEqual(finding.data, { count: 86, detail: '逗号 81 处、冒号 2 处、括号 2 处、分号 1 处', detailEn: 'commas 81, colons 2, brackets 2, semicolons 1', first: ':' });
  });
  it('is silent on full-width text and on `、?` (a character lost in conversion, not a question)', () => {
    assert.deepEqual(findingsOf('点垸堤防加固二期、?水灌区开工建设，成效显著。', 'punctuation-half-width'), []);
  });
});

describe('punctuation-half-width: a half-width full stop ending a Chinese sentence', () => {
  it('is counted with the other marks and converted to 。; decimals, abbreviations and item numbers stay', () => {
    const text = '完成年度任务.下一步加强督查.“十四五”规划.\n解答群众咨询306件.2.加大法律顾问工作力度，增长1.5%，Inc. 与 a.b。';
    const [finding] = analyzeText(text, only('punctuation-half-width')).findings;
    assert.deepEqual(finding.data, { count: 4, detail: '句号 4 处', detailEn: 'full stops 4', first: '.' });
    assert.equal(fixedBy(text, 'punctuation-half-width').text, '完成年度任务。下一步加强督查。“十四五”规划。\n解答群众咨询306件。2.加大法律顾问工作力度，增长1.5%，Inc. 与 a.b。');
  });
});

describe('punctuation-half-width-each', () => {
  it('is off by default', () => {
    assert.equal(analyzeText('近年来,全市上下深入学习。').findings.filter((f) => f.ruleId === 'punctuation-half-width-each').length, 0);
  });
  it('when switched on, marks each one with its own fix', () => {
    const text = '近年来,全市上下深入学习;成效明显!';
    assert.deepEqual(findingsOf(text, 'punctuation-half-width-each'), [
      { range: '0:3-0:4', code: 'punctuation-half-width-each', message: '半角逗号“,”应为全角“，”（GB/T 15834—2011：中文标点占一个字的位置）。' },
      { range: '0:12-0:13', code: 'punctuation-half-width-each', message: '半角分号“;”应为全角“；”（GB/T 15834—2011：中文标点占一个字的位置）。' },
      { range: '0:17-0:18', code: 'punctuation-half-width-each', message: '半角叹号“!”应为全角“！”（GB/T 15834—2011：中文标点占一个字的位置）。' },
    ]);
    assert.deepEqual(fixedBy(text, 'punctuation-half-width-each'), { text: '近年来，全市上下深入学习；成效明显！', remaining: 0 });
    assert.deepEqual(analyzeText(`${text}又,`, only('punctuation-half-width-each')).findings.map((f) => [f.messageId, f.data]), [
      ['mark', { name: '逗号', mark: ',', full: '，' }], ['mark', { name: '分号', mark: ';', full: '；' }],
      ['mark', { name: '叹号', mark: '!', full: '！' }], ['mark', { name: '逗号', mark: ',', full: '，' }],
    ]);
  });
});

describe('punctuation-pair', () => {
  it('takes a second left quote for a mistyped right quote (seed 003)', () => {
    const line = seed('003_a06af7908e590dba.txt').split('\n')[1];
    const found = findingsOf(line, 'punctuation-pair');
    assert.deepEqual(found, [{
      range: '0:94-0:95', code: 'punctuation-pair',
      message: '引号不配对：前面的左引号“尚未结束，此处又是左引号“。如为引文结束，应改为右引号”；引号内再用引号时，里层用单引号‘’（GB/T 15834—2011 4.8）。',
    }]);
    assert.equal(line.slice(85, 105), '十四五时期要有突破“重要指示和党的二十大');
  });
  it('reports unbalanced marks and a misordered pair; a curly quote closed by an ASCII one is a pair of the wrong form', () => {
    const text = '依托“蒙速办"、城市大脑等平台。\n学习《条例，加强”管理“。\n"一网通办”平台。（"全程网办）';
    assert.deepEqual(findingsOf(text, 'punctuation-pair'), [
      { range: '1:2-1:3', code: 'punctuation-pair', message: '书名号不配对：“《”之后没有对应的“》”（GB/T 15834—2011 4.15）。请补上后一半或删去此处。' },
      { range: '1:8-1:9', code: 'punctuation-pair', message: '引号不配对：右引号”前面没有对应的左引号“（GB/T 15834—2011 4.8）。请补上前一半或删去此处。' },
      { range: '1:11-1:12', code: 'punctuation-pair', message: '引号不配对：左引号“之后没有对应的右引号”（GB/T 15834—2011 4.8）。请补上后一半或删去此处。' },
    ]);
  });
  it('accepts 《…》 broken by a web page\'s line width inside an article (第一条 …), and still reports one left open at a paragraph\'s end', () => {
    const text = '第一条 为规范和推进全市城镇老旧小区改造工作，改善居民居住条件，根据《国务院办公\n厅关于全面推进城镇老旧小区改造工作的指导意见》和省有关文件精神，制定本细则。\n第二条 本细则参照《湖南省城镇老旧小区改造工作指引执行。';
    assert.deepEqual(findingsOf(text, 'punctuation-pair'), [
      { range: '2:9-2:10', code: 'punctuation-pair', message: '书名号不配对：“《”之后没有对应的“》”（GB/T 15834—2011 4.15）。请补上后一半或删去此处。' },
    ]);
  });

  it('accepts a quotation running over paragraphs, mixed bracket widths, and pairs split by a page number', () => {
    assert.deepEqual(findingsOf('“第一段引文，\n“第二段引文。”\n行动计划(2021—2023年）的通知', 'punctuation-pair'), []);
    // Seed 003: `(市生态` / `4、环境局…)` across a page number is one pair; only the two quote problems remain.
    assert.deepEqual(findingsOf(seed('003_a06af7908e590dba.txt'), 'punctuation-pair').map((f) => f.range), ['1:94-1:95', '10:42-10:43']);
  });
});

describe('punctuation-quote-form and punctuation-quote-form-each', () => {
  const text = '推进"十四五"规划，建设“蒙速办"平台，"一网通办”，「放管服」改革，他说「要做好『六稳』」。\n"Hello"，don\'t，5"屏幕。';
  it('reports once, on the first wrong mark, counting every kind', () => {
    const found = analyzeText(text, only('punctuation-quote-form')).findings;
    assert.equal(found.length, 1);
    assert.equal(found[0].start, 2);
    assert.equal(found[0].messageId, 'summary');
    assert.deepEqual(found[0].data, { count: 6, detail: '直角引号「」『』 3 处、中文引号与英文直引号混配 2 处、英文直引号 1 处', detailEn: 'corner brackets 「」『』 3, Chinese and straight quotes paired 2, straight English quotes 1' });
  });
  it('converts every quotation to Chinese quotes, the inner ones to single quotes; English and a lone straight quote stay', () => {
    assert.deepEqual(fixedBy(text, 'punctuation-quote-form'), {
      text: '推进“十四五”规划，建设“蒙速办”平台，“一网通办”，“放管服”改革，他说“要做好‘六稳’”。\n"Hello"，don\'t，5"屏幕。',
      remaining: 0,
    });
  });
  it('the 包头 notice: 71 quotations closed with a straight quote and one straight pair give one finding, not 72', () => {
    const baotou = readText(path.join(CORPUS_DIR, 'pkulaw-mengke25', 'tongzhi_baotou_shuzizhengfu_kaoping_2022.txt'));
    const found = analyzeText(baotou, only('punctuation-quote-form', 'punctuation-pair')).findings;
    assert.deepEqual(found.map((f) => [f.ruleId, f.data?.count]), [['punctuation-quote-form', 72]]);
  });
  it('per quotation when switched on, each with its own safe fix', () => {
    assert.deepEqual(findingsOf('建设“蒙速办"平台，「放管服」改革。', 'punctuation-quote-form-each'), [
      { range: '0:6-0:7', code: 'punctuation-quote-form-each', message: '引号不配对：“蒙速办"以中文引号和英文直引号配对，应为“蒙速办”（GB/T 15834—2011 4.8）。' },
      { range: '0:10-0:11', code: 'punctuation-quote-form-each', message: '引号写法不规范：「放管服」用了直角引号，横排中文文本应为“放管服”（GB/T 15834—2011 4.8）。' },
    ]);
  });
});

describe('punctuation-pair and punctuation-spacing on their worst inputs (read in one pass; the bench times them)', () => {
  const pairs = (text: string) => analyzeText(text, only('punctuation-pair')).findings;
  it('20,000 left quotes in one paragraph: every second one is a mistyped right quote', () => {
    const found = pairs('“'.repeat(20000));
    assert.equal(found.length, 10000);
    assert.ok(found.every((f, k) => f.start === 2 * k + 1 && f.messageId === 'leftQuoteAgain'));
  });
  it('nested openers of three kinds closed only by round brackets: each mark reported once', () => {
    const n = 5000;
    const found = pairs('《（“'.repeat(n) + '）'.repeat(n));
    // Every second “ is a mistyped right quote, which leaves the 《（ opened after the quote before it
    // unclosed; the 《 of the other repetitions are never closed; half the ） close a （, half have none.
    const count = (messageId: string, mark?: string) => found.filter((f) => f.messageId === messageId && (mark === undefined || f.data?.mark === mark)).length;
    assert.equal(count('unclosed', '《'), n);
    assert.equal(count('leftQuoteAgain'), n / 2);
    assert.equal(count('unclosed', '（'), n / 2);
    assert.equal(count('unopened', '）'), n / 2);
    assert.equal(found.length, 2.5 * n);
  });
  it('a letter-spaced line of 40,000 characters: every space between Han characters, in order', () => {
    const text = '汉 字'.repeat(20000) + '。';
    const found = analyzeText(text, only('punctuation-spacing')).findings;
    assert.equal(found.length, 20000);
    assert.ok(found.every((f, k) => f.start === 3 * k + 1 && f.end === 3 * k + 2));
  });
});

describe('punctuation-spacing', () => {
  const text = '(一)深入打好污染防治攻坚战 。 持续加强大气污染防治。\n推进 工业污染治理，加强监管。\n实施“鹭引五洲 才聚八闽”计划，成效显著。\n第一条 为了规范管理，制定本办法。\n中共中央 国务院';
  it('reports spaces around marks and between Han characters of a sentence, not layout', () => {
    assert.deepEqual(findingsOf(text, 'punctuation-spacing'), [
      { range: '0:14-0:15', code: 'punctuation-spacing', message: '标点“。”前多了空格。标点紧跟在相应文字之后（GB/T 15834—2011 5.1.1），请删除空格。' },
      { range: '0:16-0:17', code: 'punctuation-spacing', message: '标点“。”后多了空格。中文标点本身占一个字的位置，其后不再加空格（GB/T 15834—2011 5.1.1），请删除空格。' },
      { range: '1:2-1:3', code: 'punctuation-spacing', message: '汉字“进”与“工”之间多了空格。中文正文字词之间不空格，请删除。' },
    ]);
  });
  it('deletes the spaces and nothing else', () => {
    assert.deepEqual(fixedBy(text, 'punctuation-spacing'), {
      text: '(一)深入打好污染防治攻坚战。持续加强大气污染防治。\n推进工业污染治理，加强监管。\n实施“鹭引五洲 才聚八闽”计划，成效显著。\n第一条 为了规范管理，制定本办法。\n中共中央 国务院',
      remaining: 0,
    });
  });
  it('reports spaces inside quotes and brackets, not a form\'s blank', () => {
    assert.deepEqual(findingsOf('印发《方案（ 试行）》，推进“ 十四五”规划，落实（重点任务 ），金额（大写： ）。', 'punctuation-spacing'), [
      { range: '0:6-0:7', code: 'punctuation-spacing', message: '“（”后多了空格：引号、括号、书名号的前一半紧贴其中的文字（GB/T 15834—2011 5.1.3），请删除空格。' },
      { range: '0:15-0:16', code: 'punctuation-spacing', message: '左引号“后多了空格：引号、括号、书名号的前一半紧贴其中的文字（GB/T 15834—2011 5.1.3），请删除空格。' },
      { range: '0:30-0:31', code: 'punctuation-spacing', message: '“）”前多了空格：引号、括号、书名号的后一半紧贴其中的文字（GB/T 15834—2011 5.1.3），请删除空格。' },
    ]);
  });
  it('finds seed 000’s `政治责任 。`', () => {
    assert.deepEqual(findingsOf(seed('000_eb871b876f348fa5.txt'), 'punctuation-spacing')[0], {
      range: '0:28-0:29', code: 'punctuation-spacing', message: '标点“。”前多了空格。标点紧跟在相应文字之后（GB/T 15834—2011 5.1.1），请删除空格。',
    });
  });
});

describe('punctuation-repeated, punctuation-ellipsis, punctuation-dash', () => {
  it('reports doubled marks and removes the extra one', () => {
    const text = '坚持问题导向。。推进落实，，加强监管、、完善制度；；\n结尾。。。';
    assert.deepEqual(findingsOf(text, 'punctuation-repeated').map((f) => [f.range, f.message]), [
      ['0:6-0:8', '标点重复：“。。”应为“。”。请删除多余的标点。'],
      ['0:12-0:14', '标点重复：“，，”应为“，”。请删除多余的标点。'],
      ['0:18-0:20', '标点重复：“、、”应为“、”。请删除多余的标点。'],
      ['0:24-0:26', '标点重复：“；；”应为“；”。请删除多余的标点。'],
    ]);
    assert.deepEqual(fixedBy(text, 'punctuation-repeated'), { text: '坚持问题导向。推进落实，加强监管、完善制度；\n结尾。。。', remaining: 0 });
  });
  it('does not take a page number’s 、 for a doubled mark (seed 003 `5、、市城管局`)', () => {
    assert.deepEqual(findingsOf(seed('003_a06af7908e590dba.txt'), 'punctuation-repeated'), []);
  });
  it('reports ... 。。。 and a lone … but not …… or figures', () => {
    const text = '加强监管...完善制度。。。推进落实…强化保障……全面推进。第1...5项。';
    assert.deepEqual(findingsOf(text, 'punctuation-ellipsis').map((f) => [f.range, f.message]), [
      ['0:4-0:7', '省略号应写作“……”（GB/T 15834—2011 4.11），此处为“...”。'],
      ['0:11-0:14', '省略号应写作“……”（GB/T 15834—2011 4.11），此处为“。。。”。'],
      ['0:18-0:19', '省略号应写作“……”（GB/T 15834—2011 4.11），此处为“…”。'],
    ]);
    assert.deepEqual(fixedBy(text, 'punctuation-ellipsis'), { text: '加强监管……完善制度……推进落实……强化保障……全面推进。第1...5项。', remaining: 0 });
  });
  it('reports ―― ── –– for the dash (safe), and offers both readings for a single ― ─ –; ranges, rules and — stay', () => {
    const text = '政府工作报告\n――2026年1月26日\n过去五年──我们\n坚持–问题导向\n2021–2023年\n├────┤\n深圳—香港';
    assert.deepEqual(findingsOf(text, 'punctuation-dash').map((f) => [f.range, f.message]), [
      ['1:0-1:2', '破折号应写作“——”（GB/T 15834—2011 4.10），此处为“――”。'],
      ['2:4-2:6', '破折号应写作“——”（GB/T 15834—2011 4.10），此处为“──”。'],
      ['3:2-3:3', '“–”不是中文标点：用作破折号应写作“——”（GB/T 15834—2011 4.10），用作连接号应写作一字线“—”（GB/T 15834—2011 4.13）。'],
    ]);
    assert.deepEqual(fixedBy(text, 'punctuation-dash').text, '政府工作报告\n——2026年1月26日\n过去五年——我们\n坚持–问题导向\n2021–2023年\n├────┤\n深圳—香港');
  });
  it('reports -- for the dash (corpus anhui) but not table rules or the one-em connector', () => {
    const text = '主要目标：\n--新型基础设施建设全面推进。\n| 项目 | 金额 |\n|---|---|\n深圳—香港—广州';
    assert.deepEqual(findingsOf(text, 'punctuation-dash'), [{ range: '1:0-1:2', code: 'punctuation-dash', message: '破折号应写作“——”（GB/T 15834—2011 4.10），此处为“--”。' }]);
    assert.deepEqual(fixedBy(text, 'punctuation-dash'), { text: '主要目标：\n——新型基础设施建设全面推进。\n| 项目 | 金额 |\n|---|---|\n深圳—香港—广州', remaining: 0 });
  });
});
