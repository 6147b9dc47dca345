import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixAllText } from '../service/fixAll';
import { analyzeText } from '../core/engine/analyze';
import { englishCount, textIn, type Bilingual } from '../core/model/bilingual';
import { annotateDocxBytes, DocxError, extractDocx, reviewAnnotations } from '../docx';
import type { CliOptions } from './args';
import type { DraftSettings } from './projectSettings';
import { readDraftFile, UnreadableFileError } from './readDraft';

/** The same file under another name (a link, `./a.docx` for `a.docx`)? */
function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const x = fs.statSync(a);
    const y = fs.statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/**
 * `--annotate OUT.docx IN.docx`: write a copy of the Word document with every finding as a comment
 * and, with `--track-changes`, every safe fix as a tracked change. The input is only read; the copy is
 * written to a temporary file beside OUT and renamed over it. `settings`: the input's project settings,
 * as for a check. Returns the messages for stderr (and the comments) in `options.language`, and
 * whether it failed (exit 2).
 */
export function writeAnnotatedCopy(options: CliOptions, settings: Pick<DraftSettings, 'config' | 'resources'>): { notes: string[]; failed: boolean } {
  const input = options.inputs[0];
  const output = options.annotate!;
  const language = options.language;
  const failed = (text: Bilingual) => ({ notes: [textIn(text, language)], failed: true });
  if (sameFile(input, output)) {
    return failed({
      zh: `--annotate 的输出文件“${output}”就是原文件；原文件不会被改写，请另取一个文件名。`,
      en: `The output of --annotate, “${output}”, is the input itself; the input is never rewritten: choose another file name.`,
    });
  }
  let bytes: Buffer;
  let extracted;
  try {
    bytes = readDraftFile(input, options.maxBytes).bytes;
    extracted = extractDocx(bytes);
  } catch (e) {
    if (e instanceof UnreadableFileError) return failed(e.text);
    if (e instanceof DocxError) return failed({ zh: `无法读取“${input}”：${e.text.zh}。`, en: `Cannot read “${input}”: ${e.text.en}.` });
    throw e;
  }
  const { config, resources } = settings;
  const fix = options.trackChanges ? (text: string, c: typeof config) => fixAllText(text, c, resources).edits : undefined;
  const annotations = reviewAnnotations(extracted, config, (text, c) => analyzeText(text, c, resources), fix, language);
  const result = annotateDocxBytes(bytes, annotations);
  const tmp = path.join(path.dirname(output), `.gongwen-${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, result.bytes, { flag: 'wx' });
    fs.renameSync(tmp, output);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    const reason = e instanceof Error ? e.message : String(e);
    return failed({ zh: `无法写出“${output}”：${reason}。`, en: `Cannot write “${output}”: ${reason}.` });
  }
  const notes = [textIn({
    zh: `已写出带批注的 Word 文档“${output}”：${result.comments} 条批注${options.trackChanges ? `、${result.changes} 处修订` : ''}（原文件“${input}”未改动）。`,
    en: `Wrote the Word document “${output}” with ${englishCount(result.comments, 'comment', 'comments')}${options.trackChanges ? ` and ${englishCount(result.changes, 'tracked change', 'tracked changes')}` : ''} (the input “${input}” is unchanged).`,
  }, language)];
  if (result.skippedChanges) {
    notes.push(textIn({
      zh: `${result.skippedChanges} 处修复需要新增段落，或跨越表格单元格、文本框、分节的边界，无法写成修订，请在 Word 中手动修改（批注已标出）。`,
      en: `${result.skippedChanges} of the fixes cannot be tracked changes (they need a new paragraph, or cross the edge of a table cell, text box or section): make them in Word (the comments mark them).`,
    }, language));
  }
  return { notes, failed: false };
}
