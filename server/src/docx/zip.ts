/**
 * The zip container of a .docx: reading entries with limits on what they inflate to (a zip bomb of
 * a few hundred kilobytes inflates to gigabytes), and writing a copy in which some entries are
 * replaced. Entries that are not replaced are copied as they are stored (compressed bytes and CRC
 * from the central directory), so images and other parts are never inflated at all.
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { DocxError } from './errors';

const damaged = (name: string) => ({ zh: `.docx 中的“${name}”已损坏`, en: `“${name}” in the .docx is damaged` });

export interface InflateLimits {
  /** Largest inflated size of one entry, in bytes. */
  readonly entryBytes: number;
  /** Largest inflated size of all entries read from one file. */
  readonly totalBytes: number;
  /** Largest inflated ÷ compressed ratio, per entry and over all entries read… */
  readonly ratio: number;
  /** …once the inflated size passes this many bytes (small parts may compress far better). */
  readonly ratioFrom: number;
}

const MB = 1024 * 1024;

/**
 * Word's own parts stay far below these: the body of a 500-page report is 10–20 MB of XML and
 * compresses 5–20×; what passes them is a bomb (deflate reaches about 1000×).
 */
export const DEFAULT_LIMITS: InflateLimits = { entryBytes: 64 * MB, totalBytes: 128 * MB, ratio: 200, ratioFrom: 1 * MB };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/** One entry as the central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  readonly time: number;
  readonly date: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly externalAttributes: number;
  readonly localOffset: number;
}

function megabytes(bytes: number): string {
  return bytes < MB ? `${Math.round(bytes / 1024)} KB` : `${Math.round(bytes / MB)} MB`;
}

/** A zip archive in memory. Zip64, encryption and compression other than deflate are refused. */
export class ZipArchive {
  /** In directory order. */
  readonly entries: ZipEntry[] = [];
  private readonly byName = new Map<string, ZipEntry>();
  private inflated = 0;
  private compressed = 0;

  constructor(private readonly zip: Buffer, private readonly limits: InflateLimits = DEFAULT_LIMITS) {
    if (zip.length >= 4 && zip.readUInt32BE(0) === 0xd0cf11e0) {
      throw new DocxError({
        zh: '这是旧版 Word 97–2003 文档（.doc）或加密的 .docx，请在 Word 中另存为未加密的 .docx 后再检查',
        en: 'this is an old Word 97–2003 document (.doc) or an encrypted .docx: save it from Word as an unencrypted .docx, then check it',
      });
    }
    let eocd = -1;
    for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
      if (zip.readUInt32LE(i) === EOCD_SIGNATURE) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new DocxError({ zh: '不是有效的 Word 文档（.docx 应为 zip 压缩包）', en: 'not a valid Word document (a .docx is a zip archive)' });
    const count = zip.readUInt16LE(eocd + 10);
    let p = zip.readUInt32LE(eocd + 16);
    if (p === 0xffffffff || count === 0xffff) throw new DocxError({ zh: '不支持 Zip64 格式的 .docx', en: 'a .docx in the Zip64 format is not supported' });
    for (let n = 0; n < count; n++) {
      if (p + 46 > zip.length || zip.readUInt32LE(p) !== CENTRAL_SIGNATURE) throw new DocxError({ zh: '.docx 的目录已损坏', en: 'the directory of the .docx is damaged' });
      const nameLength = zip.readUInt16LE(p + 28);
      const entry: ZipEntry = {
        name: zip.toString('utf8', p + 46, p + 46 + nameLength),
        flags: zip.readUInt16LE(p + 8),
        method: zip.readUInt16LE(p + 10),
        time: zip.readUInt16LE(p + 12),
        date: zip.readUInt16LE(p + 14),
        crc: zip.readUInt32LE(p + 16),
        compressedSize: zip.readUInt32LE(p + 20),
        size: zip.readUInt32LE(p + 24),
        externalAttributes: zip.readUInt32LE(p + 38),
        localOffset: zip.readUInt32LE(p + 42),
      };
      this.entries.push(entry);
      this.byName.set(entry.name, entry);
      p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
    }
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** The stored (compressed) bytes of an entry. */
  stored(entry: ZipEntry): Buffer {
    const zip = this.zip;
    const at = entry.localOffset;
    if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL_SIGNATURE) throw new DocxError(damaged(entry.name));
    const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
    if (start + entry.compressedSize > zip.length) throw new DocxError(damaged(entry.name));
    return zip.subarray(start, start + entry.compressedSize);
  }

  /**
   * The inflated bytes of an entry, or undefined when there is none. Inflation stops as soon as the
   * entry or the file passes a limit: the declared sizes are not trusted.
   */
  read(name: string): Buffer | undefined {
    const entry = this.byName.get(name);
    if (!entry) return undefined;
    if (entry.flags & 1) throw new DocxError({ zh: '.docx 已加密，请先在 Word 中取消密码', en: 'the .docx is encrypted: remove the password in Word first' });
    const data = this.stored(entry);
    const { entryBytes, totalBytes, ratio, ratioFrom } = this.limits;
    const compressed = this.compressed + data.length;
    // The most this entry may inflate to under every limit; one byte more tells that it passed one.
    const allowed = Math.min(entryBytes, totalBytes - this.inflated, Math.max(ratioFrom, data.length * ratio), Math.max(ratioFrom, compressed * ratio) - this.inflated);
    let out: Buffer;
    if (entry.method === 0) {
      out = data;
    } else if (entry.method === 8) {
      try {
        out = inflateRawSync(data, { maxOutputLength: Math.max(1, allowed + 1) });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ERR_BUFFER_TOO_LARGE') throw new DocxError({ zh: `.docx 中的“${name}”无法解压，文件已损坏`, en: `“${name}” in the .docx cannot be inflated: the file is damaged` });
        out = Buffer.alloc(allowed + 1);
      }
    } else {
      throw new DocxError({ zh: `.docx 中的“${name}”使用了不支持的压缩方式 ${entry.method}`, en: `“${name}” in the .docx uses an unsupported compression method ${entry.method}` });
    }
    if (out.length > allowed) throw this.refusal(name, out.length);
    this.inflated += out.length;
    this.compressed = compressed;
    return out;
  }

  private refusal(name: string, size: number): DocxError {
    const { entryBytes, totalBytes, ratio } = this.limits;
    const why = size > entryBytes ? { zh: `“${name}”解压后超过 ${megabytes(entryBytes)}`, en: `“${name}” inflates to more than ${megabytes(entryBytes)}` }
      : this.inflated + size > totalBytes ? { zh: `的内容解压后合计超过 ${megabytes(totalBytes)}`, en: `content inflates to more than ${megabytes(totalBytes)} in all` }
        : { zh: `“${name}”的压缩比超过 ${ratio} 倍`, en: `“${name}” is compressed more than ${ratio} times` };
    return new DocxError({
      zh: `.docx 中${why.zh}，疑似压缩炸弹，已拒绝读取（正常的 Word 文档远小于此限制）`,
      en: `the .docx's ${why.en}: likely a zip bomb, not read (a normal Word document is far below this limit)`,
    });
  }
}

/** A replaced or new entry's content, or an entry of the source copied as stored. */
export type ZipOutput = { readonly name: string; readonly data: Buffer } | { readonly name: string; readonly copy: ZipEntry };

/** The DOS date and time of now, for new entries. */
function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** Write a zip: new data is deflated, copied entries keep their stored bytes. */
export function writeZip(source: ZipArchive, outputs: readonly ZipOutput[], now = new Date()): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const stamp = dosTime(now);
  for (const out of outputs) {
    const name = Buffer.from(out.name, 'utf8');
    let stored: Buffer;
    let meta: { flags: number; method: number; time: number; date: number; crc: number; size: number; externalAttributes: number };
    if ('copy' in out) {
      stored = source.stored(out.copy);
      // Sizes and CRC are in the new local header, so no data descriptor follows.
      meta = { ...out.copy, flags: (out.copy.flags & ~0x0008) | 0x0800 };
    } else {
      stored = deflateRawSync(out.data);
      meta = { flags: 0x0800, method: 8, time: stamp.time, date: stamp.date, crc: crc32(out.data), size: out.data.length, externalAttributes: 0 };
    }
    // The local header and the directory entry share these fields, the latter two bytes further on.
    const header = (buffer: Buffer, at: number) => {
      buffer.writeUInt16LE(20, at + 4);
      buffer.writeUInt16LE(meta.flags, at + 6);
      buffer.writeUInt16LE(meta.method, at + 8);
      buffer.writeUInt16LE(meta.time, at + 10);
      buffer.writeUInt16LE(meta.date, at + 12);
      buffer.writeUInt32LE(meta.crc >>> 0, at + 14);
      buffer.writeUInt32LE(stored.length, at + 18);
      buffer.writeUInt32LE(meta.size, at + 22);
      buffer.writeUInt16LE(name.length, at + 26);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_SIGNATURE, 0);
    header(local, 0);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(CENTRAL_SIGNATURE, 0);
    entry.writeUInt16LE(20, 4);
    header(entry, 2);
    entry.writeUInt32LE(meta.externalAttributes >>> 0, 38);
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, name, stored);
    central.push(entry, name);
    offset += local.length + name.length + stored.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD_SIGNATURE, 0);
  end.writeUInt16LE(outputs.length, 8);
  end.writeUInt16LE(outputs.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}
