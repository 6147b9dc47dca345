import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import fc from 'fast-check';
import { parseDocument } from '../../server/src/core/parser/parseDocument';
import { zoneAt } from '../../server/src/core/model/frame';
import { assertPartition, frameSnapshot } from '../helpers/frame';
import { CORPUS_DIR, corpusFiles, itWithCorpus, readText, seedFiles } from '../helpers/paths';
import { anyText, numberedDraft, runs } from '../property/drafts';
import { documentOutline } from '../../server/src/service/outline';
import { outlineLinesOf } from '../helpers/outline';

const frame = (text: string) => frameSnapshot(parseDocument(text));

describe('frame: a 通知 with 版头, 主送, 落款, 附注, 附件 and 版记 (one element per line)', () => {
  const text = [
    '000123', '机密★1年', '特急', '某某市人民政府办公室文件', '某政办发〔2024〕7号', '关于开展安全生产大检查的通知',
    '各区县人民政府，市政府各部门：', '为切实做好安全生产工作，现就有关事项通知如下。', '一、检查范围', '全市各类生产经营单位。',
    '二、工作要求', '各单位要高度重视。', '特此通知。', '附件：1.检查清单', '2.联系人名单', '某某市人民政府办公室', '2024年3月5日',
    '（此件公开发布）', '附件1', '检查清单', '一、危险化学品', '二、建筑施工', '附件2', '联系人名单', '张三', '抄送：市委办公室。', '某某市人民政府办公室　　2024年3月6日印发',
  ].join('\n');
  const doc = parseDocument(text);
  it('names every element with its exact text', () => {
    assert.deepEqual(frameSnapshot(doc).elements, [
      'copy-number «000123»', 'secrecy «机密★1年»', 'urgency «特急»', 'issuer-mark «某某市人民政府办公室文件»', 'doc-number «某政办发〔2024〕7号»',
      'title «关于开展安全生产大检查的通知»', 'addressee «各区县人民政府，市政府各部门：»', 'closing-formula «特此通知。»',
      'attachment-list «附件：1.检查清单⏎2.联系人名单»', 'issuer-signature «某某市人民政府办公室»', 'date «2024年3月5日»', 'note «（此件公开发布）»',
      'attachment-label#0 «附件1»', 'attachment-title#0 «检查清单»', 'attachment-label#1 «附件2»', 'attachment-title#1 «联系人名单»',
      'copy-to «抄送：市委办公室。»', 'print-line «某某市人民政府办公室　　2024年3月6日印发»',
    ]);
  });
  it('partitions the text into zones in GB/T 9704 order', () => {
    assert.deepEqual(frameSnapshot(doc).zones.map((z) => z.slice(0, z.indexOf(' '))), [
      'header', 'title', 'addressee', 'body', 'closing', 'attachment-list', 'signature', 'note', 'attachment#0', 'attachment#1', 'imprint',
    ]);
    assertPartition(doc);
  });
  it('reads the 成文日期, the 附件说明 items, the attachment parts and the genre', () => {
    assert.deepEqual(doc.frame.date, { start: text.indexOf('2024年3月5日'), end: text.indexOf('2024年3月5日') + 9, year: 2024, month: 3, day: 5, style: 'arabic' });
    assert.deepEqual(doc.frame.attachmentList.map((i) => [i.number, i.title, i.marker?.text]), [[1, '检查清单', '1.'], [2, '联系人名单', '2.']]);
    assert.deepEqual(doc.frame.attachments.map((a) => [a.form, a.number, a.title?.text, text.slice(a.labelStart, a.labelEnd)]), [
      ['labelled', 1, '检查清单', '附件1'], ['labelled', 2, '联系人名单', '附件2'],
    ]);
    assert.equal(doc.frame.genre, 'notice');
  });
  it('makes headings only in the body and the attachments; each attachment restarts its numbering', () => {
    assert.deepEqual(doc.headings.map((h) => `${h.depth} ${h.marker?.text ?? '·'}${h.title}`), [
      '1 一、检查范围', '1 二、工作要求', '1 ·检查清单', '2 一、危险化学品', '2 二、建筑施工', '1 ·联系人名单',
    ]);
  });
});

describe('frame: a speech from a web page', () => {
  it('takes chrome before and after, the title block with subtitle, date and speaker, and the salutation', () => {
    const text = '首页\n>\n信息公开\n>\n讲话稿\n在全市安全生产工作会议上的讲话\n——2024年1月5日在全市安全生产工作会议上\n发布时间：2024-01-06 10:20\n来源：市应急管理局\n市长　王某某\n同志们：\n今天召开会议，主要任务是部署工作。\n一、认清形势\n形势严峻。\n二、压实责任\n责任重大。\n【打印本页】【关闭窗口】\n分享到：\n扫一扫在手机上查看';
    assert.deepEqual(frame(text), {
      zones: [
        'leading-residue «首页⏎>⏎信息公开⏎>⏎讲话稿⏎»', 'title «在全市安全生产工作会议上的讲话⏎——2024年1月5日在全市安全生产工作会议上⏎»',
        'leading-residue «发布时间：2024-01-06 10:20⏎来源：市应急管理局⏎»', 'title «市长　王某某⏎»',
        'body «同志们：⏎今天召开会议，主要任务是部署工作。⏎一、认清形势⏎形势严峻。⏎二、压实责任⏎责任重大。⏎»',
        'trailing-residue «【打印本页】【关闭窗口】⏎分享到：⏎扫一扫在手机上查看»',
      ],
      elements: [
        'chrome/navigation «首页⏎>⏎信息公开⏎>⏎讲话稿»', 'title «在全市安全生产工作会议上的讲话»', 'subtitle «——2024年1月5日在全市安全生产工作会议上»',
        'chrome/navigation «发布时间：2024-01-06 10:20⏎来源：市应急管理局»', 'speaker «市长　王某某»', 'salutation «同志们：»',
        'chrome/navigation «【打印本页】【关闭窗口】⏎分享到：⏎扫一扫在手机上查看»',
      ],
    });
    assert.equal(parseDocument(text).frame.genre, 'speech');
  });
});

describe('frame: a whole 公文 run together on one line', () => {
  const text = '000001某某县人民政府文件某政发〔2023〕5号某某县人民政府关于加强防汛工作的通知各乡镇人民政府，县直各单位：为做好防汛工作，现通知如下。一、提高认识各地要高度重视。二、落实责任各单位要压实责任。特此通知。附件：防汛值班表某某县人民政府2023年6月1日(此件公开发布)附件防汛值班表一、值班安排按排班执行。某某县人民政府办公室2023年6月2日印发';
  it('finds every element as a span inside the line', () => {
    assert.deepEqual(frame(text).elements, [
      'copy-number «000001»', 'issuer-mark «某某县人民政府文件»', 'doc-number «某政发〔2023〕5号»', 'title «某某县人民政府关于加强防汛工作的通知»',
      'addressee «各乡镇人民政府，县直各单位：»', 'closing-formula «特此通知。»', 'attachment-list «附件：防汛值班表»', 'issuer-signature «某某县人民政府»',
      'date «2023年6月1日»', 'note «(此件公开发布)»', 'attachment-label#0 «附件»', 'attachment-title#0 «防汛值班表»', 'print-line «某某县人民政府办公室2023年6月2日印发»',
    ]);
  });
  it('and the headings of the body and of the attachment', () => {
    const doc = parseDocument(text);
    assert.deepEqual(doc.headings.map((h) => `${h.depth} ${h.marker?.text ?? '·'}${h.title}`), ['1 一、提高认识各地要高度重视', '1 二、落实责任各单位要压实责任', '1 ·防汛值班表', '2 一、值班安排按排班执行']);
  });
});

describe('frame: a 主送 or a print line written wrong is read where it stands', () => {
  const elementsOf = (text: string, kinds: string[]) => frame(text).elements.filter((e) => kinds.some((k) => e.startsWith(k + ' ')));
  const notice = (addressee: string) => `关于做好秋冬季森林防火工作的通知\n${addressee}\n今年入秋以来，我县降水偏少。现就有关事项通知如下。\n一、压实责任\n各乡镇要落实属地管理责任。`;
  it('a 主送 without its colon, ending in a comma or with a semicolon inside, under the title', () => {
    for (const a of ['各乡镇人民政府，县直各部门', '各乡镇人民政府，县直各部门，', '各乡镇人民政府；县直各部门：', '各乡镇人民政府、县直各部门。', '各有关单位']) {
      assert.deepEqual(elementsOf(notice(a), ['addressee']), [`addressee «${a}»`], a);
      assert.equal(zoneAt(parseDocument(notice(a)).frame, notice(a).indexOf('今年')).kind, 'body', a);
    }
  });
  it('a 主送 wrapped over two lines is one element, the body after its last line', () => {
    const text = notice('各市、县（市、区）人民政府，省政府各部门、各直属机构，\n中央驻粤各单位：');
    assert.deepEqual(elementsOf(text, ['addressee']), ['addressee «各市、县（市、区）人民政府，省政府各部门、各直属机构，⏎中央驻粤各单位：»']);
    assert.equal(zoneAt(parseDocument(text).frame, text.indexOf('今年')).kind, 'body');
  });
  it('but not what is ambiguous: one name alone (an author line), a sentence, names before a subtitle', () => {
    assert.deepEqual(elementsOf('示例县2024年工作总结\n示例县人民政府\n2024年，全县经济社会发展稳中有进。', ['addressee']), []);
    assert.deepEqual(elementsOf(notice('各乡镇要高度重视，县直各部门要密切配合。'), ['addressee']), []);
    assert.deepEqual(elementsOf(notice('各乡镇人民政府，县直各部门开展一次大检查'), ['addressee']), []);
    assert.deepEqual(elementsOf('关于做好防火工作的通知\n各乡镇人民政府，县直各部门\n（2024年10月8日）\n正文。', ['addressee']), []);
  });
  const signed = '关于做好防汛工作的通知\n各区县人民政府：\n现就有关事项通知如下。\n特此通知。\n示例市人民政府办公室\n2024年5月10日';
  it('a print line without its date, or without 印发 right under the 抄送', () => {
    assert.deepEqual(elementsOf(`${signed}\n抄送：市委办公室。\n示例市人民政府办公室印发`, ['date', 'copy-to', 'print-line']), [
      'date «2024年5月10日»', 'copy-to «抄送：市委办公室。»', 'print-line «示例市人民政府办公室印发»',
    ]);
    assert.deepEqual(elementsOf(`${signed}\n抄送：市委办公室。\n示例市人民政府办公室　2024年5月10日`, ['date', 'copy-to', 'print-line']), [
      'date «2024年5月10日»', 'copy-to «抄送：市委办公室。»', 'print-line «示例市人民政府办公室　2024年5月10日»',
    ]);
  });
  it('and so in a 公文 run together on one line', () => {
    const one = signed.replace(/\n/g, '');
    assert.deepEqual(elementsOf(`${one}抄送：市委办公室。示例市人民政府办公室2024年5月10日`, ['copy-to', 'print-line']), [
      'copy-to «抄送：市委办公室。»', 'print-line «示例市人民政府办公室2024年5月10日»',
    ]);
    assert.deepEqual(elementsOf(`${one}抄送：市委办公室。示例市人民政府办公室印发`, ['copy-to', 'print-line']), [
      'copy-to «抄送：市委办公室。»', 'print-line «示例市人民政府办公室印发»',
    ]);
  });
  it('but a 落款 ending the document, or a sentence ending in 印发, is no print line', () => {
    assert.deepEqual(elementsOf(signed, ['print-line']), []);
    assert.deepEqual(elementsOf(signed.replace('特此通知。', '工作方案已由市防汛抗旱指挥部办公室印发'), ['print-line']), []);
    assert.deepEqual(elementsOf(`${signed}\n工作方案已由市防汛抗旱指挥部办公室印发`, ['print-line']), []);
  });
});

describe('frame: a document printed right after the sentence that encloses it', () => {
  const parts = (text: string) => parseDocument(text).frame.attachments.map((a) => [a.form, a.title?.text]);
  const outline = (text: string) => outlineLinesOf(documentOutline(parseDocument(text)));
  it('a bulletin printing a speech: the speech is an enclosed part, its title heads its tree, its date the detail', () => {
    const text = '工作简报第12期\n示例市人民政府办公室　2024年3月8日\n按：3月5日，市政府召开全市安全生产工作会议。现将市长讲话印发，请认真学习贯彻。\n在全市安全生产工作会议上的讲话\n（2024年3月5日）\n同志们：\n今天召开会议，部署全年工作。\n一、认清形势\n形势严峻。\n二、压实责任\n责任重大。';
    assert.deepEqual(parts(text), [['enclosed', '在全市安全生产工作会议上的讲话']]);
    assert.deepEqual(frameSnapshot(parseDocument(text)).zones.map((z) => z.slice(0, z.indexOf(' '))), ['header', 'body', 'attachment#0']);
    assert.deepEqual(frameSnapshot(parseDocument(text)).elements.slice(0, 3), ['issuer-mark «工作简报第12期»', 'issuer-signature «示例市人民政府办公室»', 'date «2024年3月8日»']);
    assert.equal(parseDocument(text).frame.date?.month, 3);
    assert.deepEqual(outline(text), ['0 在全市安全生产工作会议上的讲话（（2024年3月5日））', '1 一、认清形势', '1 二、压实责任']);
  });
  it('the same run together on one line', () => {
    const text = '工作简报第12期示例市人民政府办公室2024年3月8日按：3月5日，市政府召开全市安全生产工作会议。现将讲话印发，请认真学习贯彻。某某同志在全市安全生产工作会议上的讲话二〇二四年三月五日同志们：今天召开会议，部署全年工作。一、认清形势形势严峻。二、压实责任责任重大。';
    assert.deepEqual(parts(text), [['enclosed', '某某同志在全市安全生产工作会议上的讲话']]);
    assert.deepEqual(frameSnapshot(parseDocument(text)).elements.filter((e) => e.startsWith('meeting-line')), ['meeting-line#0 «二〇二四年三月五日»']);
  });
  it('a notice without its 落款 printing the 方案 it names', () => {
    const text = '关于印发示例县防汛应急预案的通知\n各乡镇人民政府：\n现将《示例县防汛应急预案》印发给你们，请认真贯彻执行。\n示例县防汛应急预案\n一、总则\n为做好防汛工作，制定本预案。\n二、组织体系\n县防汛指挥部负责全县防汛工作。';
    assert.deepEqual(parts(text), [['enclosed', '示例县防汛应急预案']]);
    assert.deepEqual(outline(text), ['0 关于印发示例县防汛应急预案的通知', '0 示例县防汛应急预案', '1 一、总则', '1 二、组织体系']);
  });
  it('but not a title the sentence does not name, a 附件说明, or a notice that says what follows', () => {
    assert.deepEqual(parts('关于印发示例县防汛应急预案的通知\n各乡镇人民政府：\n现将《示例县防汛应急预案》印发给你们，请认真贯彻执行。\n示例县抗旱工作方案\n一、总则\n为做好抗旱工作。'), []);
    assert.deepEqual(parts('关于加强示范点建设的通知\n各区卫生健康局：\n现将示范点名单印发给你们，请抓好落实。\n附件：示范点名单\n示例市卫生健康委员会\n2024年8月1日'), []);
    assert.deepEqual(parts('关于做好防汛工作的通知\n各乡镇人民政府：\n现将有关事项通知如下。\n防汛工作方案\n一、总则\n为做好防汛工作。'), []);
  });
});

describe('frame: the title a collector’s header gives', () => {
  const header = (title: string) => `标题: ${title}\n发布时间: 2023-12-20 10:00\n栏目: 工作计划\n==================== 正文 ====================\n`;
  const title = (text: string) => { const doc = parseDocument(text); return doc.frame.title && text.slice(doc.frame.title.start, doc.frame.title.end); };
  const body = '示例县行政审批局2023年工作总结及2024年工作计划2023年是全面贯彻党的二十大精神的开局之年。现将有关情况总结如下：一、主要成效全年办件量增长。二、存在问题服务仍有短板。';
  it('finds the title the body repeats glued to its first sentence', () => {
    assert.equal(title(header('示例县行政审批局2023年工作总结及2024年工作计划') + body), '示例县行政审批局2023年工作总结及2024年工作计划');
    assert.deepEqual(outlineLinesOf(documentOutline(parseDocument(header('示例县行政审批局2023年工作总结及2024年工作计划') + body))).slice(0, 2), [
      '0 示例县行政审批局2023年工作总结及2024年工作计划', '1 一、主要成效全年办件量增长',
    ]);
  });
  it('read without its spaces and punctuation (`关于废止 《…》` is `关于废止《…》`)', () => {
    const text = header('示例县人民政府关于废止 《示例县招商引资奖励办法》的决定') + '示例县人民政府关于废止《示例县招商引资奖励办法》的决定各乡镇人民政府：经研究，决定废止该办法。';
    assert.equal(title(text), '示例县人民政府关于废止《示例县招商引资奖励办法》的决定');
  });
  it('but never takes the header itself for the title: a body that does not repeat it has none, the header stays chrome', () => {
    assert.equal(title(body), undefined);
    const text = header('示例县行政审批局2023年工作总结及2024年工作计划') + '2023年是全面贯彻党的二十大精神的开局之年。一、主要成效全年办件量增长。';
    assert.equal(title(text), undefined);
    assert.equal(zoneAt(parseDocument(text).frame, 4).kind, 'leading-residue');
  });
});

describe('frame: label lines in the body are content', () => {
  it('a meeting notice’s 时间/地点 lines stay in the body', () => {
    const text = '关于召开年度工作会议的通知\n各科室：\n经研究，定于近期召开年度工作会议。\n时间：2024-03-12 09:30\n地点：三楼会议室\n请准时参加。';
    const doc = parseDocument(text);
    assert.deepEqual(frameSnapshot(doc).zones, ['title «关于召开年度工作会议的通知⏎»', 'addressee «各科室：⏎»', 'body «经研究，定于近期召开年度工作会议。⏎时间：2024-03-12 09:30⏎地点：三楼会议室⏎请准时参加。»']);
  });
  it('so are they right after the title when no chrome is near', () => {
    const text = '关于召开年度工作会议的通知\n时间：2024年3月12日\n地点：三楼会议室\n参会人员：各科室负责人。';
    assert.equal(zoneAt(parseDocument(text).frame, text.indexOf('时间')).kind, 'body');
  });
});

describe('property: the frame partitions the text', () => {
  itWithCorpus('on every corpus document and seed', () => {
    for (const file of [...corpusFiles(), ...seedFiles()]) {
      const doc = parseDocument(readText(file));
      assert.doesNotThrow(() => assertPartition(doc), path.relative(CORPUS_DIR, file));
    }
  });
  it('on generated drafts and hostile text', () => {
    fc.assert(fc.property(fc.oneof(anyText, numberedDraft), (text) => assertPartition(parseDocument(text))), { numRuns: runs(300) });
  });
});
