import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zip } from '../../scripts/lib/zip.js';

// Python's zipfile is an independent reader: it checks the structure and every CRC.
const READ = `
import json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    assert z.testzip() is None
    print(json.dumps({i.filename: [i.compress_type, z.read(i).hex()] for i in z.infolist()}))
`;

describe('zip writer', () => {
  it('writes an archive another implementation reads back byte for byte', async () => {
    const entries = [
      { name: 'manifest.json', data: new TextEncoder().encode(JSON.stringify({ name: 'Samverkan', text: 'åäö '.repeat(200) })) },
      { name: 'color.png', data: Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256) },
      { name: 'tom.txt', data: new Uint8Array(0) },
    ];
    const dir = await mkdtemp(join(tmpdir(), 'zip-test-'));
    try {
      const file = join(dir, 'app.zip');
      await writeFile(file, zip(entries));
      const read = JSON.parse(execFileSync('python3', ['-c', READ, file], { encoding: 'utf8' })) as Record<string, [number, string]>;
      expect(Object.keys(read)).toEqual(entries.map((e) => e.name));
      for (const e of entries) expect(read[e.name]).toEqual([8, Buffer.from(e.data).toString('hex')]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('gives the same bytes for the same input', () => {
    const entries = [{ name: 'a.txt', data: new TextEncoder().encode('hej') }];
    expect(zip(entries).equals(zip(entries))).toBe(true);
  });
});
