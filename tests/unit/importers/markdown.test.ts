/** Markdown: token stream to blocks, front matter to metadata, raw HTML never interpreted. */
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src-renderer/lib/importers';
import { nodeOptions } from './helpers/node-env';
import { expectWellFormed, fixture, outline, utf8 } from './helpers/read';

const mdImport = (bytes: Uint8Array, name = 'notes.md') => importDocument({ name, bytes }, nodeOptions);

describe('Markdown import', () => {
  it('maps headings, nested lists, quotes, code, tables and HTML blocks to blocks', async () => {
    const doc = await mdImport(fixture('notes.md'));
    expectWellFormed(doc);
    expect(outline(doc)).toEqual([
      'heading(1): Close Reading',
      'paragraph: A first paragraph with emphasis, strong, code, a link and a soft line break.',
      'heading(2): Lists',
      'list-item(1,ordered): First step',
      'list-item(1,ordered): Second step',
      'list-item(2): nested point',
      'list-item(2): another point',
      'paragraph: with a second paragraph',
      'list-item(1,ordered): Third step',
      'quote: A quoted line that continues.',
      'preformatted: const x = 1;\n  indented();',
      'paragraph: Label | Meaning',
      'paragraph: Claim | open to dispute',
      'paragraph: Text with inline html and an image alt text.',
      'paragraph: An HTML block paragraph.',
      'paragraph: Last paragraph.',
    ]);
    expect(doc.source.mediaType).toBe('text/markdown');
  });

  it('reads title, authors, date, URL and language from YAML front matter', async () => {
    const doc = await mdImport(fixture('notes.md'));
    expect(doc.title).toBe('Close Reading: A Field Guide');
    expect(doc.meta).toEqual({ author: 'Ana Ruiz, Li Wei', date: '2024-03-05', url: 'https://example.org/field-guide', language: 'en' });
    expect(doc.text).not.toContain('title:');
  });

  it('uses the first heading as title when there is no front matter', async () => {
    const doc = await mdImport(utf8('# Notes on Evidence\n\nSome text.'));
    expect(doc.title).toBe('Notes on Evidence');
  });

  it('opens a file whose front matter is not valid YAML, keeping those lines as text', async () => {
    const doc = await mdImport(utf8('---\ntitle: [unclosed\n---\n\nBody text.'));
    expect(doc.text).toContain('title: [unclosed');
    expect(doc.text).toContain('Body text.');
  });

  it('keeps non-Latin text in NFC', async () => {
    const doc = await mdImport(utf8('# القراءة\n\nNotes sur l’e\u0301le\u0300ve.'));
    expect(doc.text).toBe('القراءة\nNotes sur l’élève.');
  });
});

describe('hostile Markdown', () => {
  it('yields only text: raw HTML is never rendered, scripts and styles are dropped', async () => {
    const doc = await mdImport(fixture('hostile.md'), 'hostile.md');
    expect(outline(doc)).toEqual([
      'heading(1): Hostile notes',
      'paragraph: Inline script and image.',
      // markdown-it refuses javascript: links, so that source stays literal characters, never a link.
      "paragraph: [click me](javascript:alert('link')) and remote",
      'paragraph: Div text stays.',
      'paragraph: Safe end.',
    ]);
    for (const leak of ["alert('block script')", "alert('inline')", 'onerror', 'evil.example', 'background', 'onclick']) {
      expect(doc.text).not.toContain(leak);
    }
  });
});
