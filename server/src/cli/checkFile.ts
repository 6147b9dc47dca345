import { analyzeDocument, type AnalysisResult } from '../core/engine/analyze';
import { applyEdits, safeFixEdits } from '../core/engine/fixes';
import { parseDocument } from '../core/parser/parseDocument';
import { paragraphAt, storyConfig } from '../docx';
import { fixAll } from '../service/fixAll';
import type { TextEncoding } from './encoding';
import { ENCODING_LABEL, encodeDraft, UndecodableError } from './encoding';
import { JsonDiagnostic, JsonOutlineNode, outlineJson, outlineText, StoryFields, toJsonDiagnostic } from './output';
import type { CliSettings, SettingsSource } from './projectSettings';
import { documentOutline, splitHeadingEdits } from '../service/outline';
import { Draft, readDraft, UnreadableFileError } from './readDraft';
import { WriteRefusedError, writeFixedDraft } from './writeDraft';
import type { UiLanguage } from '../service/language';

/** What every file of one run is checked with; plain data, so it crosses into worker threads. */
export interface CheckJob extends SettingsSource {
  readonly command: 'check' | 'outline';
  readonly format: 'text' | 'json' | 'sarif';
  readonly fix: boolean;
  readonly splitHeadings?: boolean;
  /** Files larger than this are refused (`--max-size`). */
  readonly maxBytes: number;
  /** `--lang en`: the diagnostics' messages in English (the rules' English templates); Chinese when absent. */
  readonly language?: UiLanguage;
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
  /** `--fix` or `--split-headings` had changes to write but did not write them (refused or failed): the run exits with 2. */
  readonly fixError?: string;
  readonly diagnostics: FileDiagnostic[];
  readonly outline?: JsonOutlineNode[] | string[];
}

/** Check one file with the settings of its project (`settings`: this thread's). */
export function checkFile(file: string, job: CheckJob, settings: CliSettings): FileReport {
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
  const { config, resources } = settings.settingsOf(file);
  const analyse = (text: string) => analyzeDocument(parseDocument(text), config, resources);
  let result = analyse(draft.text);
  const stories = (draft.stories ?? []).map((story) => ({ story, result: analyzeDocument(parseDocument(story.text), storyConfig(config, story.kind), resources) }));
  let fixError: string | undefined;
  if (encoding === 'docx') {
    if (job.splitHeadings) notes.push(`${file}：不修改 Word 文档，标题请在 Word 中另起一行。`);
    if (job.fix && [result, ...stories.map((s) => s.result)].some((r) => safeFixEdits(r.findings).length)) notes.push(`${file}：不修改 Word 文档，可安全修复的问题请在 Word 中修改。`);
  } else if (job.splitHeadings || job.fix) {
    // The file is written once, with --fix's guarantees (writeDraft.ts): --split-headings' line breaks
    // (service/outline.ts: only line breaks are inserted) first, then the safe fixes of the split text.
    const breaks = job.splitHeadings ? splitHeadingEdits(result.document) : [];
    const split = breaks.length ? analyse(applyEdits(draft.text, breaks)) : result;
    const fixed = job.fix ? fixAll(split, config, resources) : undefined;
    const done = [
      ...(breaks.length ? [`已将 ${breaks.length} 处连排的标题或段落另起一行`] : []),
      ...(fixed?.applied ? [`已写回 ${fixed.applied} 处安全修复`] : []),
    ];
    if (done.length && !draft.exact) {
      const found = [...(breaks.length ? [`${breaks.length} 处标题可另起一行`] : []), ...(fixed?.applied ? [`${fixed.applied} 处可安全修复`] : [])];
      fixError = `${file}：有 ${found.join('、')}，但文件的字节不能原样写回，未写回修复。`;
    } else if (done.length) {
      const final = fixed?.applied ? fixed.result : split;
      try {
        writeFixedDraft(file, encodeDraft(final.document.text, encoding), draft.source);
        result = final;
        notes.push(`${file}：${done.join('，')}（${ENCODING_LABEL[encoding]}）。`);
      } catch (e) {
        const reason = e instanceof WriteRefusedError || e instanceof UndecodableError ? e.message : writeFailure(e);
        fixError = `${file}：${reason}。`;
      }
    }
  }
  for (const failure of [result, ...stories.map((s) => s.result)].flatMap((r) => r.failures)) notes.push(`${file}：规则 ${failure.ruleId} 运行出错，已跳过：${failure.error.split('\n')[0]}`);
  const diagnosticsOf = (analysis: AnalysisResult, paragraphStarts: readonly number[] | undefined, story?: StoryFields) => analysis.findings.map((f): FileDiagnostic => {
    const d: FileDiagnostic = { ...toJsonDiagnostic(analysis.document.lines, f, job.language), ...story };
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
