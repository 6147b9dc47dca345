import * as fs from 'node:fs';
import { decodeDraft, encodeDraft, TextEncoding, UndecodableError } from './encoding';
import { DocxError, DocxStoryText, extractDocx } from '../docx';

export class UnreadableFileError extends Error {}

/** A draft as analysed: its text, and how to write it back. */
export interface Draft {
  readonly text: string;
  /** `docx`: text extracted from a Word document, which `--fix` does not write. */
  readonly encoding: TextEncoding | 'docx';
  /** For a .docx: where each Word paragraph starts in `text`. */
  readonly paragraphStarts?: readonly number[];
  /** For a .docx: its headers, footers and notes, each checked as a text of its own. */
  readonly stories?: readonly DocxStoryText[];
}

export function isDocxPath(file: string): boolean {
  return /\.docx$/i.test(file);
}

/** The bytes of a draft file; UnreadableFileError with the reason in Chinese. */
export function readDraftBytes(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个文件夹' : code === 'EACCES' ? '没有读取权限' : (e as Error).message;
    throw new UnreadableFileError(`无法读取“${file}”：${reason}。`);
  }
}

/**
 * Read a draft: a .docx is extracted paragraph by paragraph; any other file is decoded by its
 * detected encoding (a BOM is not part of the text, so positions agree with an editor's).
 */
export function readDraft(file: string): Draft {
  const bytes = readDraftBytes(file);
  try {
    if (isDocxPath(file)) return { ...extractDocx(bytes), encoding: 'docx' };
    return decodeDraft(bytes);
  } catch (e) {
    if (e instanceof UndecodableError || e instanceof DocxError) throw new UnreadableFileError(`无法读取“${file}”：${e.message}，已跳过。`);
    throw e;
  }
}

/**
 * Write a fixed draft in its own encoding through a temporary file in the same folder and a rename,
 * so an interrupted run leaves either the old draft or the new one, never half of one.
 */
export function writeDraftAtomically(file: string, text: string, encoding: TextEncoding): void {
  const bytes = encodeDraft(text, encoding);
  const tmp = `${file}.gongwen-${process.pid}-${Date.now()}.tmp`;
  let mode: number | undefined;
  try {
    mode = fs.statSync(file).mode;
  } catch {
    mode = undefined;
  }
  try {
    const fd = fs.openSync(tmp, 'wx', mode);
    try {
      fs.writeFileSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}
