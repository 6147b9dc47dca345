import type { AnalysisResult } from '../core/engine/analyze';
import type { Section } from '../core/model/document';
import { type Finding, type Severity, SEVERITY_NAMES } from '../core/model/findings';
import { ruleById } from '../core/rules/index';
import { CATEGORY_NAMES } from '../core/rules/rule';
import { isPlaceholder } from './placeholders';
import { headingName } from './sections';

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

interface KindRow {
  readonly code: string;
  readonly description: string;
  readonly count: number;
}

interface SectionRow {
  readonly name: string;
  readonly depth: number;
  readonly line: number;
  /** Findings in the section, its subsections included. */
  readonly problems: number;
  readonly placeholders: number;
}

interface FindingRow {
  readonly line: number;
  readonly column: number;
  readonly severity: string;
  readonly code: string;
  readonly message: string;
}

/** What a check report says, before it is written as Markdown or HTML. */
export interface CheckReport {
  readonly fileName: string;
  readonly generatedAt: string;
  readonly bySeverity: readonly { severity: string; count: number }[];
  readonly byCategory: readonly { category: string; count: number }[];
  readonly byKind: readonly KindRow[];
  readonly bySection: readonly SectionRow[];
  readonly findings: readonly FindingRow[];
}

export function buildReport(result: AnalysisResult, fileName: string, generatedAt: string): CheckReport {
  const { document: doc, findings } = result;
  const bySeverity = SEVERITY_ORDER.map((s) => ({ severity: SEVERITY_NAMES[s], count: findings.filter((f) => f.severity === s).length })).filter((r) => r.count);

  const categoryCounts = new Map<string, number>();
  const kindCounts = new Map<string, number>();
  for (const f of findings) {
    const name = CATEGORY_NAMES[f.category].zh;
    categoryCounts.set(name, (categoryCounts.get(name) ?? 0) + 1);
    kindCounts.set(f.ruleId, (kindCounts.get(f.ruleId) ?? 0) + 1);
  }
  const byCategory = [...categoryCounts].map(([category, count]) => ({ category, count }));
  const byKind = [...kindCounts]
    .map(([code, count]) => ({ code, count, description: ruleById(code)?.description ?? '' }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));

  const bySection: SectionRow[] = [];
  const inRange = (f: Finding, start: number, end: number) => f.start >= start && f.start < end;
  const firstHeading = doc.root.children[0];
  const before = firstHeading ? findings.filter((f) => f.start < firstHeading.start) : [];
  if (before.length) {
    bySection.push({ name: '（首个标题之前）', depth: 0, line: 1, problems: before.length, placeholders: before.filter(isPlaceholder).length });
  }
  const visit = (section: Section, depth: number) => {
    const end = Math.max(section.end, section.heading!.end);
    const inside = findings.filter((f) => inRange(f, section.start, end));
    if (!inside.length) return;
    bySection.push({
      name: headingName(section), depth, line: doc.lines.lineOf(section.start) + 1,
      problems: inside.length, placeholders: inside.filter(isPlaceholder).length,
    });
    for (const child of section.children) visit(child, depth + 1);
  };
  for (const section of doc.root.children) visit(section, 0);

  const rows = findings.map((f) => {
    const p = doc.lines.positionAt(f.start);
    return { line: p.line + 1, column: p.character + 1, severity: SEVERITY_NAMES[f.severity], code: f.ruleId, message: f.message };
  });
  return { fileName, generatedAt, bySeverity, byCategory, byKind, bySection, findings: rows };
}

function summary(r: CheckReport): string {
  if (!r.findings.length) return '未发现问题。';
  const severities = r.bySeverity.map((s) => `${s.severity} ${s.count} 个`).join('，');
  const categories = r.byCategory.map((c) => `${c.category} ${c.count}`).join('，');
  return `共 ${r.findings.length} 个问题（${severities}）；按类别：${categories}。`;
}

/** Table cells may not contain a pipe or a line break. */
function mdCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n|\r/g, ' ');
}

export function reportMarkdown(r: CheckReport): string {
  const out: string[] = [`# 公文检查报告：${r.fileName}`, '', `生成时间：${r.generatedAt}`, '', summary(r), ''];
  if (r.findings.length) {
    out.push('## 按问题类型', '', '| 规则 | 说明 | 数量 |', '|---|---|---:|');
    for (const k of r.byKind) out.push(`| \`${k.code}\` | ${mdCell(k.description)} | ${k.count} |`);
    out.push('', '## 按章节', '', '| 章节 | 行 | 问题（含下级） | 其中占位符 |', '|---|---:|---:|---:|');
    for (const s of r.bySection) out.push(`| ${'　'.repeat(s.depth)}${mdCell(s.name)} | ${s.line} | ${s.problems} | ${s.placeholders} |`);
    out.push('', '## 问题清单', '', '| 行 | 列 | 级别 | 规则 | 说明 |', '|---:|---:|---|---|---|');
    for (const f of r.findings) out.push(`| ${f.line} | ${f.column} | ${f.severity} | \`${f.code}\` | ${mdCell(f.message)} |`);
  }
  return out.join('\n') + '\n';
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function htmlTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const th = head.map((h) => `<th>${esc(h)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

export function reportHtml(r: CheckReport): string {
  const parts = [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${esc(`公文检查报告：${r.fileName}`)}</title>`,
    '<style>body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em;line-height:1.6}table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #999;padding:.25em .6em;text-align:left;vertical-align:top}th{background:#eee}</style>',
    '</head>',
    '<body>',
    `<h1>${esc(`公文检查报告：${r.fileName}`)}</h1>`,
    `<p>生成时间：${esc(r.generatedAt)}</p>`,
    `<p>${esc(summary(r))}</p>`,
  ];
  if (r.findings.length) {
    parts.push('<h2>按问题类型</h2>', htmlTable(['规则', '说明', '数量'], r.byKind.map((k) => [k.code, k.description, String(k.count)])));
    parts.push('<h2>按章节</h2>', htmlTable(['章节', '行', '问题（含下级）', '其中占位符'],
      r.bySection.map((s) => ['　'.repeat(s.depth) + s.name, String(s.line), String(s.problems), String(s.placeholders)])));
    parts.push('<h2>问题清单</h2>', htmlTable(['行', '列', '级别', '规则', '说明'],
      r.findings.map((f) => [String(f.line), String(f.column), f.severity, f.code, f.message])));
  }
  parts.push('</body>', '</html>');
  return parts.join('\n') + '\n';
}

export type ReportFormat = 'markdown' | 'html';

export function renderReport(r: CheckReport, format: ReportFormat): string {
  return format === 'html' ? reportHtml(r) : reportMarkdown(r);
}

/** `2026-01-05 09:30`, local time: when a report was made. */
export function reportTime(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/** What the status bar shows for a draft: findings by severity and placeholders. */
export interface FindingCounts {
  readonly errors: number;
  readonly warnings: number;
  /** Information and hints. */
  readonly infos: number;
  readonly placeholders: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let placeholders = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
    if (isPlaceholder(f)) placeholders++;
  }
  return { errors, warnings, infos, placeholders };
}
