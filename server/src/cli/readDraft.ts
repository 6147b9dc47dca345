import * as fs from 'node:fs';

export class UnreadableFileError extends Error {}

/**
 * Read a draft as text. A UTF-8 byte-order mark is dropped (editors do the same, so positions
 * agree with the server's); binary content is refused with a clear message rather than analysed.
 */
export interface Draft {
  readonly text: string;
  /** Written back the same way by `--fix`. */
  readonly bom: boolean;
}

export function readDraft(file: string): Draft {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个文件夹' : code === 'EACCES' ? '没有读取权限' : (e as Error).message;
    throw new UnreadableFileError(`无法读取“${file}”：${reason}。`);
  }
  if (bytes.subarray(0, 8000).includes(0)) throw new UnreadableFileError(`“${file}”不是文本文件（含有 NUL 字节），已跳过。`);
  const text = bytes.toString('utf8');
  const bom = text.charCodeAt(0) === 0xfeff;
  return { text: bom ? text.slice(1) : text, bom };
}
