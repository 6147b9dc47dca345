import type { Bilingual } from '../model/bilingual';
import type { PolicyDocument } from '../model/document';
import type { Fix, RelatedSpan, RuleCategory, Severity } from '../model/findings';
import type { AnalysisConfig } from '../config/config';
import type { AgencyDictionary } from '../agency/dictionary';
import type { PlaceTable } from '../places/places';
import type { WordLexicon } from '../words/lexicon';
import type { FormulationMatcher } from '../words/formulations';

export type { RuleCategory } from '../model/findings';
export { RULE_CATEGORIES } from '../model/findings';

/** What each category is called, for reports, settings and docs. */
export const CATEGORY_NAMES: Readonly<Record<RuleCategory, Bilingual>> = {
  numbering: { zh: '序号', en: 'Numbering' },
  placeholder: { zh: '占位符', en: 'Placeholders' },
  agency: { zh: '机构名称', en: 'Agency names' },
  punctuation: { zh: '标点', en: 'Punctuation' },
  number: { zh: '数字', en: 'Numbers' },
  residue: { zh: '转换残留', en: 'Conversion residue' },
  element: { zh: '公文要素', en: 'Document elements' },
  consistency: { zh: '前后一致', en: 'Internal consistency' },
  word: { zh: '用词', en: 'Wording' },
};

/**
 * A finding as a rule reports it: `messageId`, a key of the rule's `messages`, filled in from `data` by the
 * engine. A rule never writes a finished message: tests read the id and data, the services read the data.
 */
export interface ReportedFinding {
  readonly messageId: string;
  readonly start: number;
  readonly end: number;
  readonly fixes?: readonly Fix[];
  readonly related?: readonly RelatedSpan[];
  readonly data?: Readonly<Record<string, string | number>>;
  /** Overrides the rule's default severity for this one finding (before user settings apply). */
  readonly severity?: Severity;
}

/** Read-only resources prepared once and shared by every analysis (dictionaries). */
export interface RuleResources {
  readonly agencies?: AgencyDictionary;
  /** The national division table (provinces, prefectures, counties). */
  readonly places?: PlaceTable;
  /** 易错词, 异形词 and the unit's own terms (with its whitelist), compiled into one scan. */
  readonly words?: WordLexicon;
  /** Fixed formulations: canonical phrases, ordered lists, retired phrases. */
  readonly formulations?: FormulationMatcher;
}

export interface RuleContext {
  readonly config: AnalysisConfig;
  readonly resources: RuleResources;
  report(finding: ReportedFinding): void;
}

/** One check. `check` is pure: it reads the parsed document and reports; it never throws on odd input. */
export interface Rule {
  /** Kebab-case, starting with the category: `numbering-gap`. */
  readonly id: string;
  readonly category: RuleCategory;
  readonly defaultSeverity: Severity;
  /** Runs only when the user's settings give it a severity (`"hint"`, `"warning"`…); `default` keeps it off. */
  readonly offByDefault?: boolean;
  /** Chinese, one sentence: what the rule finds. Shown in settings and README. */
  readonly description: string;
  /** English fallback of the description. */
  readonly descriptionEn: string;
  /** Has a safe fix (runs in fix-all). */
  readonly fixable: boolean;
  /**
   * Chinese message templates by message id; `{name}` is replaced by `data.name` (see `formatMessage`).
   * A message says what is wrong and how to write it.
   */
  readonly messages: Readonly<Record<string, string>>;
  /**
   * The same templates in English, key for key, reading the same data: what an editor running in English
   * shows (the quoted text stays as written).
   */
  readonly messagesEn: Readonly<Record<string, string>>;
  /**
   * `paragraph`: every finding lies in one line (or in lines a page-number residue joins) and follows
   * from that text, the next paragraph's first character and the whole parse's facts about them
   * (heading markers, page-number residue) alone,
   * so after an edit only the touched lines are checked again (`reanalyzeDocument`). Absent: the rule
   * reads the whole document (sequences, first mentions, summaries, blocks of lines) and runs on
   * every analysis. A property test holds every paragraph rule to this.
   */
  readonly scope?: 'paragraph';
  check(doc: PolicyDocument, ctx: RuleContext): void;
}

/**
 * The lines an edit made the engine re-check: the window as a document of its own (holding also the
 * next paragraph, as context), and where the re-checked lines lie in both texts.
 */
export interface EditedWindow extends EditedSpan {
  readonly document: PolicyDocument;
}

/** Where the re-checked lines lie in both texts. */
export interface EditedSpan {
  /** Offset of the window in both texts (the text before it is unchanged). */
  readonly start: number;
  /** End of the re-checked lines in the new text and in the previous one; what follows is unchanged. */
  readonly end: number;
  readonly previousEnd: number;
}

/**
 * Items of the new draft (findings, a carried scan's items): the previous draft's before the window, the
 * window's own moved to its place (those in the context paragraph after the re-checked lines left out:
 * they are the previous draft's), and the previous draft's after the window moved by the edit's length.
 */
export function splicedByWindow<T>(previous: readonly T[], inWindow: readonly T[], window: EditedSpan, startOf: (item: T) => number, move: (item: T, by: number) => T): T[] {
  const out: T[] = [];
  for (const item of previous) if (startOf(item) < window.start) out.push(item);
  for (const item of inWindow) if (startOf(item) + window.start < window.end) out.push(move(item, window.start));
  const delta = window.end - window.previousEnd;
  for (const item of previous) if (startOf(item) >= window.previousEnd) out.push(move(item, delta));
  return out;
}

/**
 * The `CarriedScan` of a list scan cached per document in `cache` (`scan` fills it), whose items each lie in
 * one line: the previous draft's list spliced with the window's (see `splicedByWindow`).
 */
export function carriedList<T>(
  cache: WeakMap<PolicyDocument, readonly T[]>, scan: (doc: PolicyDocument) => readonly T[], startOf: (item: T) => number, move: (item: T, by: number) => T,
): CarriedScan {
  return {
    carry(previous, doc, window) {
      const before = cache.get(previous);
      if (!before || cache.has(doc)) return;
      cache.set(doc, splicedByWindow(before, scan(window.document), window, startOf, move));
    },
  };
}

/**
 * A scan several rules share, cached per document, whose items each lie in one line (or in lines a
 * page-number residue joins). After an edit the engine has it build the new document's result from the
 * previous document's (items before the window kept, after it moved) and a scan of the window alone, so
 * a document-scope rule reading it does not scan the whole draft again. Registered in `rules/index.ts`.
 */
export interface CarriedScan {
  carry(previous: PolicyDocument, doc: PolicyDocument, window: EditedWindow, resources: RuleResources): void;
}

/**
 * `value`, kept in `shared` under `key` and returned: `shared.get(key) ?? remember(shared, key, {…})` gives
 * findings of one kind one data object (the engine fills a message in once per data object), built only
 * the first time.
 */
export function remember<K, V>(shared: Map<K, V>, key: K, value: V): V {
  shared.set(key, value);
  return value;
}

/**
 * Templates split at their `{name}`s (odd indices hold the names), each once: every analysis fills in the
 * messages of its findings again, from the few hundred templates the rules, fix titles and related spans
 * declare. Bounded all the same, should a caller pass templates of its own.
 */
const templateParts = new Map<string, readonly string[]>();
const TEMPLATES_KEPT = 4096;

/** A message template filled in from a finding's data: `{name}` → `data.name` (left as is when absent). */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>> | undefined): string {
  let parts = templateParts.get(template);
  if (parts === undefined) {
    parts = template.split(/\{([A-Za-z0-9_]+)\}/);
    if (templateParts.size >= TEMPLATES_KEPT) templateParts.clear();
    templateParts.set(template, parts);
  }
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    out += (data && data[name] !== undefined ? String(data[name]) : `{${name}}`) + parts[i + 1];
  }
  return out;
}
