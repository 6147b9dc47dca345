// `npm run eval`: how much of what goes wrong in real drafts the rules find, and how often they speak
// on clean text. Over every corpus document (../shared/corpus) it injects errors of each class in
// `classes/` (seeded: the same seed gives the same injections), analyses the injected copy, and counts
// an injection found when a finding of the class's category touches it (or, for blocks, covers it).
// Untouched documents give the other column: every finding there per 100,000 characters, an upper
// bound of false alarms (the corpus's real defects count too; the corpus tests list those).
// A measure, not a test, like `npm run bench`. Flags: --seed S, --readme (write the table into
// README.md between its eval markers), --details (recall per variant), --misses CLASS (each injection
// of the class that was not found, in its context).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeText } from '../../server/src/core/engine/analyze';
import { DEFAULT_CONFIG } from '../../server/src/core/config/config';
import type { Finding, RuleCategory } from '../../server/src/core/model/findings';
import { RULE_CATEGORIES } from '../../server/src/core/model/findings';
import { CATEGORY_NAMES } from '../../server/src/core/rules/rule';
import { loadResources } from '../../server/src/resources';
import type { Injected, Injection, InjectionClass, Span } from './injection';
import { inject } from './injection';
import { INJECTION_CLASSES } from './classes/index';
import { seededRng } from './rng';

const ROOT = path.resolve(__dirname, '..', '..');
const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus');
const README = path.join(ROOT, 'README.md');
const DEFAULT_SEED = '2026-12-01';

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function corpusFiles(): string[] {
  if (!fs.existsSync(CORPUS)) throw new Error(`corpus not found at ${CORPUS}: shared/ must sit beside the checkout`);
  const out: string[] = [];
  for (const dir of fs.readdirSync(CORPUS).sort()) {
    const full = path.join(CORPUS, dir);
    if (fs.statSync(full).isDirectory()) for (const f of fs.readdirSync(full).sort()) if (f.endsWith('.txt')) out.push(path.join(full, f));
  }
  return out;
}

function touches(a: Span, b: Span): boolean {
  if (a.start === a.end) return b.start <= a.start && a.start <= b.end;
  return a.start < b.end && b.start < a.end;
}

/** A finding's range and the ranges its fixes edit: what the writer is shown and what a fix changes. */
function spansOf(f: Finding): Span[] {
  return [f, ...f.fixes.flatMap((fix) => fix.edits)];
}

function isBlankCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000;
}

/**
 * A finding on an injected block that reaches into the document around it: its range or a fix's edit covers a
 * non-blank character outside every injection, where the untouched text had no finding of the category. A block
 * "found" by a fix that also deletes the title below it is a defect the recall column cannot show.
 */
function reachesIntoDocument(f: Finding, injected: Injected, baseline: readonly string[]): boolean {
  const text = injected.text;
  const inside = (i: number) => injected.injections.some((j) => j.start <= i && i < j.end);
  if (!injected.injections.some((j) => f.start < j.end && j.start < f.end)) return false;
  let outside = '';
  for (const s of spansOf(f)) for (let i = s.start; i < s.end; i++) if (!isBlankCode(text.charCodeAt(i)) && !inside(i)) outside += text[i];
  return outside.length > 0 && !baseline.some((b) => b.includes(outside) || outside.includes(b));
}

function found(cls: InjectionClass, injection: Injection, text: string, spans: readonly Span[]): boolean {
  if (cls.match === 'touch') return (injection.targets ?? [injection]).some((t) => spans.some((s) => touches(s, t)));
  for (let i = injection.start; i < injection.end; i++) {
    if (isBlankCode(text.charCodeAt(i))) continue;
    if (!spans.some((s) => s.start <= i && i < s.end)) return false;
  }
  return true;
}

interface Tally {
  injected: number;
  found: number;
  documents: number;
}

/** Findings on injected blocks, and how many of them reach into the document's own text. */
interface Reach {
  findings: number;
  intoDocument: number;
}

const percent = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)} %`);
const per100k = (n: number, chars: number) => ((n * 100000) / chars).toFixed(2);

function main(): void {
  const seed = argument('--seed') ?? DEFAULT_SEED;
  const showMisses = argument('--misses');
  const started = Date.now();
  const resources = loadResources();
  const analyze = (text: string) => analyzeText(text, DEFAULT_CONFIG, resources).findings;
  const files = corpusFiles();
  let characters = 0;
  const untouchedByCategory = new Map<RuleCategory, number>();
  const untouchedByRule = new Map<string, number>();
  const tallies = new Map<string, Tally>();
  const variants = new Map<string, Tally>();
  const reach = new Map<string, Reach>();
  for (const file of files) {
    const name = path.relative(CORPUS, file);
    const text = fs.readFileSync(file, 'utf8');
    characters += text.length;
    const baseline = analyze(text);
    for (const f of baseline) {
      untouchedByCategory.set(f.category, (untouchedByCategory.get(f.category) ?? 0) + 1);
      untouchedByRule.set(f.ruleId, (untouchedByRule.get(f.ruleId) ?? 0) + 1);
    }
    for (const cls of INJECTION_CLASSES) {
      const categories = new Set<RuleCategory>([cls.category, ...(cls.alsoFoundBy ?? [])]);
      const avoid = baseline.filter((f) => categories.has(f.category)).flatMap(spansOf);
      const injected = inject(cls, text, seededRng(`${seed}/${cls.id}/${name}`), avoid);
      if (injected.injections.length === 0) continue;
      const findings = analyze(injected.text).filter((f) => categories.has(f.category));
      const spans = findings.flatMap(spansOf);
      if (cls.match === 'cover') {
        const r = reach.get(cls.id) ?? { findings: 0, intoDocument: 0 };
        const own = baseline.filter((f) => categories.has(f.category)).map((f) => text.slice(f.start, f.end).replace(/\s/g, ''));
        for (const f of findings) {
          if (!injected.injections.some((j) => f.start < j.end && j.start < f.end)) continue;
          r.findings++;
          if (reachesIntoDocument(f, injected, own)) {
            r.intoDocument++;
            if (showMisses === cls.id) console.log(`reach\t${name}\t${injected.text.slice(f.start, f.end).replace(/\r?\n/g, '⏎').slice(0, 120)}`);
          }
        }
        reach.set(cls.id, r);
      }
      const tally = tallies.get(cls.id) ?? { injected: 0, found: 0, documents: 0 };
      tally.documents++;
      for (const injection of injected.injections) {
        const hit = found(cls, injection, injected.text, spans);
        tally.injected++;
        if (hit) tally.found++;
        else if (showMisses === cls.id) {
          const around = injected.text.slice(Math.max(0, injection.start - 12), injection.end + 8).replace(/\r?\n/g, '⏎');
          console.log(`miss\t${name}\t${injection.variant}\t${around}`);
        }
        const key = `${cls.id}\t${injection.variant}`;
        const v = variants.get(key) ?? { injected: 0, found: 0, documents: 0 };
        v.injected++;
        if (hit) v.found++;
        variants.set(key, v);
      }
      tallies.set(cls.id, tally);
    }
  }

  const rows: string[] = [];
  rows.push('| category | injected class | documents | injected | found | recall | findings on untouched texts | per 100,000 chars |');
  rows.push('|---|---|---:|---:|---:|---:|---:|---:|');
  for (const category of RULE_CATEGORIES) {
    const classes = INJECTION_CLASSES.filter((c) => c.category === category);
    const untouched = untouchedByCategory.get(category) ?? 0;
    if (classes.length === 0 && untouched === 0) continue;
    const label = `${category} (${CATEGORY_NAMES[category].zh})`;
    const falseAlarms = [String(untouched), per100k(untouched, characters)];
    if (classes.length === 0) rows.push(`| ${label} | — | | | | | ${falseAlarms.join(' | ')} |`);
    classes.forEach((cls, k) => {
      const t = tallies.get(cls.id) ?? { injected: 0, found: 0, documents: 0 };
      rows.push(`| ${k === 0 ? label : ''} | \`${cls.id}\` ${cls.name.replace(/\|/g, "\\|")} | ${t.documents} | ${t.injected} | ${t.found} | ${percent(t.found, t.injected)} | ${k === 0 ? falseAlarms.join(' | ') : ' | '} |`);
    });
  }
  const ruleRows = ['| rule | findings on untouched texts | per 100,000 chars |', '|---|---:|---:|'];
  for (const [rule, n] of [...untouchedByRule.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
    ruleRows.push(`| \`${rule}\` | ${n} | ${per100k(n, characters)} |`);
  }
  const heading = `Seed \`${seed}\`, ${files.length} corpus documents, ${characters.toLocaleString('en-US')} characters.`;
  const reachLines = [...reach.entries()].map(([id, r]) => `\`${id}\`: ${r.intoDocument} of ${r.findings} findings on the injected blocks reach into the document's own text (range or fix).`);
  const variantRows = ['| class | variant | injected | found | recall |', '|---|---|---:|---:|---:|'];
  for (const cls of INJECTION_CLASSES.filter((c) => c.reportVariants)) {
    for (const [key, v] of [...variants.entries()].filter(([k]) => k.startsWith(`${cls.id}\t`)).sort()) {
      variantRows.push(`| \`${cls.id}\` | ${key.split('\t')[1]} | ${v.injected} | ${v.found} | ${percent(v.found, v.injected)} |`);
    }
  }
  const variantTable = variantRows.length > 2 ? ['', 'Per variant:', '', variantRows.join('\n')] : [];
  const report = [heading, '', rows.join('\n'), ...variantTable, '', ...reachLines, '', ruleRows.join('\n')].join('\n');
  console.log(report);

  if (process.argv.includes('--details')) {
    console.log('\n| class | variant | injected | found | recall |\n|---|---|---:|---:|---:|');
    for (const [key, v] of [...variants.entries()].sort()) {
      const [id, variant] = key.split('\t');
      console.log(`| ${id} | \`${variant}\` | ${v.injected} | ${v.found} | ${percent(v.found, v.injected)} |`);
    }
  }
  console.log(`\n(${((Date.now() - started) / 1000).toFixed(1)} s)`);

  if (process.argv.includes('--readme')) {
    const readme = fs.readFileSync(README, 'utf8');
    const begin = '<!-- eval:begin (generated by `npm run eval -- --readme`) -->';
    const end = '<!-- eval:end -->';
    const a = readme.indexOf(begin);
    const b = readme.indexOf(end);
    if (a < 0 || b < a) throw new Error(`README.md has no ${begin} … ${end} block`);
    fs.writeFileSync(README, readme.slice(0, a + begin.length) + '\n' + report + '\n' + readme.slice(b));
    console.log('README.md updated.');
  }
}

main();
