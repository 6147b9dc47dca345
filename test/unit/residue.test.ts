import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { findingsOf, fixedBy, only } from '../helpers/hygiene';
import { analyzeText } from '../../server/src/core/engine/analyze';
import { LineIndex } from '../../server/src/core/text/lineIndex';
import { spanText } from '../helpers/snapshots';
import { CORPUS_DIR, itWithCorpus, readText, SEEDS_DIR } from '../helpers/paths';
import { parseDocument } from '../../server/src/core/parser/parseDocument';

const seed = (name: string) => readText(path.join(SEEDS_DIR, name));

describe('residue-web-navigation', () => {
  it('reports seed 001’s page head and foot as blocks of lines', () => {
    assert.deepEqual(findingsOf(seed('001_01b78e6639af51b1.txt'), 'residue-web-navigation'), [
      { range: '0:0-1:17', code: 'residue-web-navigation', message: '疑似从网页带入的网页模板文字、网站栏目导航：第 1–2 行（“自定义文字”“首页/栏目/内容…”）。不属于公文正文，请删除。' },
      { range: '5:0-7:11', code: 'residue-web-navigation', message: '疑似从网页带入的网页发布信息、网页广告位：第 6–8 行（“admin 20…”“内容头部广告位(…”）。不属于公文正文，请删除。' },
      { range: '51:0-54:4', code: 'residue-web-navigation', message: '疑似从网页带入的网页模板文字、网页广告位：第 52–55 行（“标签:党课素材网”“内容底部广告位(…”“留言与评论(共有…”“验证码:”）。不属于公文正文，请删除。' },
    ]);
  });
  itWithCorpus('reports the toolbar of a scraped government report (corpus beijing) and deletes it', () => {
    const head = readText(path.join(CORPUS_DIR, 'gov-reports-2026', '2026_gzbg_beijing.txt')).split('\n').slice(0, 17).join('\n');
    assert.deepEqual(findingsOf(head, 'residue-web-navigation').map((f) => f.range), ['0:0-8:1', '11:0-12:13', '14:0-14:20']);
    const fixed = fixedBy(head, 'residue-web-navigation');
    assert.equal(fixed.text, '2026年北京市政府工作报告\n——2026年1月25日在北京市第十六届人民代表大会第四次会议上\n北京市市长 殷勇\n各位代表：\n现在，我代表北京市人民政府，向大会报告政府工作，请予审议，并请市政协委员提出意见。');
    assert.equal(fixed.remaining, 0);
  });
});

describe('residue-contact-spam, residue-source-notice', () => {
  it('reports seed 002’s contact spam and deletes the line', () => {
    const text = seed('002_124d17cd5fdef790.txt');
    assert.deepEqual(findingsOf(text, 'residue-contact-spam'), [
      { range: '14:0-14:20', code: 'residue-contact-spam', message: '疑似从网页带入的联系方式广告：“请点击👉 mbgs777 👈联系老师”。这是网站的推广信息，请删除。' },
    ]);
    const fixed = fixedBy(text, 'residue-contact-spam');
    assert.equal(fixed.text, text.slice(0, text.lastIndexOf('\n')));
  });
  it('reports a document site’s boilerplate (seed 003) and news repost notices (seed 004)', () => {
    assert.deepEqual(findingsOf(seed('003_a06af7908e590dba.txt'), 'residue-source-notice').map((f) => [f.range, f.message]), [
      ['0:0-0:101', '疑似从网页带入的文档网站的样板文字：“《聚焦巩固绿色发展优势在生态文明建设上实…”。这是来源网站添加的文字，不属于公文正文，请删除。'],
    ]);
    assert.deepEqual(findingsOf(seed('004_997e82abd204aa71.txt'), 'residue-source-notice').map((f) => [f.range, f.message]), [
      ['2:0-2:21', '疑似从网页带入的新闻转载的原标题：“原标题:促进人与自然和谐共生,建设美丽青…”。这是来源网站添加的文字，不属于公文正文，请删除。'],
      // The reporters' byline before the repost notice is part of the block (a short line without punctuation next to it).
      ['54:0-59:48', '疑似从网页带入的转载声明：第 55–60 行（“吴帅张宁李翔王荣…”“转载请注明:ht…”）。这是来源网站添加的文字，不属于公文正文，请删除。'],
    ]);
  });
});

describe('residue-repeated-title', () => {
  it('reports the title repeated after the page head (seed 001)', () => {
    assert.deepEqual(findingsOf(seed('001_01b78e6639af51b1.txt'), 'residue-repeated-title'), [
      { range: '9:0-9:22', code: 'residue-repeated-title', message: '标题“在全市生态环境保护2021年工作会议上的…”在第 4 行已出现，此处重复。请删除重复的一行。' },
    ]);
  });
  it('takes copies differing in bracket width and dash for one title, and deletes the repeat', () => {
    const text = '关于印发行动计划(2021—2023年)的通知\n关于印发行动计划（2021-2023年）的通知\n各市人民政府：\n现将计划印发给你们。';
    assert.deepEqual(fixedBy(text, 'residue-repeated-title'), { text: '关于印发行动计划(2021—2023年)的通知\n各市人民政府：\n现将计划印发给你们。', remaining: 0 });
  });
  it('does not take a decree’s title printed again before its text for a copy', () => {
    assert.deepEqual(findingsOf('公共数据管理办法\n人民政府令\n《公共数据管理办法》已经通过，现予公布。\n公共数据管理办法\n第一章 总则', 'residue-repeated-title'), []);
  });
});

describe('residue-ocr-confusion', () => {
  it('reports misread Roman numerals and digits (seed 003), not real Roman numerals or chemical names', () => {
    const text = '达到或好于In类水体比例不低于56.3%，优于HI类水体，送贮率稳定保持IO0%，2O21年完成，劣V类断面消除，II类水体，臭氧(O3)浓度，CO2排放。';
    assert.deepEqual(findingsOf(text, 'residue-ocr-confusion').map((f) => [f.range, f.message]), [
      ['0:5-0:7', '疑似扫描识别错误：“In类”中的罗马数字被识别成了字母，应为“Ⅲ类”。请核对原件。'],
      ['0:23-0:25', '疑似扫描识别错误：“HI类”中的罗马数字被识别成了字母，应为“Ⅲ类”。请核对原件。'],
      ['0:36-0:39', '疑似扫描识别错误：数字“IO0”中混有字母，应为“100”。请核对原件。'],
      ['0:41-0:45', '疑似扫描识别错误：数字“2O21”中混有字母，应为“2021”。请核对原件。'],
    ]);
  });
  /** [range, text, messageId, data.right] of each OCR finding. */
  function ocr(text: string): [string, string, string | undefined, unknown][] {
    const lines = new LineIndex(text);
    return analyzeText(text, only('residue-ocr-confusion')).findings.map((f) => [spanText(lines, f.start, f.end), text.slice(f.start, f.end), f.messageId, f.data?.right]);
  }
  it('digits read as look-alike letters, inside a figure or at its edge before a unit, and a lone letter for a day', () => {
    assert.deepEqual(ocr('2O19年，共5l0人，增长1S.2%，Z022年，2024年4月I日，'), [
      ['0:0-0:4', '2O19', 'digits', '2019'], ['0:7-0:10', '5l0', 'digits', '510'], ['0:14-0:18', '1S.2', 'digits', '15.2'],
      ['0:20-0:24', 'Z022', 'digits', '2022'], ['0:33-0:34', 'I', 'digits', '1'],
    ]);
    assert.deepEqual(ocr('ISO9001认证，5G基站，Z8次列车，S1线，臭氧O3，CO2，v2.1O版'), []);
  });
  it('a percent sign read as slashes and dots, or as 00 where a rate stands', () => {
    assert.deepEqual(ocr('增长15°/o，占比68o/o。普及率达到97.500，供水一体化率达到7000、增长500，分别为70%、6000。'), [
      ['0:4-0:7', '°/o', 'percent', '%'], ['0:12-0:15', 'o/o', 'percent', '%'], ['0:21-0:27', '97.500', 'percentZeros', '97.5%'],
      ['0:36-0:40', '7000', 'percentZeros', '70%'], ['0:43-0:46', '500', 'percentZeros', '5%'], ['0:54-0:58', '6000', 'percentZeros', '60%'],
    ]);
    assert.equal(analyzeText('供水一体化率达到7000。').findings[0].message, '疑似扫描识别错误：比率“7000”没有单位，可能是百分号被识别成了“00”（应为“70%”）。请核对原件。');
    // Real figures: with a unit, a level (提高到), a count, a year.
    assert.deepEqual(ocr('投资增长2000万元，床位数提高到2000，建成2000个，2000年，覆盖率100%，日期2020/01/05。'), []);
  });
  describe('a % read as 00, by where a rate stands', () => {
    it('beside a percentage: the next item of a list, the other end of a change', () => {
      assert.deepEqual(ocr('收入分别增长5.2%和700，能耗从12%降至800，压减时间58%、材料5200；由3.600提升至4.1%。'), [
        ['0:11-0:14', '700', 'percentZeros', '7%'], ['0:23-0:26', '800', 'percentZeros', '8%'],
        ['0:37-0:41', '5200', 'percentZeros', '52%'], ['0:43-0:48', '3.600', 'percentZeros', '3.6%'],
      ]);
    });
    it('before 以上, 以内, 左右 or 的 with no measure word, which a count needs', () => {
      assert.deepEqual(ocr('全市6000的行政村通光纤，误差控制在500以内，持股500以上的股东，每年7000左右的支出。'), [
        ['0:2-0:6', '6000', 'percentZeros', '60%'], ['0:19-0:22', '500', 'percentZeros', '5%'],
        ['0:27-0:30', '500', 'percentZeros', '5%'], ['0:38-0:42', '7000', 'percentZeros', '70%'],
      ]);
      assert.deepEqual(ocr('进入全国前100的行列，比例尺为1∶500的地形图，建成500家以上，3000名的队伍。'), []);
    });
    it('a decimal with trailing zeros and no unit, unless it is a coefficient or an index', () => {
      assert.deepEqual(ocr('研发经费投入强度达到2.800，养老金标准调增11.800。'), [
        ['0:10-0:15', '2.800', 'percentZeros', '2.8%'], ['0:23-0:29', '11.800', 'percentZeros', '11.8%'],
      ]);
      assert.deepEqual(ocr('工资调整系数为1.200，物价指数1.100，长度1.500米。'), []);
    });
    it('a share of a base: 的 and the figure in a clause a proportion opens, or the figure right after 按', () => {
      assert.deepEqual(ocr('按照项目投资额的2000给予补助，不得超过注册资本的3000，达到净资产的5000；贴息按300执行，利率4000给予贴息。'), [
        ['0:8-0:12', '2000', 'percentZeros', '20%'], ['0:26-0:30', '3000', 'percentZeros', '30%'],
        ['0:37-0:41', '5000', 'percentZeros', '50%'], ['0:45-0:48', '300', 'percentZeros', '3%'],
        ['0:53-0:57', '4000', 'percentZeros', '40%'],
      ]);
      assert.deepEqual(ocr('按照项目投资额的2000万元给予补助，不超过上年度平均工资的300倍。'), []);
    });
    it('ending a phrase after a comparison or a word of change, or in the place a percentage of its sentence holds', () => {
      assert.deepEqual(ocr('配套资金不低于3000，居民消费价格上涨0.200，验收时间压缩约5000。'), [
        ['0:7-0:11', '3000', 'percentZeros', '30%'], ['0:20-0:25', '0.200', 'percentZeros', '0.2%'], ['0:33-0:37', '5000', 'percentZeros', '50%'],
      ]);
      assert.deepEqual(ocr('考核分为材料审核（40%）、现场评估（3000）和群众评议（30%）。超过20%的有23种、超过3000的有11种。'), [
        ['0:19-0:23', '3000', 'percentZeros', '30%'], ['0:48-0:52', '3000', 'percentZeros', '30%'],
      ]);
      // A level, a year span, words holding 率 or 占 that name no rate.
      assert.deepEqual(ocr('床位数提高到2000，年均增长率在2000—2020年间保持稳定，在全省率先完成1200，项目占地面积1200。'), []);
    });
    it('says the figure may have lost its % and gives the reading', () => {
      assert.deepEqual(analyzeText('全市6000的行政村通光纤。', only('residue-ocr-confusion')).findings.map((f) => f.message), [
        '疑似扫描识别错误：比率“6000”没有单位，可能是百分号被识别成了“00”（应为“60%”）。请核对原件。',
      ]);
    });
  });
  it('a bracket read as a brace, a rule as |, a Han character as a lone capital; grades and terms stay', () => {
    assert.deepEqual(ocr('（一}加强管理，工作|落实，加强I作，海O经济圈。'), [
      ['0:2-0:3', '}', 'bracket', '）'], ['0:10-0:11', '|', 'stroke', undefined], ['0:16-0:17', 'I', 'capital', undefined], ['0:20-0:21', 'O', 'capital', undefined],
    ]);
    assert.deepEqual(ocr('国家A级景区，创A成功，A股上市，O型血，T恤，第X条，劣V类，| 项目 | 金额 |'), []);
  });
  it('offers the reading as a fix, never a safe one', () => {
    const f = analyzeText('2O19年').findings.find((x) => x.ruleId === 'residue-ocr-confusion')!;
    assert.deepEqual(f.fixes, [{ title: '改为“2019”', titleId: 'replace', titleData: { text: '2019' }, edits: [{ start: 0, end: 4, newText: '2019' }], safe: false }]);
  });
  it('finds all three in seed 003', () => {
    assert.deepEqual(findingsOf(seed('003_a06af7908e590dba.txt'), 'residue-ocr-confusion').map((f) => f.range), ['2:160-2:162', '2:210-2:212', '10:100-10:103']);
  });
});

describe('residue-subscript-split', () => {
  const text = '取得明显成效，PM\n2.5\n年平均浓度保持在20微克。\n续6年优秀，PM_2.5平均浓度低于每立方米30微克。\n附件2\n1.5\n万元';
  it('reports a subscript broken onto its own line (corpus guangdong) and PM_2.5 (corpus fujian)', () => {
    assert.deepEqual(findingsOf(text, 'residue-subscript-split'), [
      { range: '1:0-1:3', code: 'residue-subscript-split', message: '“PM2.5”被拆成了三行（“PM”/“2.5”/“年平均浓”），是转换时下标断开所致。请接回一行。' },
      { range: '3:6-3:12', code: 'residue-subscript-split', message: '“PM_2.5”中的“_”是下标标记的残留，应写作“PM2.5”。' },
    ]);
  });
  it('joins the lines and drops the underscore, nothing else', () => {
    assert.deepEqual(fixedBy(text, 'residue-subscript-split'), {
      text: '取得明显成效，PM2.5年平均浓度保持在20微克。\n续6年优秀，PM2.5平均浓度低于每立方米30微克。\n附件2\n1.5\n万元',
      remaining: 0,
    });
  });
});

describe('residue-page-number: a page\'s `N、` right after a title-like line', () => {
  const page = '全面贯彻落实党的二十大精神，深入践行绿水青山就是金山银山理念，坚持精准治污、科学治污、依法治污，持续深入打好蓝天、碧水、净土保卫战，推动生态环境质量持续改善，'.repeat(3);
  const pages = (first: string) => `${first}\n1、${page}到202\n2、5年，城乡国土空间开发保护格局进一步优化，${page}加快推进美丽\n3、长春建设。${page}\n`;
  const found = (text: string) => analyzeText(text, only('residue-page-number')).findings;

  it('is reported, but neither deleting it nor joining the title to the text is safe: a title and a list under it read the same', () => {
    const text = pages('长春市生态环境保护行动计划');
    const [first, ...rest] = found(text);
    assert.deepEqual([text.slice(first.start, first.end), first.messageId, first.data], ['1、', 'afterTitle', { page: '1、', value: 1, previous: '长春市生态环境保护行动计划' }]);
    assert.equal(first.message, '疑似转换残留的页码“1、”。上一行“长春市生态环境保护行动计划”像是标题，此处也可能是列表序号，上一行也可能是被分页拆开的半句。请核对：如为页码，请删除（上一行被拆开时与之接续）。');
    assert.deepEqual(first.fixes.map((f) => [f.title, f.safe, f.edits.map((e) => text.slice(e.start, e.end))]), [
      ['删除页码“1、”', false, ['1、']], ['删除页码并与上一行接续', false, ['\n1、']],
    ]);
    // The page numbers after full lines of running text are as sure as before.
    assert.deepEqual(rest.map((f) => [f.messageId, f.fixes.map((x) => x.safe)]), [['split', [true]], ['split', [true]]]);
    const fixed = fixedBy(text, 'residue-page-number');
    assert.equal(fixed.text, `长春市生态环境保护行动计划\n1、${page}到2025年，城乡国土空间开发保护格局进一步优化，${page}加快推进美丽长春建设。${page}\n`);
    // Once the two sure ones are gone, a lone `1、` is no run of page numbers: it stays, for the writer to read.
    assert.equal(fixed.remaining, 0);
  });
  it('a heading a page break may have cut (`（一）强化` / `4、组织保障…`) is the same case: both readings are offered', () => {
    const text = pages('各县（市、区）生态环境分局：').replace('加快推进美丽\n3、', '\n（一）强化\n3、');
    const afterTitle = found(text).filter((f) => f.messageId === 'afterTitle');
    assert.deepEqual(afterTitle.map((f) => [text.slice(f.start, f.end), f.data?.previous, f.fixes.map((x) => x.safe)]), [['3、', '（一）强化', [false, false]]]);
  });
  it('after a line ending in a sentence or a colon the number starts a page and is deleted safely, the line break kept', () => {
    const text = pages('各县（市、区）生态环境分局：');
    const [first] = found(text);
    assert.deepEqual([first.messageId, first.fixes.map((f) => [f.title, f.safe, f.edits.map((e) => text.slice(e.start, e.end))])], ['line', [['删除页码“1、”', true, ['1、']]]]);
  });
});

describe('residue-page-number: the other forms a conversion leaves', () => {
  it('a page line of its own (—3—, －4－, - 5 -, 第6页 共9页, 7/9) is deleted, and a sentence it splits is joined', () => {
    const text = '一、总体要求\n坚持统筹推进生态环境\n—3—\n保护工作。\n二、主要任务\n加快推进。\n－4－\n（一）加强监管\n持续改善环境\n- 5 -\n质量。\n第6页 共9页\n三、保障措施\n落实责任\n7/9\n到位。';
    assert.deepEqual(findingsOf(text, 'residue-page-number').map((f) => [f.range, f.message]), [
      ['2:0-2:3', '疑似转换残留的页码“—3—”（单独成行）。请删除此行，并接续上下文。'],
      ['6:0-6:3', '疑似转换残留的页码“－4－”（单独成行）。请删除此行。'],
      ['9:0-9:5', '疑似转换残留的页码“- 5 -”（单独成行）。请删除此行，并接续上下文。'],
      ['11:0-11:7', '疑似转换残留的页码“第6页 共9页”（单独成行）。请删除此行。'],
      ['14:0-14:3', '疑似转换残留的页码“7/9”（单独成行）。请删除此行，并接续上下文。'],
    ]);
    assert.deepEqual(fixedBy(text, 'residue-page-number'), {
      text: '一、总体要求\n坚持统筹推进生态环境保护工作。\n二、主要任务\n加快推进。\n（一）加强监管\n持续改善环境质量。\n三、保障措施\n落实责任到位。',
      remaining: 0,
    });
  });
  it('page lines are never headings or outline entries', () => {
    const doc = parseDocument('一、总体要求\n第6页 共9页\n二、主要任务');
    assert.deepEqual(doc.headings.map((h) => h.marker?.text ?? h.title), ['一、', '二、']);
  });
  it('inside running text: a dash form anywhere, 第N页 with its total or in a run of pages; deleted with its spaces', () => {
    const text = '推进生态环境 — 12 — 保护工作，第3页 共20页确保落实，详见第5页的说明。';
    assert.deepEqual(findingsOf(text, 'residue-page-number').map((f) => [f.range, f.message]), [
      ['0:7-0:13', '疑似转换残留的页码“— 12 —”夹在正文中。请删除。'],
      ['0:19-0:27', '疑似转换残留的页码“第3页 共20页”夹在正文中。请删除。'],
    ]);
    assert.equal(fixedBy(text, 'residue-page-number').text, '推进生态环境保护工作，确保落实，详见第5页的说明。');
  });
  it('leaves ranges, fractions in running text, references and dash pairs alone', () => {
    const text = '2021—2023年，占全市总数的1/3，较上年增长2/3，见第3页，详见第4页，——5——，A-3-B型。';
    assert.deepEqual(findingsOf(text, 'residue-page-number'), []);
  });
  it('a page line at the end goes with the line break before it', () => {
    assert.deepEqual(fixedBy('加快推进。\n1/3', 'residue-page-number'), { text: '加快推进。', remaining: 0 });
  });
});

describe('residue-hard-wrap', () => {
  const rule = 'residue-hard-wrap';
  // A flush line of running text and a shorter one after it: a line a page's width broke, or a paragraph that lost
  // its last mark and the next paragraph. Only other lines of the same width tell them apart.
  const pair = '经市政府同意，现将《XX市城乡环境卫生整洁行动方案》印发给你们，请认真\n组织实施。\n实施中遇到的问题，请及时报告市城管局。';
  it('leaves a lone pair of lines alone: nothing else in the draft shows a page of that width', () => {
    assert.deepEqual(findingsOf(pair, rule), []);
  });
  it('reports the pair once another paragraph shows the width, as a quick fix only (no indentation tells where a paragraph starts)', () => {
    const text = '各区县要把城乡环境卫生整洁行动摆上重要议事日程，主要负责同志\n亲自抓，分管负责同志具体抓，层层压实责任，确保各项任务落实。\n' + pair;
    assert.deepEqual(findingsOf(text, rule).map((f) => f.range), ['0:0-1:30', '2:0-3:5']);
    assert.equal(findingsOf(text, rule)[0].message, '此段从 PDF 或固定宽度的版面复制时按页面宽度断成了 2 行，行末断在句子中间。请把这 2 行接成一段：删去段内的换行和复制留下的缩进。');
    assert.deepEqual(fixedBy(text, rule), { text, remaining: 2 });
  });
  it('never joins two English words, nor lines of different widths (a list of units without marks)', () => {
    const english = '会议邀请世界卫生组织专家作题为 Building resilient health\nsystems in rural areas 的报告，并与参会代表交流。\n';
    assert.deepEqual(findingsOf(english + english, rule), []);
    const units = '省发展改革委、省财政厅、省自然资源厅、省生态环境厅\n省住房城乡建设厅、省交通运输厅、省水利厅、省农业农村厅、省文化和旅游厅、省卫生健康委、省应急管理厅\n按职责分工负责。';
    assert.deepEqual(findingsOf(units, rule), []);
  });
  it('joins an indented paragraph of CRLF lines in fix-all: the line breaks go, the paragraph\'s indentation stays', () => {
    const text = '　　各区县要把城乡环境卫生整洁行动摆上重要议事日程，主要负\r\n责同志亲自抓，分管负责同志具体抓，层层压实责任，确保各项任\r\n务落到实处。\r\n';
    assert.deepEqual(findingsOf(text, rule).map((f) => f.range), ['0:2-2:6']);
    assert.deepEqual(fixedBy(text, rule), {
      text: '　　各区县要把城乡环境卫生整洁行动摆上重要议事日程，主要负责同志亲自抓，分管负责同志具体抓，层层压实责任，确保各项任务落到实处。\r\n',
      remaining: 0,
    });
  });
});
