/** Plain text: encodings, paragraph conventions, headings, lists, bylines, binaries. */
import { describe, expect, it } from 'vitest';
import { ImportError, importDocument } from '../../../src-renderer/lib/importers';
import { expectWellFormed, fixture, outline, utf8 } from './helpers/read';

const txt = (text: string | Uint8Array, name = 'note.txt') =>
  importDocument({ name, bytes: typeof text === 'string' ? utf8(text) : text });

function utf16(text: string, bigEndian: boolean, bom = true): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  [...(bom ? '\uFEFF' : ''), ...text].forEach((ch, i) => view.setUint16(i * 2, ch.charCodeAt(0), !bigEndian));
  return out;
}

const FRENCH = 'Élève studieux\n\nLe café « crème » coûte 3 €. Où est la bibliothèque ? Ça dépend de l’école.';

describe('plain text encodings', () => {
  it('reads UTF-8 with and without a BOM the same way', async () => {
    const plain = await txt(FRENCH);
    const bom = await txt(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(FRENCH)]));
    expect(bom.text).toBe(plain.text);
    expect(plain.text).toContain('Le café « crème » coûte 3 €.');
    expect(bom.id).toBe(plain.id);
  });

  it('reads UTF-16 LE and BE with a BOM, and LE without one', async () => {
    const expected = (await txt(FRENCH)).text;
    expect((await txt(utf16(FRENCH, false))).text).toBe(expected);
    expect((await txt(utf16(FRENCH, true))).text).toBe(expected);
    expect((await txt(utf16(FRENCH, false, false))).text).toBe(expected);
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', async () => {
    // "Café – 5 € ‘quoted’" in Windows-1252: é=E9, en dash=96, €=80, quotes=91/92.
    const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80, 0x20, 0x91, 0x71, 0x92, 0x2e]);
    expect((await txt(bytes)).text).toBe('Café – 5 € ‘q’.');
  });

  it('reads a Windows-1252 ("ANSI") file with CRLF lines and guesses French', async () => {
    const doc = await txt(fixture('ansi-french.txt'), 'ansi-french.txt');
    expect(outline(doc)).toEqual([
      'paragraph: Le café de l’école',
      'paragraph: À côté de la fenêtre, l’élève lit « Les Misérables » — un roman de Victor Hugo, publié en 1862. Ça coûte 5 €.',
    ]);
    expect(doc.meta.language).toBe('fr');
  });

  it('normalises to NFC: decomposed and composed accents give the same text and id', async () => {
    const decomposed = await txt('Cafe\u0301 de\u0301ja\u0300 vu.');
    const composed = await txt('Café déjà vu.');
    expect(decomposed.text).toBe('Café déjà vu.');
    expect(decomposed.id).toBe(composed.id);
  });

  it('keeps no-break spaces (French punctuation) but collapses other white space', async () => {
    const doc = await txt('Bonjour\u202F! Il\t  dit\u00A0: « oui ».');
    expect(doc.text).toBe('Bonjour\u202F! Il dit\u00A0: « oui ».');
  });
});

describe('plain text structure', () => {
  it('joins hard-wrapped lines, paragraphs separated by blank lines', async () => {
    const wrapped = [
      'The committee met on Tuesday to review the evidence gathered over the',
      'past year. Its members agreed that the data supported the main claim,',
      'although several noted well-',
      'known limitations of the survey.',
      '',
      'A second session is planned for the spring, when the final report will',
      'be presented to the board and opened for public comment by everyone.',
    ].join('\n');
    const doc = await txt(wrapped);
    expectWellFormed(doc);
    expect(outline(doc)).toEqual([
      'paragraph: The committee met on Tuesday to review the evidence gathered over the past year. Its members agreed that the data supported the main claim, although several noted well-known limitations of the survey.',
      'paragraph: A second session is planned for the spring, when the final report will be presented to the board and opened for public comment by everyone.',
    ]);
  });

  it('keeps a poem line by line: short lines are not a wrap', async () => {
    const doc = await txt('The rain it falls\nOn field and hall,\nAnd no one minds at all.\n\nThe sun comes out\nWithout a doubt.');
    expect(outline(doc).map((l) => l.split(': ')[1])).toEqual([
      'The rain it falls',
      'On field and hall,',
      'And no one minds at all.',
      'The sun comes out',
      'Without a doubt.',
    ]);
  });

  it('finds CRLF lines, setext headings, nested and ordered lists, and drops rule lines', async () => {
    const text = [
      'Field Notes on Reading',
      '======================',
      '',
      'This document collects observations made during the reading group, which met weekly.',
      '',
      'Steps we followed:',
      '1. Read the text aloud once without stopping to discuss it at all.',
      '2. Mark every claim.',
      '   - Note the evidence for it.',
      '   - Note what is left unsaid.',
      '3. Compare notes.',
      '',
      '* * *',
      '',
      'Closing remarks came from the chair, who thanked everyone for their patience and care.',
    ].join('\r\n');
    const doc = await txt(text);
    expectWellFormed(doc);
    expect(doc.title).toBe('Field Notes on Reading');
    expect(outline(doc)).toEqual([
      'heading(1): Field Notes on Reading',
      'paragraph: This document collects observations made during the reading group, which met weekly.',
      'heading(2): Steps we followed:',
      'list-item(1,ordered): Read the text aloud once without stopping to discuss it at all.',
      'list-item(1,ordered): Mark every claim.',
      'list-item(2): Note the evidence for it.',
      'list-item(2): Note what is left unsaid.',
      'list-item(1,ordered): Compare notes.',
      'paragraph: Closing remarks came from the chair, who thanked everyone for their patience and care.',
    ]);
    expect(doc.blocks.find((b) => b.level === 2 && b.kind === 'list-item')?.ordered).toBe(false);
  });

  it('tells headings from short sentences by shape and surroundings', async () => {
    const text = [
      'The opening paragraph sets out the question at some length, so that the reader knows what follows.',
      'A Short History of the Question',
      'Here the history is told in a long paragraph with many clauses, dates and names, as histories are.',
      'It rained.',
      'Another long paragraph follows the short sentence, which must stay a paragraph because it ends with a full stop.',
      'What Comes Next?',
      'The answer to the question above takes a long paragraph too, with reasons, sources and caveats.',
    ].join('\n');
    const lines = outline(await txt(text));
    expect(lines.filter((l) => l.startsWith('heading'))).toEqual([
      'heading(2): A Short History of the Question',
      'heading(2): What Comes Next?',
    ]);
    expect(lines).toContain('paragraph: It rained.');
  });

  it('reads a date line and a byline with a comma-separated date', async () => {
    const doc = await txt(
      [
        'Reading in the Age of Feeds',
        'By Amina Diallo and Jean Dupont, 5 March 2024',
        'Attention has become the scarcest resource in the classroom, and teachers notice it every day.',
      ].join('\n\n'),
    );
    expect(doc.meta.author).toBe('Amina Diallo and Jean Dupont');
    expect(doc.meta.date).toBe('2024-03-05');
    expect(doc.title).toBe('Reading in the Age of Feeds');
    expect(outline(doc)[1]).toBe('paragraph: By Amina Diallo and Jean Dupont, 5 March 2024');
  });

  it('does not take a sentence opening with "By" for a byline', async () => {
    const doc = await txt('By contrast, the second survey found no effect at all, which surprised the authors of the study.');
    expect(doc.meta.author).toBeUndefined();
  });

  it('guesses the language from Arabic script and keeps right-to-left text intact', async () => {
    const arabic = 'مقدمة\n\nتعرضت منطقة الساحل لموجة من العنف خلال العقد الماضي، وتأثرت حياة الملايين من السكان في مالي والنيجر وبوركينا فاسو.';
    const doc = await txt(arabic);
    expect(doc.meta.language).toBe('ar');
    expect(outline(doc)[0]).toBe('heading(2): مقدمة');
    expect(doc.title).toBe('تعرضت منطقة الساحل لموجة من العنف خلال العقد الماضي، وتأثرت حياة الملايين من…');
  });

  it('guesses French from its function words', async () => {
    const doc = await txt(FRENCH + ' Les élèves de la classe lisent le texte et notent les arguments qui sont dans le livre.');
    expect(doc.meta.language).toBe('fr');
  });
});

describe('plain text that is not text', () => {
  it('rejects a binary file named .txt, naming the file and the problem', async () => {
    const bytes = new Uint8Array(2048).map((_, i) => (i * 7919) % 256);
    const err = await txt(bytes, 'photo.txt').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).file).toBe('photo.txt');
    expect((err as ImportError).message).toMatch(/photo\.txt.*binary file, not text/);
  });

  it('rejects text that is only white space', async () => {
    await expect(txt('  \n\n\t \n')).rejects.toThrow(/note\.txt.*contains no text/);
  });

  it('tolerates a DOS end-of-file mark', async () => {
    expect((await txt('A short line of text that ends a file from the old days.\u001a')).text).toBe(
      'A short line of text that ends a file from the old days.',
    );
  });
});
