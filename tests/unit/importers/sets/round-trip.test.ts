import { describe as group, expect, it } from 'vitest';
import type { Annotation, LabelSet, SetDocument } from '../../../../src-renderer/lib/model';
import { defaultLabelSet } from '../../../../src-renderer/lib/model';
import { describe } from '../../../../src-renderer/lib/anchoring';
import type { Tombstone } from '../../../../src-renderer/lib/db/schema';
import { exportCloseReaderSet, exportW3c, type ExportInput } from '../../../../src-renderer/lib/exporters';
import { planImport, readAnnotationFile } from '../../../../src-renderer/lib/importers/sets';
import { applyPlan, library, libraryDocument, SAHEL_URL } from './helpers';

async function setDocument(file: string, url?: string): Promise<SetDocument> {
  const { record, text } = await libraryDocument(file, { url });
  return { ...record, text, blocks: [{ kind: 'paragraph', start: 0, end: text.indexOf('\n') }] };
}

/** A small library with everything a set carries: two readings, two label sets, every anchoring status, links, tombstones. */
async function scope(): Promise<ExportInput & { tombstones: Tombstone[] }> {
  const sahel = await setDocument('sahel.txt', SAHEL_URL);
  const symbols = { ...(await setDocument('symbols.txt')), labelSetId: 'seminar' };
  const seminar: LabelSet = {
    id: 'seminar',
    name: 'Seminar',
    relations: ['supports', 'answers'],
    labels: [{ id: 'question', name: 'Question', color: '#56B4E9', cue: 'dashed', key: '1', description: 'Something to ask in class.' }],
  };
  const at = (doc: SetDocument, exact: string, over: Partial<Annotation>): Annotation => {
    const start = doc.text.indexOf(exact);
    const { quote } = describe(doc.text, start, start + exact.length);
    return {
      id: crypto.randomUUID(),
      documentId: doc.id,
      start,
      end: start + exact.length,
      quote: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      label: 'claim',
      note: '',
      links: [],
      author: 'Sofia Mendes',
      created: '2025-02-21T09:00:00.000Z',
      modified: '2025-02-21T09:00:00.000Z',
      status: 'exact',
      ...over,
    };
  };
  const claim = at(sahel, 'The Sahel has become a hotbed of extremist violence', {});
  const evidence = at(sahel, 'Nearly half of all deaths from terrorism now occur in the Sahel', {
    label: 'evidence',
    note: 'A figure, a date and a named source 📊',
    links: [{ relation: 'supports', to: claim.id }],
    modified: '2025-02-21T09:05:00.000Z',
  });
  const opinion = at(sahel, 'Europe should stop treating the region as a distant problem', {
    label: 'opinion',
    author: 'Kwame Asante',
    links: [{ relation: 'contradicts', to: claim.id }],
  });
  const question = at(symbols, 'experts 👩‍🔬 disagree about the cause', { label: 'question', note: 'Which experts?' });
  const orphan: Annotation = {
    ...at(sahel, 'Global Terrorism Index', { label: 'evidence' }),
    quote: { exact: 'Global Peace Index of 2019', prefix: 'figures from the ', suffix: ' published' },
    status: 'orphan',
  };
  return {
    documents: [sahel, symbols],
    labelSets: [defaultLabelSet(), seminar],
    annotations: [claim, evidence, opinion, question, orphan],
    tombstones: [{ id: crypto.randomUUID(), documentId: sahel.id, modified: '2025-02-22T00:00:00.000Z', author: 'Sofia Mendes' }],
    exportedAt: '2025-03-01T00:00:00.000Z',
  };
}

const sortById = (list: Annotation[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

const documentsOnly = (input: ExportInput) =>
  library({
    labelSets: input.labelSets,
    documents: input.documents.map(({ text, blocks: _blocks, ...record }) => ({ record, text })),
  });

group('our own exports round-trip through the importer', () => {
  it.each([
    ['as JSON', {}],
    ['as a zip', { zipAboveBytes: 0 }],
  ])('a Close Reader set %s, imported into an empty library, gives back identical records', async (_how, options) => {
    const input = await scope();
    const file = exportCloseReaderSet(input, options);
    const plan = planImport(await readAnnotationFile(file.fileName, file.bytes), library({ labelSets: [] }));
    expect(plan.write.documents).toEqual(input.documents);
    expect(plan.write.labelSets).toEqual(input.labelSets);
    expect(sortById(plan.write.annotations)).toEqual(sortById(input.annotations));
    expect(plan.write.tombstones).toEqual(input.tombstones);
    expect(plan.counts).toMatchObject({ conflicts: 0, orphans: 1, waiting: 0, exact: 4 });
  });

  it('W3C Web Annotation across several pages, into a library with the readings: the same annotations, then nothing to do', async () => {
    const input = await scope();
    const file = exportW3c(input, { pageSize: 2 });
    const parsed = await readAnnotationFile(file.fileName, file.bytes);
    expect(parsed.notices['default-relation']).toBeUndefined();

    const lib = documentsOnly(input);
    const plan = planImport(parsed, lib);
    expect(plan.write.labelSets).toEqual([]);
    const byId = new Map(plan.write.annotations.map((a) => [a.id, a]));
    expect([...byId.keys()].sort()).toEqual(input.annotations.map((a) => a.id).sort());
    for (const original of input.annotations) {
      const { sourceUrl, ...back } = byId.get(original.id)!;
      expect(sourceUrl === SAHEL_URL || original.documentId !== input.documents[0].id).toBe(true);
      // W3C gives an orphan only its quote: its last known offsets do not travel.
      if (original.status === 'orphan') expect({ ...back, start: original.start, end: original.end }).toEqual(original);
      else expect(back).toEqual(original);
    }
    const again = planImport(await readAnnotationFile(file.fileName, file.bytes), applyPlan(lib, plan));
    expect(again.write.annotations).toEqual([]);
    expect(again.counts.unchanged).toBe(input.annotations.length);
  });
});
