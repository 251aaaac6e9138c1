/** HTML: the article's blocks and the page's metadata; hostile pages yield only text. */
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src-renderer/lib/importers';
import { nodeOptions } from './helpers/node-env';
import { expectWellFormed, fixture, outline, utf8 } from './helpers/read';

const htmlImport = (bytes: Uint8Array, name = 'page.html') => importDocument({ name, bytes }, nodeOptions);

describe('HTML import', () => {
  it('reads the article and leaves out the site around it', async () => {
    const doc = await htmlImport(fixture('article.html'), 'article.html');
    expectWellFormed(doc);
    expect(outline(doc)).toEqual([
      'paragraph: World',
      'heading(1): Sahel Coalition Faces New Test',
      'paragraph: By Jane Okafor · 3 October 2024',
      'paragraph: Ten years after its launch, the coalition met in Brussels on Thursday. Officials warned that the threat is far from over.',
      'heading(2): A Shifting Map',
      'paragraph: Nearly half of all deaths from terrorism now occur in the Sahel, according to the index.',
      'quote: “Nearly half of all deaths from terrorism now occur in the Sahel,” Rutte said.',
      'list-item(1): Burkina Faso',
      'list-item(1): Mali',
      'list-item(2): Bamako',
      'list-item(1): Niger',
      'paragraph: The central Sahel.',
      'paragraph: Country | Year',
      'paragraph: Niger | 2023',
      'preformatted:   line one\n    indented line two',
    ]);
    for (const chrome of ['Most read', '© The Daily Record', 'Opinion', 'Share', 'evolving threat', 'track(']) {
      expect(doc.text).not.toContain(chrome);
    }
  });

  it('takes title, author, date, site, section, URL and language from the head', async () => {
    const doc = await htmlImport(fixture('article.html'), 'article.html');
    expect(doc.title).toBe('Sahel Coalition Faces New Test');
    expect(doc.meta).toEqual({
      author: 'Jane Okafor',
      date: '2024-10-03',
      publisher: 'The Daily Record',
      url: 'https://daily-record.example/world/sahel-coalition',
      language: 'en-GB',
      section: 'World',
    });
  });

  it('reads JSON-LD when the page has no meta tags, and strips the site name from <title>', async () => {
    const page = `<html><head><title>Reading Well – Field Notes</title>
      <script type="application/ld+json">{"@type":"BlogPosting","headline":"Reading Well","author":{"name":"Li Wei"},
      "datePublished":"2023-11-20T08:00:00Z","publisher":{"name":"Field Notes"},"url":"https://notes.example/reading-well"}</script>
      </head><body><h1>Reading Well</h1><p>Slow down.</p></body></html>`;
    const doc = await htmlImport(utf8(page));
    expect(doc.title).toBe('Reading Well');
    expect(doc.meta).toMatchObject({
      author: 'Li Wei',
      date: '2023-11-20',
      publisher: 'Field Notes',
      url: 'https://notes.example/reading-well',
    });
  });

  it('decodes a page by its declared charset', async () => {
    const doc = await htmlImport(fixture('latin1-page.html'), 'latin1-page.html');
    expect(outline(doc)).toEqual(['heading(1): Été à Bamako', 'paragraph: Une journée très chaude — 45 °C à l’ombre.']);
    expect(doc.meta.language).toBe('fr');
  });

  it('splits paragraphs written with <br><br> and reads a page without <body> markup', async () => {
    const doc = await htmlImport(utf8('First paragraph here.<br><br>Second one<br>still second.'), 'bare.html');
    expect(outline(doc)).toEqual(['paragraph: First paragraph here.', 'paragraph: Second one still second.']);
  });

  it('guesses Arabic when the page does not say', async () => {
    const doc = await htmlImport(utf8('<html><body><p>تعرضت منطقة الساحل لموجة من العنف خلال العقد الماضي.</p></body></html>'));
    expect(doc.meta.language).toBe('ar');
  });
});

describe('hostile HTML', () => {
  it('yields only the visible text: no script, handler, link, style, frame or form content', async () => {
    const doc = await htmlImport(fixture('hostile.html'), 'hostile.html');
    expect(outline(doc)).toEqual([
      'paragraph: Visible link text and bold.',
      "paragraph: Last words <script>alert('escaped')</script> stay text.",
    ]);
    // The one "<script>" left is text the page itself escaped, shown as characters.
    for (const leak of ['onload', 'onerror', 'onclick', 'javascript:', 'evil.example', 'svg text', 'framed', 'typed', 'hidden text', 'invisible', 'templated', 'Enable scripts', 'replaced']) {
      expect(doc.text).not.toContain(leak);
    }
    expect(doc.meta.url).toBeUndefined();
  });
});
