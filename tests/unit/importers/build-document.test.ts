/** The shared builder: canonical text, offsets, page spans, titles, ids. */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src-renderer/lib/importers';
import { deriveTitle, shortenTitle } from '../../../src-renderer/lib/importers/core/derive-title';
import { pageAt, sha256Hex } from '../../../src-renderer/lib/model';
import { expectWellFormed, textOf } from './helpers/read';

const source = { fileName: 'x.txt', mediaType: 'text/plain', importedAt: new Date('2025-02-03T04:05:06Z') };

describe('buildDocument', () => {
  it('joins cleaned blocks with single newlines and computes offsets', async () => {
    const doc = await buildDocument(
      {
        blocks: [
          { kind: 'heading', text: '  Title\u00AD  here ', level: 9 },
          { kind: 'paragraph', text: '   ' },
          { kind: 'paragraph', text: 'Cafe\u0301\tand\n\n tea\u0007.' },
          { kind: 'preformatted', text: '\n\n  keep   this\r\n    indent  \n\n' },
          { kind: 'list-item', text: 'item' },
        ],
      },
      source,
    );
    expectWellFormed(doc);
    expect(doc.text).toBe('Title here\nCafé and tea.\n  keep   this\n    indent\nitem');
    expect(doc.blocks).toEqual([
      { kind: 'heading', start: 0, end: 10, level: 6 },
      { kind: 'paragraph', start: 11, end: 24 },
      { kind: 'preformatted', start: 25, end: 49 },
      { kind: 'list-item', start: 50, end: 54, level: 1, ordered: false },
    ]);
    expect(doc.id).toBe(await sha256Hex(doc.text));
    expect(doc.source.importedAt).toBe('2025-02-03T04:05:06.000Z');
    expect(doc.title).toBe('Title here');
  });

  it('spans each page block over its page, empty pages included', async () => {
    const doc = await buildDocument(
      {
        blocks: [
          { kind: 'page', level: 1 },
          { kind: 'paragraph', text: 'one' },
          { kind: 'paragraph', text: 'two' },
          { kind: 'page', level: 2 },
          { kind: 'page', level: 3 },
          { kind: 'paragraph', text: 'three' },
          { kind: 'page', level: 4 },
        ],
      },
      source,
    );
    const pages = doc.blocks.filter((b) => b.kind === 'page');
    expect(pages.map((p) => [p.level, textOf(doc, p)])).toEqual([
      [1, 'one\ntwo'],
      [2, ''],
      [3, 'three'],
      [4, ''],
    ]);
    expect(pageAt(doc.blocks, doc.text.indexOf('three'))).toBe(3);
    expect(pages[3].start).toBe(doc.text.length);
  });

  it('cleans metadata and guesses the language only when the file does not say', async () => {
    const doc = await buildDocument(
      { blocks: [{ kind: 'paragraph', text: 'The cat is on the mat and the dog is in the house with the family of the farmer, who has lived there for many years.' }], meta: { author: '  Ann \n Lee ', publisher: '' } },
      source,
    );
    expect(doc.meta).toEqual({ author: 'Ann Lee', language: 'en' });
    const said = await buildDocument({ blocks: [{ kind: 'paragraph', text: 'Hello' }], meta: { language: 'de' } }, source);
    expect(said.meta.language).toBe('de');
  });

  it('falls back to the file name when there is no text to title from', async () => {
    const doc = await buildDocument({ blocks: [{ kind: 'preformatted', text: 'x = 1' }] }, { ...source, fileName: 'dir/script.txt' });
    expect(doc.title).toBe('script');
  });
});

describe('titles', () => {
  it('skips section labels and headings that come after the body has started', () => {
    const body = 'A long opening paragraph. '.repeat(10);
    expect(deriveTitle([{ kind: 'heading', text: 'Abstract' }, { kind: 'paragraph', text: 'Short first sentence. More.' }])).toBe(
      'Short first sentence',
    );
    expect(deriveTitle([{ kind: 'paragraph', text: body }, { kind: 'heading', text: 'Methods' }])).toBe('A long opening paragraph');
  });

  it('shortens at a word boundary, not on a dangling word, and keeps abbreviations', () => {
    expect(shortenTitle('The committee reviewed the evidence gathered during the past year and the reports of the')).toBe(
      'The committee reviewed the evidence gathered during the past year…',
    );
    expect(shortenTitle('Short enough')).toBe('Short enough');
    expect(shortenTitle('长'.repeat(100))).toBe(`${'长'.repeat(80)}…`);
  });
});
