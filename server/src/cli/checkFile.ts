import { analyzeDocument, type AnalysisResult } from '../core/engine/analyze';
import { applyEdits, safeFixEdits } from '../core/engine/fixes';
import { parseDocument } from '../core/parser/parseDocument';
import { paragraphAt, storyConfig } from '../docx';
import { fixAll } from '../service/fixAll';
import type { TextEncoding } from './encoding';
import { ENCODING_LABEL } from './encoding';
import { JsonDiagnostic, JsonOutlineNode, outlineJson, outlineText, StoryFields, toJsonDiagnostic } from './output';
import type { CliSettings, SettingsSource } from './projectSettings';
import { documentOutline, splitHeadingEdits } from '../service/outline';
import { readDraft, UnreadableFileError, writeDraftAtomically } from './readDraft';
import type { UiLanguage } from '../service/language';

/** What every file of one run is checked with; plain data, so it crosses into worker threads. */
export interface CheckJob extends SettingsSource {
  readonly command: 'check' | 'outline';
  readonly format: 'text' | 'json' | 'sarif';
  readonly fix: boolean;
  readonly splitHeadings?: boolean;
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
  /** Lines for stderr (encoding used, fixes written, fixes refused). */
  readonly notes: string[];
  readonly diagnostics: FileDiagnostic[];
  readonly outline?: JsonOutlineNode[] | string[];
}

/** Check one file with the settings of its project (`settings`: this thread's). */
export function checkFile(file: string, job: CheckJob, settings: CliSettings): FileReport {
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
  const { config, resources } = settings.settingsOf(file);
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
  const stories = (draft.stories ?? []).map((story) => ({ story, result: analyzeDocument(parseDocument(story.text), storyConfig(config, story.kind), resources) }));
  if (job.fix) {
    if (encoding === 'docx') {
      if ([result, ...stories.map((s) => s.result)].some((r) => safeFixEdits(r.findings).length)) notes.push(`${file}：不修改 Word 文档，可安全修复的问题请在 Word 中修改。`);
    } else {
      const fixed = fixAll(result, config, resources);
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
  return { file, encoding, notes, diagnostics };
}
