import type { PolicyDocument } from '../model/document';
import type { Finding, Severity } from '../model/findings';
import type { AnalysisConfig } from '../config/config';
import { DEFAULT_CONFIG } from '../config/config';
import type { ReportedFinding, Rule, RuleResources } from '../rules/rule';
import { RULES } from '../rules/index';
import { parseDocument } from '../parser/parseDocument';

export interface AnalysisResult {
  readonly document: PolicyDocument;
  readonly findings: readonly Finding[];
  /** Rules that threw (a bug): the analysis goes on without them. */
  readonly failures: readonly { ruleId: string; error: string }[];
}

function effectiveSeverity(rule: Rule, reported: Severity | undefined, config: AnalysisConfig): Severity | 'off' {
  const setting = config.rules[rule.id];
  if (setting === 'off') return 'off';
  if (setting && setting !== 'default') return setting;
  if (rule.category === 'placeholder') {
    if (config.placeholderMode === 'final') return 'error';
    if (config.placeholderMode === 'hint') return 'hint';
  }
  return reported ?? rule.defaultSeverity;
}

/** Lines (zero-based) on which each rule is switched off by inline directives; '*' means every rule. */
function disabledLines(doc: PolicyDocument): { file: Set<string>; lines: Map<number, Set<string>> } {
  const file = new Set<string>();
  const lines = new Map<number, Set<string>>();
  for (const d of doc.directives) {
    const ids = d.ruleIds.length ? d.ruleIds : ['*'];
    if (d.scope === 'file') ids.forEach((id) => file.add(id));
    else {
      const line = d.scope === 'next-line' ? d.line + 1 : d.line;
      const set = lines.get(line) ?? new Set<string>();
      ids.forEach((id) => set.add(id));
      lines.set(line, set);
    }
  }
  return { file, lines };
}

/** Run every enabled rule over one parsed document. Pure and synchronous. */
export function analyzeDocument(doc: PolicyDocument, config: AnalysisConfig = DEFAULT_CONFIG, resources: RuleResources = {}, rules: readonly Rule[] = RULES): AnalysisResult {
  const findings: Finding[] = [];
  const failures: { ruleId: string; error: string }[] = [];
  const disabled = disabledLines(doc);
  for (const rule of rules) {
    const setting = config.rules[rule.id];
    if (setting === 'off' || (rule.offByDefault && (setting === undefined || setting === 'default'))) continue;
    if (disabled.file.has(rule.id) || disabled.file.has('*')) continue;
    const ctx = {
      config,
      resources,
      report(f: ReportedFinding) {
        const severity = effectiveSeverity(rule, f.severity, config);
        if (severity === 'off') return;
        const start = Math.max(0, Math.min(f.start, doc.text.length));
        const end = Math.max(start, Math.min(f.end, doc.text.length));
        if (disabled.lines.size) {
          const set = disabled.lines.get(doc.lines.lineOf(start));
          if (set && (set.has('*') || set.has(rule.id))) return;
        }
        findings.push({
          ruleId: rule.id, severity, message: f.message, start, end,
          fixes: f.fixes ?? [], related: f.related, data: f.data,
        });
      },
    };
    try {
      rule.check(doc, ctx);
    } catch (e) {
      failures.push({ ruleId: rule.id, error: e instanceof Error ? e.stack ?? e.message : String(e) });
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  return { document: doc, findings, failures };
}

export function analyzeText(text: string, config: AnalysisConfig = DEFAULT_CONFIG, resources: RuleResources = {}): AnalysisResult {
  return analyzeDocument(parseDocument(text), config, resources);
}
