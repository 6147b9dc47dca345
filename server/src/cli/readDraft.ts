import { BilingualError } from '../core/model/bilingual';
import { decodeDraft, TextEncoding, UndecodableError } from './encoding';
import { DocxError, DocxStoryText, extractDocx } from '../docx';
import { FileContent, FileReadError, readRegularFile } from '../io/readFile';

export class UnreadableFileError extends BilingualError {}

/** A draft as analysed: its text, and how to write it back. */
export interface Draft {
  readonly text: string;
  /** `docx`: text extracted from a Word document, which `--fix` does not write. */
  readonly encoding: TextEncoding | 'docx';
  /** The text encodes back to exactly the bytes read: only then may `--fix` write the file. */
  readonly exact: boolean;
  /** For a .docx: where each Word paragraph starts in `text`. */
  readonly paragraphStarts?: readonly number[];
  /** For a .docx: its headers, footers and notes, each checked as a text of its own. */
  readonly stories?: readonly DocxStoryText[];
  /** The bytes read and the file's identity then: the writer refuses to replace a file changed since. */
  readonly source: FileContent;
}

export function isDocxPath(file: string): boolean {
  return /\.docx$/i.test(file);
}

/**
 * A draft file's bytes and identity: regular files only (no FIFO, no device), at most `maxBytes`;
 * UnreadableFileError with the reason.
 */
export function readDraftFile(file: string, maxBytes: number): FileContent {
  try {
    return readRegularFile(file, maxBytes);
  } catch (e) {
    if (e instanceof FileReadError) {
      const tooLarge = e.problem === 'too-large';
      throw new UnreadableFileError({
        zh: `无法读取“${file}”：${e.text.zh}${tooLarge ? '（可用 --max-size 调整上限）' : ''}。`,
        en: `Cannot read “${file}”: ${e.text.en}${tooLarge ? ' (--max-size raises the limit)' : ''}.`,
      });
    }
    throw e;
  }
}

/**
 * Read a draft of at most `maxBytes` (regular files only): a .docx is extracted paragraph by
 * paragraph; any other file is decoded by its detected encoding (a BOM is not part of the text, so
 * positions agree with an editor's).
 */
export function readDraft(file: string, maxBytes: number): Draft {
  const source = readDraftFile(file, maxBytes);
  try {
    if (isDocxPath(file)) return { ...extractDocx(source.bytes), encoding: 'docx', exact: false, source };
    return { ...decodeDraft(source.bytes), source };
  } catch (e) {
    if (e instanceof UndecodableError || e instanceof DocxError) {
      throw new UnreadableFileError({ zh: `无法读取“${file}”：${e.text.zh}，已跳过。`, en: `Cannot read “${file}”: ${e.text.en}; skipped.` });
    }
    throw e;
  }
}
