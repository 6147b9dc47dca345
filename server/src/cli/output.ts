import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, Severity } from '../core/model/findings';
import type { Rule } from '../core/rules/rule';
import type { LineIndex } from '../core/text/lineIndex';
import { diagnosticMessage } from '../service/diagnosticMessage';
import { ruleDescription, type UiLanguage } from '../service/language';
import { outlineLines, type OutlineEntry } from '../service/outline';
import { PRODUCT_NAME, PRODUCT_NAME_EN } from '../product';

/** LSP DiagnosticSeverity numbers, so JSON output reads like the server's diagnostics. */
const LSP_SEVERITY: Readonly<Record<Severity, number>> = { error: 1, warning: 2, information: 3, hint: 4 };

export interface JsonDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
  source: string;
  message: string;
}

export function toJsonDiagnostic(lines: LineIndex, f: Finding, language: UiLanguage = 'zh'): JsonDiagnostic {
  return {
    range: { start: lines.positionAt(f.start), end: lines.positionAt(f.end) },
    severity: LSP_SEVERITY[f.severity],
    code: f.ruleId,
    source: PRODUCT_NAME,
    message: diagnosticMessage(lines, f, language),
  };
}

/** Where a diagnostic of a .docx header, footer or note is: its positions are lines of that story's own text. */
export interface StoryFields {
  /** What Word calls it: 页眉, 第 2 节首页页脚, 脚注, 尾注. Absent for the body. */
  readonly story?: string;
  /** Its zip entry, e.g. `word/header1.xml`. */
  readonly part?: string;
}

/** Compiler style, one-based: `file:line:col severity code message`; a .docx story as `file（页眉）:line:col …` (`file (header):…` in English). */
export function toTextLine(file: string, d: JsonDiagnostic & StoryFields, language: UiLanguage = 'zh'): string {
  const story = !d.story ? '' : language === 'zh' ? `（${d.story}）` : ` (${d.story})`;
  return `${file}${story}:${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITY_NAME[d.severity]} ${d.code} ${d.message}`;
}

/**
 * C0 and C1 control characters, DEL and the bidirectional overrides: in a file name or in quoted draft
 * text they would move the cursor, recolour or retitle a terminal, or reorder what is shown.
 */
const TERMINAL_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text for a terminal: every control character shown as a visible escape (`\x1b`, `\u202e`), never sent raw. */
export function escapeForTerminal(text: string): string {
  return text.replace(TERMINAL_CONTROLS, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
  });
}

const SEVERITY_NAME: Readonly<Record<number, Severity>> = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

export interface JsonOutlineNode {
  kind: 'document' | 'heading' | 'attachment';
  marker: string;
  title: string;
  detail?: string;
  line: number;
  character: number;
  inline: boolean;
  children: JsonOutlineNode[];
}

/** The outline tree (`service/outline.ts`) with LSP positions. */
export function outlineJson(lines: LineIndex, entries: readonly OutlineEntry[]): JsonOutlineNode[] {
  return entries.map((e) => {
    const p = lines.positionAt(e.start);
    return {
      kind: e.kind, marker: e.marker, title: e.title, ...(e.detail ? { detail: e.detail } : {}),
      line: p.line, character: p.character, inline: e.inline, children: outlineJson(lines, e.children),
    };
  });
}

export function outlineText(lines: LineIndex, entries: readonly OutlineEntry[], language: UiLanguage = 'zh'): string[] {
  return outlineLines(entries, (offset) => lines.lineOf(offset), language);
}

/** SARIF has no hint level; information and hints are both notes. */
const SARIF_LEVEL: Readonly<Record<number, 'error' | 'warning' | 'note'>> = { 1: 'error', 2: 'warning', 3: 'note', 4: 'note' };

export interface SarifFile {
  readonly file: string;
  readonly encoding?: string;
  readonly error?: string;
  readonly diagnostics: readonly (JsonDiagnostic & StoryFields)[];
}

/**
 * A SARIF 2.1.0 log for code-scanning dashboards: every rule of the registry with its description in
 * `language` (the help text has both), one result per diagnostic. Regions are one-based and count UTF-16 code units
 * (declared in `columnKind`), so they are the LSP positions plus one; `endColumn` is exclusive.
 * Paths are relative to the working folder (`%SRCROOT%`) with forward slashes.
 */
export function toSarif(files: readonly SarifFile[], rules: readonly Rule[], version: string, cwd: string, language: UiLanguage = 'zh'): object {
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const uriOf = (file: string): string => {
    const relative = path.relative(cwd, path.resolve(cwd, file));
    const outside = relative.startsWith('..') || path.isAbsolute(relative);
    return outside ? pathToFileURL(path.resolve(cwd, file)).href : relative.split(path.sep).map(encodeURIComponent).join('/');
  };
  const location = (file: string) => {
    const uri = uriOf(file);
    return uri.startsWith('file:') ? { uri } : { uri, uriBaseId: '%SRCROOT%' };
  };
  const readable = files.filter((f) => !f.error);
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'gongwen-lint',
          fullName: language === 'zh' ? `${PRODUCT_NAME}（gongwen-lint）` : `${PRODUCT_NAME_EN} (gongwen-lint)`,
          version,
          semanticVersion: version,
          rules: rules.map((r) => ({
            id: r.id,
            shortDescription: { text: ruleDescription(r, language) },
            fullDescription: { text: ruleDescription(r, language) },
            help: { text: `${r.description}\n${r.descriptionEn}` },
            defaultConfiguration: { level: SARIF_LEVEL[LSP_SEVERITY[r.defaultSeverity]] },
            properties: { category: r.category, fixable: r.fixable, tags: [r.category] },
          })),
        },
      },
      originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd + path.sep).href } },
      columnKind: 'utf16CodeUnits',
      artifacts: readable.map((f) => ({ location: location(f.file), ...(f.encoding && f.encoding !== 'docx' ? { encoding: f.encoding.replace(/-bom$/, '') } : {}) })),
      invocations: [{
        executionSuccessful: files.every((f) => !f.error),
        toolExecutionNotifications: files.filter((f) => f.error).map((f) => ({ level: 'error', message: { text: f.error! }, locations: [{ physicalLocation: { artifactLocation: location(f.file) } }] })),
      }],
      results: readable.flatMap((f, artifactIndex) => f.diagnostics.map((d) => ({
        ruleId: d.code,
        ...(ruleIndex.has(d.code) ? { ruleIndex: ruleIndex.get(d.code) } : {}),
        level: SARIF_LEVEL[d.severity],
        message: { text: d.message },
        ...(d.story ? { properties: { story: d.story, part: d.part } } : {}),
        locations: [{
          physicalLocation: {
            artifactLocation: { ...location(f.file), index: artifactIndex },
            region: {
              startLine: d.range.start.line + 1,
              startColumn: d.range.start.character + 1,
              endLine: d.range.end.line + 1,
              endColumn: d.range.end.character + 1,
            },
          },
        }],
      }))),
    }],
  };
}
