import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BilingualError } from '../core/model/bilingual';
import { FileContent, identityOf } from '../io/readFile';

/** The fixed draft was not written; the message says why (without the file name). */
export class WriteRefusedError extends BilingualError {}

/**
 * Write a fixed draft over the file it was read from (`source`), keeping what makes it that file:
 *
 * - a symbolic link is followed: its target is rewritten and the link stays a link;
 * - mode, owner and group are kept; a file without any write permission is refused, not rewritten;
 * - a file changed since it was read (size, modification time, identity or content) is refused, so
 *   what a writer saved meanwhile is never overwritten;
 * - normally the new bytes go to a temporary file beside the draft (a short name: long Chinese file
 *   names stay within NAME_MAX), flushed, then renamed over it, so an interrupted run leaves the old
 *   draft or the new one; a file with several hard links, or whose owner this process cannot give a
 *   new file, is rewritten in place instead (every link then sees the fix), and the temporary file
 *   holds the whole new text until that write is flushed.
 *
 * Throws WriteRefusedError for a refusal (PartialWriteError when an in-place write broke off), and
 * the system error for a failed write (the draft then is as it was).
 */
export function writeFixedDraft(file: string, bytes: Uint8Array, source: FileContent): void {
  const target = fs.realpathSync(file);
  const current = identityOf(fs.statSync(target, { bigint: true }));
  if ((current.mode & 0o222) === 0) throw new WriteRefusedError({ zh: '文件是只读的，未写回修复（如需修复，请先取消只读属性）', en: 'the file is read-only: the fixes were not written (clear its read-only attribute to have them written)' });
  try {
    fs.accessSync(target, fs.constants.W_OK);
  } catch {
    throw new WriteRefusedError({ zh: '没有写入权限，未写回修复', en: 'no permission to write it: the fixes were not written' });
  }
  withFile(target, 'r', (fd) => assertUnchanged(fd, source));
  const tmp = path.join(path.dirname(target), `.gw-${randomBytes(4).toString('hex')}.tmp`);
  const fd = fs.openSync(tmp, 'wx', 0o600);
  try {
    let replaceable = current.nlink === 1;
    try {
      writeAll(fd, bytes);
      fs.fchmodSync(fd, current.mode & 0o7777);
      const made = fs.fstatSync(fd);
      if (replaceable && (made.uid !== current.uid || made.gid !== current.gid)) {
        try {
          fs.fchownSync(fd, current.uid, current.gid);
        } catch {
          replaceable = false; // another user's file: only writing it in place keeps their ownership
        }
      }
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (replaceable) {
      // Again right before the rename: the window in which a save can be lost is as short as it can be.
      withFile(target, 'r', (fd) => assertUnchanged(fd, source));
      fs.renameSync(tmp, target);
      return;
    }
    writeInPlace(target, bytes, source, tmp);
  } catch (e) {
    if (e instanceof PartialWriteError) throw e;
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  fs.rmSync(tmp, { force: true });
}

/** Writing in place failed midway: the draft may be incomplete, and the temporary file (kept) holds the whole fixed text. */
export class PartialWriteError extends WriteRefusedError {}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let written = 0; written < bytes.length;) written += fs.writeSync(fd, bytes, written, bytes.length - written, written);
}

function sameIdentity(a: FileContent['identity'], b: FileContent['identity']): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs;
}

/** The content too: a save within the file system's timestamp granularity keeps size and mtime. */
function sameContent(fd: number, expected: Uint8Array): boolean {
  const buffer = Buffer.allocUnsafe(expected.length + 1);
  let length = 0;
  for (let n; length < buffer.length && (n = fs.readSync(fd, buffer, length, buffer.length - length, length)) > 0;) length += n;
  return length === expected.length && buffer.subarray(0, length).equals(expected);
}

/** Refuses unless the open file is the one read, with the same content. */
function assertUnchanged(fd: number, source: FileContent): void {
  if (!sameIdentity(identityOf(fs.fstatSync(fd, { bigint: true })), source.identity) || !sameContent(fd, source.bytes)) {
    throw new WriteRefusedError({
      zh: '文件在检查期间被修改过（可能正在别处编辑），为免覆盖这些修改，未写回修复；请保存后重新运行',
      en: 'the file changed while it was checked (it may be open elsewhere): the fixes were not written, so those changes are not overwritten; save it and run again',
    });
  }
}

function withFile(target: string, flags: string, use: (fd: number) => void): void {
  const fd = fs.openSync(target, flags);
  try {
    use(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function writeInPlace(target: string, bytes: Uint8Array, source: FileContent, copy: string): void {
  withFile(target, 'r+', (fd) => {
    assertUnchanged(fd, source);
    try {
      writeAll(fd, bytes);
      fs.ftruncateSync(fd, bytes.length);
      fs.fsyncSync(fd);
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      throw new PartialWriteError({
        zh: `改写文件时出错（${reason}），文件可能不完整；修复后的全文保存在“${copy}”中`,
        en: `writing the file failed (${reason}): it may be incomplete; the whole fixed text is saved in “${copy}”`,
      });
    }
  });
}
