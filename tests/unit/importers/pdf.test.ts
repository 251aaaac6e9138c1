/** PDF: reading order, paragraphs, hyphenation, headings, page blocks, metadata, bad files. */
import { describe, expect, it } from 'vitest';
import { ImportError, importDocument } from '../../../src-renderer/lib/importers';
import { pageAt } from '../../../src-renderer/lib/model';
import { makeImageOnlyPdf, makeLockedPdf, makePdf, type PdfLineSpec } from './helpers/make-files';
import { loadNodePdfJs, nodeOptions } from './helpers/node-env';
import { expectWellFormed, outline, textOf } from './helpers/read';

const pdfImport = (bytes: Uint8Array, name = 'paper.pdf') => importDocument({ name, bytes }, nodeOptions);

const PAGE_ONE: PdfLineSpec[] = [
  { text: 'Evidence in Public Argument', size: 20, bold: true },
  { text: 'Why Sources Matter', size: 14, bold: true, gapBefore: 10 },
  { text: 'Readers rarely check where a figure comes from, and that is an exam-', gapBefore: 6 },
  { text: 'ple of how trust replaces verification. The well-known survey of 2019' },
  { text: 'made this point, and a well-' },
  { text: 'known critique answered it.' },
  { text: 'A second paragraph follows a visible gap, as typeset text does between', gapBefore: 8 },
  { text: 'paragraphs when there is no first-line indent.' },
];
const PAGE_TWO: PdfLineSpec[] = [
  { text: 'Method', size: 14, bold: true },
  { text: 'We coded each sentence of the corpus as claim, evidence or opinion.', gapBefore: 6 },
  { text: 'Coders worked alone, then compared their labels in pairs.' },
  { text: '• Claims were statements open to dispute.', gapBefore: 6 },
  { text: '• Evidence named a fact, figure or source.' },
];
const PAGE_THREE: PdfLineSpec[] = [{ text: 'The results are set out in the appendix, page by page, for every coder.' }];

describe('PDF import', () => {
  it('builds paragraphs, headings by size, list items, and rejoins hyphenated words', async () => {
    const bytes = await makePdf({ pages: [PAGE_ONE, PAGE_TWO, PAGE_THREE], title: 'Evidence in Public Argument', author: 'R. Okafor' });
    const doc = await pdfImport(bytes);
    expectWellFormed(doc);
    expect(outline(doc)).toEqual([
      'heading(1): Evidence in Public Argument',
      'heading(2): Why Sources Matter',
      'paragraph: Readers rarely check where a figure comes from, and that is an example of how trust replaces verification. The well-known survey of 2019 made this point, and a well-known critique answered it.',
      'paragraph: A second paragraph follows a visible gap, as typeset text does between paragraphs when there is no first-line indent.',
      'heading(2): Method',
      'paragraph: We coded each sentence of the corpus as claim, evidence or opinion. Coders worked alone, then compared their labels in pairs.',
      'list-item(1): Claims were statements open to dispute.',
      'list-item(1): Evidence named a fact, figure or source.',
      'paragraph: The results are set out in the appendix, page by page, for every coder.',
    ]);
    expect(doc.title).toBe('Evidence in Public Argument');
    expect(doc.meta.author).toBe('R. Okafor');
    expect(doc.source.mediaType).toBe('application/pdf');
  });

  it('puts a page block before each page, spanning exactly that page’s text', async () => {
    const doc = await pdfImport(await makePdf({ pages: [PAGE_ONE, PAGE_TWO, PAGE_THREE] }));
    const pages = doc.blocks.filter((b) => b.kind === 'page');
    expect(pages.map((p) => p.level)).toEqual([1, 2, 3]);
    expect(textOf(doc, pages[1])).toMatch(/^Method\nWe coded .* source\.$/su);
    expect(pageAt(doc.blocks, doc.text.indexOf('exam'))).toBe(1);
    expect(pageAt(doc.blocks, doc.text.indexOf('Coders worked'))).toBe(2);
    expect(pageAt(doc.blocks, doc.text.indexOf('appendix'))).toBe(3);
    // Each page block comes right before its first content block.
    const i = doc.blocks.indexOf(pages[2]);
    expect(doc.blocks[i + 1].start).toBe(pages[2].start);
  });

  it('keeps an empty page as an empty page block so numbering stays continuous', async () => {
    const doc = await pdfImport(await makePdf({ pages: [PAGE_THREE, [], PAGE_THREE] }));
    const pages = doc.blocks.filter((b) => b.kind === 'page');
    expect(pages.map((p) => [p.level, p.end - p.start === 0])).toEqual([
      [1, false],
      [2, true],
      [3, false],
    ]);
  });

  it('drops page numbers and running heads, which would split sentences across pages', async () => {
    const doc = await pdfImport(
      await makePdf({ pages: [PAGE_ONE, PAGE_TWO, PAGE_THREE], pageNumbers: true, runningHead: 'Journal of Reading Studies 12(3)' }),
    );
    expect(doc.text).not.toContain('Journal of Reading Studies');
    expect(doc.text).not.toMatch(/\n[123]\n|\n[123]$/u);
  });

  it('falls back to the first heading for the title when the PDF has none', async () => {
    const doc = await pdfImport(await makePdf({ pages: [PAGE_ONE] }));
    expect(doc.title).toBe('Evidence in Public Argument');
    expect(doc.meta.author).toBeUndefined();
  });

  it('imports a 100-page PDF with every page numbered', async () => {
    const page = (n: number): PdfLineSpec[] => [{ text: `Page ${n} begins with this sentence about reading closely.` }];
    const doc = await pdfImport(await makePdf({ pages: Array.from({ length: 100 }, (_, i) => page(i + 1)) }));
    expect(doc.blocks.filter((b) => b.kind === 'page')).toHaveLength(100);
    expect(pageAt(doc.blocks, doc.text.indexOf('Page 57 begins'))).toBe(57);
  });
});

describe('PDF import cancelled', () => {
  it('stops between pages and still frees pdf.js', async () => {
    const bytes = await makePdf({ pages: [PAGE_ONE, PAGE_TWO, PAGE_THREE] });
    const controller = new AbortController();
    let destroyed = false;
    // pdf.js as the renderer would load it, except that the reader cancels as it arrives.
    const pdfjs = async () => {
      const real = await loadNodePdfJs();
      controller.abort();
      return {
        ...real,
        getDocument: (params: Parameters<typeof real.getDocument>[0]) => {
          const task = real.getDocument(params);
          const destroy = task.destroy.bind(task);
          task.destroy = () => ((destroyed = true), destroy());
          return task;
        },
      } as typeof real;
    };
    await expect(
      importDocument({ name: 'long.pdf', bytes }, { ...nodeOptions, pdfjs, signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(destroyed).toBe(true);
  });
});

describe('PDF that cannot be read', () => {
  async function failure(bytes: Uint8Array, name: string): Promise<ImportError> {
    const err = await pdfImport(bytes, name).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).message).toContain(name);
    return err as ImportError;
  }

  it('an image-only PDF says it has no text layer and that OCR is not supported', async () => {
    const err = await failure(await makeImageOnlyPdf(), 'scan.pdf');
    expect(err.reason).toMatch(/no text layer.*does not do OCR/su);
  });

  it('a password-protected PDF', async () => {
    const err = await failure(await makeLockedPdf(), 'locked.pdf');
    expect(err.reason).toMatch(/is password-protected/u);
  });

  it('a damaged PDF', async () => {
    const good = await makePdf({ pages: [PAGE_THREE] });
    const broken = new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n'), ...good.subarray(500, 900)]);
    expect((await failure(broken, 'broken.pdf')).reason).toMatch(/damaged or not a PDF/u);
  });

  it('a file named .pdf that is not one', async () => {
    const err = await failure(new TextEncoder().encode('Just some words, not a PDF at all.'), 'fake.pdf');
    expect(err.reason).toMatch(/damaged or not a PDF/u);
  });
});
