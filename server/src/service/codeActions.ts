import type { AnalysisConfig } from '../core/config/config';
import type { AnalysisResult } from '../core/engine/analyze';
import type { PolicyDocument } from '../core/model/document';
import type { Finding, TextEdit } from '../core/model/findings';
import type { RuleResources } from '../core/rules/rule';
import { fileDirectiveEdit, frontMatterEnd } from '../core/parser/directives';
import { actionTitle } from './actionTitles';
import { fixAll } from './fixAll';
import { fixTitleIn, type UiLanguage } from './language';
import { fillSpan, isPlaceholder } from './placeholders';
import { renumberEdits } from './renumber';

/** What the editor is asked to run besides (or instead of) edits; the client implements these commands. */
export type ActionCommand =
  /** Put a snippet tab stop over [start, end): the writer types the figure there. */
  | { readonly id: 'fillPlaceholder'; readonly start: number; readonly end: number }
  /** Add a name to the workspace agency dictionary. */
  | { readonly id: 'addAgency'; readonly name: string }
  /** Add a phrase to the whitelist of the unit's lexicon (`.gongwen/terms.json`): no word rule reports it. */
  | { readonly id: 'addToWhitelist'; readonly phrase: string }
  /** Add a word to the unit's lexicon; the client asks for the suggestion and the reason. */
  | { readonly id: 'addUnitTerm'; readonly word: string }
  /** Let the writer pick how to switch a rule off: each choice is one of `disableActions`' edits. */
  | { readonly id: 'disableRule'; readonly ruleId: string; readonly choices: readonly { readonly title: string; readonly edits: readonly TextEdit[] }[] };

/** A quick fix of one finding, or a source action over the whole draft. */
export interface DocumentAction {
  readonly title: string;
  readonly kind: 'quickfix' | 'fixAll' | 'renumber';
  /** The action to pick when the editor applies “the” fix. */
  readonly preferred?: boolean;
  /** Edits on the analysed text. */
  readonly edits?: readonly TextEdit[];
  readonly command?: ActionCommand;
}

/** The finding a diagnostic was made from: same rule, same span (never matched by its message). */
export function findingOf(result: AnalysisResult, ruleId: string, start: number, end: number): Finding | undefined {
  return result.findings.find((f) => f.ruleId === ruleId && f.start === start && f.end === end);
}

/**
 * A finding's own fixes (the first safe one preferred), “填写此处…” on a placeholder, “添加到工作区机构词典” on an
 * unknown agency, “加入白名单” on a word finding (with the document, to name the text it covers); every title
 * in `language`.
 */
export function findingActions(finding: Finding, doc?: PolicyDocument, language: UiLanguage = 'zh'): DocumentAction[] {
  // Lazy fixes are built here, for the one finding asked about; one that turns out to change nothing is not offered.
  const actions: DocumentAction[] = finding.fixes
    .filter((fix) => !fix.snippet && fix.edits.length)
    .map((fix, i) => ({ title: fixTitleIn(fix, language), kind: 'quickfix', preferred: i === 0 && fix.safe, edits: fix.edits }));
  const name = finding.data?.name;
  // A known name at the wrong level (messageId `level`) is no name to add.
  if (finding.ruleId === 'agency-unknown' && finding.messageId !== 'level' && typeof name === 'string') {
    actions.push({ title: actionTitle('addAgency', language, { name }), kind: 'quickfix', command: { id: 'addAgency', name } });
  }
  // A word finding the unit accepts: whitelist the text it covers.
  const phrase = doc?.text.slice(finding.start, finding.end);
  if (finding.category === 'word' && finding.ruleId !== 'word-unit-term' && phrase && !/[\r\n]/.test(phrase)) {
    actions.push({ title: actionTitle('addToWhitelist', language, { phrase }), kind: 'quickfix', command: { id: 'addToWhitelist', phrase } });
  }
  // The writer types the figure in place (a snippet tab stop in the client); the server never guesses it.
  if (isPlaceholder(finding)) actions.push({ title: actionTitle('fillPlaceholder', language), kind: 'quickfix', preferred: true, command: { id: 'fillPlaceholder', ...fillSpan(finding) } });
  return actions;
}

/** A selected word (2 to 40 characters, one line, no blank): “加入本单位词表” for it. */
export function selectionActions(doc: PolicyDocument, start: number, end: number, language: UiLanguage = 'zh'): DocumentAction[] {
  const word = doc.text.slice(start, end);
  if (word.length < 2 || word.length > 40 || /\s/.test(word)) return [];
  return [{ title: actionTitle('addUnitTerm', language, { word }), kind: 'quickfix', command: { id: 'addUnitTerm', word } }];
}

/**
 * Switch a rule off on one line (a directive at its end) or in the whole file (a directive on top, after a
 * YAML front matter if there is one). Inside a front matter only the file form: a comment there would
 * become part of a YAML value.
 */
export function disableActions(doc: PolicyDocument, ruleId: string, line: number, language: UiLanguage = 'zh'): DocumentAction[] {
  const actions: DocumentAction[] = [];
  const front = frontMatterEnd(doc.text);
  if (!front || line >= (front.closedByBreak ? doc.lines.lineOf(front.end) : doc.lines.lineCount)) {
    const lineEnd = doc.lines.lineContentEnd(line);
    actions.push({ title: actionTitle('disableOnLine', language, { ruleId }), kind: 'quickfix', edits: [{ start: lineEnd, end: lineEnd, newText: ` <!-- gongwen-disable-line ${ruleId} -->` }] });
  }
  actions.push({ title: actionTitle('disableInFile', language, { ruleId }), kind: 'quickfix', edits: [fileDirectiveEdit(doc.text, ruleId)] });
  return actions;
}

/**
 * One menu entry per rule, however many of its findings the line has: “停用规则“X”…” asks afterwards
 * whether for this line or the whole file (the forms of `disableActions`), so the fixes stay on top of a
 * short menu.
 */
export function disableRuleAction(doc: PolicyDocument, ruleId: string, line: number, language: UiLanguage = 'zh'): DocumentAction {
  const choices = disableActions(doc, ruleId, line, language).map((a) => ({ title: a.title, edits: a.edits ?? [] }));
  return { title: actionTitle('disableRule', language, { ruleId }), kind: 'quickfix', command: { id: 'disableRule', ruleId, choices } };
}

/** Every safe fix to convergence, as one edit of the analysed text (`source.fixAll`); undefined when there is none. */
export function fixAllAction(result: AnalysisResult, config: AnalysisConfig, resources: RuleResources, language: UiLanguage = 'zh'): DocumentAction | undefined {
  const { edits } = fixAll(result, config, resources);
  return edits.length ? { title: actionTitle('fixAll', language), kind: 'fixAll', edits } : undefined;
}

/** Renumber every heading run (`source.gongwen.renumber`); undefined when the numbering is already continuous. */
export function renumberAction(doc: PolicyDocument, language: UiLanguage = 'zh'): DocumentAction | undefined {
  const edits = renumberEdits(doc);
  return edits.length ? { title: actionTitle('renumber', language), kind: 'renumber', edits } : undefined;
}
