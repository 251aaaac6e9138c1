import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, exportCsv } from '../../../src-renderer/lib/exporters/csv';
import { byId, cp, emptyInput, fixtureInput, ID, NOTE_MARKDOWN, report, sahel, spanOf } from './fixture';

function parseCsv(bytes: Uint8Array): { raw: string; rows: Record<string, string>[] } {
  const raw = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  const parsed = Papa.parse<Record<string, string>>(raw.slice(1), { header: true, skipEmptyLines: false });
  expect(parsed.errors).toEqual([]);
  return { raw, rows: parsed.data };
}

/** What the exporter adds in front of a cell that a spreadsheet would run. */
const unescape = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

describe('CSV export', () => {
  const file = exportCsv(fixtureInput(), { title: 'Sahel: week 1' });
  const { raw, rows } = parseCsv(file.bytes);
  const rowOf = (id: string) => rows.find((r) => r['Annotation id'] === id)!;

  it('is UTF-8 with a BOM and CRLF line ends, headed by the columns', () => {
    expect(file.fileName).toBe('Sahel week 1.csv');
    expect(file.mediaType).toBe('text/csv;charset=utf-8');
    expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(raw.slice(1).split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    // Every LF is part of a CRLF record end or inside a quoted cell (the multi-line notes).
    const outsideQuotes = raw.replace(/"(?:[^"]|"")*"/g, '');
    expect(outsideQuotes.match(/(?<!\r)\n/g)).toBeNull();
  });

  it('has one row per live annotation, in document then reading order', () => {
    expect(rows.map((r) => r['Annotation id'])).toEqual([ID.claim, ID.evidence, ID.opinion, ID.orphan, ID.formula, ID.method, ID.finding, ID.waiting]);
    expect(file.report.annotations).toBe(8);
  });

  it('keeps every field through quoting: quotes, commas, newlines, tabs, non-BMP', () => {
    for (const r of rows) {
      const a = byId.get(r['Annotation id'])!;
      expect(unescape(r.Note)).toBe(a.note);
      expect(r.Author).toBe(a.author);
      expect(r.Created).toBe(a.created);
      expect(r.Modified).toBe(a.modified);
      expect(r.Status).toBe(a.status);
      expect(r['Document id']).toBe(a.documentId);
    }
    expect(rowOf(ID.evidence).Note).toBe(NOTE_MARKDOWN);
    expect(rowOf(ID.opinion).Quote).toBe('Rutte said.\nThe West must act now');
    expect(rowOf(ID.opinion).Note).toBe('Line one\r\nline two\tand a tab');
    expect(rowOf(ID.claim)['Document title']).toBe('Sahel op-ed 😀: “Why now?”');
    expect(rowOf(ID.method).Label).toBe('Método');
    expect(rowOf(ID.finding).Label).toBe('Key finding');
  });

  it('escapes cells that start like a formula, multi-line ones included', () => {
    expect(rowOf(ID.formula).Quote).toBe("'=SUM(A1) is what a spreadsheet would run");
    expect(rowOf(ID.formula).Note).toBe("'@cmd|calc");
    expect(rowOf(ID.finding).Note).toBe("'=2+2\nlooks like a formula on its first line only");
    for (const r of rows) for (const cell of Object.values(r)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('counts Start and End in code points and gives the page', () => {
    const claim = rowOf(ID.claim);
    const { start, end } = spanOf(sahel.text, 'a crisis of 𝑥 proportions');
    expect([Number(claim.Start), Number(claim.End)]).toEqual([cp(sahel.text, start), cp(sahel.text, end)]);
    expect(Number(claim.Start)).toBe(start - 1);
    expect(claim.Page).toBe('');
    expect(Array.from(sahel.text).slice(Number(claim.Start), Number(claim.End)).join('')).toBe('a crisis of 𝑥 proportions');
    expect(rowOf(ID.method).Page).toBe('1');
    expect(rowOf(ID.finding).Page).toBe('2');
    const f = spanOf(report.text, 'the key finding is clear');
    expect(Number(rowOf(ID.finding).Start)).toBe(f.start - 1); // 𝔸 on page one
  });

  it('leaves the offsets of orphans and absent documents empty, with their stored quote', () => {
    expect(rowOf(ID.orphan)).toMatchObject({ Quote: 'before it was far too late', Start: '', End: '', Page: '', Status: 'orphan' });
    expect(rowOf(ID.waiting)).toMatchObject({ 'Document title': '', Start: '', End: '' });
  });

  it('lists links to annotations in the export', () => {
    expect(rowOf(ID.evidence).Links).toBe(`supports:${ID.claim}`);
    expect(rowOf(ID.finding).Links).toBe(`qualifies:${ID.claim}; replicates:${ID.method}`);
    expect(rowOf(ID.claim).Links).toBe('');
  });

  it('writes only the header for an empty set', () => {
    const r = new TextDecoder('utf-8', { ignoreBOM: true }).decode(exportCsv(emptyInput()).bytes);
    expect(r).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`);
    const parsed = Papa.parse(r.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.data).toEqual([]);
  });
});
