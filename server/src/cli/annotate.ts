import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixAllText } from '../service/fixAll';
import { analyzeText } from '../core/engine/analyze';
import { annotateDocxBytes, DocxError, extractDocx, reviewAnnotations } from '../docx';
import type { CliOptions } from './args';
import type { DraftSettings } from './projectSettings';
import { readDraftBytes, UnreadableFileError } from './readDraft';

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
 * as for a check. Returns the messages for stderr and
 * whether it failed (exit 2).
 */
export function writeAnnotatedCopy(options: CliOptions, settings: Pick<DraftSettings, 'config' | 'resources'>): { notes: string[]; failed: boolean } {
  const input = options.inputs[0];
  const output = options.annotate!;
  if (sameFile(input, output)) return { notes: [`--annotate 的输出文件“${output}”就是原文件；原文件不会被改写，请另取一个文件名。`], failed: true };
  let bytes: Buffer;
  let extracted;
  try {
    bytes = readDraftBytes(input);
    extracted = extractDocx(bytes);
  } catch (e) {
    if (e instanceof UnreadableFileError) return { notes: [e.message], failed: true };
    if (e instanceof DocxError) return { notes: [`无法读取“${input}”：${e.message}。`], failed: true };
    throw e;
  }
  const { config, resources } = settings;
  const annotations = reviewAnnotations(extracted, config, (text, c) => analyzeText(text, c, resources), options.trackChanges ? (text, c) => fixAllText(text, c, resources).edits : undefined);
  const result = annotateDocxBytes(bytes, annotations);
  const tmp = path.join(path.dirname(output), `.gongwen-${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, result.bytes, { flag: 'wx' });
    fs.renameSync(tmp, output);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    return { notes: [`无法写出“${output}”：${e instanceof Error ? e.message : String(e)}。`], failed: true };
  }
  const notes = [`已写出带批注的 Word 文档“${output}”：${result.comments} 条批注${options.trackChanges ? `、${result.changes} 处修订` : ''}（原文件“${input}”未改动）。`];
  if (result.skippedChanges) notes.push(`${result.skippedChanges} 处修复需要新增段落，或跨越表格单元格、文本框、分节的边界，无法写成修订，请在 Word 中手动修改（批注已标出）。`);
  return { notes, failed: false };
}
