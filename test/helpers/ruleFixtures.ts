/**
 * Per-rule fixtures (test/fixtures/rules/<rule-id>/, format in its README.md): an input next to the
 * findings a person reviewed and the text fix-all makes of it. The runner is test/unit/ruleFixtures.test.ts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeText } from '../../server/src/core/engine/analyze';
import type { AnalysisConfig, RuleSetting } from '../../server/src/core/config/config';
import { analysisConfig, resolveSettings } from '../../server/src/core/config/config';
import type { Finding } from '../../server/src/core/model/findings';
import { RULE_IDS, RULES } from '../../server/src/core/rules/index';
import type { Rule, RuleResources } from '../../server/src/core/rules/rule';
import { LineIndex } from '../../server/src/core/text/lineIndex';
import { fixAllText } from '../../server/src/service/fixAll';
import { ProjectFiles } from '../../server/src/project/projectFiles';
import { FIXTURES_DIR } from './paths';
import { spanText } from './snapshots';

export const RULE_FIXTURES_DIR = path.join(FIXTURES_DIR, 'rules');

/** One finding as the reviewed `<case>.json` lists it. */
export interface FixtureFinding {
  /** `line:character-line:character`, zero-based UTF-16 (LSP). */
  range: string;
  /** The text the range spans. */
  text: string;
  severity: string;
  messageId: string;
  data?: Readonly<Record<string, string | number>>;
  message: string;
  related?: { range: string; text: string; message: string }[];
  /** Every fix offered, with what it writes: `range → newText`. */
  fixes?: { title: string; safe: boolean; edits: string[] }[];
}

export interface FixtureCase {
  readonly rule: Rule;
  /** File name without `.txt`. */
  readonly name: string;
  readonly input: string;
  readonly inputFile: string;
  /** `<case>.json`; absent for a `valid…` case (expected: no finding). */
  readonly expectedFile: string;
  /** `<case>.fixed.txt`: present when fix-all changes the text. */
  readonly fixedFile: string;
  readonly configFile: string;
}

/** Only the rule under test, at its default severity (a rule that is off by default at its declared one). */
export function onlyRule(rule: Rule): AnalysisConfig {
  const rules: Record<string, RuleSetting> = {};
  for (const r of RULES) rules[r.id] = 'off';
  rules[rule.id] = rule.offByDefault ? rule.defaultSeverity : 'default';
  return { rules, placeholderMode: 'warning' };
}

/**
 * The configuration of a case: only the rule under test, with what `<case>.config.json` says on top
 * (the same fields as `.gongwen/config.json`; its `rules` may change this rule's severity, not others'),
 * checked against the case's dictionaries.
 */
export function caseConfig(c: FixtureCase, resources: RuleResources): AnalysisConfig {
  const base = onlyRule(c.rule);
  if (!fs.existsSync(c.configFile)) return base;
  const layer = { source: c.configFile, values: JSON.parse(fs.readFileSync(c.configFile, 'utf8')), file: true, origin: 'workspace' } as const;
  const { values, problems } = resolveSettings([layer], RULE_IDS, resources.places);
  if (problems.length) throw new Error(problems.map((p) => `${p.source}: ${p.message}`).join('\n'));
  const config = analysisConfig(values);
  const own = config.rules[c.rule.id];
  return { ...config, rules: { ...base.rules, ...(own ? { [c.rule.id]: own } : {}) } };
}

export function ruleFixtureFolders(): string[] {
  if (!fs.existsSync(RULE_FIXTURES_DIR)) return [];
  return fs.readdirSync(RULE_FIXTURES_DIR, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

export function fixtureCases(rule: Rule): FixtureCase[] {
  const dir = path.join(RULE_FIXTURES_DIR, rule.id);
  return fs.readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && !f.endsWith('.fixed.txt'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'.txt'.length);
      const inputFile = path.join(dir, f);
      return {
        rule, name, inputFile, input: fs.readFileSync(inputFile, 'utf8'),
        expectedFile: path.join(dir, `${name}.json`),
        fixedFile: path.join(dir, `${name}.fixed.txt`),
        configFile: path.join(dir, `${name}.config.json`),
      };
    });
}

export function fixtureFindings(text: string, findings: readonly Finding[]): FixtureFinding[] {
  const lines = new LineIndex(text);
  const span = (start: number, end: number) => ({ range: spanText(lines, start, end), text: text.slice(start, end) });
  return findings.map((f) => ({
    ...span(f.start, f.end),
    severity: f.severity,
    messageId: f.messageId,
    ...(f.data !== undefined ? { data: f.data } : {}),
    message: f.message,
    ...(f.related?.length ? { related: f.related.map((r) => ({ ...span(r.start, r.end), message: r.message })) } : {}),
    ...(f.fixes.length ? {
      fixes: f.fixes.map((fix) => ({ title: fix.title, safe: fix.safe, edits: fix.edits.map((e) => `${spanText(lines, e.start, e.end)} → ${e.newText}`) })),
    } : {}),
  }));
}

/**
 * The dictionaries of a case: the built-in ones, extended by a `.gongwen/` in the rule's folder (its
 * `agencies.json`, `terms.json`), read as the editor and the CLI read a project's files.
 */
export function caseResources(c: FixtureCase, base: RuleResources): RuleResources {
  const dir = path.dirname(c.inputFile);
  const files = new ProjectFiles();
  const project = files.projectOf(c.inputFile, dir);
  if (!project) return base;
  const data = files.read(project);
  const problems = [...data.problems, ...data.agencyProblems, ...data.termProblems];
  if (problems.length) throw new Error(problems.map((p) => `${p.source}: ${p.message}`).join('\n'));
  return files.resources(base, project, [], (p) => {
    throw new Error(`${p.source}: ${p.message}`);
  });
}

/** What the runner computes for a case: findings of the input, and fix-all to convergence. */
export function runCase(c: FixtureCase, base: RuleResources): { findings: FixtureFinding[]; failures: readonly { ruleId: string; error: string }[]; fixed: string; converged: boolean } {
  const config = caseConfig(c, base);
  const resources = caseResources(c, base);
  const result = analyzeText(c.input, config, resources);
  const fixed = fixAllText(c.input, config, resources);
  return { findings: fixtureFindings(c.input, result.findings), failures: result.failures, fixed: fixed.text, converged: fixed.converged };
}

/** Write what the runner computes as the case's expectations (UPDATE_RULE_FIXTURES=1): review the diff. */
export function writeExpectations(c: FixtureCase, resources: RuleResources): void {
  const { findings, fixed } = runCase(c, resources);
  if (findings.length || !c.name.startsWith('valid')) fs.writeFileSync(c.expectedFile, JSON.stringify(findings, null, 2) + '\n');
  if (fixed !== c.input) fs.writeFileSync(c.fixedFile, fixed);
  else if (fs.existsSync(c.fixedFile)) fs.rmSync(c.fixedFile);
}
