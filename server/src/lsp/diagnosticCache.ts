import type { Diagnostic } from 'vscode-languageserver';
import type { Finding } from '../core/model/findings';
import { changedSpan } from '../core/text/changedSpan';
import type { LineIndex } from '../core/text/lineIndex';
import type { UiLanguage } from '../service/language';
import { toDiagnostic, type RuleDocs } from './convert';

interface Converted {
  readonly diagnostic: Diagnostic;
  /** The diagnostic was made from the text before this offset alone. */
  readonly readTo: number;
}

/**
 * One draft's diagnostics, converted from its findings at each pull. After an edit the engine hands on the
 * very finding objects of the lines it did not re-check before the edit (a third of a typical draft's);
 * such a finding keeps its diagnostic as long as the text that diagnostic was made from — every line up to
 * the finding's last line and its related spans' — is unchanged since the last conversion. Anything else
 * (another finding object, a changed line before it, another URI, findings language or rule pages) is
 * converted again, so the diagnostics are always exactly `toDiagnostic`'s.
 */
export class DiagnosticConversions {
  private text: string | undefined;
  private uri = '';
  private ruleDocs: RuleDocs | undefined;
  private language: UiLanguage = 'zh';
  private converted = new Map<Finding, Converted>();

  convert(lines: LineIndex, findings: readonly Finding[], uri: string, ruleDocs: RuleDocs | undefined, language: UiLanguage): Diagnostic[] {
    const comparable = this.text !== undefined && uri === this.uri && ruleDocs === this.ruleDocs && language === this.language;
    // The text is unchanged before this offset (-1: nothing is reused).
    const unchangedTo = !comparable ? -1 : this.text === lines.text ? Infinity : changedSpan(this.text!, lines.text)!.start;
    const next = new Map<Finding, Converted>();
    const diagnostics = findings.map((f) => {
      const kept = unchangedTo >= 0 ? this.converted.get(f) : undefined;
      const c = kept && kept.readTo <= unchangedTo ? kept : { diagnostic: toDiagnostic(lines, f, uri, ruleDocs, language), readTo: readTo(lines, f) };
      next.set(f, c);
      return c.diagnostic;
    });
    this.text = lines.text;
    this.uri = uri;
    this.ruleDocs = ruleDocs;
    this.language = language;
    this.converted = next;
    return diagnostics;
  }
}

/**
 * Where the text a finding's diagnostic reads ends: the start of the line after the last line its range,
 * its context excerpt (the finding's first line, to the line's end) and its related spans touch; the line
 * breaks are read too. A finding on the last line reads to the end of the text, and beyond (an appended
 * character lengthens its line).
 */
function readTo(lines: LineIndex, f: Finding): number {
  let last = f.end;
  for (const r of f.related ?? []) last = Math.max(last, r.end);
  const line = lines.lineOf(Math.min(last, lines.text.length));
  return line + 1 < lines.lineCount ? lines.lineStarts[line + 1] : Infinity;
}
