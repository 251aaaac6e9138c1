/** DOCX: Word styles to block kinds, core properties, damaged and protected files. */
import { zipSync, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportError, importDocument } from '../../../src-renderer/lib/importers';
import { makeDocx } from './helpers/make-files';
import { nodeOptions } from './helpers/node-env';
import { expectWellFormed, outline } from './helpers/read';

// Built once: the docx package takes a while to pack a file.
const handout = makeDocx();

const docxImport = (bytes: Uint8Array, name = 'handout.docx', options = {}) =>
  importDocument({ name, bytes }, { ...nodeOptions, ...options });

describe('DOCX import', () => {
  it('maps headings, numbered and bulleted lists, quotes and notes', async () => {
    const doc = await docxImport(await handout);
    expectWellFormed(doc);
    expect(outline(doc)).toEqual([
      'heading(1): Reading Claims in the News',
      'paragraph: Every article mixes claims with evidence and opinion; telling them apart is a skill.[1]',
      'heading(2): How to Proceed',
      'list-item(1,ordered): Read the whole piece once.',
      'list-item(1,ordered): Mark each claim.',
      'list-item(1): Evidence: figures, dates, named sources.',
      'list-item(2): Opinion: judgements and predictions.',
      'quote: A claim without evidence is an invitation to ask.',
      'quote: Question everything, including this.',
      'paragraph: Élèves et enseignants: « lisez attentivement ».',
      'list-item(1,ordered): Survey of 1,200 students, 2024.',
    ]);
    expect(doc.text).not.toContain('↑');
  });

  it('takes title and author from docProps/core.xml', async () => {
    const doc = await docxImport(await handout);
    expect(doc.title).toBe('Reading Claims in the News');
    expect(doc.meta.author).toBe('Amina Diallo');
    expect(doc.source.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('is recognised by its content even when named .txt', async () => {
    const doc = await docxImport(await handout, 'handout.txt');
    expect(doc.source.mediaType).toMatch(/wordprocessingml/u);
  });
});

describe('DOCX that cannot be read', () => {
  async function failure(bytes: Uint8Array, name: string, options = {}): Promise<ImportError> {
    const err = await docxImport(bytes, name, options).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).message).toContain(name);
    return err as ImportError;
  }

  it('a truncated DOCX', async () => {
    const bytes = await handout;
    const err = await failure(bytes.subarray(0, Math.floor(bytes.length * 0.6)), 'cut.docx');
    expect(err.reason).toMatch(/damaged or not a Word document/u);
  });

  it('a zip without word/document.xml', async () => {
    const err = await failure(zipSync({ 'notes.txt': new TextEncoder().encode('hello') }), 'other.docx');
    expect(err.reason).toMatch(/no “word\/document\.xml”/u);
  });

  it('a password-protected DOCX (an encrypted OLE container)', async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await failure(ole, 'secret.docx')).reason).toMatch(/password-protected/u);
  });

  it('a zip bomb: a part that unpacks far beyond its compressed size', async () => {
    const files = unzipSync(await handout);
    files['word/document.xml'] = new Uint8Array(4 * 1024 * 1024).fill(0x20);
    const err = await failure(zipSync(files, { level: 9 }), 'bomb.docx');
    expect(err.reason).toMatch(/zip bomb/u);
    expect(err.reason).toMatch(/word\/document\.xml/u);
  });

  it('a zip that lies about a part’s size is stopped while unpacking', async () => {
    const files = unzipSync(await handout);
    files['word/document.xml'] = new Uint8Array(256 * 1024).fill(0x20);
    const bytes = zipSync(files);
    // Rewrite the central directory's uncompressed size of word/document.xml to 100 bytes.
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    const name = new TextEncoder().encode('word/document.xml');
    for (let at = 0; at < bytes.length - 46; at++) {
      if (view.getUint32(at, true) !== 0x02014b50) continue;
      const length = view.getUint16(at + 28, true);
      if (length === name.length && name.every((b, i) => bytes[at + 46 + i] === b)) view.setUint32(at + 24, 100, true);
    }
    const err = await failure(bytes, 'liar.docx');
    expect(err.reason).toMatch(/unpacks “word\/document\.xml” to more than its declared 100 bytes/u);
  });

  it('an archive over the unpacked-size limit', async () => {
    const err = await failure(await handout, 'big.docx', { maxUnpackedBytes: 1000 });
    expect(err.reason).toMatch(/more than the 1000 bytes limit.*zip bomb/su);
  });
});
