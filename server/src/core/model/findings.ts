/** What rules report. Offsets are UTF-16 code-unit offsets into the analysed text. */

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** What a writer reads for each severity. */
export const SEVERITY_NAMES: Readonly<Record<Severity, string>> = { error: '错误', warning: '警告', information: '信息', hint: '提示' };

/** Every rule belongs to one category; its id starts with the category (`placeholder-cross`). */
export type RuleCategory = 'numbering' | 'placeholder' | 'agency' | 'punctuation' | 'number' | 'residue' | 'element' | 'consistency' | 'word';

export const RULE_CATEGORIES: readonly RuleCategory[] = ['numbering', 'placeholder', 'agency', 'punctuation', 'number', 'residue', 'element', 'consistency', 'word'];

export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export interface Fix {
  /** Chinese title shown in the quick-fix menu. */
  readonly title: string;
  /** Which fix this is (a key of `FIX_TITLES`), and the data its title is filled in from: an English menu reads these. */
  readonly titleId: string;
  readonly titleData?: Readonly<Record<string, string | number>>;
  /** Small, non-overlapping edits. */
  readonly edits: readonly TextEdit[];
  /** Safe fixes change nothing a writer must decide on; only they run in fix-all and `--fix`. */
  readonly safe: boolean;
  /** newText of the edits is a snippet (tab stops): offered in the editor only, never in fix-all. */
  readonly snippet?: boolean;
}

export interface RelatedSpan {
  readonly start: number;
  readonly end: number;
  /** Chinese, as shown beside the span. */
  readonly message: string;
  /** Which message this is (a key of `RELATED_MESSAGES`) and its data: an English editor reads these. */
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
}

export interface Finding {
  readonly ruleId: string;
  /** The rule's category (`placeholder`, `agency`…): read this, never the id's prefix. */
  readonly category: RuleCategory;
  readonly severity: Severity;
  /** The Chinese message as shown, built from the rule's message template and `data`. */
  readonly message: string;
  /** Key of the rule's message template the message was built from (tests read it and `data`, never the text). */
  readonly messageId: string;
  readonly start: number;
  readonly end: number;
  readonly fixes: readonly Fix[];
  readonly related?: readonly RelatedSpan[];
  /** Rule-specific facts a client may show (e.g. a placeholder's kind). */
  readonly data?: Readonly<Record<string, string | number>>;
}
