/**
 * Document import: 1 MB of plain text (300 ms), a 100-page PDF (3,000 ms) and a
 * 300-chapter EPUB (3,000 ms), each built here from the deterministic text generator.
 */
import { generateDocumentText } from '../fixtures/generate-text';
import { importDocument } from '../../../src-renderer/lib/importers';
import { makeEpub, makePdf, type PdfLineSpec } from '../../unit/importers/helpers/make-files';
import { nodeOptions } from '../../unit/importers/helpers/node-env';
import { stats, time, type BenchRow } from '../types';

/** Greedy wrap at `width` columns, the way editors hard-wrap plain text. */
function wrap(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** About 1 MB: hard-wrapped paragraphs separated by blank lines, a title-cased heading every 20. */
function plainText(): Uint8Array {
  const paragraphs = generateDocumentText({ paragraphs: 2000, seed: 11 }).split('\n');
  const parts = paragraphs.map((p, i) => (i % 20 === 0 ? `Part ${i / 20 + 1} of the Record\n\n` : '') + wrap(p, 72).join('\n'));
  return new TextEncoder().encode(parts.join('\n\n'));
}

/** 100 full pages (about 45 lines each) with headings, paragraph gaps and page numbers. */
async function pdf(): Promise<Uint8Array> {
  const paragraphs = generateDocumentText({ paragraphs: 800, seed: 12 }).split('\n');
  const pages: PdfLineSpec[][] = [];
  let page: PdfLineSpec[] = [];
  paragraphs.forEach((p, i) => {
    const lines: PdfLineSpec[] = wrap(p, 95).map((text, j) => ({ text, gapBefore: j === 0 ? 6 : 0 }));
    if (i % 8 === 0) lines.unshift({ text: `Section ${i / 8 + 1}`, size: 14, bold: true, gapBefore: 8 });
    for (const line of lines) {
      if (page.length >= 45) {
        pages.push(page);
        page = [];
      }
      if (pages.length < 100) page.push(line);
    }
  });
  if (pages.length < 100 && page.length) pages.push(page);
  return makePdf({ pages: pages.slice(0, 100), title: 'Benchmark Report', author: 'Bench', pageNumbers: true });
}

/** 300 chapters of a heading and four paragraphs each. */
function epub(): Uint8Array {
  const paragraphs = generateDocumentText({ paragraphs: 1200, seed: 13 }).split('\n');
  const chapters = Array.from({ length: 300 }, (_, i) => ({
    file: `text/chapter-${i + 1}.xhtml`,
    title: `Chapter ${i + 1}`,
    body: `<section><h1>Chapter ${i + 1}</h1>${paragraphs
      .slice(i * 4, i * 4 + 4)
      .map((p) => `<p>${p.replace(/&/gu, '&amp;').replace(/</gu, '&lt;')}</p>`)
      .join('')}</section>`,
  }));
  return makeEpub({ title: 'Benchmark Book', creators: ['Bench'], chapters });
}

async function row(name: string, file: string, bytes: Uint8Array, target: number, runs: number): Promise<BenchRow> {
  let blocks = 0;
  const samples = await time(async () => {
    blocks = (await importDocument({ name: file, bytes }, nodeOptions)).blocks.length;
  }, runs);
  const { median, p95 } = stats(samples);
  return {
    group: 'import',
    name,
    value: Math.round(median),
    unit: 'ms',
    target,
    note: `${(bytes.length / 1024 / 1024).toFixed(2)} MB file, ${blocks} blocks; p95 ${Math.round(p95)} ms over ${runs} runs`,
  };
}

export default async function importBench(): Promise<BenchRow[]> {
  return [
    await row('import 1 MB plain text', 'record.txt', plainText(), 300, 7),
    await row('import 100-page PDF', 'report.pdf', await pdf(), 3000, 3),
    await row('import 300-chapter EPUB', 'book.epub', epub(), 3000, 3),
  ];
}
