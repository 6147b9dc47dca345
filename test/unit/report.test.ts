import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeText } from '../../server/src/core/engine/analyze';
import { buildReport, reportHtml, reportMarkdown } from '../../server/src/service/report';
import { loadResources } from '../../server/src/resources';
import { ROOT } from '../../scripts/docs';
import { FIXTURES_DIR } from '../helpers/paths';

describe('check report', () => {
  const text = fs.readFileSync(path.join(ROOT, 'seeds', '000_eb871b876f348fa5.txt'), 'utf8');
  const result = analyzeText(text);
  const report = buildReport(result, '000.txt', '2026-01-01 08:00');

  it('counts every finding once by rule, and by severity', () => {
    assert.equal(report.byKind.reduce((n, k) => n + k.count, 0), result.findings.length);
    assert.equal(report.bySeverity.reduce((n, s) => n + s.count, 0), result.findings.length);
    const start = report.byKind.find((k) => k.code === 'numbering-start');
    assert.equal(start?.count, result.findings.filter((f) => f.ruleId === 'numbering-start').length);
    assert.match(start!.description, /序号/);
  });

  it('attributes findings to sections, the subsections included, with placeholder counts', () => {
    const second = report.bySection.find((s) => s.name.startsWith('二、坚持问题导向'));
    assert.ok(second);
    assert.equal(second.line, 2);
    assert.equal(second.depth, 0);
    const inside = result.findings.filter((f) => f.start >= text.indexOf('二、坚持问题导向') && f.start < text.indexOf('三、加强组织领导'));
    assert.equal(second.problems, inside.length);
    assert.equal(second.placeholders, inside.filter((f) => f.ruleId.startsWith('placeholder-')).length);
  });

  it('writes Markdown tables with one row per finding and HTML with escaped text', () => {
    const md = reportMarkdown(report);
    assert.match(md, /^# 公文检查报告：000\.txt/);
    assert.equal(md.split('\n').filter((l) => /^\| \d+ \| \d+ \|/.test(l)).length, result.findings.length);
    const html = reportHtml(buildReport(analyzeText('一、总体\n三、<b>任务</b>\n'), 'a&b.txt', 'now'));
    assert.match(html, /<title>公文检查报告：a&amp;b\.txt<\/title>/);
    assert.match(html, /三、&lt;b&gt;任务&lt;\/b&gt;/);
    assert.match(html, /numbering-gap/);
  });

  it('says so when nothing is found', () => {
    assert.match(reportMarkdown(buildReport(analyzeText('关于工作的通知\n'), 'x.txt', 'now')), /未发现问题。/);
  });

  /**
   * test/fixtures/report/: a short notice (draft.txt) and its report in Chinese and in English, side by side.
   * `UPDATE_REPORT_FIXTURES=1 npx mocha -g "check report"` rewrites them when the findings change — read the diff.
   */
  describe('the report of a short notice, in Chinese and in English (test/fixtures/report/)', () => {
    const dir = path.join(FIXTURES_DIR, 'report');
    const draft = analyzeText(fs.readFileSync(path.join(dir, 'draft.txt'), 'utf8'), undefined, loadResources());
    const expect = (file: string, actual: string) => {
      if (process.env.UPDATE_REPORT_FIXTURES === '1') fs.writeFileSync(path.join(dir, file), actual);
      assert.equal(actual, fs.readFileSync(path.join(dir, file), 'utf8'), `${file} differs`);
    };
    for (const language of ['zh', 'en'] as const) {
      it(`Markdown in ${language}: headings, table heads, summary, severities, categories, rule descriptions and messages`, () => {
        expect(`report.${language}.md`, reportMarkdown(buildReport(draft, 'draft.txt', '2026-02-10 09:30', language)));
      });
      it(`HTML in ${language}, with <html lang> of that language`, () => {
        expect(`report.${language}.html`, reportHtml(buildReport(draft, 'draft.txt', '2026-02-10 09:30', language)));
      });
    }
    it('an English report of a clean draft says so, and counts one problem in the singular', () => {
      assert.match(reportMarkdown(buildReport(analyzeText('关于工作的通知\n'), 'x.txt', 'now', 'en')), /\n\nNo problems found\.\n\n$/);
      assert.match(reportMarkdown(buildReport(analyzeText('一、总体\n三、任务\n'), 'x.txt', 'now', 'en')), /\n\n1 problem \(1 warning\); by category: Numbering 1\./);
    });
  });
});
