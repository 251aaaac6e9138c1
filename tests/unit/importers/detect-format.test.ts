/** Format detection: magic bytes first, extension second. */
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ACCEPTED_EXTENSIONS, detectFormat } from '../../../src-renderer/lib/importers';
import { makeDocx, makeEpub } from './helpers/make-files';
import { utf8 } from './helpers/read';

describe('detectFormat', () => {
  it('trusts the bytes over the name', async () => {
    expect(detectFormat('report.txt', utf8('%PDF-1.7\n...'))).toBe('pdf');
    expect(detectFormat('handout.bin', await makeDocx())).toBe('docx');
    expect(detectFormat('book.zip', makeEpub({ title: 'T', chapters: [{ file: 'a.xhtml', title: 'a', body: '<p>a</p>' }] }))).toBe('epub');
    expect(detectFormat('notes.txt', utf8('Files start with %PDF-1.7, as the spec says.'))).toBe('txt');
    expect(detectFormat('saved.php', utf8('<!DOCTYPE html><html><body>x</body></html>'))).toBe('html');
  });

  it('falls back to the extension, case-insensitively', () => {
    expect(detectFormat('NOTES.MD', utf8('# hi'))).toBe('md');
    expect(detectFormat('page.htm', utf8('hello'))).toBe('html');
    expect(detectFormat('a.markdown', utf8('x'))).toBe('md');
    expect(detectFormat('readme.text', utf8('x'))).toBe('txt');
    expect(detectFormat('broken.pdf', utf8('not a pdf'))).toBe('pdf');
  });

  it('returns null for what no importer reads', () => {
    expect(detectFormat('data.csv', utf8('a,b'))).toBeNull();
    expect(detectFormat('archive.zip', zipSync({ 'a.txt': utf8('a') }))).toBeNull();
  });

  it('lists the extensions the open dialog offers', () => {
    expect(ACCEPTED_EXTENSIONS).toEqual(
      expect.arrayContaining(['.txt', '.md', '.markdown', '.html', '.htm', '.xhtml', '.pdf', '.docx', '.epub']),
    );
  });
});
