import { describe, expect, it } from 'vitest';
import { formatCsv, parseCsv } from './csv';

describe('CSV', () => {
  it('writes a BOM, semicolons, quotes and CRLF, and reads it back', () => {
    const rows = [['id', 'text'], ['a', 'Sie sagte "ja"; dann\nneue Zeile'], ['b', 'مرحبا']];
    const text = formatCsv(rows);
    expect(text.startsWith('\uFEFF"id";"text"\r\n')).toBe(true);
    expect(text).toContain('"Sie sagte ""ja""; dann\nneue Zeile"');
    expect(parseCsv(text)).toEqual(rows);
  });

  it('reads comma-separated files without quotes or BOM, as a spreadsheet may save them', () => {
    expect(parseCsv('id,name\r\nx,"a, b"\r\ny,c\n\n')).toEqual([['id', 'name'], ['x', 'a, b'], ['y', 'c']]);
  });

  it('keeps empty fields and a last line without line break', () => {
    expect(parseCsv('"a";"";"c"\n"";"x";""')).toEqual([['a', '', 'c'], ['', 'x', '']]);
  });
});
