import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../src-renderer/lib/model';
import { adoptWaitingAnnotations } from '../../../../src-renderer/lib/importers/sets';
import { libraryDocument } from './helpers';

const waiting = (id: string, documentId: string, exact: string, over: Partial<Annotation> = {}): Annotation => ({
  id,
  documentId,
  start: 0,
  end: 0,
  quote: { exact, prefix: '', suffix: '' },
  label: 'evidence',
  note: '',
  links: [],
  author: 'Amira Haddad',
  created: '2024-03-14T16:45:10.000Z',
  modified: '2024-03-14T16:45:10.000Z',
  status: 'orphan',
  ...over,
});

describe('adoptWaitingAnnotations', () => {
  it('adopts the annotations naming the document’s id, its URL, or (as a group) quotes found in it, and places them', async () => {
    const { record, text } = await libraryDocument('mali.txt', { url: 'https://example.com/analysis/mali-elections' });
    const doc = { id: record.id, text, meta: record.meta };
    const list = [
      waiting('a1', record.id, 'the long-promised elections'),
      waiting('a2', 'placeholder-1', 'elections were postponed for a second time in 2023', {
        sourceUrl: 'http://example.com/analysis/mali-elections#comments',
      }),
      waiting('a3', 'placeholder-2', 'The junta cited security concerns in the north'),
      waiting('a4', 'placeholder-2', 'a new constitution that had yet to be adopted'),
      waiting('b1', 'placeholder-3', 'The Sahel has become a hotbed of extremist violence'),
      waiting('b2', 'placeholder-4', 'security concerns'),
    ];
    const adopted = adoptWaitingAnnotations(doc, list);
    expect(adopted.map((a) => a.id)).toEqual(['a1', 'a2', 'a3', 'a4']);
    for (const a of adopted) {
      expect(a).toMatchObject({ documentId: record.id, status: 'exact', modified: '2024-03-14T16:45:10.000Z', author: 'Amira Haddad' });
      expect(text.slice(a.start, a.end)).toBe(a.quote.exact);
    }
  });

  it('adopts an annotation whose quote has gone as an orphan of the document, and one given only a position by the text there', async () => {
    const { record, text } = await libraryDocument('mali.txt');
    const start = text.indexOf('Bamako');
    const adopted = adoptWaitingAnnotations({ id: record.id, text }, [
      waiting('gone', record.id, 'a sentence that was edited out of the article entirely'),
      waiting('pos', record.id, '', { start, end: start + 6 }),
    ]);
    expect(adopted[0]).toMatchObject({ id: 'gone', documentId: record.id, status: 'orphan' });
    expect(adopted[1]).toMatchObject({ id: 'pos', status: 'exact', start, end: start + 6, quote: { exact: 'Bamako' } });
  });
});
