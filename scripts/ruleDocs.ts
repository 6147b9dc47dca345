/**
 * One Chinese page per rule, `docs/rules/<id>.md`, generated from the rule registry and the rule's
 * reviewed fixtures (test/fixtures/rules/<id>/: an input it reports with the reviewed findings and the
 * fixed text, an input it leaves alone). Every diagnostic links to its page (`codeDescription`); the
 * pages ship in the .vsix. Part of `npm run docs`; test/unit/docs.test.ts fails when a page drifts.
 */
import * as fs from 'node:fs';
import { SEVERITY_NAMES } from '../server/src/core/model/findings';
import { RULES } from '../server/src/core/rules/index';
import { CATEGORY_NAMES, type Rule } from '../server/src/core/rules/rule';
import { fixtureCases, RULE_FIXTURES_DIR, type FixtureCase, type FixtureFinding } from '../test/helpers/ruleFixtures';

export const RULE_DOCS_DIR = 'docs/rules';

/** An example longer than this is shown by its first lines (fixtures of whole documents). */
const MAX_EXAMPLE_LINES = 14;

/** The case a page shows: `invalid` / `valid` when there is one, else the first of its kind. */
function exampleCase(rule: Rule, kind: 'invalid' | 'valid'): FixtureCase | undefined {
  if (!fs.existsSync(`${RULE_FIXTURES_DIR}/${rule.id}`)) return undefined;
  const cases = fixtureCases(rule).filter((c) => c.name === kind || c.name.startsWith(`${kind}-`));
  return cases.find((c) => c.name === kind) ?? cases[0];
}

function shown(text: string): { text: string; lines: number; cut: boolean } {
  const all = text.replace(/\n$/, '').split('\n');
  const cut = all.length > MAX_EXAMPLE_LINES;
  return { text: all.slice(0, MAX_EXAMPLE_LINES).join('\n') + (cut ? '\n……' : ''), lines: cut ? MAX_EXAMPLE_LINES : all.length, cut };
}

/** A fenced block that no backtick run inside the text can close. */
function fenced(text: string, language = 'text'): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${text}\n${fence}`;
}

/** The case's own settings (`<case>.config.json`), which the example needs to be read right. */
function caseSettings(c: FixtureCase): string[] {
  return fs.existsSync(c.configFile) ? ['设置（`.gongwen/config.json`）：', '', fenced(fs.readFileSync(c.configFile, 'utf8').trim(), 'json'), ''] : [];
}

function fixLine(finding: FixtureFinding): string {
  const line = Number(finding.range.split(':')[0]) + 1;
  const fixes = finding.fixes?.length
    ? `快速修复：${finding.fixes.map((f) => `${f.title}${f.safe ? '（可安全自动修复）' : ''}`).join('；')}。`
    : '';
  return `- 第 ${line} 行：${finding.message}${fixes ? ' ' + fixes : ''}`;
}

export function rulePage(rule: Rule): string {
  const category = CATEGORY_NAMES[rule.category];
  const severity = rule.offByDefault ? `关闭（开启时为${SEVERITY_NAMES[rule.defaultSeverity]}）` : SEVERITY_NAMES[rule.defaultSeverity];
  const out = [
    `# ${rule.id}`,
    '',
    `<!-- 由 \`npm run docs\` 从规则注册表和 test/fixtures/rules/${rule.id}/ 生成，请勿手改。 -->`,
    '',
    rule.description,
    '',
    '| 类别 | 默认级别 | 自动修复 |',
    '|---|---|---|',
    `| ${category.zh}（\`${rule.category}\`） | ${severity} | ${rule.fixable ? '有：“修复全部可安全修复的问题”和 `gongwen-lint --fix` 会执行' : '无，需人工修改'} |`,
    '',
  ];
  const invalid = exampleCase(rule, 'invalid');
  if (invalid) {
    const input = shown(invalid.input);
    const findings: FixtureFinding[] = fs.existsSync(invalid.expectedFile) ? JSON.parse(fs.readFileSync(invalid.expectedFile, 'utf8')) : [];
    const visible = findings.filter((f) => Number(f.range.split(':')[0]) < input.lines);
    out.push('## 会报告', '', ...caseSettings(invalid), fenced(input.text), '', ...visible.map(fixLine), '');
    if (fs.existsSync(invalid.fixedFile)) out.push('修复全部可安全修复的问题之后：', '', fenced(shown(fs.readFileSync(invalid.fixedFile, 'utf8')).text), '');
  } else {
    out.push('## 会报告', '', '（此规则还没有示例：test/fixtures/rules/ 中没有它的用例。）', '');
  }
  const valid = exampleCase(rule, 'valid');
  if (valid) out.push('## 不会报告', '', ...caseSettings(valid), fenced(shown(valid.input).text), '');
  out.push(
    '## 如何关闭',
    '',
    `- 仅此一处：在该行末尾加 \`<!-- gongwen-disable-line ${rule.id} -->\`（快速修复菜单中的“停用规则…”可代为添加）。`,
    `- 整个文件：在文件开头加 \`<!-- gongwen-disable-file ${rule.id} -->\`。`,
    `- 所有文稿：设置 \`"gongwen.rules": { "${rule.id}": "off" }\`；也可改为 \`error\`、\`warning\`、\`information\` 或 \`hint\`。`,
    '',
  );
  return out.join('\n');
}

/** The index page: every rule, by category, with its description. */
function indexPage(): string {
  const out = ['# 规则一览', '', '<!-- 由 `npm run docs` 从规则注册表生成，请勿手改。 -->', ''];
  for (const category of [...new Set(RULES.map((r) => r.category))]) {
    out.push(`## ${CATEGORY_NAMES[category].zh}`, '');
    for (const r of RULES.filter((x) => x.category === category)) out.push(`- [\`${r.id}\`](${r.id}.md)：${r.description}`);
    out.push('');
  }
  return out.join('\n');
}

/** Path → content of every page. */
export function ruleDocFiles(): Record<string, string> {
  const files: Record<string, string> = { [`${RULE_DOCS_DIR}/README.md`]: indexPage() };
  for (const rule of RULES) files[`${RULE_DOCS_DIR}/${rule.id}.md`] = rulePage(rule);
  return files;
}
