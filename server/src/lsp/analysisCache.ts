import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisConfig } from '../core/config/config';
import type { AnalysisResult } from '../core/engine/analyze';
import { analysisSteps, drain } from '../core/engine/analyze';
import { reanalysisSteps } from '../core/engine/incremental';
import { parseDocument, reparseDocument } from '../core/parser/parseDocument';
import type { RuleResources } from '../core/rules/rule';

/**
 * Below this many UTF-16 code units (about 30 KB of Chinese text) a full analysis costs no more than a
 * re-analysis from the previous version (`npm run bench`, table “incremental or full”), so a small draft
 * is analysed in full on every version; above it, from the previous one.
 */
export const INCREMENTAL_MIN_LENGTH = 10_000;

interface Entry {
  readonly version: number;
  readonly config: AnalysisConfig;
  readonly resources: RuleResources;
  readonly result: AnalysisResult;
}

/**
 * Drafts at least this long (UTF-16 code units) are analysed a rule at a time, with the event loop free
 * between rules: a request for a small draft is answered between two rules of a huge one, instead of
 * after all of them.
 */
export const STEPWISE_FROM = 256 * 1024;

/** Let pending messages (another document's request, a newer version of this one) be handled. */
const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

/** An analysis under way (large drafts only); later requests for the document wait for it. */
interface Run {
  /** When it started, on the cache's own clock: a request asked before it started may take its result. */
  readonly startedAt: number;
  readonly config: AnalysisConfig;
  readonly resources: RuleResources;
  readonly done: Promise<AnalysisResult>;
}

/**
 * One parse and one analysis per document version and configuration, shared by diagnostics,
 * symbols, folding, code actions and the custom requests. A new version of a long draft is parsed and
 * analysed from the previous one (`reparseDocument`, `reanalyzeDocument`), so a keystroke costs the lines
 * it touched plus the document-wide rules; a short one is analysed in full.
 *
 * An analysis belongs to a text, not only to a version number: a client that sends the same version
 * twice with different text (or a document reopened under its old version) gets the new text analysed,
 * so a fix is never computed on a text the editor no longer has.
 */
export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  private readonly running = new Map<string, Run>();
  private clock = 0;
  /** Bumped by `delete` and `clear`: an analysis finishing after them is not kept. */
  private generation = 0;

  async get(document: TextDocument, config: AnalysisConfig, resources: RuleResources): Promise<AnalysisResult> {
    const askedAt = this.clock;
    for (;;) {
      const text = document.getText();
      const version = document.version;
      const cached = this.entries.get(document.uri);
      const comparable = cached !== undefined && cached.config === config && cached.resources === resources;
      // Usually the very string analysed (an O(1) comparison); another string only after a change.
      if (comparable && cached.version === version && cached.result.document.text === text) return cached.result;
      const under = this.running.get(document.uri);
      if (under) {
        const result = await under.done;
        // Started after this request came: it analysed a text at least as new as the one asked about.
        if (under.startedAt >= askedAt && under.config === config && under.resources === resources) return result;
        continue;
      }
      // After an edit, only the touched lines are parsed and checked again (same settings and dictionary).
      const steps = comparable && text.length >= INCREMENTAL_MIN_LENGTH
        ? reanalysisSteps(cached.result, reparseDocument(cached.result.document, text), config, resources)
        : analysisSteps(parseDocument(text), config, resources);
      if (text.length < STEPWISE_FROM) return this.keep(document.uri, { version, config, resources, result: drain(steps) }, this.generation);
      const generation = this.generation;
      const run: Run = {
        startedAt: this.clock++, config, resources,
        done: (async () => {
          let step = steps.next();
          for (; !step.done; step = steps.next()) await pause();
          return this.keep(document.uri, { version, config, resources, result: step.value }, generation);
        })(),
      };
      this.running.set(document.uri, run);
      try {
        return await run.done;
      } finally {
        this.running.delete(document.uri);
      }
    }
  }

  /** Keep a finished analysis, unless the document was closed or the settings changed since it started. */
  private keep(uri: string, entry: Entry, generation: number): AnalysisResult {
    if (generation === this.generation) this.entries.set(uri, entry);
    return entry.result;
  }

  delete(uri: string): void {
    this.generation++;
    this.entries.delete(uri);
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }
}
