import { analyzeText } from '../../server/src/core/engine/analyze';
import type { AnalysisConfig } from '../../server/src/core/config/config';
import { DEFAULT_CONFIG } from '../../server/src/core/config/config';
import type { RuleResources } from '../../server/src/core/rules/rule';
import { spanText } from './snapshots';

/** Findings as `code line:col-line:col «covered text» message`, zero-based UTF-16, for exact assertions. */
export function findingLines(text: string, options: { prefix?: string; config?: AnalysisConfig; resources?: RuleResources } = {}): string[] {
  const r = analyzeText(text, options.config ?? DEFAULT_CONFIG, options.resources ?? {});
  return r.findings
    .filter((f) => !options.prefix || f.ruleId.startsWith(options.prefix))
    .map((f) => {
      return `${f.ruleId} ${spanText(r.document.lines, f.start, f.end)} «${text.slice(f.start, f.end)}» ${f.message}`;
    });
}
