import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisConfig } from '../core/config/config';
import type { AnalysisResult } from '../core/engine/analyze';
import { analyzeDocument } from '../core/engine/analyze';
import { reanalyzeDocument } from '../core/engine/incremental';
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
 * One parse and one analysis per document version and configuration, shared by diagnostics,
 * symbols, folding, code actions and the custom requests. A new version of a long draft is parsed and
 * analysed from the previous one (`reparseDocument`, `reanalyzeDocument`), so a keystroke costs the lines
 * it touched plus the document-wide rules; a short one is analysed in full.
 */
export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();

  get(document: TextDocument, config: AnalysisConfig, resources: RuleResources): AnalysisResult {
    const cached = this.entries.get(document.uri);
    const comparable = cached !== undefined && cached.config === config && cached.resources === resources;
    if (comparable && cached.version === document.version) return cached.result;
    // After an edit, only the touched lines are parsed and checked again (same settings and dictionary).
    const text = document.getText();
    const result = comparable && text.length >= INCREMENTAL_MIN_LENGTH
      ? reanalyzeDocument(cached.result, reparseDocument(cached.result.document, text), config, resources)
      : analyzeDocument(parseDocument(text), config, resources);
    this.entries.set(document.uri, { version: document.version, config, resources, result });
    return result;
  }

  /** The last result for this exact version, if it was computed. */
  peek(document: TextDocument): AnalysisResult | undefined {
    const cached = this.entries.get(document.uri);
    return cached && cached.version === document.version ? cached.result : undefined;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }
}
