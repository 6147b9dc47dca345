import type { Diagnostic } from 'vscode-languageserver';
import type { Finding } from '../core/model/findings';
import type { AnalysisResult } from '../core/engine/analyze';
import { changedSpan } from '../core/text/changedSpan';
import type { UiLanguage } from '../service/language';
import { toDiagnostic, type RuleDocs } from './convert';

/** A draft's findings as converted for one uri, language and set of rule pages: `diagnostics[i]` is `findings[i]`'s. */
export interface ConvertedDiagnostics {
  readonly text: string;
  readonly lineCount: number;
  readonly uri: string;
  readonly language: UiLanguage;
  readonly ruleDocs: RuleDocs | undefined;
  readonly findings: readonly Finding[];
  readonly diagnostics: Diagnostic[];
}

/**
 * The findings of `result` as LSP diagnostics, reusing the previous version's where nothing it shows can have
 * changed. A keystroke on a long draft leaves almost every finding as it was, but the document-scope rules
 * report them as new objects each time, so they are recognised by what they are: the same rule, severity,
 * message id, data (so the same message) and range in the previous text (moved by the edit's length when they
 * stand after it). A diagnostic
 * is reused only when the whole line its excerpt is read from lies outside the edited span (the line after the
 * edited one at the earliest, so its start is a line start in both texts) and so does its end; findings with
 * related spans are converted afresh. The reused diagnostic is the same object when its range did not move
 * (no line was added or removed before it), else a copy with the range's lines moved: the message, its
 * excerpt and the rest are unchanged. Exactly what `toDiagnostic` of every finding gives
 * (test/property/carriedDiagnostics.test.ts compares them after random edits).
 */
export function convertFindings(
  result: AnalysisResult, uri: string, ruleDocs: RuleDocs | undefined, language: UiLanguage, previous: ConvertedDiagnostics | undefined,
): ConvertedDiagnostics {
  const lines = result.document.lines;
  const text = result.document.text;
  const findings = result.findings;
  const fresh = (f: Finding) => toDiagnostic(lines, f, uri, ruleDocs, language);
  const comparable = previous !== undefined && previous.uri === uri && previous.language === language && previous.ruleDocs === ruleDocs;
  if (!comparable) return { text, lineCount: lines.lineCount, uri, language, ruleDocs, findings, diagnostics: findings.map(fresh) };

  const changed = changedSpan(previous.text, text);
  // Before the edit: findings whose start lies on a line before the edited one and whose end before the edit.
  const changedFrom = changed ? changed.start : Infinity;
  const untouchedBefore = changed ? lines.lineStarts[lines.lineOf(changed.start)] : Infinity;
  // After it: findings starting on a line that starts after the edit's end (its line break is not edited either).
  const editEndLine = changed ? lines.lineOf(changed.end) : lines.lineCount;
  const untouchedAfter = editEndLine + 1 < lines.lineCount ? lines.lineStarts[editEndLine + 1] : Infinity;
  const delta = changed ? changed.end - changed.previousEnd : 0;
  const lineDelta = lines.lineCount - previous.lineCount;

  const before = previous.findings;
  const beforeDiagnostics = previous.diagnostics;
  const diagnostics: Diagnostic[] = new Array(findings.length);
  let j = 0;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    const after = f.start >= untouchedAfter;
    if (f.related?.length || (!after && !(f.start < untouchedBefore && f.end < changedFrom))) {
      diagnostics[i] = fresh(f);
      continue;
    }
    const start = after ? f.start - delta : f.start;
    const end = after ? f.end - delta : f.end;
    // Both lists are sorted by start, then end: the previous findings at this range are at j onwards.
    while (j < before.length && (before[j].start < start || (before[j].start === start && before[j].end < end))) j++;
    let match = -1;
    for (let k = j; k < before.length && before[k].start === start && before[k].end === end; k++) {
      const o = before[k];
      if (o.ruleId === f.ruleId && o.messageId === f.messageId && o.severity === f.severity && !o.related?.length && sameData(o.data, f.data)) {
        match = k;
        break;
      }
    }
    if (match < 0) {
      diagnostics[i] = fresh(f);
      continue;
    }
    const reused = beforeDiagnostics[match];
    diagnostics[i] = after && lineDelta !== 0 ? movedLines(reused, lineDelta) : reused;
  }
  return { text, lineCount: lines.lineCount, uri, language, ruleDocs, findings, diagnostics };
}

/**
 * A finding's message, in either language, is its rule's template for `messageId` filled in from `data` (the engine
 * makes every message so): equal data, equal message. Compared instead of the messages, which are new strings
 * of every analysis (joined from their pieces, so comparing them would copy each).
 */
function sameData(a: Finding['data'], b: Finding['data']): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  let keys = 0;
  for (const key in a) {
    if (a[key] !== b[key]) return false;
    keys++;
  }
  for (const key in b) if (--keys < 0 || !(key in a)) return false;
  return keys === 0;
}

function movedLines(d: Diagnostic, lineDelta: number): Diagnostic {
  const { start, end } = d.range;
  return { ...d, range: { start: { line: start.line + lineDelta, character: start.character }, end: { line: end.line + lineDelta, character: end.character } } };
}
