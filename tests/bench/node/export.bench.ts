/**
 * Export 100,000 annotations over 100 documents (about 13 MB of text, some characters
 * outside the BMP) to every format. Target: under 2,000 ms each.
 */
import { createHash } from 'node:crypto';
import { createRng, generateDocumentText, pickSpans } from '../fixtures/generate-text';
import { EXPORT_FORMATS, exportAs, type ExportInput } from '../../../src-renderer/lib/exporters';
import { defaultLabelSet, type Annotation, type Block, type SetDocument } from '../../../src-renderer/lib/model';
import { stats, time, type BenchRow } from '../types';

const DOCUMENTS = 100;
const PER_DOCUMENT = 1000;
const AUTHORS = ['Ada Lovelace', 'Zoë Ñúñez', 'Bob Okafor', 'Mei Tanaka', 'Student 17'];
const NOTES = ['', '', 'Key point.', 'Compare with *the 1998 survey*.\n\nWho funded this?', '“Quoted” in the lecture, see p. 4.'];

function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  let at = 0;
  text.split('\n').forEach((line, i) => {
    // A page every 20 paragraphs, as a PDF import gives.
    if (i % 20 === 0) blocks.push({ kind: 'page', start: at, end: at, level: i / 20 + 1 });
    blocks.push({ kind: 'paragraph', start: at, end: at + line.length });
    at += line.length + 1;
  });
  return blocks;
}

export function library(): ExportInput {
  const labels = ['claim', 'evidence', 'opinion'];
  const documents: SetDocument[] = [];
  const annotations: Annotation[] = [];
  const rng = createRng(7);
  for (let d = 0; d < DOCUMENTS; d++) {
    const text = generateDocumentText({ paragraphs: 280, seed: d + 1, nonBmpRate: 0.02 });
    const id = createHash('sha256').update(text).digest('hex');
    documents.push({
      id,
      title: `Reading ${d + 1}: a generated report`,
      source: { fileName: `reading-${d + 1}.pdf`, mediaType: 'application/pdf', importedAt: '2025-01-01T00:00:00.000Z' },
      meta: { author: 'Generated', url: `https://example.org/readings/${d + 1}` },
      wordCount: text.split(' ').length,
      charCount: text.length,
      addedAt: '2025-01-01T00:00:00.000Z',
      labelSetId: 'close-reader-default',
      text,
      blocks: blocksOf(text),
    });
    const spans = pickSpans(text, { count: PER_DOCUMENT, seed: d + 1, maxLength: 120 });
    let lastClaim: string | undefined;
    spans.forEach((s, i) => {
      const annId = `${String(d).padStart(8, '0')}-0000-4000-8000-${String(i).padStart(12, '0')}`;
      const label = labels[i % 3];
      const orphan = rng() < 0.01;
      annotations.push({
        id: annId,
        documentId: id,
        start: s.start,
        end: s.end,
        quote: { exact: text.slice(s.start, s.end), prefix: text.slice(Math.max(0, s.start - 32), s.start), suffix: text.slice(s.end, s.end + 32) },
        label,
        note: NOTES[Math.floor(rng() * NOTES.length)],
        links: label === 'evidence' && lastClaim ? [{ relation: rng() < 0.8 ? 'supports' : 'contradicts', to: lastClaim }] : [],
        author: AUTHORS[i % AUTHORS.length],
        created: '2025-02-01T10:00:00.000Z',
        modified: '2025-02-02T10:00:00.000Z',
        status: orphan ? 'orphan' : 'exact',
      });
      if (label === 'claim') lastClaim = annId;
    });
  }
  return { documents, labelSets: [defaultLabelSet()], annotations, exportedAt: '2025-03-01T10:00:00.000Z', generator: { name: 'Close Reader', version: 'bench' } };
}

export default async function exportBench(): Promise<BenchRow[]> {
  const input = library();
  const rows: BenchRow[] = [];
  for (const format of EXPORT_FORMATS) {
    let size = 0;
    const cpu: number[] = [];
    const samples = await time(() => {
      const before = process.cpuUsage();
      size = exportAs(format, input, { title: 'Bench' }).bytes.length;
      const used = process.cpuUsage(before);
      cpu.push((used.user + used.system) / 1000);
    }, 2, 1);
    rows.push({
      group: 'export',
      name: `export ${format}: 100,000 annotations over 100 documents`,
      value: Math.round(stats(samples).median),
      unit: 'ms',
      target: 2000,
      // CPU time says what the export costs when other processes share the cores.
      note: `CPU ${Math.round(stats(cpu.slice(1)).median)} ms, ${(size / 1e6).toFixed(1)} MB`,
    });
  }
  return rows;
}
