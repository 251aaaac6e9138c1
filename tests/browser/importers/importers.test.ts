/**
 * The importers in real Chromium with their default platform pieces: the native
 * DOMParser and pdf.js's browser build in its module worker (pdf/pdf-loader.ts).
 * Hostile input must leave no trace on the live page.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { importDocument } from '../../../src-renderer/lib/importers';
import { makeDocx, makeEpub, makePdf } from '../../unit/importers/helpers/make-files';

const utf8 = (s: string) => new TextEncoder().encode(s);
const HOSTILE = 'window.__pwned = true';
const pwned = () => (window as unknown as { __pwned?: boolean }).__pwned;

describe('importers in Chromium', () => {
  afterEach(async () => {
    // Give any handler that might have been attached a chance to run before checking.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(pwned()).toBeUndefined();
  });

  it('reads a PDF through the browser build and its worker', async () => {
    const bytes = await makePdf({
      title: 'Two Pages',
      pages: [
        [{ text: 'Opening Heading', size: 20 }, { text: 'A body line that is an exam-', gapBefore: 6 }, { text: 'ple of text.' }],
        [{ text: 'The second page.' }],
      ],
    });
    const doc = await importDocument({ name: 'two.pdf', bytes });
    expect(doc.title).toBe('Two Pages');
    expect(doc.text).toBe('Opening Heading\nA body line that is an example of text.\nThe second page.');
    expect(doc.blocks.filter((b) => b.kind === 'page').map((b) => b.level)).toEqual([1, 2]);
  }, 60_000); // The first PDF also pays for starting pdf.js and its worker.

  it('reads a DOCX through mammoth’s browser build', async () => {
    const doc = await importDocument({ name: 'handout.docx', bytes: await makeDocx() });
    expect(doc.title).toBe('Reading Claims in the News');
    expect(doc.blocks.filter((b) => b.kind === 'quote')).toHaveLength(2);
  });

  it('yields only text from hostile HTML, Markdown and EPUB', async () => {
    const html = await importDocument({
      name: 'h.html',
      bytes: utf8(
        `<body onload="${HOSTILE}"><img src=x onerror="${HOSTILE}"><p>Hi <a href="javascript:${HOSTILE}">there</a></p><script>${HOSTILE}</script><style>@import url(https://evil.example/x.css)</style></body>`,
      ),
    });
    expect(html.text).toBe('Hi there');
    const md = await importDocument({
      name: 'm.md',
      bytes: utf8(`# Notes\n\n<img src=x onerror="${HOSTILE}">\n\n<div>block <script>${HOSTILE}</script></div>\n\ntext`),
    });
    expect(md.text).toBe('Notes\nblock\ntext');
    const epub = await importDocument({
      name: 'b.epub',
      bytes: makeEpub({
        title: 'B',
        chapters: [{ file: 'c.xhtml', title: 'c', body: `<h1>One</h1><p>Text <img src="x" onerror="${HOSTILE}"/> here.</p><script>${HOSTILE}</script>` }],
      }),
    });
    expect(epub.text).toBe('One\nText here.');
  });
});
