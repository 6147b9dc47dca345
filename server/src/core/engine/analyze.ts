import type { PolicyDocument } from '../model/document';
import type { Finding, Fix, Severity } from '../model/findings';
import { lazyFix } from '../model/findings';
import type { AnalysisConfig } from '../config/config';
import { DEFAULT_CONFIG } from '../config/config';
import type { ReportedFinding, Rule, RuleResources } from '../rules/rule';
import { formatMessage } from '../rules/rule';
import { RULES } from '../rules/index';
import { parseDocument } from '../parser/parseDocument';
import { breaksVerbatim } from '../parser/verbatim';

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

/**
 * The finished messages of one rule's findings: its template for `messageId` filled in from `data`. A rule
 * reporting thousands of findings of a few kinds (a mark each) shares one data object per kind, so the
 * messages of the last few data objects are kept and each is filled in once; findings without data are
 * filled in once per message id. Only a few are kept, and by position, not in a map of every data object:
 * a rule reporting a fresh data object per finding would otherwise pay for an entry per finding.
 */
class RuleMessages {
  private static readonly KEPT = 16;
  // Made at the first finding: most rules report nothing on most drafts, and this runs per rule per analysis.
  private data: (object | undefined)[] | undefined;
  private ids: string[] | undefined;
  private messages: string[] | undefined;
  /** Where the next data object kept goes (the oldest is replaced). */
  private next = 0;
  private withoutData: Map<string, string> | undefined;

  constructor(private readonly rule: Rule) {}

  of(f: ReportedFinding): string {
    const data = f.data;
    if (data === undefined) {
      this.withoutData ??= new Map();
      let message = this.withoutData.get(f.messageId);
      if (message === undefined) this.withoutData.set(f.messageId, (message = this.fill(f.messageId, undefined)));
      return message;
    }
    const kept = (this.data ??= new Array(RuleMessages.KEPT).fill(undefined));
    const ids = (this.ids ??= new Array(RuleMessages.KEPT).fill(''));
    const messages = (this.messages ??= new Array(RuleMessages.KEPT).fill(''));
    for (let k = 0; k < RuleMessages.KEPT; k++) if (kept[k] === data && ids[k] === f.messageId) return messages[k];
    const message = this.fill(f.messageId, data);
    const k = this.next;
    kept[k] = data;
    ids[k] = f.messageId;
    messages[k] = message;
    this.next = (k + 1) % RuleMessages.KEPT;
    return message;
  }

  private fill(messageId: string, data: ReportedFinding['data']): string {
    const template = this.rule.messages[messageId];
    if (template === undefined) throw new Error(`${this.rule.id}: no message template “${messageId}”`);
    return formatMessage(template, data);
  }
}

/** Where each rule is switched off by inline directives: the whole file, or lines (zero-based; '*' means every rule). */
export interface DisabledRules {
  readonly file: ReadonlySet<string>;
  readonly lines: ReadonlyMap<number, ReadonlySet<string>>;
}

export function disabledRules(doc: PolicyDocument): DisabledRules {
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

/** The rules a configuration runs on a document: switched on, and not disabled for the whole file. */
export function enabledRules(rules: readonly Rule[], config: AnalysisConfig, disabled: DisabledRules): Rule[] {
  return rules.filter((rule) => {
    const setting = config.rules[rule.id];
    if (setting === 'off' || (rule.offByDefault && (setting === undefined || setting === 'default'))) return false;
    return !disabled.file.has(rule.id) && !disabled.file.has('*');
  });
}

/**
 * A moved fix's original (as the rule reported it) and how far it has moved in all. A finding after the
 * edit moves on every keystroke; each move wraps the original once more instead of the last move, so a
 * fix is never a chain of one wrapper per keystroke (kept alive, and walked whenever its edits are read).
 */
const movedFixes = new WeakMap<Fix, { readonly original: Fix; readonly by: number }>();

function moveFix(fix: Fix, by: number): Fix {
  const moved = movedFixes.get(fix);
  const original = moved ? moved.original : fix;
  const total = (moved ? moved.by : 0) + by;
  const out = lazyFix(fix, () => original.edits.map((e) => ({ ...e, start: e.start + total, end: e.end + total })));
  movedFixes.set(out, { original, by: total });
  return out;
}

/** The finding moved by `by` code units, with its fixes (still built only when read) and related spans. */
export function shiftFinding(f: Finding, by: number): Finding {
  if (by === 0) return f;
  return {
    ...f, start: f.start + by, end: f.end + by,
    fixes: f.fixes.map((fix) => moveFix(fix, by)),
    related: f.related?.map((r) => ({ ...r, start: r.start + by, end: r.end + by })),
  };
}

/** The order of findings: by position, then rule id; the sort is stable, so each rule keeps its report order. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/**
 * Run rules over one document, with the severities and inline directives applied; sorted findings.
 * `firstLine`: where the document starts in the draft the directives are from (a window of lines).
 */
export function runRules(
  doc: PolicyDocument, rules: readonly Rule[], config: AnalysisConfig, resources: RuleResources,
  disabled: DisabledRules, failures: { ruleId: string; error: string }[], firstLine = 0,
): Finding[] {
  return drain(ruleSteps(doc, rules, config, resources, disabled, failures, firstLine));
}

/**
 * `runRules` a rule at a time: the generator pauses after each rule, so a caller that drives it can let
 * other work run in between (the language server does, for large drafts). Still pure and synchronous.
 */
export function* ruleSteps(
  doc: PolicyDocument, rules: readonly Rule[], config: AnalysisConfig, resources: RuleResources,
  disabled: DisabledRules, failures: { ruleId: string; error: string }[], firstLine = 0,
): Generator<void, Finding[]> {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const messages = new RuleMessages(rule);
    // The severity of findings that name none: the same for every finding of the rule.
    const ruleSeverity = effectiveSeverity(rule, undefined, config);
    const ctx = {
      config,
      resources,
      report(f: ReportedFinding) {
        const severity = f.severity === undefined ? ruleSeverity : effectiveSeverity(rule, f.severity, config);
        if (severity === 'off') return;
        const start = Math.max(0, Math.min(f.start, doc.text.length));
        const end = Math.max(start, Math.min(f.end, doc.text.length));
        if (disabled.lines.size) {
          const set = disabled.lines.get(firstLine + doc.lines.lineOf(start));
          if (set && (set.has('*') || set.has(rule.id))) return;
        }
        // Syntax and verbatim text (front matter, code, link syntax, addresses) is never reported on or edited into.
        const verbatim = doc.verbatim;
        if (verbatim.length && breaksVerbatim(verbatim, start, end)) return;
        const reported = f.fixes;
        if (reported === undefined || !verbatim.length) {
          findings.push({
            ruleId: rule.id, category: rule.category, severity, message: messages.of(f), messageId: f.messageId, start, end,
            fixes: reported ?? [], related: f.related, data: f.data,
          });
          return;
        }
        // The fixes that edit no verbatim text, found when first read: a lazy fix (a convert-all, a renumbering)
        // would otherwise be built on every analysis of a draft holding one address.
        let fixes: readonly Fix[] | undefined;
        findings.push({
          ruleId: rule.id, category: rule.category, severity, message: messages.of(f), messageId: f.messageId, start, end,
          get fixes() {
            return (fixes ??= reported.filter((fix) => !fix.edits.some((e) => breaksVerbatim(verbatim, e.start, e.end))));
          },
          related: f.related, data: f.data,
        });
      },
    };
    try {
      rule.check(doc, ctx);
    } catch (e) {
      failures.push({ ruleId: rule.id, error: e instanceof Error ? e.stack ?? e.message : String(e) });
    }
    yield;
  }
  return findings.sort(compareFindings);
}

/** Run a stepwise computation to its end at once. */
export function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Run every enabled rule over one parsed document. Pure and synchronous. */
export function analyzeDocument(doc: PolicyDocument, config: AnalysisConfig = DEFAULT_CONFIG, resources: RuleResources = {}, rules: readonly Rule[] = RULES): AnalysisResult {
  return drain(analysisSteps(doc, config, resources, rules));
}

/** `analyzeDocument` a rule at a time (see `ruleSteps`). */
export function* analysisSteps(doc: PolicyDocument, config: AnalysisConfig = DEFAULT_CONFIG, resources: RuleResources = {}, rules: readonly Rule[] = RULES): Generator<void, AnalysisResult> {
  const failures: { ruleId: string; error: string }[] = [];
  const disabled = disabledRules(doc);
  const findings = yield* ruleSteps(doc, enabledRules(rules, config, disabled), config, resources, disabled, failures);
  return { document: doc, findings, failures };
}

export function analyzeText(text: string, config: AnalysisConfig = DEFAULT_CONFIG, resources: RuleResources = {}): AnalysisResult {
  return analyzeDocument(parseDocument(text), config, resources);
}
