/** EPUB: spine order, chapter blocks, OPF metadata, hostile content, broken books. */
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportError, importDocument, type DomParserLike } from '../../../src-renderer/lib/importers';
import { makeEpub, type EpubChapter } from './helpers/make-files';
import { domParser, nodeOptions } from './helpers/node-env';
import { expectWellFormed, outline, utf8 } from './helpers/read';

const epubImport = (bytes: Uint8Array, name = 'book.epub', options = {}) =>
  importDocument({ name, bytes }, { ...nodeOptions, ...options });

const CHAPTERS: EpubChapter[] = [
  {
    file: 'text/ch2.xhtml',
    title: 'Second',
    body: '<section><header><h1>Chapter Two</h1></header><p>Second chapter, <em>first</em> paragraph.</p><blockquote><p>A quoted line.</p></blockquote></section>',
  },
  {
    file: 'text/ch1.xhtml',
    title: 'First',
    body: '<h1>Chapter One</h1><p>It opens here.</p><ul><li>one point</li><li>another<ol><li>a sub-point</li></ol></li></ul>',
  },
  { file: 'text/notes.xhtml', title: 'Notes', body: '<h2>Notes</h2><p>1. A note read after the chapters.</p>', linear: false },
];

describe('EPUB import', () => {
  it('reads chapters in spine order (not file order), linear ones first', async () => {
    const spineFirst = [CHAPTERS[1], CHAPTERS[0], CHAPTERS[2]];
    const doc = await epubImport(makeEpub({ title: 'A Book of Reading', creators: ['Ana Ruiz', 'Li Wei'], chapters: spineFirst }));
    expectWellFormed(doc);
    // The nav document is in the spine, but its <nav> is navigation, not text.
    expect(outline(doc)).toEqual([
      'heading(1): Chapter One',
      'paragraph: It opens here.',
      'list-item(1): one point',
      'list-item(1): another',
      'list-item(2,ordered): a sub-point',
      'heading(1): Chapter Two',
      'paragraph: Second chapter, first paragraph.',
      'quote: A quoted line.',
      'heading(2): Notes',
      'paragraph: 1. A note read after the chapters.',
    ]);
  });

  it('takes title, creators, language and date from the OPF', async () => {
    const doc = await epubImport(makeEpub({ title: 'A Book of Reading', creators: ['Ana Ruiz', 'Li Wei'], chapters: CHAPTERS }));
    expect(doc.title).toBe('A Book of Reading');
    expect(doc.meta).toMatchObject({ author: 'Ana Ruiz, Li Wei', language: 'en', date: '2024-03-05' });
    expect(doc.source.mediaType).toBe('application/epub+zip');
  });

  it('reads French and Arabic books in NFC with their language', async () => {
    const fr = await epubImport(
      makeEpub({ title: 'Lecture', language: 'fr', chapters: [{ file: 'c.xhtml', title: 'c', body: '<p>Le cafe\u0301 de\u0301ja\u0300 servi.</p>' }] }),
    );
    expect(fr.text).toContain('Le café déjà servi.');
    expect(fr.meta.language).toBe('fr');
    const ar = await epubImport(
      makeEpub({ title: 'قراءة', language: 'ar', chapters: [{ file: 'c.xhtml', title: 'c', body: '<p>القراءة المتأنية مهارة.</p>' }] }),
    );
    expect(ar.text).toContain('القراءة المتأنية مهارة.');
    expect(ar.meta.language).toBe('ar');
  });

  it('yields only text from hostile chapters', async () => {
    const body = `<p onclick="steal()">Safe words <a href="javascript:alert(1)">link text</a>.</p>
      <script>alert('xss')</script><style>p { background: url(https://evil.example/p.png) }</style>
      <img src="https://evil.example/pixel.gif" alt="tracker" onerror="alert(2)"/>
      <iframe src="https://evil.example/"></iframe><form><input value="secret"/></form>`;
    const doc = await epubImport(makeEpub({ title: 'Hostile', chapters: [{ file: 'h.xhtml', title: 'h', body }] }));
    expect(doc.text).toBe('Safe words link text.');
  });

  it('reads an ill-formed chapter as HTML rather than failing', async () => {
    const bytes = makeEpub({ title: 'Messy', chapters: [{ file: 'm.xhtml', title: 'm', body: '<p>Fine.</p>' }] });
    const files = unzipSync(bytes);
    files['OEBPS/m.xhtml'] = utf8('<html><body><p>Unclosed paragraph<p>Another &nbsp; one<br></body></html>');
    const doc = await epubImport(zipSync({ mimetype: [files.mimetype, { level: 0 }], ...files }));
    expect(outline(doc).slice(-2)).toEqual(['paragraph: Unclosed paragraph', 'paragraph: Another \u00A0 one']);
  });

  it('stops between chapters when the import is aborted', async () => {
    const many = Array.from({ length: 50 }, (_, i) => ({ file: `c${i}.xhtml`, title: `${i}`, body: `<p>Chapter ${i}.</p>` }));
    const controller = new AbortController();
    let chapters = 0;
    // The reader cancels while chapter 10 is being parsed.
    const parser: DomParserLike = {
      parseFromString(source, type) {
        if (source.includes('Chapter ') && ++chapters === 10) controller.abort();
        return domParser.parseFromString(source, type);
      },
    };
    const pending = epubImport(makeEpub({ title: 'Long', chapters: many }), 'long.epub', {
      signal: controller.signal,
      domParser: parser,
    });
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(chapters).toBe(10);
  });
});

describe('EPUB that cannot be read', () => {
  async function failure(bytes: Uint8Array, name: string, options = {}): Promise<ImportError> {
    const err = await epubImport(bytes, name, options).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).message).toContain(name);
    return err as ImportError;
  }
  const book = () => makeEpub({ title: 'T', chapters: CHAPTERS });

  it('a truncated EPUB', async () => {
    const bytes = book();
    expect((await failure(bytes.subarray(0, bytes.length - 200), 'cut.epub')).reason).toMatch(/damaged or not an EPUB/u);
  });

  it('a missing container.xml', async () => {
    const files = unzipSync(book());
    delete files['META-INF/container.xml'];
    const err = await failure(zipSync({ mimetype: [files.mimetype, { level: 0 }], ...files }), 'nocontainer.epub');
    expect(err.reason).toMatch(/“META-INF\/container\.xml” is missing/u);
  });

  it('a spine chapter missing from the archive', async () => {
    const files = unzipSync(book());
    delete files['OEBPS/text/ch1.xhtml'];
    const err = await failure(zipSync({ mimetype: [files.mimetype, { level: 0 }], ...files }), 'hole.epub');
    expect(err.reason).toMatch(/chapter “OEBPS\/text\/ch1\.xhtml” listed in its spine is missing/u);
  });

  it('a broken OPF', async () => {
    const files = unzipSync(book());
    files['OEBPS/content.opf'] = utf8('<package><metadata>');
    const err = await failure(zipSync({ mimetype: [files.mimetype, { level: 0 }], ...files }), 'badopf.epub');
    expect(err.reason).toMatch(/“OEBPS\/content\.opf” is not well-formed XML/u);
  });

  it('a DRM-encrypted book', async () => {
    const encryption = utf8(`<?xml version="1.0"?>
<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
  <enc:EncryptedData><enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/>
  <enc:CipherData><enc:CipherReference URI="OEBPS/text/ch1.xhtml"/></enc:CipherData></enc:EncryptedData>
</encryption>`);
    const bytes = makeEpub({ title: 'T', chapters: CHAPTERS, extra: { 'META-INF/encryption.xml': encryption } });
    expect((await failure(bytes, 'drm.epub')).reason).toMatch(/protected by DRM/u);
  });

  it('a zip bomb chapter', async () => {
    const bytes = makeEpub({
      title: 'T',
      chapters: [{ file: 'big.xhtml', title: 'b', body: `<p>${' '.repeat(4 * 1024 * 1024)}</p>` }],
    });
    expect((await failure(bytes, 'bomb.epub')).reason).toMatch(/zip bomb/u);
  });
});
