import { analyzeDocument, type AnalysisResult } from '../core/engine/analyze';
import { safeFixEdits } from '../core/engine/fixes';
import { AnalysisConfig, DEFAULT_CONFIG, PlaceholderMode } from '../core/config/config';
import { parseDocument } from '../core/parser/parseDocument';
import type { RuleResources } from '../core/rules/rule';
import { paragraphAt } from '../docx';
import { fixAll } from '../service/fixAll';
import type { TextEncoding } from './encoding';
import { ENCODING_LABEL, encodeDraft, UndecodableError } from './encoding';
import { JsonDiagnostic, JsonOutlineNode, outlineJson, outlineText, StoryFields, toJsonDiagnostic } from './output';
import { documentOutline } from '../service/outline';
import { Draft, readDraft, UnreadableFileError } from './readDraft';
import { WriteRefusedError, writeFixedDraft } from './writeDraft';

/** What every file of one run is checked with; plain data, so it crosses into worker threads. */
export interface CheckJob {
  readonly command: 'check' | 'outline';
  readonly format: 'text' | 'json' | 'sarif';
  readonly placeholderMode?: PlaceholderMode;
  readonly fix: boolean;
  /** Files larger than this are refused (`--max-size`). */
  readonly maxBytes: number;
}

/**
 * A diagnostic of a .docx also names the Word paragraph (one-based) and the offset inside it; one in a
 * header, footer or note also names that story, and its positions are lines of the story's text.
 */
export interface FileDiagnostic extends JsonDiagnostic, StoryFields {
  paragraph?: number;
  paragraphOffset?: number;
}

/** The outcome for one file; plain data (structured-cloned from workers). */
export interface FileReport {
  readonly file: string;
  readonly encoding?: TextEncoding | 'docx';
  /** Unreadable or undecodable: the run exits with 2. */
  readonly error?: string;
  /** Lines for stderr (encoding used, fixes written). */
  readonly notes: string[];
  /** `--fix` found safe fixes but did not write them (refused or failed): the run exits with 2. */
  readonly fixError?: string;
  readonly diagnostics: FileDiagnostic[];
  readonly outline?: JsonOutlineNode[] | string[];
}

export function configFor(job: Pick<CheckJob, 'placeholderMode'>): AnalysisConfig {
  return job.placeholderMode ? { ...DEFAULT_CONFIG, placeholderMode: job.placeholderMode } : DEFAULT_CONFIG;
}

export function checkFile(file: string, job: CheckJob, resources: RuleResources): FileReport {
  const notes: string[] = [];
  let draft: Draft;
  try {
    draft = readDraft(file, job.maxBytes);
  } catch (e) {
    if (e instanceof UnreadableFileError) return { file, error: e.message, notes, diagnostics: [] };
    throw e;
  }
  const { encoding } = draft;
  if (encoding !== 'utf-8') notes.push(`${file}：${encoding === 'docx' ? `Word 文档，按段落提取正文（${draft.paragraphStarts?.length ?? 0} 段）` : `编码 ${ENCODING_LABEL[encoding]}`}`);
  if (!draft.exact && encoding !== 'docx') {
    const how = encoding === 'utf-8' || encoding === 'utf-8-bom' ? '已按替换字符“\ufffd”检查' : '无效或未分配的编码，写回时会变成别的字节';
    notes.push(`${file}：有字节不是有效的 ${ENCODING_LABEL[encoding]} 编码（${how}），此文件只检查、不写回修复。`);
  }
  if (job.command === 'outline') {
    const doc = parseDocument(draft.text);
    return { file, encoding, notes, diagnostics: [], outline: job.format === 'json' ? outlineJson(doc.lines, documentOutline(doc)) : outlineText(doc.lines, documentOutline(doc)) };
  }
  const config = configFor(job);
  let result = analyzeDocument(parseDocument(draft.text), config, resources);
  const stories = (draft.stories ?? []).map((story) => ({ story, result: analyzeDocument(parseDocument(story.text), config, resources) }));
  let fixError: string | undefined;
  if (job.fix) {
    if (encoding === 'docx') {
      if ([result, ...stories.map((s) => s.result)].some((r) => safeFixEdits(r.findings).length)) notes.push(`${file}：不修改 Word 文档，可安全修复的问题请在 Word 中修改。`);
    } else {
      const fixed = fixAll(result, config, resources);
      if (fixed.applied && !draft.exact) {
        fixError = `${file}：有 ${fixed.applied} 处可安全修复，但文件的字节不能原样写回，未写回修复。`;
      } else if (fixed.applied) {
        try {
          writeFixedDraft(file, encodeDraft(fixed.result.document.text, encoding), draft.source);
          result = fixed.result;
          notes.push(`${file}：已写回 ${fixed.applied} 处安全修复（${ENCODING_LABEL[encoding]}）。`);
        } catch (e) {
          const reason = e instanceof WriteRefusedError || e instanceof UndecodableError ? e.message : writeFailure(e);
          fixError = `${file}：${reason}。`;
        }
      }
    }
  }
  for (const failure of [result, ...stories.map((s) => s.result)].flatMap((r) => r.failures)) notes.push(`${file}：规则 ${failure.ruleId} 运行出错，已跳过：${failure.error.split('\n')[0]}`);
  const diagnosticsOf = (analysis: AnalysisResult, paragraphStarts: readonly number[] | undefined, story?: StoryFields) => analysis.findings.map((f): FileDiagnostic => {
    const d: FileDiagnostic = { ...toJsonDiagnostic(analysis.document.lines, f), ...story };
    if (paragraphStarts) {
      const p = paragraphAt(paragraphStarts, f.start);
      d.paragraph = p.paragraph;
      d.paragraphOffset = p.offset;
    }
    return d;
  });
  const diagnostics = [
    ...diagnosticsOf(result, draft.paragraphStarts),
    ...stories.flatMap((s) => diagnosticsOf(s.result, s.story.paragraphStarts, { story: s.story.name, part: s.story.part })),
  ];
  return { file, encoding, notes, diagnostics, ...(fixError ? { fixError } : {}) };
}

/** A system error while writing, in words a writer understands. */
function writeFailure(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  const reason = code === 'EACCES' || code === 'EPERM' ? '没有写入权限（文件或所在文件夹）'
    : code === 'ENOSPC' || code === 'EDQUOT' ? '磁盘空间不足'
      : code === 'EROFS' ? '文件所在的磁盘是只读的'
        : code === 'EFBIG' ? '文件超出系统允许的大小'
          : e instanceof Error ? e.message : String(e);
  return `写回修复失败：${reason}；原文件未改动`;
}
