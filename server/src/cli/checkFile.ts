import { analyzeDocument, AnalysisResult } from '../core/engine/analyze';
import { applyEdits, safeFixEdits } from '../core/engine/fixes';
import { AnalysisConfig, DEFAULT_CONFIG, PlaceholderMode } from '../core/config/config';
import { parseDocument } from '../core/parser/parseDocument';
import type { RuleResources } from '../core/rules/rule';
import { paragraphAt } from '../docx';
import type { TextEncoding } from './encoding';
import { ENCODING_LABEL } from './encoding';
import { JsonDiagnostic, JsonOutlineNode, outlineJson, outlineText, toJsonDiagnostic } from './output';
import { documentOutline, splitHeadingEdits } from '../service/outline';
import { readDraft, UnreadableFileError, writeDraftAtomically } from './readDraft';

/** What every file of one run is checked with; plain data, so it crosses into worker threads. */
export interface CheckJob {
  readonly command: 'check' | 'outline';
  readonly format: 'text' | 'json' | 'sarif';
  readonly placeholderMode?: PlaceholderMode;
  readonly fix: boolean;
  readonly splitHeadings?: boolean;
}

/** A diagnostic of a .docx also names the Word paragraph (one-based) and the offset inside it. */
export interface FileDiagnostic extends JsonDiagnostic {
  paragraph?: number;
  paragraphOffset?: number;
}

/** The outcome for one file; plain data (structured-cloned from workers). */
export interface FileReport {
  readonly file: string;
  readonly encoding?: TextEncoding | 'docx';
  /** Unreadable or undecodable: the run exits with 2. */
  readonly error?: string;
  /** Lines for stderr (encoding used, fixes written, fixes refused). */
  readonly notes: string[];
  readonly diagnostics: FileDiagnostic[];
  readonly outline?: JsonOutlineNode[] | string[];
}

function configFor(job: CheckJob): AnalysisConfig {
  return job.placeholderMode ? { ...DEFAULT_CONFIG, placeholderMode: job.placeholderMode } : DEFAULT_CONFIG;
}

/** Apply safe fixes until nothing changes; returns the last analysis and how many edits were made. */
function fixUntilStable(first: AnalysisResult, config: AnalysisConfig, resources: RuleResources): { result: AnalysisResult; applied: number } {
  let result = first;
  let applied = 0;
  for (let pass = 0; pass < 10; pass++) {
    const edits = safeFixEdits(result.findings);
    if (!edits.length) break;
    applied += edits.length;
    result = analyzeDocument(parseDocument(applyEdits(result.document.text, edits)), config, resources);
  }
  return { result, applied };
}

export function checkFile(file: string, job: CheckJob, resources: RuleResources): FileReport {
  const notes: string[] = [];
  let draft;
  try {
    draft = readDraft(file);
  } catch (e) {
    if (e instanceof UnreadableFileError) return { file, error: e.message, notes, diagnostics: [] };
    throw e;
  }
  const { encoding } = draft;
  if (encoding !== 'utf-8') notes.push(`${file}：${encoding === 'docx' ? `Word 文档，按段落提取正文（${draft.paragraphStarts?.length ?? 0} 段）` : `编码 ${ENCODING_LABEL[encoding]}`}`);
  if (job.command === 'outline') {
    const doc = parseDocument(draft.text);
    return { file, encoding, notes, diagnostics: [], outline: job.format === 'json' ? outlineJson(doc.lines, documentOutline(doc)) : outlineText(doc.lines, documentOutline(doc)) };
  }
  const config = configFor(job);
  let text = draft.text;
  if (job.splitHeadings) {
    // Only line breaks are inserted (service/outline.ts); written like --fix, in the file's own encoding.
    const edits = encoding === 'docx' ? [] : splitHeadingEdits(parseDocument(text));
    if (encoding === 'docx') notes.push(`${file}：不修改 Word 文档，标题请在 Word 中另起一行。`);
    else if (edits.length) {
      try {
        const split = applyEdits(text, edits);
        writeDraftAtomically(file, split, encoding);
        text = split;
        notes.push(`${file}：已将 ${edits.length} 处连排的标题或段落另起一行（${ENCODING_LABEL[encoding]}）。`);
      } catch (e) {
        notes.push(`${file}：未写回换行：${e instanceof Error ? e.message : String(e)}。`);
      }
    }
  }
  let result = analyzeDocument(parseDocument(text), config, resources);
  if (job.fix) {
    if (encoding === 'docx') {
      if (safeFixEdits(result.findings).length) notes.push(`${file}：不修改 Word 文档，可安全修复的问题请在 Word 中修改。`);
    } else {
      const fixed = fixUntilStable(result, config, resources);
      if (fixed.applied) {
        try {
          writeDraftAtomically(file, fixed.result.document.text, encoding);
          result = fixed.result;
          notes.push(`${file}：已写回 ${fixed.applied} 处安全修复（${ENCODING_LABEL[encoding]}）。`);
        } catch (e) {
          notes.push(`${file}：未写回修复：${e instanceof Error ? e.message : String(e)}。`);
        }
      }
    }
  }
  for (const failure of result.failures) notes.push(`${file}：规则 ${failure.ruleId} 运行出错，已跳过：${failure.error.split('\n')[0]}`);
  const lines = result.document.lines;
  const diagnostics = result.findings.map((f): FileDiagnostic => {
    const d: FileDiagnostic = toJsonDiagnostic(lines, f);
    if (draft.paragraphStarts) {
      const p = paragraphAt(draft.paragraphStarts, f.start);
      d.paragraph = p.paragraph;
      d.paragraphOffset = p.offset;
    }
    return d;
  });
  return { file, encoding, notes, diagnostics };
}
