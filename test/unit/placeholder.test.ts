import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/core/engine/analyze';
import type { AnalysisConfig } from '../../server/src/core/config/config';
import { DEFAULT_CONFIG } from '../../server/src/core/config/config';
import { RULES } from '../../server/src/core/rules/index';
import { spanText } from '../helpers/snapshots';
import { placeholderHover } from '../../server/src/service/hover';
import { fillSpan, placeholders as placeholderItems } from '../../server/src/service/placeholders';

/** Placeholder findings as [code, `l:c-l:c` (LSP, UTF-16), text as written]. */
function placeholders(text: string, config: AnalysisConfig = DEFAULT_CONFIG): [string, string, string][] {
  const result = analyzeText(text, config);
  assert.deepEqual(result.failures, []);
  return result.findings.filter((f) => f.ruleId.startsWith('placeholder-')).map((f) => {
    return [f.ruleId, spanText(result.document.lines, f.start, f.end), text.slice(f.start, f.end)];
  });
}

function messages(text: string): string[] {
  return analyzeText(text).findings.filter((f) => f.ruleId.startsWith('placeholder-')).map((f) => f.message);
}

/** Placeholder findings as [messageId, data.expected]: what the rule says goes there. */
function expectations(text: string): [string | undefined, unknown][] {
  return analyzeText(text).findings.filter((f) => f.ruleId.startsWith('placeholder-')).map((f) => [f.messageId, f.data?.expected]);
}

describe('placeholder rules: registry', () => {
  it('registers one rule per kind, each a warning by default, with a Chinese kind name, what goes there and how it is filled in data', () => {
    const ids = RULES.filter((r) => r.category === 'placeholder').map((r) => r.id);
    assert.deepEqual(ids, [
      'placeholder-marker', 'placeholder-cross', 'placeholder-letter', 'placeholder-year', 'placeholder-symbol',
      'placeholder-underscore', 'placeholder-omission', 'placeholder-editorial', 'placeholder-missing-figure',
      'placeholder-instruction', 'placeholder-masked',
    ]);
    assert.ok(RULES.filter((r) => r.category === 'placeholder').every((r) => r.defaultSeverity === 'warning' && !r.fixable));
    const text = '[X]×县XX公司202x年○○、美丽 * 、深入贯彻_思想，……略……（待补充）保持%。[事项名称]，电话1381234XXXX。';
    const kinds = analyzeText(text).findings.map((f) => [f.ruleId, f.messageId, f.data?.kind, f.data?.expected, f.data?.fill]);
    assert.deepEqual(kinds, [
      ['placeholder-marker', 'content', '方括号占位符', 'content', 'replace'], ['placeholder-cross', 'name', '叉号占位符', 'name', 'replace'],
      ['placeholder-letter', 'name', '字母占位符', 'name', 'replace'], ['placeholder-year', 'open', '年份占位符', 'year', 'replace'],
      ['placeholder-symbol', 'content', '符号占位符', 'content', 'replace'], ['placeholder-symbol', 'content', '符号占位符', 'content', 'replace'],
      ['placeholder-underscore', 'content', '下划线占位符', 'content', 'replace'], ['placeholder-omission', 'omitted', '省略标记', 'omitted', 'replace'],
      ['placeholder-editorial', 'note', '编辑标记', 'note', 'replace'], ['placeholder-missing-figure', 'figure', '缺失数字', 'number', 'insert'],
      ['placeholder-instruction', 'instruction', '填写说明', 'instructed', 'replace'], ['placeholder-masked', 'digits', '遮盖的号码', 'digits', 'replace'],
    ]);
  });
});

describe('placeholder-marker', () => {
  it('finds [X] 【X】 [ ] 【 】 ［××］ and says a figure is missing before %', () => {
    assert.deepEqual(placeholders('优良天数比例保持在[X]%以上'), [['placeholder-marker', '0:9-0:12', '[X]']]);
    assert.deepEqual(messages('保持在[X]%以上'), ['方括号占位符“[X]”：此处缺少数字，请填写实际数值。']);
    assert.deepEqual(placeholders('【X】县\n[ ]与【 】及［××］'), [
      ['placeholder-marker', '0:0-0:3', '【X】'], ['placeholder-marker', '1:0-1:3', '[ ]'],
      ['placeholder-marker', '1:4-1:7', '【 】'], ['placeholder-marker', '1:8-1:12', '［××］'],
    ]);
    assert.deepEqual(messages('【X】县'), ['方括号占位符“【X】”：此处缺少名称，请填写实际名称。']);
  });
  it('leaves brackets with real content and Markdown task boxes alone', () => {
    assert.deepEqual(placeholders('劳社部发[2008]3号、示卫发[2026]第05号、【字号：加大】、〔2021〕\n- [ ] 任务\n* [x] 已完成'), []);
  });
  it('counts UTF-16 code units on a line with an emoji (seed 002’s 👉)', () => {
    assert.deepEqual(placeholders('标题\n请点击👉 [X] 处'), [['placeholder-marker', '1:6-1:9', '[X]']]);
  });
});

describe('placeholder-cross', () => {
  it('finds × and ×× standing for figures and names, one finding per run', () => {
    assert.deepEqual(placeholders('×县、×%、×月×日，××××年××月××日'), [
      ['placeholder-cross', '0:0-0:1', '×'], ['placeholder-cross', '0:3-0:4', '×'], ['placeholder-cross', '0:6-0:7', '×'],
      ['placeholder-cross', '0:8-0:9', '×'], ['placeholder-cross', '0:11-0:15', '××××'], ['placeholder-cross', '0:16-0:18', '××'],
      ['placeholder-cross', '0:19-0:21', '××'],
    ]);
    assert.deepEqual(expectations('×县、×%、新×的'), [['name', 'name'], ['number', 'number'], ['content', 'content']]);
    assert.deepEqual(messages('×县、×%、新×的'), [
      '叉号占位符“×”：此处缺少名称，请填写实际名称。', '叉号占位符“×”：此处缺少数字，请填写实际数值。', '叉号占位符“×”：此处内容未填写，请填写实际内容。',
    ]);
    assert.deepEqual(placeholders('推进PM×与臭氧治理，三年行动(×-2021年)'), [['placeholder-cross', '0:4-0:5', '×'], ['placeholder-cross', '0:16-0:17', '×']]);
  });
  it('reads 大地 as a name and 县市 as a count', () => {
    assert.deepEqual(expectations('在×大地落地生根，全市×县市创建'), [['name', 'name'], ['number', 'number']]);
  });
  it('never flags arithmetic, dimensions, a formula or the slogan 数据要素×', () => {
    assert.deepEqual(placeholders('3×4，“4×4”现代化产业体系，7×24小时，长×宽×高，a×b\n月平均工资=月收入÷（月计薪天数×8小时）\n深入实施“数据要素×”行动'), []);
  });
  it('reports the form blanks of a legal template (they are placeholders in a form)', () => {
    assert.deepEqual(placeholders('（××××）最高法行决×号\n审判长×××'), [
      ['placeholder-cross', '0:1-0:5', '××××'], ['placeholder-cross', '0:11-0:12', '×'], ['placeholder-cross', '1:3-1:6', '×××'],
    ]);
  });
});

describe('placeholder-letter', () => {
  it('finds X XX xx XXX standing in Chinese text', () => {
    assert.deepEqual(placeholders('美丽XX建设，XX公司，党的xx全会，XXX同志，x县'), [
      ['placeholder-letter', '0:2-0:4', 'XX'], ['placeholder-letter', '0:7-0:9', 'XX'], ['placeholder-letter', '0:14-0:16', 'xx'],
      ['placeholder-letter', '0:19-0:22', 'XXX'], ['placeholder-letter', '0:25-0:26', 'x'],
    ]);
    assert.deepEqual(messages('XX公司'), ['字母占位符“XX”：此处缺少名称，请填写实际名称。']);
  });
  it('never flags Latin words, abbreviations, Roman numerals, X射线 or formulas', () => {
    assert.deepEqual(placeholders('X射线、X光检查、Ⅲ类、IV类、PM2.5、EOD模式、I/M制度、“555X”产业格局、“1+N+X”政策体系、Excel表格、3 x 4'), []);
  });
  it('does not flag the X inside a bracketed marker twice', () => {
    assert.deepEqual(placeholders('【X】'), [['placeholder-marker', '0:0-0:3', '【X】']]);
  });
});

describe('placeholder-year', () => {
  it('finds 202x 20XX 20×× 19xx', () => {
    assert.deepEqual(placeholders('总结202x年工作，20XX年、20××年、19xx年'), [
      ['placeholder-year', '0:2-0:6', '202x'], ['placeholder-year', '0:10-0:14', '20XX'], ['placeholder-year', '0:16-0:20', '20××'],
      ['placeholder-year', '0:22-0:26', '19xx'],
    ]);
    assert.deepEqual(messages('202x年'), ['年份占位符“202x”：年份未写全，请填写实际年份。']);
  });
  it('leaves whole years and longer numbers alone', () => {
    assert.deepEqual(placeholders('2021年、2025x2、A2020X、12020x'), []);
  });
});

describe('placeholder-symbol', () => {
  it('finds ○○ △△ □□ and a lone * standing for a name', () => {
    assert.deepEqual(placeholders('为建设美丽 * 、实现振兴，○○县、△△、□□'), [
      ['placeholder-symbol', '0:6-0:7', '*'], ['placeholder-symbol', '0:14-0:16', '○○'], ['placeholder-symbol', '0:18-0:20', '△△'],
      ['placeholder-symbol', '0:21-0:23', '□□'],
    ]);
  });
  it('never flags ○ as zero, tick boxes, Markdown emphasis, list bullets or arithmetic', () => {
    assert.deepEqual(placeholders('二○三五年、二○○八年，□是 □否\n* 列表项\n**重点**工作，3*4，注*'), []);
  });
});

describe('placeholder-underscore', () => {
  it('finds _ and ___ next to Chinese characters', () => {
    assert.deepEqual(placeholders('深入贯彻_生态文明思想，强化移动源_。填写___。'), [
      ['placeholder-underscore', '0:4-0:5', '_'], ['placeholder-underscore', '0:17-0:18', '_'], ['placeholder-underscore', '0:21-0:24', '___'],
    ]);
  });
  it('never flags Latin identifiers or Markdown __strong__', () => {
    assert.deepEqual(placeholders('PM_2.5浓度，file_name，__重点__工作'), []);
  });
});

describe('placeholder-omission', () => {
  it('finds ……略…… （略） [略] and an ellipsis that cuts a sentence', () => {
    assert.deepEqual(placeholders('推进生态文 ……略…… 坚持共谋，（略）、[略]\n(一)完善责任 ……\n再审申请人：×××，……。\n请求……（简要列明请求和理由）'), [
      ['placeholder-omission', '0:6-0:11', '……略……'], ['placeholder-omission', '0:17-0:20', '（略）'], ['placeholder-omission', '0:21-0:24', '[略]'],
      ['placeholder-omission', '1:8-1:10', '……'], ['placeholder-cross', '2:6-2:9', '×××'], ['placeholder-omission', '2:10-2:12', '……'],
      ['placeholder-omission', '3:2-3:4', '……'], ['placeholder-instruction', '3:4-3:15', '（简要列明请求和理由）'],
    ]);
    assert.deepEqual(messages('(一)完善责任 ……'), ['省略标记“……”：省略号截断了句子，此处内容尚未写完，请补全。']);
    assert.deepEqual(messages('……略……'), ['省略标记“……略……”：此处有内容被省略，请补全正文或删除该标记。']);
  });
  it('never flags an ellipsis in prose or the word 战略', () => {
    assert.deepEqual(placeholders('“满天都是小星星”……一句句歌词，一是……二是……，“……”，实施战略、方略'), []);
  });
});

describe('placeholder-editorial', () => {
  it('finds 待补充 待定 待核实 as notes and TBD TODO FIXME as words; a bracketed note with its brackets', () => {
    assert.deepEqual(placeholders('数据（待核实），价格待定。内容待补充\nTODO：补数据 TBD FIXME'), [
      ['placeholder-editorial', '0:2-0:7', '（待核实）'], ['placeholder-editorial', '0:10-0:12', '待定'], ['placeholder-editorial', '0:15-0:18', '待补充'],
      ['placeholder-editorial', '1:0-1:4', 'TODO'], ['placeholder-editorial', '1:9-1:12', 'TBD'], ['placeholder-editorial', '1:13-1:18', 'FIXME'],
    ]);
    assert.deepEqual(messages('价格待定。'), ['编辑标记“待定”：起草时留下的批注，请落实相关内容后删除该标记。']);
  });
  it('never flags the words used in a sentence or inside Latin words', () => {
    assert.deepEqual(placeholders('对待核实的线索，待定事项清单，TODOS，MTBDX'), []);
  });
});

describe('placeholder-missing-figure', () => {
  /** [range, unit as written, messageId, data.slot] of each missing figure. */
  function slots(text: string): [string, string, string | undefined, unknown][] {
    const result = analyzeText(text);
    return result.findings.filter((f) => f.ruleId === 'placeholder-missing-figure')
      .map((f) => [spanText(result.document.lines, f.start, f.end), text.slice(f.start, f.end), f.messageId, f.data?.slot]);
  }

  it('finds the unmarked missing figures of seed 004, over the unit', () => {
    const text = '取得全面胜利。年,我市PM2.5年均浓度由年每立方米45微克下降到28微克,优良天数从年的天提高到天,利用率保持%。\n大幅降低,年万元生产总值较年累计下降27%,到年基本消除';
    assert.deepEqual(placeholders(text), [
      ['placeholder-missing-figure', '0:7-0:8', '年'], ['placeholder-missing-figure', '0:21-0:22', '年'], ['placeholder-missing-figure', '0:43-0:44', '年'],
      ['placeholder-missing-figure', '0:45-0:46', '天'], ['placeholder-missing-figure', '0:49-0:50', '天'], ['placeholder-missing-figure', '0:56-0:57', '%'],
      ['placeholder-missing-figure', '1:5-1:6', '年'], ['placeholder-missing-figure', '1:13-1:14', '年'], ['placeholder-missing-figure', '1:23-1:24', '年'],
    ]);
    assert.deepEqual(messages('由年每立方米45微克，保持%。'), [
      '缺失数字：“由年”的“年”前没有数字，请在“年”前填写实际年份。', '缺失数字：“保持%”的“%”前没有数字，请在“%”前填写实际数值。',
    ]);
    assert.deepEqual(analyzeText('保持%').findings[0].data, { kind: '缺失数字', expected: 'number', fill: 'insert', unit: '%', context: '保持%', slot: 'trigger' });
  });

  it('compound units ending a phrase after a noun or a word expecting a figure: 新增造林万亩，发行债券亿元，改造管网公里', () => {
    assert.deepEqual(slots('新增造林万亩，发行债券亿元，改造管网公里。稳定在万吨以上。'), [
      ['0:4-0:6', '万亩', 'figure', 'after-noun'], ['0:11-0:13', '亿元', 'figure', 'after-noun'], ['0:18-0:20', '公里', 'figure', 'after-noun'],
      ['0:24-0:26', '万吨', 'figure', 'trigger'],
    ]);
    assert.deepEqual(messages('发行债券亿元，'), ['缺失数字：“债券亿元”的“亿元”前没有数字，请在“亿元”前填写实际数值。']);
  });

  it('percentages and percentage points after 超 近 约 高于 低于 占, at a clause start, or in any other Chinese text', () => {
    assert.deepEqual(slots('超%，近%，高于%，占%，提高个百分点，%的企业。'), [
      ['0:1-0:2', '%', 'figure', 'trigger'], ['0:4-0:5', '%', 'figure', 'trigger'], ['0:8-0:9', '%', 'figure', 'trigger'],
      ['0:11-0:12', '%', 'figure', 'trigger'], ['0:15-0:19', '个百分点', 'figure', 'trigger'], ['0:20-0:21', '%', 'figure', 'clause-start'],
    ]);
  });

  it('an item of a list or range of figures: 分别增长5%、%和8%, 3家、家和5家, 3万元以上万元以下, 第2、项', () => {
    assert.deepEqual(slots('分别增长5%、%和8%。新建3家、家和5家。并处3万元以上万元以下的罚款。通知第2、项人员。'), [
      ['0:7-0:8', '%', 'figure', 'list'], ['0:17-0:18', '家', 'figure', 'list'], ['0:29-0:31', '万元', 'figure', 'list'],
      ['0:42-0:43', '项', 'figure', 'list'],
    ]);
  });

  it('measure words after a word expecting a figure, counting a noun, opening a clause or ending a phrase after a noun', () => {
    assert.deepEqual(slots('新增家企业，建成个示范村，在个工作日内，超12万家，家企业获评，新增重点实验室家，工业机器人台以上。'), [
      ['0:2-0:3', '家', 'figure', 'trigger'], ['0:8-0:9', '个', 'figure', 'trigger'], ['0:14-0:15', '个', 'figure', 'counts-noun'],
      ['0:26-0:27', '家', 'figure', 'clause-start'], ['0:39-0:40', '家', 'figure', 'after-noun'], ['0:46-0:47', '台', 'figure', 'after-noun'],
    ]);
  });

  it('the message quotes the unit\'s own line, also after CRLF (a paragraph re-checked alone reads the same)', () => {
    const f = analyzeText('全年共计\r\n%的企业达标').findings.find((x) => x.ruleId === 'placeholder-missing-figure')!;
    assert.equal(f.data?.context, '%');
    assert.equal(f.message, '缺失数字：“%”的“%”前没有数字，请在“%”前填写实际数值。');
  });
  it('第 with no ordinal before a measure word: 第次会议, 第届', () => {
    assert.deepEqual(slots('召开第次会议，第届全国人民代表大会。'), [['0:3-0:4', '次', 'ordinal', 'ordinal'], ['0:8-0:9', '届', 'ordinal', 'ordinal']]);
    assert.deepEqual(messages('召开第次会议'), ['缺失数字：“第次会议”的“第”后没有序数，请在“第”后填写序数（如“第一次”）。']);
  });

  it('finds bare counts, amounts and percentage points after a word that expects them', () => {
    assert.deepEqual(placeholders('提高个百分点，总投资亿元，新增家。'), [
      ['placeholder-missing-figure', '0:2-0:6', '个百分点'], ['placeholder-missing-figure', '0:10-0:12', '亿元'], ['placeholder-missing-figure', '0:15-0:16', '家'],
    ]);
  });

  it('never flags words where a unit is not missing its number', () => {
    const text = '全年、今年、每年、历年、近年、年均、多年，到年底，从年初，较年轻，于年内，年度考核，年实际使用外资，以月、季、年的工作日，'
      + '在天边，到天津，达到万兆，始终保持万马奔腾，比重（%），提高3个百分点，增长5%，3.5％，新增10家，总投资20亿元。';
    assert.deepEqual(placeholders(text), []);
  });

  it('人 after a verb counting people and its object: 带动就业人, 转移农村劳动力人, 吸纳农村劳动力人就业', () => {
    assert.deepEqual(slots('带动就业人，转移农村劳动力人。吸纳农村劳动力人就业，培训乡村医生人以上；资助贫困学生人。'), [
      ['0:4-0:5', '人', 'figure', 'counted-people'], ['0:13-0:14', '人', 'figure', 'counted-people'], ['0:22-0:23', '人', 'figure', 'counted-people'],
      ['0:32-0:33', '人', 'figure', 'counted-people'], ['0:42-0:43', '人', 'figure', 'counted-people'],
    ]);
    assert.deepEqual(messages('带动就业人，'), ['缺失数字：“就业人”的“人”前没有数字，请在“人”前填写实际数值。']);
  });
  it('never flags 人 ending a word, a verb with its object, a count already there or a metric (残疾人, 培养人, 帮扶三类人, 游客人次)', () => {
    const text = '帮扶残疾人、零就业家庭，培养一批农业职业经理人、经纪人，带动致富带头人，慰问老人，安置退役军人，培训农民工人，'
      + '培养什么人、怎样培养人，投资于人，帮扶三类人，转移就业53.47万人，接待游客人次、旅游总花费均增长8%，城镇新增就业人数，接待客人。';
    assert.deepEqual(placeholders(text), []);
  });

  it('never flags words made of unit characters, 万/亿 as numerals, attributes, rates or stand-ins', () => {
    const words = '国家，专家，大家，投资家，企业家，项目建设，事项，首次，层次，等次，姓名，报名，复印件，信访件，服务台，港澳台，家电、家具，'
      + '家校协同，家门口就业，台企台胞，高校引进台师，一个个愿景，件件关民生，个转企，千家万户，固本培元，3年期以上，400总吨以下，'
      + '832万辆次，378家次，投资所产生的收益，提高人均预期寿命，开展人居环境整治，至次年1月。';
    const numerals = '近万人，超亿元，上万户，数万家，破亿元，建设万亩示范区，新增万亩良田，年投资亿元以上项目，每公里，每万元GDP，单位：%，(%)，×个单位，XX家。';
    assert.deepEqual(placeholders(words), []);
    assert.deepEqual(placeholders(numerals).filter(([code]) => code === 'placeholder-missing-figure'), []);
  });
});

describe('placeholder-instruction', () => {
  it('finds a template\'s instructions in square brackets: an instruction verb, a field name, a numbered item', () => {
    const text = '负责[事项名称]，完成【填写工作目标】。[请输入正文]【任务一】【此处插入表格】[完成时限]【责任单位】';
    assert.deepEqual(placeholders(text), [
      ['placeholder-instruction', '0:2-0:8', '[事项名称]'], ['placeholder-instruction', '0:11-0:19', '【填写工作目标】'],
      ['placeholder-instruction', '0:20-0:27', '[请输入正文]'], ['placeholder-instruction', '0:27-0:32', '【任务一】'],
      ['placeholder-instruction', '0:32-0:40', '【此处插入表格】'], ['placeholder-instruction', '0:40-0:46', '[完成时限]'],
      ['placeholder-instruction', '0:46-0:52', '【责任单位】'],
    ]);
    const f = analyzeText('负责[事项名称]。').findings[0];
    assert.equal(f.messageId, 'instruction');
    assert.deepEqual(f.data, { kind: '填写说明', expected: 'instructed', fill: 'replace', text: '[事项名称]' });
    assert.equal(f.message, '填写说明“[事项名称]”：这是模板中的填写提示，请按提示填写实际内容，并删去提示和括号。');
  });
  it('in round brackets only an instruction verb: （此处填写完成时间）, （简要列明请求和理由）', () => {
    assert.deepEqual(placeholders('于（此处填写完成时间）前报送，请求……（简要列明请求和理由）。'), [
      ['placeholder-instruction', '0:1-0:11', '（此处填写完成时间）'], ['placeholder-omission', '0:17-0:19', '……'],
      ['placeholder-instruction', '0:19-0:30', '（简要列明请求和理由）'],
    ]);
  });
  it('in either bracket a direction to adapt the text: a condition on the drafter\'s case or a modal, then a verb of writing', () => {
    assert.deepEqual(placeholders('坚持问题导向，【结合本地实际表述】，强化保障（根据工作需要补充）。一是加强领导（如无此项，可删除）；二是[视情况删减]；三是（请自行填写）。'), [
      ['placeholder-instruction', '0:7-0:17', '【结合本地实际表述】'], ['placeholder-instruction', '0:22-0:32', '（根据工作需要补充）'],
      ['placeholder-instruction', '0:39-0:49', '（如无此项，可删除）'], ['placeholder-instruction', '0:52-0:59', '[视情况删减]'],
      ['placeholder-instruction', '0:62-0:69', '（请自行填写）'],
    ]);
    const f = analyzeText('强化保障（视情况增删）。').findings.find((x) => x.ruleId === 'placeholder-instruction')!;
    assert.equal(f.messageId, 'direction');
    assert.equal(f.message, '填写说明“（视情况增删）”：这是模板留给起草人的说明，请按说明取舍或改写正文，再删去说明和括号。');
    // Prose notes a figure or a provision with such words: 调整, 确定, 增减 are not verbs of writing, and an amendment's note names no condition of the drafter.
    const prose = '会议暂定3月（视情况调整），标准（根据实际情况确定），名额（可增减），第五条（予以删除），本条（根据2018年10月26日全国人民代表大会常务委员会决定修改）。';
    assert.deepEqual(placeholders(prose).filter(([code]) => code === 'placeholder-instruction'), []);
  });
  it('leaves a form attached to the document its notes to whoever fills it in, but not a plan attached to it; in the body the same notes are reported', () => {
    const notes = '单位名称（请填写单位全称）：\n联系人（填写负责人姓名）：\n主要做法（本段可根据实际删减）\n';
    const head = '关于申报补助资金的通知\n各有关企业：\n请按要求申报。\n特此通知。\n\n附件：';
    const form = `${head}补助资金申请表\n\n某区经济发展局\n2024年3月5日\n\n附件\n\n补助资金申请表\n\n${notes}`;
    const plan = `${head}补助资金申报工作方案\n\n某区经济发展局\n2024年3月5日\n\n附件\n\n补助资金申报工作方案\n\n${notes}`;
    const instructionsOf = (text: string) => placeholders(text).filter(([code]) => code === 'placeholder-instruction').map(([, range, written]) => `${range} ${written}`);
    // The form keeps its notes to its filler; a direction to the drafter (删减 this paragraph) is reported even there.
    assert.deepEqual(instructionsOf(form), ['16:4-16:15 （本段可根据实际删减）']);
    assert.deepEqual(instructionsOf(plan), ['14:4-14:13 （请填写单位全称）', '15:3-15:12 （填写负责人姓名）', '16:4-16:15 （本段可根据实际删减）']);
    assert.deepEqual(instructionsOf(notes), ['0:4-0:13 （请填写单位全称）', '1:3-1:12 （填写负责人姓名）', '2:4-2:15 （本段可根据实际删减）']);
  });
  it('leaves web chrome around the document to the residue rules: （如有侵权请联系删除） is a site\'s notice', () => {
    const text = '关于做好防汛工作的通知\n各乡镇：\n请做好防汛准备。\n特此通知。\n\n某县人民政府\n2024年6月1日\n\n（图片来源于网络，如有侵权请联系删除）\n';
    assert.deepEqual(placeholders(text).filter(([code]) => code === 'placeholder-instruction'), []);
  });
  it('never flags brackets of prose, numbers, labels, tasks boxes, notes or stand-ins', () => {
    const text = '劳社部发[2008]3号【字号】［1］（以下简称“方案”）（此件公开发布）（各县区人民政府、各有关单位）（责任单位：市发改委）\n- [ ] 待办\n【待补充】[X]【XX单位】';
    assert.deepEqual(placeholders(text).filter(([code]) => code === 'placeholder-instruction'), []);
  });
});

describe('placeholder-masked', () => {
  it('finds digits masked with X or ×, a figure masked before a Latin unit, a masked mail name', () => {
    assert.deepEqual(placeholders('电话1381234XXXX，0591-2316XXXX，138××××5678，投资15XX万元，建设XXkV线路，邮箱XXX@shandong.cn。'), [
      ['placeholder-masked', '0:9-0:13', 'XXXX'], ['placeholder-masked', '0:23-0:27', 'XXXX'], ['placeholder-masked', '0:31-0:35', '××××'],
      ['placeholder-masked', '0:44-0:46', 'XX'], ['placeholder-masked', '0:51-0:53', 'XX'], ['placeholder-masked', '0:60-0:63', 'XXX'],
    ]);
    assert.deepEqual(messages('电话1381234XXXX。邮箱XXX@shandong.cn。建设XXkV线路。'), [
      '遮盖的号码“1381234XXXX”：数字中的“XXXX”尚未填写或被隐去，请填写完整的实际数字。',
      '遮盖的号码“XXX@shandong.cn”：邮箱地址中的“XXX”尚未填写，请填写实际邮箱。',
      '遮盖的号码“XXkV”：“XX”代替了数值，请填写实际数值。',
    ]);
  });
  it('a telephone number masked whole after its area code: 0736-XXXXXXX', () => {
    assert.deepEqual(placeholders('联系人：张明，电话：0736-XXXXXXX；传真：0736-××××××××。'), [
      ['placeholder-masked', '0:15-0:22', 'XXXXXXX'], ['placeholder-masked', '0:31-0:39', '××××××××'],
    ]);
    assert.deepEqual(messages('电话：0736-XXXXXXX。'), ['遮盖的号码“0736-XXXXXXX”：数字中的“XXXXXXX”尚未填写或被隐去，请填写完整的实际数字。']);
  });
  it('never flags a single X or × between digits, model numbers, open years, Latin words', () => {
    assert.deepEqual(placeholders('555X型号，3×4米，7×24小时，2X增长，20XX年，ABXX123，xx.gov.cn'), [['placeholder-year', '0:24-0:28', '20XX']]);
  });
});

describe('placeholder-letter: letters the document defines as symbols', () => {
  it('a letter of a formula or a definition is exempt from there on; before it, and XX, still a stand-in', () => {
    assert.deepEqual(placeholders('X方案另行制定。构建“1+N+X”政策体系。其中，X是指若干配套政策，X个专项由各部门制定。XX公司。'), [
      ['placeholder-letter', '0:0-0:1', 'X'], ['placeholder-letter', '0:46-0:48', 'XX'],
    ]);
    assert.deepEqual(placeholders('其中X是指专项政策。X方案另行制定。'), []);
  });
});

describe('placeholder rules: prescribed wordings', () => {
  it('the slots of a prescribed wording or format are the template\'s (GB: 规范用语), not the writer\'s blanks', () => {
    const text = '交通警察应当使用的规范用语是：依据《道路交通安全法》第XX条的规定，对你当场处以XX元的罚款。\n请到XXX银行缴纳罚款。';
    assert.deepEqual(placeholders(text), [['placeholder-letter', '1:2-1:5', 'XXX']]);
  });
});

describe('placeholder rules: exceptions shared by all kinds', () => {
  it('leaves addresses and inline code alone', () => {
    assert.deepEqual(placeholders('详见 http://xx.gov.cn/a_b/2020xx 与 www.xx.cn，配置 `XX_KEY=×` 。'), []);
  });
});

describe('placeholder modes', () => {
  const text = '比例达到[X]%';
  it('reports placeholders as warnings while drafting, hints in hint mode, errors at the final check', () => {
    assert.deepEqual(analyzeText(text).findings.map((f) => f.severity), ['warning']);
    assert.deepEqual(analyzeText(text, { rules: {}, placeholderMode: 'hint' }).findings.map((f) => f.severity), ['hint']);
    assert.deepEqual(analyzeText(text, { rules: {}, placeholderMode: 'final' }).findings.map((f) => f.severity), ['error']);
  });
  it('an explicit rule setting still wins, and off switches a kind off', () => {
    assert.deepEqual(analyzeText(text, { rules: { 'placeholder-marker': 'information' }, placeholderMode: 'final' }).findings.map((f) => f.severity), ['information']);
    assert.deepEqual(analyzeText(text, { rules: { 'placeholder-marker': 'off' }, placeholderMode: 'final' }).findings, []);
  });
  it('honours inline directives', () => {
    assert.deepEqual(placeholders('比例达到[X]% <!-- gongwen-disable-line placeholder-marker -->\n比例达到[X]%'), [['placeholder-marker', '1:4-1:7', '[X]']]);
  });
});

describe('placeholder hover and view (services)', () => {
  const text = '全市有×个县，新增造林万亩，召开第次会议，电话1381234XXXX，负责[事项名称]，价格待定。\n总结202x年工作，×县、×区。';
  const result = analyzeText(text);
  const hover = (offset: number) => placeholderHover({ result, offset, resources: {} });

  it('the view lists each placeholder with its kind from the finding’s data', () => {
    assert.deepEqual(placeholderItems(result).map((p) => [p.ruleId, p.kind, p.text]), [
      ['placeholder-cross', '叉号占位符', '×'], ['placeholder-missing-figure', '缺失数字', '万亩'], ['placeholder-missing-figure', '缺失数字', '次'],
      ['placeholder-masked', '遮盖的号码', 'XXXX'], ['placeholder-instruction', '填写说明', '[事项名称]'], ['placeholder-editorial', '编辑标记', '待定'],
      ['placeholder-year', '年份占位符', '202x'], ['placeholder-cross', '叉号占位符', '×'], ['placeholder-cross', '叉号占位符', '×'],
    ]);
  });

  it('a blank left with spaces is listed with its spaces shown (␣) and filled in over them', () => {
    const blanks = analyzeText('全年完成投资　　亿元，请于 月 日前报送，2025年　月　日印发。');
    assert.deepEqual(placeholderItems(blanks).map((p) => [p.ruleId, p.kind, p.text, p.start, p.end]), [
      ['placeholder-missing-figure', '缺失数字', '␣␣', 6, 8], ['placeholder-missing-figure', '缺失数字', '␣月␣日', 13, 17],
      ['placeholder-missing-figure', '缺失数字', '␣月␣日', 26, 30],
    ]);
    assert.deepEqual(blanks.findings.map((f) => fillSpan(f)), [{ start: 6, end: 8 }, { start: 13, end: 17 }, { start: 26, end: 30 }]);
    // Filled in where the span says, the draft is silent.
    const filled = '全年完成投资12.5亿元，请于5月8日前报送，2025年3月5日印发。';
    assert.deepEqual(analyzeText(filled).findings.filter((f) => f.category === 'placeholder'), []);
  });

  it('the hover counts the kind and all placeholders and says how to fill in place, never a clause of the diagnostic', () => {
    const at = text.indexOf('×个');
    assert.deepEqual(hover(at), {
      markdown: '本文档还有 3 处叉号占位符未处理（占位符共 9 处）。\n\n快速修复“填写此处…”可在原处直接输入，不必先删去占位符。',
      start: at, end: at + 1,
    });
    assert.equal(hover(text.indexOf('万亩'))!.markdown.split('\n\n')[0], '本文档还有 2 处缺失数字未处理（占位符共 9 处）。');
    // The count names the kind (the missing figure's message opens with it alone); nothing else of the message comes again.
    for (const f of result.findings) {
      const markdown = hover(f.start)!.markdown;
      for (const clause of f.message.split(/[：。，（）]/).filter((c) => c.length >= 4 && c !== f.data?.kind)) assert.ok(!markdown.includes(clause), `${f.ruleId}: the hover repeats “${clause}”`);
    }
    assert.equal(hover(text.indexOf('全市')), undefined);
  });
});
