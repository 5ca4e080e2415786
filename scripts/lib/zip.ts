// A minimal ZIP writer (deflate, UTF-8 names, fixed timestamps so the same input gives the same
// bytes), enough for a Teams app package. Format: PKWARE APPNOTE 6.3, without ZIP64.
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

const UTF8_NAMES = 0x0800;
const DEFLATE = 8;
const VERSION = 20;
const DOS_DATE_1980_01_01 = (1 << 5) | 1;

function header(signature: number, fields: [bytes: 2 | 4, value: number][]): Buffer {
  const buf = Buffer.alloc(4 + fields.reduce((n, [bytes]) => n + bytes, 0));
  buf.writeUInt32LE(signature, 0);
  let at = 4;
  for (const [bytes, value] of fields) {
    if (bytes === 2) buf.writeUInt16LE(value, at);
    else buf.writeUInt32LE(value, at);
    at += bytes;
  }
  return buf;
}

export function zip(entries: readonly ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const packed = deflateRawSync(entry.data);
    const crc = crc32(entry.data);
    const common: [2 | 4, number][] = [[2, UTF8_NAMES], [2, DEFLATE], [2, 0], [2, DOS_DATE_1980_01_01], [4, crc], [4, packed.length], [4, entry.data.length], [2, name.length], [2, 0]];
    const local = header(0x04034b50, [[2, VERSION], ...common]);
    central.push(header(0x02014b50, [[2, VERSION], [2, VERSION], ...common, [2, 0], [2, 0], [2, 0], [4, 0], [4, offset]]), name);
    parts.push(local, name, packed);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = header(0x06054b50, [[2, 0], [2, 0], [2, entries.length], [2, entries.length], [4, directory.length], [4, offset], [2, 0]]);
  return Buffer.concat([...parts, directory, end]);
}
