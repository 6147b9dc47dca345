import type { AnalysisResult } from '../core/engine/analyze';
import type { Section } from '../core/model/document';
import { type Finding, type Severity, SEVERITY_NAMES } from '../core/model/findings';
import { ruleById } from '../core/rules/index';
import { CATEGORY_NAMES } from '../core/rules/rule';
import { findingMessage, ruleDescription, type UiLanguage } from './language';
import { isPlaceholder } from './placeholders';
import { headingName } from './sections';

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** The report's own words in each language; the findings and rule descriptions come in it from the registry. */
const WORDS = {
  zh: {
    htmlLang: 'zh-CN',
    title: (file: string) => `公文检查报告：${file}`,
    generatedAt: (time: string) => `生成时间：${time}`,
    noProblems: '未发现问题。',
    summary: (total: number, severities: string, categories: string) => `共 ${total} 个问题（${severities}）；按类别：${categories}。`,
    severityCount: (name: string, count: number) => `${name} ${count} 个`,
    listSeparator: '，',
    beforeFirstHeading: '（首个标题之前）',
    byKind: '按问题类型',
    bySection: '按章节',
    findings: '问题清单',
    kindHead: ['规则', '说明', '数量'],
    sectionHead: ['章节', '行', '问题（含下级）', '其中占位符'],
    findingHead: ['行', '列', '级别', '规则', '说明'],
    severity: SEVERITY_NAMES,
  },
  en: {
    htmlLang: 'en',
    title: (file: string) => `Check report: ${file}`,
    generatedAt: (time: string) => `Generated: ${time}`,
    noProblems: 'No problems found.',
    summary: (total: number, severities: string, categories: string) => `${total} ${total === 1 ? 'problem' : 'problems'} (${severities}); by category: ${categories}.`,
    // `information` has no plural.
    severityCount: (name: string, count: number) => `${count} ${name}${count === 1 || name === 'information' ? '' : 's'}`,
    listSeparator: ', ',
    beforeFirstHeading: '(before the first heading)',
    byKind: 'By kind of problem',
    bySection: 'By section',
    findings: 'All problems',
    kindHead: ['Rule', 'Description', 'Count'],
    sectionHead: ['Section', 'Line', 'Problems (with subsections)', 'Of which placeholders'],
    findingHead: ['Line', 'Column', 'Severity', 'Rule', 'Message'],
    severity: { error: 'error', warning: 'warning', information: 'information', hint: 'hint' } satisfies Record<Severity, string>,
  },
} as const;

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
  /** The language every word of it is in. */
  readonly language: UiLanguage;
  readonly fileName: string;
  readonly generatedAt: string;
  readonly bySeverity: readonly { severity: string; count: number }[];
  readonly byCategory: readonly { category: string; count: number }[];
  readonly byKind: readonly KindRow[];
  readonly bySection: readonly SectionRow[];
  readonly findings: readonly FindingRow[];
}

export function buildReport(result: AnalysisResult, fileName: string, generatedAt: string, language: UiLanguage = 'zh'): CheckReport {
  const { document: doc, findings } = result;
  const words = WORDS[language];
  const bySeverity = SEVERITY_ORDER.map((s) => ({ severity: words.severity[s], count: findings.filter((f) => f.severity === s).length })).filter((r) => r.count);

  const categoryCounts = new Map<string, number>();
  const kindCounts = new Map<string, number>();
  for (const f of findings) {
    const name = CATEGORY_NAMES[f.category][language];
    categoryCounts.set(name, (categoryCounts.get(name) ?? 0) + 1);
    kindCounts.set(f.ruleId, (kindCounts.get(f.ruleId) ?? 0) + 1);
  }
  const byCategory = [...categoryCounts].map(([category, count]) => ({ category, count }));
  const byKind = [...kindCounts]
    .map(([code, count]) => {
      const rule = ruleById(code);
      return { code, count, description: rule ? ruleDescription(rule, language) : '' };
    })
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));

  const bySection: SectionRow[] = [];
  const inRange = (f: Finding, start: number, end: number) => f.start >= start && f.start < end;
  const firstHeading = doc.root.children[0];
  const before = firstHeading ? findings.filter((f) => f.start < firstHeading.start) : [];
  if (before.length) {
    bySection.push({ name: words.beforeFirstHeading, depth: 0, line: 1, problems: before.length, placeholders: before.filter(isPlaceholder).length });
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
    return { line: p.line + 1, column: p.character + 1, severity: words.severity[f.severity], code: f.ruleId, message: findingMessage(f, language) };
  });
  return { language, fileName, generatedAt, bySeverity, byCategory, byKind, bySection, findings: rows };
}

function summary(r: CheckReport): string {
  const words = WORDS[r.language];
  if (!r.findings.length) return words.noProblems;
  const severities = r.bySeverity.map((s) => words.severityCount(s.severity, s.count)).join(words.listSeparator);
  const categories = r.byCategory.map((c) => `${c.category} ${c.count}`).join(words.listSeparator);
  return words.summary(r.findings.length, severities, categories);
}

/** Table cells may not contain a pipe or a line break. */
function mdCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n|\r/g, ' ');
}

const mdHead = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

export function reportMarkdown(r: CheckReport): string {
  const words = WORDS[r.language];
  const out: string[] = [`# ${words.title(r.fileName)}`, '', words.generatedAt(r.generatedAt), '', summary(r), ''];
  if (r.findings.length) {
    out.push(`## ${words.byKind}`, '', mdHead(words.kindHead), '|---|---|---:|');
    for (const k of r.byKind) out.push(`| \`${k.code}\` | ${mdCell(k.description)} | ${k.count} |`);
    out.push('', `## ${words.bySection}`, '', mdHead(words.sectionHead), '|---|---:|---:|---:|');
    for (const s of r.bySection) out.push(`| ${'　'.repeat(s.depth)}${mdCell(s.name)} | ${s.line} | ${s.problems} | ${s.placeholders} |`);
    out.push('', `## ${words.findings}`, '', mdHead(words.findingHead), '|---:|---:|---|---|---|');
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
  const words = WORDS[r.language];
  const parts = [
    '<!DOCTYPE html>',
    `<html lang="${words.htmlLang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${esc(words.title(r.fileName))}</title>`,
    '<style>body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em;line-height:1.6}table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #999;padding:.25em .6em;text-align:left;vertical-align:top}th{background:#eee}</style>',
    '</head>',
    '<body>',
    `<h1>${esc(words.title(r.fileName))}</h1>`,
    `<p>${esc(words.generatedAt(r.generatedAt))}</p>`,
    `<p>${esc(summary(r))}</p>`,
  ];
  if (r.findings.length) {
    parts.push(`<h2>${esc(words.byKind)}</h2>`, htmlTable(words.kindHead, r.byKind.map((k) => [k.code, k.description, String(k.count)])));
    parts.push(`<h2>${esc(words.bySection)}</h2>`, htmlTable(words.sectionHead,
      r.bySection.map((s) => ['　'.repeat(s.depth) + s.name, String(s.line), String(s.problems), String(s.placeholders)])));
    parts.push(`<h2>${esc(words.findings)}</h2>`, htmlTable(words.findingHead,
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
