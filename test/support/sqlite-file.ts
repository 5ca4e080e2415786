// Reads a SQLite database file and its write-ahead log the way a forensic reader would, without
// SQLite: every page image (live, free, or an old frame of the WAL), the cells its pointer array
// lists in the order they lie in the page, and the records they hold. Enough of the file format
// (sqlite.org/fileformat2.html) for table b-trees whose records fit in their page.

/** A value of a record: SQLite's integer, real, text, blob or null. */
export type SqlValue = number | bigint | string | Uint8Array | null;

/** A row as one page image shows it. */
export interface Cell {
  /** Where the image came from: the main file, or a WAL frame (1-based). */
  source: 'file' | `wal frame ${number}`;
  page: number;
  /** Byte offset of the cell in its page: SQLite writes each new cell below the previous one. */
  offset: number;
  rowid: bigint;
  values: SqlValue[];
}

export interface PageImage {
  source: Cell['source'];
  page: number;
  data: Uint8Array;
}

const TABLE_LEAF = 13;
const TABLE_INTERIOR = 5;

function varint(data: Uint8Array, at: number): [bigint, number] {
  let value = 0n;
  for (let i = 0; i < 8; i++) {
    const byte = data[at + i]!;
    value = (value << 7n) | BigInt(byte & 0x7f);
    if (byte < 0x80) return [value, i + 1];
  }
  return [(value << 8n) | BigInt(data[at + 8]!), 9];
}

function signed(data: Uint8Array, at: number, size: number): bigint {
  let value = 0n;
  for (let i = 0; i < size; i++) value = (value << 8n) | BigInt(data[at + i]!);
  return BigInt.asIntN(size * 8, value);
}

const INT_SIZES: Record<number, number> = { 1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8 };

/** The values of a record (header of serial types, then the body). */
export function record(payload: Uint8Array): SqlValue[] {
  const [headerSize, first] = varint(payload, 0);
  const types: bigint[] = [];
  for (let at = first; at < Number(headerSize);) {
    const [type, n] = varint(payload, at);
    types.push(type);
    at += n;
  }
  const values: SqlValue[] = [];
  let at = Number(headerSize);
  for (const big of types) {
    const type = Number(big);
    if (type === 0) values.push(null);
    else if (INT_SIZES[type]) {
      const v = signed(payload, at, INT_SIZES[type]!);
      values.push(v >= Number.MIN_SAFE_INTEGER && v <= Number.MAX_SAFE_INTEGER ? Number(v) : v);
      at += INT_SIZES[type]!;
    } else if (type === 7) {
      values.push(new DataView(payload.buffer, payload.byteOffset + at, 8).getFloat64(0));
      at += 8;
    } else if (type === 8 || type === 9) values.push(type - 8);
    else if (type >= 12) {
      const size = type % 2 === 0 ? (type - 12) / 2 : (type - 13) / 2;
      const bytes = payload.subarray(at, at + size);
      values.push(type % 2 === 0 ? bytes : new TextDecoder().decode(bytes));
      at += size;
    } else throw new Error(`serial type ${type}`);
  }
  return values;
}

/** The page size from the file header (offset 16) or the WAL header (offset 8). */
export function pageSizeOf(file: Uint8Array): number {
  const raw = (file[16]! << 8) | file[17]!;
  return raw === 1 ? 65_536 : raw;
}

export function filePages(file: Uint8Array): PageImage[] {
  const size = pageSizeOf(file);
  const pages: PageImage[] = [];
  for (let n = 0; n * size < file.length; n++) pages.push({ source: 'file', page: n + 1, data: file.subarray(n * size, (n + 1) * size) });
  return pages;
}

/** Every frame of a WAL, also those a checkpoint has already copied or a later frame replaced. */
export function walPages(wal: Uint8Array): PageImage[] {
  if (wal.length < 32) return [];
  const size = new DataView(wal.buffer, wal.byteOffset).getUint32(8);
  const pages: PageImage[] = [];
  for (let at = 32, frame = 1; at + 24 + size <= wal.length; at += 24 + size, frame++) {
    const page = new DataView(wal.buffer, wal.byteOffset + at).getUint32(0);
    pages.push({ source: `wal frame ${frame}`, page, data: wal.subarray(at + 24, at + 24 + size) });
  }
  return pages;
}

/** The b-tree page header starts after the 100-byte file header on page 1. */
const headerAt = (page: number) => (page === 1 ? 100 : 0);

/** The cells of a table leaf page in pointer-array order; records that overflow their page are left out. */
export function leafCells(image: PageImage): Cell[] {
  const { data, page } = image;
  const h = headerAt(page);
  if (data[h] !== TABLE_LEAF) return [];
  const count = (data[h + 3]! << 8) | data[h + 4]!;
  const usable = data.length;
  const cells: Cell[] = [];
  for (let i = 0; i < count; i++) {
    const offset = (data[h + 8 + 2 * i]! << 8) | data[h + 9 + 2 * i]!;
    if (offset < h + 8 || offset >= usable) continue;
    try {
      const [size, a] = varint(data, offset);
      const [rowid, b] = varint(data, offset + a);
      if (Number(size) > usable - 35) continue;
      const start = offset + a + b;
      cells.push({ source: image.source, page, offset, rowid, values: record(data.subarray(start, start + Number(size))) });
    } catch {
      // Not a well-formed cell: a page that only looks like a leaf.
    }
  }
  return cells;
}

/** The leaf pages of the table b-tree rooted at `root`, left to right (rowid order). */
export function tableLeaves(file: Uint8Array, root: number): PageImage[] {
  const pages = filePages(file);
  const leaves: PageImage[] = [];
  const visit = (n: number) => {
    const image = pages[n - 1]!;
    const h = headerAt(n);
    if (image.data[h] === TABLE_LEAF) return void leaves.push(image);
    if (image.data[h] !== TABLE_INTERIOR) return;
    const count = (image.data[h + 3]! << 8) | image.data[h + 4]!;
    for (let i = 0; i < count; i++) {
      const offset = (image.data[h + 12 + 2 * i]! << 8) | image.data[h + 13 + 2 * i]!;
      visit(new DataView(image.data.buffer, image.data.byteOffset + offset).getUint32(0));
    }
    visit(new DataView(image.data.buffer, image.data.byteOffset + h + 8).getUint32(0));
  };
  visit(root);
  return leaves;
}

/** A table's live rows in the main file, each with its page and offset. */
export function tableCells(file: Uint8Array, root: number): Cell[] {
  return tableLeaves(file, root).flatMap(leafCells);
}


const INDEX_LEAF = 10;
const INDEX_INTERIOR = 2;

/** The byte ranges of a page image that its live cells occupy (table and index b-tree pages). */
export function liveExtents(image: PageImage): [number, number][] {
  const { data, page } = image;
  const h = headerAt(page);
  const type = data[h];
  if (type !== TABLE_LEAF && type !== INDEX_LEAF && type !== INDEX_INTERIOR && type !== TABLE_INTERIOR) return [];
  const headerSize = type === TABLE_LEAF || type === INDEX_LEAF ? 8 : 12;
  const count = (data[h + 3]! << 8) | data[h + 4]!;
  const extents: [number, number][] = [[0, h + headerSize + 2 * count]];
  for (let i = 0; i < count; i++) {
    const offset = (data[h + headerSize + 2 * i]! << 8) | data[h + headerSize + 1 + 2 * i]!;
    if (offset >= data.length) continue;
    let at = offset + (type === INDEX_INTERIOR || type === TABLE_INTERIOR ? 4 : 0);
    if (type === TABLE_INTERIOR) {
      extents.push([offset, at + varint(data, at)[1]]);
      continue;
    }
    const [size, a] = varint(data, at);
    at += a;
    if (type === TABLE_LEAF) at += varint(data, at)[1];
    extents.push([offset, at + Number(size)]);
  }
  return extents;
}

/** Where a text lies in a page image outside its live cells: what a deleted or rewritten row left behind. */
export function outsideLiveCells(images: readonly PageImage[], texts: readonly string[]): string[] {
  const found: string[] = [];
  for (const image of images) {
    const extents = liveExtents(image);
    const bytes = Buffer.from(image.data.buffer, image.data.byteOffset, image.data.length);
    for (const text of texts) {
      const needle = Buffer.from(text);
      for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, at + 1)) {
        if (!extents.some(([from, to]) => at >= from && at + needle.length <= to)) found.push(`${image.source} page ${image.page} offset ${at}`);
      }
    }
  }
  return found;
}
