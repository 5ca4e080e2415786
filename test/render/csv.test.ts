import { describe, expect, it } from 'vitest';
import { csvMessage, csvText } from '../../src/render/csv.js';
import { literal } from '../../src/text/rich.js';

describe('CSV for Swedish Excel', () => {
  it('separates with semicolons, ends lines with CRLF and quotes what needs quoting', () => {
    expect(csvText([['a', 1], ['b;c', 'say "hi"'], ['two\nlines', '59,2']])).toBe('a;1\r\n"b;c";"say ""hi"""\r\n"two\nlines";59,2\r\n');
  });

  it('keeps Excel from running a text as a formula', () => {
    expect(csvText([['=SUM(A1)', '+1', '@x', '-', 'ok']])).toBe("'=SUM(A1);'+1;'@x;'-;ok\r\n");
  });

  it('attaches the file as UTF-8 with a byte order mark and shows the text after a lead, with plain line ends', () => {
    const m = csvMessage(literal('Här:'), 'x.csv', [['Åtgärd', 'Övrigt']]);
    expect(m.text).toBe('Här:\nÅtgärd;Övrigt');
    expect(csvMessage(literal('Två:'), 'y.csv', [['a'], ['b']]).text).toBe('Två:\na\nb');
    const file = m.files![0]!;
    expect(file).toMatchObject({ name: 'x.csv', mimeType: 'text/csv' });
    expect([...file.data.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.data)).toBe('\uFEFFÅtgärd;Övrigt\r\n');
  });
});
