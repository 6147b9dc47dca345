import { strict as assert } from 'node:assert';
import type { FrameSpec } from '../helpers/handFrame';
import { fixedWithFrame, framedFindings } from '../helpers/handFrame';

/**
 * The element rules on frames written by hand (test/helpers/frame.ts): each case names where the frame
 * puts the 发文字号, 成文日期, 主送机关… so the rules are held to their own contract whatever the frame
 * detection finds. The corpus test (elementCorpus.test.ts) runs them on the real frame.
 */

/** `[range, messageId, message, fixes]` of one rule's findings. */
function found(text: string, spec: FrameSpec, ruleId: string): [string, string | undefined, string, string[]][] {
  return framedFindings(text, spec, ruleId).map((f) => [f.range, f.messageId, f.message, f.fixes]);
}

describe('element-doc-number', () => {
  const text = [
    '示例市卫生健康委员会文件',
    '示卫发[2026]第05号',
    '关于加强工作的通知',
    '根据《通知》（国办发（2024）3号）、（劳社部发【2000】8号）和（岚综〔24〕3号）执行。',
    '依照国务院令第708号、（2021）京01民初123号判决和《规划（2021—2025年）》，见国发〔2018〕41号。',
  ].join('\n');
  const spec: FrameSpec = { elements: [['doc-number', /示卫发\S+号/]] };

  it('reports brackets, 第 and leading zeros in the document number and in cited numbers, not case or order numbers', () => {
    assert.deepEqual(found(text, spec, 'element-doc-number'), [
      ['1:3-1:9', 'bracket', '发文字号“示卫发[2026]第05号”的年份应用六角括号“〔〕”括入，不用“[]”：应写作“示卫发〔2026〕5号”（GB/T 9704—2012 7.2.5）。', ['年份改用六角括号“〔〕” [safe]: «[»→«〔»; «]»→«〕»']],
      ['1:9-1:10', 'ordinal', '发文字号“示卫发[2026]第05号”的发文顺序号前不加“第”字：应写作“示卫发〔2026〕5号”（GB/T 9704—2012 7.2.5）。', ['删去“第”字 [offered]: «第»→«»']],
      ['1:10-1:11', 'zero', '发文字号“示卫发[2026]第05号”的发文顺序号不编虚位（即1不编为01）：应写作“示卫发〔2026〕5号”（GB/T 9704—2012 7.2.5）。', ['删去序号前的“0” [offered]: «0»→«»']],
      ['3:10-3:16', 'bracket', '引用的发文字号“国办发（2024）3号”的年份应用六角括号“〔〕”括入，不用“（）”：应写作“国办发〔2024〕3号”（GB/T 9704—2012 7.2.5）。', ['年份改用六角括号“〔〕” [safe]: «（»→«〔»; «）»→«〕»']],
      ['3:25-3:31', 'bracket', '引用的发文字号“劳社部发【2000】8号”的年份应用六角括号“〔〕”括入，不用“【】”：应写作“劳社部发〔2000〕8号”（GB/T 9704—2012 7.2.5）。', ['年份改用六角括号“〔〕” [safe]: «【»→«〔»; «】»→«〕»']],
      ['3:39-3:41', 'shortYear', '引用的发文字号“岚综〔24〕3号”的年份应标全称（四位数字）：应写作“岚综〔2024〕3号”（GB/T 9704—2012 7.2.5）。', ['年份改为“2024” [offered]: «»→«20»']],
    ]);
  });

  it('fix-all changes the brackets only; with the offered fixes the numbers converge to the standard form', () => {
    assert.deepEqual(fixedWithFrame(text, spec, 'element-doc-number', 'safe').text.split('\n').slice(1, 4), [
      '示卫发〔2026〕第05号',
      '关于加强工作的通知',
      '根据《通知》（国办发〔2024〕3号）、（劳社部发〔2000〕8号）和（岚综〔24〕3号）执行。',
    ]);
    const all = fixedWithFrame(text, spec, 'element-doc-number');
    assert.deepEqual(all.remaining, []);
    assert.deepEqual(all.text.split('\n').slice(1, 4), ['示卫发〔2026〕5号', '关于加强工作的通知', '根据《通知》（国办发〔2024〕3号）、（劳社部发〔2000〕8号）和（岚综〔2024〕3号）执行。']);
  });

  it('reports a document number of no known form, and is silent on a correct one', () => {
    assert.deepEqual(found('示卫发2026第5号\n正文。', { elements: [['doc-number', '示卫发2026第5号']] }, 'element-doc-number'), [
      ['0:0-0:10', 'malformed', '发文字号“示卫发2026第5号”写法不完整：应由发文机关代字、年份和发文顺序号组成，年份用六角括号括入，序号后加“号”字，如“国办发〔2024〕3号”（GB/T 9704—2012 7.2.5）。', []],
    ]);
    assert.deepEqual(found(' 发改办财金规〔2019〕860号 \n正文。', { elements: [['doc-number', ' 发改办财金规〔2019〕860号 ']] }, 'element-doc-number'), []);
    assert.deepEqual(found('（××××）最高法行决×号', { elements: [['doc-number', '（××××）最高法行决×号']] }, 'element-doc-number'), []);
    // An order (令) is numbered by 第N号.
    assert.deepEqual(found('广东省人民政府令\n（第290号）', { elements: [['doc-number', '（第290号）']] }, 'element-doc-number'), []);
  });

  it('leaves numbers in the chrome around the document alone', () => {
    const page = '文号: 岚综[2020]5号\n正文引用岚综[2020]6号。';
    assert.deepEqual(found(page, { residue: ['文号: 岚综[2020]5号\n'] }, 'element-doc-number').map((f) => f[0]), ['1:6-1:12']);
  });
});

describe('element-date', () => {
  it('reports a 成文日期 and a 印发日期 with leading zeros; the safe fix removes the zeros only', () => {
    const text = '示例市卫生健康委员会\n2026年08月01日\n抄送：市财政局。\n示例市卫生健康委员会办公室  2026年08月1日印发\n';
    const spec: FrameSpec = { date: /^2026年0?8月0?1日$/m, elements: [['print-line', /示例市卫生健康委员会办公室.*印发/]] };
    assert.deepEqual(found(text, spec, 'element-date'), [
      ['1:0-1:11', 'padded', '成文日期“2026年08月01日”的月、日不编虚位（即1不编为01）：应写作“2026年8月1日”（GB/T 9704—2012 7.3.5.4）。', ['改为“2026年8月1日” [safe]: «0»→«»; «0»→«»']],
      ['3:15-3:25', 'padded', '印发日期“2026年08月1日”的月、日不编虚位（即1不编为01）：应写作“2026年8月1日”，与成文日期写法相同。', ['改为“2026年8月1日” [safe]: «0»→«»']],
    ]);
    assert.deepEqual(fixedWithFrame(text, spec, 'element-date', 'safe'), {
      text: '示例市卫生健康委员会\n2026年8月1日\n抄送：市财政局。\n示例市卫生健康委员会办公室  2026年8月1日印发\n',
      remaining: [],
    });
  });

  it('reports Chinese numerals (after GB/T 9704—2012 took effect) and numeric forms, with the standard form offered', () => {
    assert.deepEqual(found('国家电网有限公司\n二〇二二年九月二十三日', { date: '二〇二二年九月二十三日' }, 'element-date'), [
      ['1:0-1:11', 'chinese', '成文日期“二〇二二年九月二十三日”应用阿拉伯数字将年、月、日标全：应写作“2022年9月23日”（GB/T 9704—2012 7.3.5.4）。', ['改为“2022年9月23日” [offered]: «二〇二二年九月二十三日»→«2022年9月23日»']],
    ]);
    assert.deepEqual(found('某局\n2024.1.5', { date: '2024.1.5' }, 'element-date'), [
      ['1:0-1:8', 'numeric', '成文日期“2024.1.5”不用数字加分隔符的简写，应用阿拉伯数字将年、月、日标全：应写作“2024年1月5日”（GB/T 9704—2012 7.3.5.4）。', ['改为“2024年1月5日” [offered]: «2024.1.5»→«2024年1月5日»']],
    ]);
    assert.deepEqual(fixedWithFrame('某局\n2024.1.5', { date: /2024\S+/ }, 'element-date'), { text: '某局\n2024年1月5日', remaining: [] });
    // Before 2012-07-01 an administrative document was dated in Chinese numerals (GB/T 9704—1999).
    assert.deepEqual(found('某部\n二〇〇八年一月三日', { date: '二〇〇八年一月三日' }, 'element-date'), []);
  });

  it('reports a second style: dates padded with zeros beside a 成文日期 written without', () => {
    const text = '会议定于2024年03月05日召开，5月1日前报送。\n某局\n2024年2月1日';
    assert.deepEqual(found(text, { date: '2024年2月1日' }, 'element-date'), [
      ['0:4-0:15', 'mixed', '日期“2024年03月05日”与成文日期“2024年2月1日”写法不一致：月、日不编虚位，应写作“2024年3月5日”。', ['改为“2024年3月5日” [safe]: «0»→«»; «0»→«»']],
    ]);
  });

  it('is silent on standard dates and without a 成文日期', () => {
    assert.deepEqual(found('会议于2024年3月5日召开。\n某局\n2024年2月1日', { date: '2024年2月1日' }, 'element-date'), []);
    assert.deepEqual(found('会议于2024年03月05日召开。', {}, 'element-date'), []);
  });
});

describe('element-title', () => {
  const title = (t: string) => found(`${t}\n正文。`, { title: t }, 'element-title');

  it('reports punctuation in a title; a full stop at its end is removed safely', () => {
    assert.deepEqual(title('关于加强安全生产，做好防汛工作的通知。'), [
      ['0:8-0:9', 'punctuation', '公文标题中不用“，”：标题由发文机关名称、事由和文种组成，除书名号及名称中的引号、括号、顿号外，一般不用标点符号。', []],
      ['0:18-0:19', 'punctuation', '公文标题中不用“。”：标题由发文机关名称、事由和文种组成，除书名号及名称中的引号、括号、顿号外，一般不用标点符号。', ['删去标题末尾的“。” [safe]: «。»→«»']],
    ]);
    assert.deepEqual(fixedWithFrame('关于印发方案的通知。\n正文。', { title: /^关于.*/ }, 'element-title', 'safe'), { text: '关于印发方案的通知\n正文。', remaining: [] });
  });

  it('reports urgency marks, 关于对 and request verbs the document type repeats', () => {
    assert.deepEqual(title('特急：关于对防汛问题的批复'), [
      ['0:0-0:2', 'urgency', '公文标题中不写“特急”：紧急程度是单独的公文要素，在版头标注“特急”或“加急”（《党政机关公文处理工作条例》第九条），标题中删去。', ['删去“特急” [offered]: «特急»→«»']],
      ['0:2-0:3', 'punctuation', '公文标题中不用“：”：标题由发文机关名称、事由和文种组成，除书名号及名称中的引号、括号、顿号外，一般不用标点符号。', []],
      ['0:3-0:6', 'dui', '公文标题不写“关于对”：“关于”已引出事由，删去“对”字（如“关于××问题的批复”）。', ['删去“对”字 [offered]: «对»→«»']],
    ]);
    assert.deepEqual(title('某区人民政府关于请求拨付救灾资金的请示').map((f) => [f[0], f[2], f[3]]), [
      ['0:8-0:10', '公文标题“关于请求……的请示”语义重复：文种“请示”已含“请求”之意，删去“请求”。', ['删去“请求” [offered]: «请求»→«»']],
    ]);
    assert.deepEqual(title('关于上报2024年工作总结的报告').map((f) => f[1]), ['doubled']);
    assert.deepEqual(title('关于做好防汛工作的紧急通知').map((f) => [f[0], f[2]]), [
      ['0:9-0:11', '标题中的“紧急通知”：紧急程度一般在版头标注“特急”或“加急”（《党政机关公文处理工作条例》第九条），标题可写作“……的通知”。'],
    ]);
    assert.deepEqual(fixedWithFrame('特急：关于对防汛问题的批复\n正文。', { title: /^.*批复/ }, 'element-title').remaining, [
      '公文标题中不用“：”：标题由发文机关名称、事由和文种组成，除书名号及名称中的引号、括号、顿号外，一般不用标点符号。',
    ]);
  });

  it('is silent on book-title marks, quotes, brackets, 顿号, dashes and urgent subjects', () => {
    assert.deepEqual(title('关于印发《“十四五”生态环境保护规划（2021—2025年）》的通知'), []);
    assert.deepEqual(title('关于开展蓝天、碧水、净土保卫战的实施意见'), []);
    assert.deepEqual(title('关于做好紧急救援和PM2.5防治工作的通知'), []);
    assert.deepEqual(title('关于申请设立示范区的请示'), []);
  });
});

describe('element-addressee', () => {
  const addressee = (a: string) => found(`${a}\n正文。`, { elements: [['addressee', a]] }, 'element-addressee');

  it('reports a missing, half-width or wrong mark after the last addressee', () => {
    assert.deepEqual(addressee('各区卫生健康局'), [
      ['0:0-0:7', 'missingColon', '主送机关“各区卫生健康局”后应标全角冒号“：”（GB/T 9704—2012 7.3.2）。', ['末尾加全角冒号“：” [offered]: «»→«：»']],
    ]);
    assert.deepEqual(addressee('各区卫生健康局:'), [
      ['0:7-0:8', 'halfWidthColon', '主送机关后的冒号应为全角“：”，不用半角“:”（GB/T 9704—2012 7.3.2）。', ['改为全角冒号“：” [safe]: «:»→«：»']],
    ]);
    assert.deepEqual(addressee('各处室；各办事处，'), [
      ['0:8-0:9', 'wrongEnd', '主送机关后应标全角冒号“：”，不用“，”（GB/T 9704—2012 7.3.2）。', ['改为全角冒号“：” [offered]: «，»→«：»']],
      ['0:3-0:4', 'separator', '主送机关之间不用“；”分隔：同类机关之间用顿号“、”，不同类机关之间用逗号“，”。', ['改为逗号“，” [offered]: «；»→«，»']],
    ].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
    assert.deepEqual(addressee('各区人民政府 市直各部门：').map((f) => [f[0], f[1]]), [['0:6-0:7', 'space']]);
    assert.deepEqual(fixedWithFrame('各区卫生健康局:\n正文。', { elements: [['addressee', /^各区卫生健康局./]] }, 'element-addressee', 'safe'), { text: '各区卫生健康局：\n正文。', remaining: [] });
  });

  it('is silent on a correct list of addressees over several lines', () => {
    assert.deepEqual(addressee('各省、自治区、直辖市人民政府，\n国务院各部委、各直属机构：'), []);
    assert.deepEqual(addressee('各省、自治区、直辖市劳动和社会保障厅（局）：'), []);
  });

  const marks = (a: string) => addressee(a).map((f) => [f[0], f[1]]);

  it('reports 、 between addressees of two kinds: a government, a 党委, departments, enterprises', () => {
    assert.deepEqual(addressee('各省、自治区、直辖市人民政府、国务院各部委、各直属机构：'), [
      ['0:14-0:15', 'betweenKinds', '“各省、自治区、直辖市人民政府”是人民政府，“国务院各部委”是部门，不同类的主送机关之间用逗号“，”，不用顿号“、”。', ['改为逗号“，” [offered]: «、»→«，»']],
    ]);
    assert.deepEqual(marks('各县（市、区）人民政府、市直有关部门：'), [['0:11-0:12', 'betweenKinds']]);
    assert.deepEqual(marks('各乡镇党委、县直各部门：'), [['0:5-0:6', 'betweenKinds']]);
    assert.deepEqual(marks('市直各部门、各国有企业：'), [['0:5-0:6', 'betweenKinds']]);
    assert.deepEqual(marks('各区卫生健康局、各区人民政府：'), [['0:7-0:8', 'betweenKinds']]);
  });

  it('reports ， between departments of one government named with its level', () => {
    assert.deepEqual(addressee('市发展改革委，市财政局，市教育局：'), [
      ['0:6-0:7', 'withinKind', '“市发展改革委”和“市财政局”同为市级部门，同类的主送机关之间用顿号“、”，不用逗号“，”。', ['改为顿号“、” [offered]: «，»→«、»']],
      ['0:11-0:12', 'withinKind', '“市财政局”和“市教育局”同为市级部门，同类的主送机关之间用顿号“、”，不用逗号“，”。', ['改为顿号“、” [offered]: «，»→«、»']],
    ]);
    assert.deepEqual(marks('省财政厅，省教育厅，各市人民政府：'), [['0:4-0:5', 'withinKind']]);
  });

  it('is silent where the kinds are right or not clear', () => {
    for (const a of [
      // The region words share one head; the 党委 and the 政府 of one place go together.
      '各省、自治区、直辖市党委和人民政府，中央和国家机关各部委，解放军各大单位和武警部队、中央军委机关各部门，各人民团体：',
      '各乡镇党委、政府，县直各单位：', '市委、市政府各部门：', '各区委、区政府，市委各部委，市级国家机关各部门，各人民团体：',
      // A department sharing the owner before it; names of no clear kind.
      '各市、县（市、区）人民政府、教育局：', '各乡镇人民政府、街道办事处，县直各部门：', '各县（市、区）人民政府、开发区管委会，市直各部门：',
      '各处室、各办事处，各村委会：', '市直有关部门、单位：', '各区人民政府，市政府各委、办、局：',
      // ， between kinds, or between departments of no one level: another government's, a ministry's office, 两办.
      '各市人民政府，省政府各部门，各直属机构：', '省能源局，国铁济南局集团、山东港口集团：', '市财政局，市税务局：',
      '市纪委监委，市委办公室，市政府办公室：', '区法院，区检察院：', '市发展改革委、市财政局、市市场监管局：',
    ]) assert.deepEqual(addressee(a), [], a);
  });
});

describe('element-attachment-list', () => {
  it('reports punctuation after a title; the fix is safe', () => {
    const text = '正文。\n附件：1.示范点名单\n2.经费测算表。\n某局';
    const spec: FrameSpec = { attachmentList: [[/附件：1.示范点名单/, '示范点名单'], [/2.经费测算表/, '经费测算表']] };
    assert.deepEqual(found(text, spec, 'element-attachment-list'), [
      ['2:7-2:8', 'trailing', '附件名称“经费测算表”后不加标点符号，删去“。”（GB/T 9704—2012 7.3.4）。', ['删去“。” [safe]: «。»→«»']],
    ]);
    assert.deepEqual(fixedWithFrame(text, spec, 'element-attachment-list', 'safe'), { text: '正文。\n附件：1.示范点名单\n2.经费测算表\n某局', remaining: [] });
  });

  it('reports a single numbered attachment, an unnumbered one among several and numbers out of order', () => {
    assert.deepEqual(found('附件：1.示范点名单\n某局', { attachmentList: [['附件：1.示范点名单', '示范点名单']] }, 'element-attachment-list'), [
      ['0:3-0:5', 'single', '只有一个附件时不编顺序号：写作“附件：示范点名单”。', ['删去顺序号 [offered]: «1.»→«»']],
    ]);
    const text = '附件：1.名单\n经费表\n4.方案';
    assert.deepEqual(found(text, { attachmentList: [['附件：1.名单', '名单'], ['经费表', '经费表'], ['4.方案', '方案']] }, 'element-attachment-list'), [
      ['1:0-1:3', 'unnumbered', '有多个附件时，应使用阿拉伯数字标注附件顺序号，如“2.经费表”（GB/T 9704—2012 7.3.4）。', []],
      ['2:0-2:2', 'sequence', '附件说明的顺序号不连续：此处应为“3.”，实为“4”。', ['改为“3.” [offered]: «4.»→«3.»']],
    ]);
  });

  it('is silent on a correct list', () => {
    assert.deepEqual(found('附件：1.名单\n2.方案（征求意见稿）', { attachmentList: [['附件：1.名单', '名单'], ['2.方案（征求意见稿）', '方案（征求意见稿）']] }, 'element-attachment-list'), []);
    assert.deepEqual(found('附件：外卖骑手实施方案', { attachmentList: [['附件：外卖骑手实施方案', '外卖骑手实施方案']] }, 'element-attachment-list'), []);
  });
});

describe('element-attachment-match', () => {
  // Three attachments listed; the second renamed in its part, the third missing, a fourth not listed.
  const text = [
    '各单位：', '现将有关材料印发给你们。', '附件：1.示范点名单', '2.经费测算表', '3.工作进度表', '某局', '2026年8月1日',
    '附件1', '示范点名单', '名单内容。',
    '附件2', '经费预算表', '表格内容。',
    '附件4', '联系人名单', '联系人。',
  ].join('\n');
  const spec: FrameSpec = {
    attachmentList: [['附件：1.示范点名单', '示范点名单'], ['2.经费测算表', '经费测算表'], ['3.工作进度表', '工作进度表']],
    attachments: [['附件1', '示范点名单'], ['附件2', '经费预算表'], ['附件4', '联系人名单']],
  };

  it('reports the renamed, the missing and the unlisted attachment', () => {
    assert.deepEqual(found(text, spec, 'element-attachment-match'), [
      ['4:2-4:7', 'absent', '附件说明列有附件3“工作进度表”，但文中没有附件3：补上该附件，或从附件说明中删去（GB/T 9704—2012 7.3.7）。', []],
      ['11:0-11:5', 'mismatch', '附件2的标题“经费预算表”与附件说明中的“经费测算表”不一致：附件顺序号和附件标题应当与附件说明的表述一致（GB/T 9704—2012 7.3.7）。', [
        '附件标题改为“经费测算表” [offered]: «经费预算表»→«经费测算表»', '附件说明改为“经费预算表” [offered]: «经费测算表»→«经费预算表»',
      ]],
      ['13:0-13:3', 'unlisted', '附件4“联系人名单”未列入附件说明：在正文后的“附件：”中补列“4.联系人名单”（GB/T 9704—2012 7.3.4）。', []],
    ]);
  });

  it('converges once the titles agree and the list matches the parts', () => {
    const fixed = fixedWithFrame(text, { ...spec, attachments: [['附件1', '示范点名单'], ['附件2', /经费\S+表/], ['附件4', '联系人名单']] }, 'element-attachment-match');
    assert.equal(fixed.text.split('\n')[11], '经费测算表');
    assert.equal(fixed.remaining.length, 2);
  });

  it('reports a number used twice among the parts (附件5 twice, 附件6 missing)', () => {
    const parts = '附件4申请表 内容。附件5核销明细表 内容。附件5承诺书 内容。附件7补助申请表 内容。';
    const partSpec: FrameSpec = { attachments: [['附件4', '申请表'], ['附件5', '核销明细表'], ['附件5', '承诺书'], ['附件7', '补助申请表']] };
    assert.deepEqual(found(parts, partSpec, 'element-attachment-match'), [
      ['0:0-0:3', 'gap', '附件序号不连续：附件0之后是附件4，缺少附件1至附件3。', []],
      ['0:22-0:25', 'duplicate', '附件序号重复：前面已有附件5，此处按顺序应为附件6。请核对附件序号及正文、附件说明中的引用。', []],
    ]);
  });

  it('takes notes in brackets after a title (draft status, what a form is for) as the same title, not a changed figure', () => {
    const text = '附件：1.决定书（最高人民法院审查用）\n2.工作方案(2021-2025年)\n附件1\n决定书\n附件2\n工作方案(2021一2025年)(送审稿)';
    const spec2: FrameSpec = {
      attachmentList: [['附件：1.决定书（最高人民法院审查用）', '决定书（最高人民法院审查用）'], ['2.工作方案(2021-2025年)', '工作方案(2021-2025年)']],
      attachments: [[/^附件1$/m, /^决定书$/m], [/^附件2$/m, '工作方案(2021一2025年)(送审稿)']],
    };
    assert.deepEqual(found(text, spec2, 'element-attachment-match').map((f) => [f[0], f[1]]), [['5:0-5:21', 'mismatch']]);
  });

  it('takes a document enclosed after the 落款 as the attachment only when no part is labelled', () => {
    const oneLine = '附件:工作方案(2021-2025年)某局2021年7月23日工作方案(2021一2025年)(送审稿)一、总体要求';
    assert.deepEqual(found(oneLine, { attachmentList: [['附件:工作方案(2021-2025年)', '工作方案(2021-2025年)']], enclosed: '工作方案(2021一2025年)(送审稿)' }, 'element-attachment-match').map((f) => f[1]), ['mismatch']);
    // 包头: the notice encloses its 考评办法; the 附件说明 lists the 考评指标, labelled 附件.
    const notice = '附件：\n考评指标\n某局\n2022年4月14日\n考评办法\n一、考评对象\n附件\n考评指标';
    assert.deepEqual(found(notice, { attachmentList: [[/^考评指标$/m, '考评指标']], enclosed: '考评办法', attachments: [[/^附件$/m, /^考评指标$/m]] }, 'element-attachment-match'), []);
  });

  it('is silent when list and parts agree, and when the attachments are not in the text', () => {
    const ok = '附件：1.名单\n2.方案\n附件1\n名单\n附件2\n方案';
    assert.deepEqual(found(ok, { attachmentList: [['附件：1.名单', '名单'], ['2.方案', '方案']], attachments: [['附件1', '名单'], ['附件2', '方案']] }, 'element-attachment-match'), []);
    assert.deepEqual(found('附件：1.名单\n2.方案', { attachmentList: [['附件：1.名单', '名单'], ['2.方案', '方案']] }, 'element-attachment-match'), []);
    assert.deepEqual(found('附件：名单\n附件\n名单', { attachmentList: [['附件：名单', '名单']], attachments: [[/^附件$/m, /^名单$/m]] }, 'element-attachment-match'), []);
  });
});

describe('element-attachment-reference', () => {
  const parts: FrameSpec = { attachments: [[/^附件1$/m, '名单'], [/^附件2$/m, '方案']] };

  it('reports references to attachments that do not exist', () => {
    const text = '详见附件3，材料见（附件2）和附件1至3。\n附件1\n名单\n附件2\n方案';
    assert.deepEqual(found(text, parts, 'element-attachment-reference'), [
      ['0:2-0:5', 'missing', '文中提到附件3，但文中附件里没有附件3（现有附件：附件1、附件2）。请核对附件序号。', []],
      ['0:15-0:20', 'missing', '文中提到附件3，但文中附件里没有附件3（现有附件：附件1、附件2）。请核对附件序号。', []],
    ]);
  });

  it('reports a reference when the document has neither an attachment list nor attachments', () => {
    assert.deepEqual(found('具体标准详见附件。', {}, 'element-attachment-reference'), [
      ['0:4-0:8', 'none', '文中提到“详见附件”，但文中既没有附件说明，也没有附件。请补上附件说明（“附件：××××”）或删去这一引用。', []],
    ]);
  });

  it('is silent on references that resolve, to the list when the parts are not in the text', () => {
    assert.deepEqual(found('材料见附件2、附件1。\n附件1\n名单\n附件2\n方案', parts, 'element-attachment-reference'), []);
    assert.deepEqual(found('见附件2。\n附件：1.名单\n2.方案', { attachmentList: [['附件：1.名单', '名单'], ['2.方案', '方案']] }, 'element-attachment-reference'), []);
    assert.deepEqual(found('详见附件。\n附件：名单', { attachmentList: [['附件：名单', '名单']] }, 'element-attachment-reference'), []);
  });
});

describe('element-imprint', () => {
  it('reports a 抄送 line without its full stop or with a half-width colon; the fixes are safe', () => {
    const text = '抄送:市财政局，市医保局\n示例市卫生健康委员会办公室  2026年8月1日印发';
    const spec: FrameSpec = { elements: [['copy-to', /抄送.*/], ['print-line', /示例.*印发/]] };
    assert.deepEqual(found(text, spec, 'element-imprint'), [
      ['0:0-0:3', 'copyColon', '“抄送”后应加全角冒号“：”（GB/T 9704—2012 7.4.2）。', ['改为“抄送：” [safe]: «:»→«：»']],
      ['0:3-0:12', 'copyEnd', '抄送机关“市财政局，市医保局”的最后一个名称后应标句号“。”（GB/T 9704—2012 7.4.2）。', ['末尾加句号“。” [safe]: «»→«。»']],
    ]);
    assert.deepEqual(fixedWithFrame(text, spec, 'element-imprint', 'safe'), { text: '抄送：市财政局，市医保局。\n示例市卫生健康委员会办公室  2026年8月1日印发', remaining: [] });
    assert.deepEqual(found('抄送：市财政局，', { elements: [['copy-to', '抄送：市财政局，']] }, 'element-imprint').map((f) => [f[0], f[1], f[3]]), [
      ['0:7-0:8', 'copyWrongEnd', ['改为句号“。” [safe]: «，»→«。»']],
    ]);
  });

  it('reports a printing line without office, date or 印发', () => {
    const line = (l: string) => found(l, { elements: [['print-line', l]] }, 'element-imprint').map((f) => [f[0], f[2]]);
    assert.deepEqual(line('示例市卫生健康委员会办公室印发'), [['0:0-0:15', '印发行“示例市卫生健康委员会办公室印发”缺少印发日期：写作“印发机关　2024年1月5日印发”（GB/T 9704—2012 7.4.3）。']]);
    assert.deepEqual(line('2026年8月1日印发'), [['0:0-0:11', '印发行“2026年8月1日印发”缺少印发机关：写作“印发机关　2024年1月5日印发”（GB/T 9704—2012 7.4.3）。']]);
    assert.deepEqual(line('某局办公室 2026年8月1日'), [['0:6-0:15', '印发行“某局办公室 2026年8月1日”的印发日期后应加“印发”二字（翻印的文件为“翻印”）（GB/T 9704—2012 7.4.3）。']]);
  });

  it('is silent on a correct imprint and on a reprint line', () => {
    const text = '抄送：市财政局，市医保局。\n示例市卫生健康委员会办公室　　2026年8月1日印发';
    assert.deepEqual(found(text, { elements: [['copy-to', /抄送.*/], ['print-line', /示例.*印发/]] }, 'element-imprint'), []);
    assert.deepEqual(found('中共山东省委办公厅2020年12月22日翻印', { elements: [['print-line', /.*翻印/]] }, 'element-imprint'), []);
  });
});
