import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { analyzeDocument, analyzeText } from '../../server/src/core/engine/analyze';
import { parseDocument } from '../../server/src/core/parser/parseDocument';
import { characterCount, speakingMinutes } from '../../server/src/core/rules/consistency/length';
import { analysisConfig, DEFAULT_LIMITS, lengthLimits, resolveSettings } from '../../server/src/core/config/config';
import { RULE_IDS } from '../../server/src/core/rules/index';
import { findingsOf, only } from '../helpers/hygiene';
import type { FrameSpec } from '../helpers/handFrame';
import { documentWithFrame, framedFindings } from '../helpers/handFrame';
import { SEEDS_DIR, readText } from '../helpers/paths';

const seed001 = readText(path.join(SEEDS_DIR, '001_01b78e6639af51b1.txt'));
const seed002 = readText(path.join(SEEDS_DIR, '002_124d17cd5fdef790.txt'));

/** The text without the lines from the one starting with `from` up to (not including) the one starting with `to`. */
function withoutLines(text: string, from: string, to: string): string {
  const lines = text.split('\n');
  const a = lines.findIndex((l) => l.trim().startsWith(from));
  const b = lines.findIndex((l, i) => i > a && l.trim().startsWith(to));
  assert.ok(a >= 0 && b > a, `${from} … ${to} not found`);
  return [...lines.slice(0, a), ...lines.slice(b)].join('\n');
}

describe('consistency-count-claim', () => {
  it('is silent on the seeds’ correct claims: 三点意见 with 一、二、三、, 三个方面 with 一、二、三、, “五大行动” with （一）…（五）', () => {
    assert.deepEqual(findingsOf(seed001, 'consistency-count-claim'), []);
    assert.deepEqual(findingsOf(seed002, 'consistency-count-claim'), []);
  });

  it('fires on seed 001 when a section is deleted, with the count changed as an offered fix', () => {
    const text = withoutLines(seed001, '二、', '三、');
    const found = analyzeText(text, only('consistency-count-claim')).findings;
    assert.deepEqual(findingsOf(text, 'consistency-count-claim'), [
      { range: '17:177-17:178', code: 'consistency-count-claim', message: '“讲三点意见”说有三点，但其后列出的是两点：一、三。请补齐或删减内容，或把数目改为“两”。' },
    ]);
    assert.deepEqual(found[0].fixes.map((f) => [f.title, f.safe, text.slice(f.edits[0].start, f.edits[0].end), f.edits[0].newText]), [['数目改为“两”', false, '三', '两']]);
  });

  it('fires on seed 002 when an action is deleted', () => {
    assert.deepEqual(findingsOf(withoutLines(seed002, '(三)', '(四)'), 'consistency-count-claim'), [
      { range: '5:73-5:74', code: 'consistency-count-claim', message: '“五大行动”说有五项，但其后列出的是四项：(一)、(二)、(四)、(五)。请补齐或删减内容，或把数目改为“四”。' },
    ]);
  });

  it('counts the inline items a claim introduces, and the sections after 以下四项任务：', () => {
    const text = '重点抓好“四个点”：一是优化流程；二是压缩时限；三是提升服务。\n今年要重点抓好以下四项任务：\n一、稳增长\n二、促改革\n三、保民生';
    assert.deepEqual(findingsOf(text, 'consistency-count-claim').map((f) => [f.range, f.message]), [
      ['0:5-0:6', '“四个点”说有四个，但其后列出的是三个：一是、二是、三是。请补齐或删减内容，或把数目改为“三”。'],
      ['1:9-1:10', '“以下四项”说有四项，但其后列出的是三项：一、二、三。请补齐或删减内容，或把数目改为“三”。'],
    ]);
  });

  it('reads the other ways a speech or report announces its parts', () => {
    const messages = (text: string) => findingsOf(text, 'consistency-count-claim').map((f) => [f.range, f.message]);
    assert.deepEqual(messages('下面，我提出三点要求：\n一、稳增长\n二、促改革'), [
      ['0:6-0:7', '“提出三点要求”说有三点，但其后列出的是两点：一、二。请补齐或删减内容，或把数目改为“两”。'],
    ]);
    assert.deepEqual(messages('主要做法有三点：一是简化流程；二是压缩时限。'), [
      ['0:5-0:6', '“有三点”说有三点，但其后列出的是两点：一是、二是。请补齐或删减内容，或把数目改为“两”。'],
    ]);
    assert.deepEqual(messages('下面，我从三个方面谈谈认识。\n一、稳增长\n二、促改革'), [
      ['0:5-0:6', '“从三个方面谈谈”说有三个方面，但其后列出的是两个方面：一、二。请补齐或删减内容，或把数目改为“两”。'],
    ]);
    // A numbering that starts again at 一、 is a run of its own (an attachment's, a second document's).
    assert.deepEqual(messages('下面，我讲两点意见。\n一、稳增长\n二、促改革\n一、附件说明\n二、其他'), []);
  });

  it('is silent on numbers in running text that introduce nothing', () => {
    const text = [
      '我们坚决打好“三大保卫战”，取得了显著成效。',
      '一、稳增长', '二、促改革', '三、保民生', '四、防风险',
      '扎实开展6大行业领域专项整治行动，深入打好三大保卫战。',
      '［18］五张清单：指权责清单、负面清单、服务清单、监管清单、评价清单。',
    ].join('\n');
    assert.deepEqual(findingsOf(text, 'consistency-count-claim'), []);
  });
});

describe('consistency-length', () => {
  const body = (n: number) => '严格落实工作责任确保各项任务按期完成。'.repeat(Math.ceil(n / 19)).slice(0, n);
  const notice = (title: string, n: number) => `${title}\n各区人民政府：\n${body(n)}\n某局\n2025年3月1日`;
  const spec = (title: string, genre: FrameSpec['genre'] = 'notice'): FrameSpec => ({ title, date: '2025年3月1日', genre });

  it('counts characters without white space and outside the chrome, per section and in total', () => {
    const page = documentWithFrame('首页 栏目\n一、总体要求\n工作 要求。\n二、重点任务\n抓好落实。', { residue: ['首页 栏目\n'] });
    assert.equal(characterCount(page, 0, page.text.length), 22);
    const doc = parseDocument('一、总体要求\n工作 要求。\n二、重点任务\n抓好落实。');
    assert.deepEqual(doc.root.children.map((s) => characterCount(doc, s.start, s.end)), [11, 11]);
    // Spans across the counting chunks (every 256 code units) count the same as a plain loop.
    const long = parseDocument('甲 乙\n'.repeat(300));
    for (const [s, e] of [[0, 1500], [3, 257], [255, 1201], [700, 700]]) {
      assert.equal(characterCount(long, s, e), [...long.text.slice(s, e)].filter((c) => !/\s/.test(c)).length);
    }
    assert.equal(characterCount(parseDocument('𠀀𠀀 a'), 0, 6), 3);
    // Residue zones across chunk boundaries: the chrome before and after the document is left out of every span.
    const chrome = '首页 栏目 打印本页\n'.repeat(40);
    const framed = documentWithFrame(`${chrome}${'一、总体 要求。\n'.repeat(80)}${chrome}`, { residue: [chrome, chrome] });
    const residue = framed.frame.zones.filter((z) => z.kind.endsWith('residue'));
    assert.equal(residue.length, 2);
    const plain = (s: number, e: number) => [...framed.text.slice(s, e)].filter((c, i) => !/\s/.test(c) && !residue.some((z) => z.start <= s + i && s + i < z.end)).length;
    for (const [s, e] of [[0, framed.text.length], [0, 300], [255, 513], [300, 1100], [1000, framed.text.length], [512, 512]]) {
      assert.equal(characterCount(framed, s, e), plain(s, e), `[${s}, ${e})`);
    }
    assert.equal(speakingMinutes(12001, DEFAULT_LIMITS), 61);
  });

  it('reports a 文件 over 5,000 characters and a 专项 document over 4,000 as information, at the title', () => {
    const long = notice('关于加强安全生产工作的通知', 5100);
    assert.deepEqual(framedFindings(long, spec('关于加强安全生产工作的通知'), 'consistency-length').map((f) => [f.range, f.message]), [
      ['0:0-0:13', '全文约5131字（不计空格），超过5000字。《整治形式主义为基层减负若干规定》要求除部署综合性工作外，地方和部门文件一般不超过5000字，部署专项工作或者具体任务的文件一般不超过4000字。请精简篇幅。'],
    ]);
    assert.equal(analyzeDocument(documentWithFrame(long, spec('关于加强安全生产工作的通知')), only('consistency-length')).findings[0].severity, 'information');
    assert.deepEqual(framedFindings(notice('关于开展专项整治的通知', 4100), spec('关于开展专项整治的通知'), 'consistency-length').map((f) => f.messageId), ['document']);
    assert.deepEqual(framedFindings(notice('关于加强安全生产工作的通知', 4900), spec('关于加强安全生产工作的通知'), 'consistency-length'), []);
  });

  it('reports a speech over 60 minutes at 200 characters a minute', () => {
    const speech = `在全市工作会议上的讲话\n同志们：\n${body(12100)}`;
    assert.deepEqual(framedFindings(speech, { title: '在全市工作会议上的讲话', genre: 'speech' }, 'consistency-length').map((f) => [f.range, f.message]), [
      ['0:0-0:11', '讲话全文约12115字，按每分钟200字约需61分钟，超过60分钟。《整治形式主义为基层减负若干规定》要求主要负责同志讲话或者会议主报告不超过1小时。请精简篇幅。'],
    ]);
  });

  it('takes its limits and speed from the configuration (the limits.* settings), and validates them', () => {
    const values = { rules: { 'consistency-length': 'default' }, limits: { documentCharacters: 6000, charactersPerMinute: 'fast', speed: 3 } };
    const resolved = resolveSettings([{ source: 'config.json', values, file: true, origin: 'workspace' }], RULE_IDS, undefined);
    const config = analysisConfig(resolved.values);
    assert.deepEqual(lengthLimits(config), { ...DEFAULT_LIMITS, documentCharacters: 6000 });
    assert.deepEqual(resolved.problems.map((p) => p.source), ['config.json limits.speed', 'config.json limits.charactersPerMinute']);
    const long = notice('关于加强安全生产工作的通知', 5100);
    const limited = { ...only('consistency-length'), 'limits.documentCharacters': 6000 };
    assert.deepEqual(framedFindings(long, spec('关于加强安全生产工作的通知'), 'consistency-length', limited), []);
  });

  it('is silent on documents dated before the 2024 rules, and on reports and regulations', () => {
    const old = notice('关于加强安全生产工作的通知', 6000).replace('2025年3月1日', '2023年3月1日');
    assert.deepEqual(framedFindings(old, { ...spec('关于加强安全生产工作的通知'), date: '2023年3月1日' }, 'consistency-length'), []);
    assert.deepEqual(framedFindings(notice('政府工作报告', 6000), spec('政府工作报告', 'report'), 'consistency-length'), []);
  });
});

describe('consistency-date', () => {
  const plan = (body: string, date: string) => `关于开展义务植树活动的通知\n各单位：\n${body}\n某局\n${date}`;
  const spec = (date: string, genre: FrameSpec['genre'] = 'plan'): FrameSpec => ({ title: '关于开展义务植树活动的通知', date, genre });

  it('hints at a scheduled date or deadline earlier than the 成文日期', () => {
    const text = plan('一、活动时间：2023年3月22日（星期三）上午8:30。二、请于3月20日前报送名单，12月底前完成总结。', '2023年3月23日');
    assert.deepEqual(framedFindings(text, spec('2023年3月23日'), 'consistency-date').map((f) => [f.range, f.message]), [
      ['2:7-2:17', '“2023年3月22日”早于成文日期“2023年3月23日”：文件印发时这一时间已过。请核对时间或成文日期。'],
      ['2:33-2:38', '“3月20日”早于成文日期“2023年3月23日”：文件印发时这一时间已过。请核对时间或成文日期。'],
    ]);
    assert.equal(analyzeDocument(documentWithFrame(text, spec('2023年3月23日')), only('consistency-date')).findings[0].severity, 'hint');
  });

  it('reads a date without a year in the year nearest the 成文日期 (January after a December date)', () => {
    assert.deepEqual(framedFindings(plan('请于1月10日前报送。', '2023年12月20日'), spec('2023年12月20日'), 'consistency-date'), []);
  });

  it('hints at 今年 or 明年 beside a year the 成文日期 contradicts, in any kind of document', () => {
    const text = plan('今年（2023年）是关键之年，明年即2025年。', '2024年1月5日');
    assert.deepEqual(framedFindings(text, spec('2024年1月5日', 'report'), 'consistency-date').map((f) => f.message), [
      '“今年（2023年）”与成文日期“2024年1月5日”不符：按成文日期，今年是2024年。请核对。',
    ]);
  });

  it('leaves past dates in a report alone', () => {
    const text = plan('已于2023年3月20日前完成整改。', '2023年12月1日');
    assert.deepEqual(framedFindings(text, spec('2023年12月1日', 'report'), 'consistency-date'), []);
  });
});
