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

/**
 * A fix whose edits are built when first read (by a code action, fix-all or a test) and then kept. For
 * fixes that cost as much as the document — renumbering a whole run — which thousands of findings would
 * otherwise each build on every keystroke. `build` must give the same edits whenever it is called.
 */
export function lazyFix(fix: Omit<Fix, 'edits'>, build: () => readonly TextEdit[]): Fix {
  let edits: readonly TextEdit[] | undefined;
  // Fields copied one by one: spreading a lazy fix would build its edits.
  return {
    title: fix.title,
    titleId: fix.titleId,
    ...(fix.titleData ? { titleData: fix.titleData } : {}),
    safe: fix.safe,
    ...(fix.snippet ? { snippet: true } : {}),
    get edits() {
      return (edits ??= build());
    },
  };
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
