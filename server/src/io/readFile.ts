import * as fs from 'node:fs';
import { BilingualError, type Bilingual } from '../core/model/bilingual';

/**
 * Reading files a user or a workspace names, for the CLI and the server alike: only regular files
 * (a FIFO would block the reader, `/dev/zero` never ends), never more than a size limit, and what
 * was read is kept with the file's identity, so a writer can tell whether it changed since.
 */

const MiB = 1024 * 1024;

/** Largest draft the CLI reads unless `--max-size` says otherwise (the 10 MB benchmark draft fits thrice). */
export const DEFAULT_MAX_DRAFT_BYTES = 32 * MiB;
/** Largest workspace data file (`.gongwen/agencies.json` and the like): a dictionary of thousands of entries is well under it. */
export const MAX_WORKSPACE_DATA_BYTES = 2 * MiB;
/** Largest `.gongwenignore`. */
export const MAX_IGNORE_FILE_BYTES = 1 * MiB;

export type ReadProblem = 'missing' | 'directory' | 'not-regular' | 'link' | 'too-large' | 'permission' | 'other';

/** Why a file was not read, in Chinese and English (without the file name: callers add it). */
export class FileReadError extends BilingualError {
  constructor(readonly problem: ReadProblem, text: Bilingual, readonly size?: number) {
    super(text);
  }
}

const NOT_REGULAR = { zh: '不是普通文件（管道、设备或套接字），不读取', en: 'not a regular file (a pipe, device or socket), not read' };
const DIRECTORY = { zh: '这是一个文件夹', en: 'this is a folder' };

/** The file as it was when read: what a writer compares before replacing it. */
export interface FileIdentity {
  readonly dev: bigint;
  readonly ino: bigint;
  readonly size: bigint;
  readonly mtimeNs: bigint;
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  readonly nlink: number;
}

export interface FileContent {
  readonly bytes: Buffer;
  readonly identity: FileIdentity;
}

/** Sizes as a writer reads them: `1.5 MB`, `800 KB`. */
export function formatSize(bytes: number): string {
  return bytes >= MiB ? `${+(bytes / MiB).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export function identityOf(st: fs.BigIntStats): FileIdentity {
  return { dev: st.dev, ino: st.ino, size: st.size, mtimeNs: st.mtimeNs, mode: Number(st.mode), uid: Number(st.uid), gid: Number(st.gid), nlink: Number(st.nlink) };
}

function openError(e: unknown, followLinks = true): FileReadError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ELOOP' && !followLinks) return new FileReadError('link', { zh: '这是一个链接，不跟随读取', en: 'this is a link, not followed' });
  if (code === 'ENOENT' || code === 'ENOTDIR') return new FileReadError('missing', { zh: '文件不存在', en: 'no such file' });
  if (code === 'EACCES' || code === 'EPERM') return new FileReadError('permission', { zh: '没有读取权限', en: 'no permission to read it' });
  if (code === 'EISDIR') return new FileReadError('directory', DIRECTORY);
  // ENXIO: a socket; ELOOP: a link loop.
  if (code === 'ENXIO') return new FileReadError('not-regular', NOT_REGULAR);
  return new FileReadError('other', { zh: (e as Error).message, en: (e as Error).message });
}

/** O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting (fstat then refuses it). */
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

export interface ReadOptions {
  /**
   * false: a file that is itself a symbolic link is refused (O_NOFOLLOW), for files nobody named but that
   * a repository can plant (`.gongwen/config.json` → a file outside it, whose text a message would quote).
   */
  readonly followLinks?: boolean;
}

/** What the descriptor's stat allows: a regular file within the limit; returns the buffer to read into. */
function bufferFor(st: fs.BigIntStats, maxBytes: number): Buffer {
  if (st.isDirectory()) throw new FileReadError('directory', DIRECTORY);
  if (!st.isFile()) throw new FileReadError('not-regular', NOT_REGULAR);
  const size = Number(st.size);
  if (size > maxBytes) throw new FileReadError('too-large', {
    zh: `文件大小 ${formatSize(size)}，超过上限 ${formatSize(maxBytes)}`,
    en: `the file is ${formatSize(size)}, over the limit of ${formatSize(maxBytes)}`,
  }, size);
  // One byte more than announced: a file still being written shows here.
  return Buffer.allocUnsafe(size + 1);
}

/** Called after each read with the length so far; the content is whole when a read returns nothing. */
function filled(buffer: Buffer, length: number): void {
  if (length === buffer.length) throw new FileReadError('other', { zh: '文件在读取过程中仍在变化，请稍后再试', en: 'the file kept changing while it was read; try again later' });
}

/**
 * Read a regular file of at most `maxBytes`. The checks are made on the opened descriptor, so the
 * file read is the file checked.
 */
export function readRegularFile(file: string, maxBytes: number, { followLinks = true }: ReadOptions = {}): FileContent {
  let fd: number;
  try {
    fd = fs.openSync(file, followLinks ? OPEN_FLAGS : OPEN_FLAGS | fs.constants.O_NOFOLLOW);
  } catch (e) {
    throw openError(e, followLinks);
  }
  try {
    const st = fs.fstatSync(fd, { bigint: true });
    const buffer = bufferFor(st, maxBytes);
    let length = 0;
    for (let n; (n = fs.readSync(fd, buffer, length, buffer.length - length, null)) > 0;) filled(buffer, length += n);
    return { bytes: buffer.subarray(0, length), identity: identityOf(st) };
  } catch (e) {
    throw e instanceof FileReadError ? e : openError(e);
  } finally {
    fs.closeSync(fd);
  }
}

/** A UTF-8 text file (a BOM dropped); bytes that are not UTF-8 are refused, never replaced. */
export function decodeUtf8Strict(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new FileReadError('other', { zh: '不是有效的 UTF-8 文本', en: 'not valid UTF-8 text' });
  }
  return text;
}
