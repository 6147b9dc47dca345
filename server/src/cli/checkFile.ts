import { analyzeDocument, type AnalysisResult } from '../core/engine/analyze';
import { applyEdits, safeFixEdits } from '../core/engine/fixes';
import { parseDocument } from '../core/parser/parseDocument';
import { paragraphAt, storyConfig, storyName } from '../docx';
import { fixAll } from '../service/fixAll';
import type { TextEncoding } from './encoding';
import { ENCODING_LABEL, encodeDraft, UndecodableError } from './encoding';
import { JsonDiagnostic, JsonOutlineNode, outlineJson, outlineText, StoryFields, toJsonDiagnostic } from './output';
import type { CliSettings, SettingsSource } from './projectSettings';
import { documentOutline, splitHeadingEdits } from '../service/outline';
import { Draft, readDraft, UnreadableFileError } from './readDraft';
import { WriteRefusedError, writeFixedDraft } from './writeDraft';
import { englishCount, textIn, type Bilingual, type UiLanguage } from '../core/model/bilingual';

/** What every file of one run is checked with; plain data, so it crosses into worker threads. */
export interface CheckJob extends SettingsSource {
  readonly command: 'check' | 'outline';
  readonly format: 'text' | 'json' | 'sarif';
  readonly fix: boolean;
  readonly splitHeadings?: boolean;
  /** Files larger than this are refused (`--max-size`). */
  readonly maxBytes: number;
  /** `--lang en`: the diagnostics' messages (the rules' English templates) and the notes and errors in English; Chinese when absent. */
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
  const language = job.language ?? 'zh';
  /** A note on the file: `file：…` in Chinese, `file: …` in English. */
  const about = (text: Bilingual) => textIn({ zh: `${file}：${text.zh}`, en: `${file}: ${text.en}` }, language);
  const notes: string[] = [];
  let draft: Draft;
  try {
    draft = readDraft(file, job.maxBytes);
  } catch (e) {
    if (e instanceof UnreadableFileError) return { file, error: e.in(language), notes, diagnostics: [] };
    throw e;
  }
  const { encoding } = draft;
  if (encoding === 'docx') {
    const paragraphs = draft.paragraphStarts?.length ?? 0;
    notes.push(about({ zh: `Word 文档，按段落提取正文（${paragraphs} 段）`, en: `Word document, the text read paragraph by paragraph (${paragraphs} paragraphs)` }));
  } else if (encoding !== 'utf-8') {
    notes.push(about({ zh: `编码 ${ENCODING_LABEL[encoding].zh}`, en: `encoding ${ENCODING_LABEL[encoding].en}` }));
  }
  if (!draft.exact && encoding !== 'docx') {
    const label = ENCODING_LABEL[encoding];
    const how = encoding === 'utf-8' || encoding === 'utf-8-bom'
      ? { zh: '已按替换字符“\ufffd”检查', en: 'checked with the replacement character “\ufffd” in their place' }
      : { zh: '无效或未分配的编码，写回时会变成别的字节', en: 'invalid or unassigned codes, which would become other bytes when written back' };
    notes.push(about({
      zh: `有字节不是有效的 ${label.zh} 编码（${how.zh}），此文件只检查、不写回修复。`,
      en: `some bytes are not valid ${label.en} (${how.en}): this file is checked, and fixes are not written to it.`,
    }));
  }
  if (job.command === 'outline') {
    const doc = parseDocument(draft.text);
    return { file, encoding, notes, diagnostics: [], outline: job.format === 'json' ? outlineJson(doc.lines, documentOutline(doc)) : outlineText(doc.lines, documentOutline(doc), language) };
  }
  const { config, resources } = settings.settingsOf(file);
  const analyse = (text: string) => analyzeDocument(parseDocument(text), config, resources);
  let result = analyse(draft.text);
  const stories = (draft.stories ?? []).map((story) => ({ story, result: analyzeDocument(parseDocument(story.text), storyConfig(config, story.kind), resources) }));
  let fixError: string | undefined;
  if (encoding === 'docx') {
    if (job.splitHeadings) notes.push(about({ zh: '不修改 Word 文档，标题请在 Word 中另起一行。', en: 'a Word document is not changed: put the headings on lines of their own in Word.' }));
    if (job.fix && [result, ...stories.map((s) => s.result)].some((r) => safeFixEdits(r.findings).length)) {
      notes.push(about({ zh: '不修改 Word 文档，可安全修复的问题请在 Word 中修改。', en: 'a Word document is not changed: fix the safely fixable problems in Word.' }));
    }
  } else if (job.splitHeadings || job.fix) {
    // The file is written once, with --fix's guarantees (writeDraft.ts): --split-headings' line breaks
    // (service/outline.ts: only line breaks are inserted) first, then the safe fixes of the split text.
    const breaks = job.splitHeadings ? splitHeadingEdits(result.document) : [];
    const split = breaks.length ? analyse(applyEdits(draft.text, breaks)) : result;
    const fixed = job.fix ? fixAll(split, config, resources) : undefined;
    const done: Bilingual[] = [
      ...(breaks.length ? [{ zh: `已将 ${breaks.length} 处连排的标题或段落另起一行`, en: `${englishCount(breaks.length, 'run-in heading or paragraph', 'run-in headings or paragraphs')} put on lines of their own` }] : []),
      ...(fixed?.applied ? [{ zh: `已写回 ${fixed.applied} 处安全修复`, en: `${englishCount(fixed.applied, 'safe fix', 'safe fixes')} written` }] : []),
    ];
    if (done.length && !draft.exact) {
      const found: Bilingual[] = [
        ...(breaks.length ? [{ zh: `${breaks.length} 处标题可另起一行`, en: `${englishCount(breaks.length, 'heading', 'headings')} to put on a line of its own` }] : []),
        ...(fixed?.applied ? [{ zh: `${fixed.applied} 处可安全修复`, en: `${englishCount(fixed.applied, 'safe fix', 'safe fixes')}` }] : []),
      ];
      fixError = about({
        zh: `有 ${found.map((f) => f.zh).join('、')}，但文件的字节不能原样写回，未写回修复。`,
        en: `there are ${found.map((f) => f.en).join(' and ')}, but the file's bytes cannot be written back as they were: the fixes were not written.`,
      });
    } else if (done.length) {
      const final = fixed?.applied ? fixed.result : split;
      const label = ENCODING_LABEL[encoding];
      try {
        writeFixedDraft(file, encodeDraft(final.document.text, encoding), draft.source);
        result = final;
        notes.push(about({ zh: `${done.map((d) => d.zh).join('，')}（${label.zh}）。`, en: `${done.map((d) => d.en).join(', ')} (${label.en}).` }));
      } catch (e) {
        const reason = e instanceof WriteRefusedError || e instanceof UndecodableError ? e.text : writeFailure(e);
        fixError = about({ zh: `${reason.zh}。`, en: `${reason.en}.` });
      }
    }
  }
  for (const failure of [result, ...stories.map((s) => s.result)].flatMap((r) => r.failures)) {
    const error = failure.error.split('\n')[0];
    notes.push(about({ zh: `规则 ${failure.ruleId} 运行出错，已跳过：${error}`, en: `rule ${failure.ruleId} failed and was skipped: ${error}` }));
  }
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
    ...stories.flatMap((s) => diagnosticsOf(s.result, s.story.paragraphStarts, { story: storyName(s.story, language), part: s.story.part })),
  ];
  return { file, encoding, notes, diagnostics, ...(fixError ? { fixError } : {}) };
}

/** A system error while writing, in words a writer understands. */
function writeFailure(e: unknown): Bilingual {
  const code = (e as NodeJS.ErrnoException).code;
  const system = e instanceof Error ? e.message : String(e);
  const reason = code === 'EACCES' || code === 'EPERM' ? { zh: '没有写入权限（文件或所在文件夹）', en: 'no permission to write (the file or its folder)' }
    : code === 'ENOSPC' || code === 'EDQUOT' ? { zh: '磁盘空间不足', en: 'the disk is full' }
      : code === 'EROFS' ? { zh: '文件所在的磁盘是只读的', en: 'the file is on a read-only disk' }
        : code === 'EFBIG' ? { zh: '文件超出系统允许的大小', en: 'the file is larger than the system allows' }
          : { zh: system, en: system };
  return { zh: `写回修复失败：${reason.zh}；原文件未改动`, en: `writing the fixes failed: ${reason.en}; the file is unchanged` };
}
