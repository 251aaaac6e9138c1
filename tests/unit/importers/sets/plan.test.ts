import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../src-renderer/lib/model';
import { planImport, readAnnotationFile, type ImportPlan, type LibrarySnapshot } from '../../../../src-renderer/lib/importers/sets';
import { applyPlan, fixtureBytes, jsonBytes, library, libraryDocument, readingLibrary, SAHEL_ID, SYMBOLS_ID } from './helpers';

const plan = async (name: string, lib: LibrarySnapshot) => planImport(await readAnnotationFile(name, fixtureBytes(name)), lib);
const byNote = (p: ImportPlan, text: string) => p.write.annotations.find((a) => a.note.startsWith(text))!;

describe('planImport: matching, anchoring and labels', () => {
  it('places a W3C annotation by document id, converting code points to UTF-16 past emoji and 𝑥', async () => {
    const lib = await readingLibrary();
    const p = await plan('w3c-single.jsonld', lib);
    expect(p.write.annotations).toEqual([
      {
        id: '6e8bc430-9c3a-11d9-9669-0800200c9a66',
        documentId: SYMBOLS_ID,
        start: 127,
        end: 165,
        status: 'exact',
        quote: { exact: 'experts 👩‍🔬 disagree about the cause', prefix: 'es rose sharply after 2020, and ', suffix: '.' },
        label: 'evidence',
        note: 'Experts *disagree*: who are they? 🤔',
        links: [],
        author: 'Amira Haddad',
        created: '2025-02-03T10:15:00.000Z',
        modified: '2025-02-04T07:00:00.250Z',
      },
    ]);
    const text = lib.documents[1].text;
    expect(text.slice(127, 165)).toBe('experts 👩‍🔬 disagree about the cause');
    expect(p.counts).toMatchObject({ added: 1, exact: 1, approximate: 0, orphans: 0, labelsAdded: 0 });
    expect(p.write.labelSets).toEqual([]);
  });

  it('matches by URL, ignoring scheme, fragment and trailing slash; proposes unknown tags as labels; keeps others as #tags', async () => {
    const lib = await readingLibrary();
    const p = await plan('w3c-array.json', lib);
    expect(p.counts).toMatchObject({ added: 4, exact: 3, approximate: 1, orphans: 0, skipped: 2, labelsAdded: 2 });

    const claim = p.write.annotations.find((a) => a.author === 'maria@example.org')!;
    expect(claim).toMatchObject({ documentId: SAHEL_ID, start: 28, end: 79, status: 'exact', label: 'claim' });
    expect(claim.sourceUrl).toBe('https://example.org/news/sahel-front-line#top');

    const method = byNote(p, 'Check the GTI');
    expect(method.note).toBe('Check the GTI numbers.\n\n#Sources-cited');
    expect(method.status).toBe('approximate');
    expect(method.score).toBeGreaterThanOrEqual(0.75);
    expect(method.score).toBeLessThan(1);
    expect(lib.documents[0].text.slice(method.start, method.end)).toContain('occur in');
    expect(method.label).toBe('methodology');
    expect(p.notices['tags-in-note']).toBe(1);

    expect(byNote(p, 'Rhetoric').label).toBe('untagged');

    const sharp = p.write.annotations.find((a) => a.author === 'kwame')!;
    expect(sharp).toMatchObject({ documentId: SYMBOLS_ID, start: 98, end: 110, status: 'exact', label: 'evidence' });
    expect(sharp.quote.exact).toBe('rose sharply');

    expect(p.labels.newLabels.map((n) => [n.labelSetId, n.label.id, n.label.name])).toEqual([
      ['close-reader-default', 'methodology', 'Methodology'],
      ['close-reader-default', 'untagged', 'Untagged'],
    ]);
    const [updated] = p.write.labelSets;
    expect(updated.labels.map((l) => l.key)).toEqual(['1', '2', '3', '4', '5']);
    expect(new Set(updated.labels.map((l) => l.color)).size).toBe(5);
  });

  it('imports a Hypothesis export: URL match, existing and new labels, untagged, one annotation waiting for its page', async () => {
    const p = await plan('hypothesis-export.json', await readingLibrary());
    expect(p.counts).toMatchObject({ added: 4, exact: 3, orphans: 1, waiting: 1, skipped: 2 });
    expect(byNote(p, 'GTI 2024')).toMatchObject({ label: 'evidence', note: 'GTI 2024 backs this up.\n\n#GTI-2024', start: 150, end: 213, status: 'exact' });
    expect(p.write.annotations.find((a) => a.author === 'jdoe')).toMatchObject({ label: 'rhetoric', start: 412, end: 457 });
    expect(byNote(p, 'Is this')).toMatchObject({ label: 'untagged', author: 'Amira Haddad' });
    const [waiting] = p.orphans;
    expect(waiting).toMatchObject({ status: 'orphan', sourceUrl: 'https://example.com/analysis/mali-elections', label: 'evidence', start: 402, end: 446 });
    expect(waiting.documentId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('matches by quotes when the source is unknown, only on a unique confident match', async () => {
    const lib = await readingLibrary();
    const annotation = (id: number, exact: string) => ({
      id: `https://tool.example.net/a/${id}`,
      type: 'Annotation',
      created: '2025-01-01T00:00:00Z',
      target: { source: `file:///C:/Users/amira/Downloads/reading-${id}.html`, selector: { type: 'TextQuoteSelector', exact } },
    });
    const file = [annotation(1, 'Aid that arrives late is aid that fails'), annotation(2, 'the '), annotation(3, 'the number of cases 🙂 reported each week')];
    const p = planImport(await readAnnotationFile('quotes.json', jsonBytes(file)), lib);
    const docs = p.write.annotations.map((a) => [a.quote.exact, a.documentId === SAHEL_ID ? 'sahel' : a.documentId === SYMBOLS_ID ? 'symbols' : 'waiting']);
    expect(docs).toEqual([
      ['Aid that arrives late is aid that fails', 'sahel'],
      ['the ', 'waiting'],
      ['the number of cases 🙂 reported each week', 'symbols'],
    ]);
  });

  it('trusts offsets only on the very text they were taken from (the document named by id)', async () => {
    const byUrl = (selector: object[]) => ({
      type: 'Annotation',
      created: '2025-01-01T00:00:00Z',
      target: { source: 'https://example.org/news/sahel-front-line', selector },
    });
    const exact = 'a policy built on hope is not a policy at all';
    const file = [
      // Offsets into the web page's text, which has a menu before the article: they point elsewhere here.
      byUrl([{ type: 'TextQuoteSelector', exact }, { type: 'TextPositionSelector', start: 0, end: 45 }]),
      byUrl([{ type: 'TextPositionSelector', start: 28, end: 79 }]),
    ];
    const p = planImport(await readAnnotationFile('page.json', jsonBytes(file)), await readingLibrary());
    expect(p.write.annotations.map((a) => [a.status, a.start, a.end])).toEqual([
      ['exact', 412, 457],
      ['orphan', 0, 0],
    ]);
  });

  it('takes the first tag that names a known label, and decides labels independently of the order of the file', async () => {
    const tagged = (id: number, tags: string[]) => ({
      id: `https://tool.example.net/t/${id}`,
      type: 'Annotation',
      created: '2025-01-01T00:00:00Z',
      body: tags.map((value) => ({ type: 'TextualBody', purpose: 'tagging', value })),
      target: { source: `urn:sha256:${SAHEL_ID}`, selector: { type: 'TextQuoteSelector', exact: 'Global Terrorism Index' } },
    });
    const lib = await readingLibrary();
    const known = planImport(await readAnnotationFile('k.json', jsonBytes([tagged(1, ['Tone', 'OPINION'])])), lib);
    expect(known.write.annotations[0]).toMatchObject({ label: 'opinion', note: '#Tone' });
    expect(known.counts.labelsAdded).toBe(0);

    // "Tone" is proposed for the second annotation, so the first one, which lists it first, takes it too.
    const file = jsonBytes([tagged(1, ['Tone', 'Opinion']), tagged(2, ['Tone'])]);
    const first = planImport(await readAnnotationFile('t.json', file), lib);
    expect(first.write.annotations.map((a) => [a.label, a.note])).toEqual([['tone', '#Opinion'], ['tone', '']]);
    const again = planImport(await readAnnotationFile('t.json', file), applyPlan(lib, first));
    expect(again.counts).toMatchObject({ unchanged: 2, conflicts: 0, labelsAdded: 0 });
  });

  it('labels in the default set a library document whose label set is gone', async () => {
    const lib = await readingLibrary();
    lib.documents[1].record.labelSetId = 'deleted-set';
    const p = await plan('w3c-single.jsonld', lib);
    expect(p.write.annotations[0].label).toBe('evidence');
  });

  it('keeps the author of every imported annotation, whoever imports it', async () => {
    const p = await plan('w3c-page.jsonld', await readingLibrary());
    expect(new Set(p.write.annotations.map((a) => a.author))).toEqual(new Set(['Jonas Berg']));
    const evidence = p.write.annotations.find((a) => a.label === 'evidence')!;
    expect(evidence.links).toEqual([{ relation: 'supports', to: '0b9e3a52-52c4-4f0e-9f43-6f1d7c1b2a01' }]);
  });
});

describe('planImport: Close Reader sets', () => {
  it('into an empty library gives back the very records of the set', async () => {
    const raw = JSON.parse(new TextDecoder().decode(fixtureBytes('close-reader-set.json')));
    const p = await plan('close-reader-set.json', library({ labelSets: [] }));
    expect(p.write.documents).toEqual(raw.documents);
    expect(p.write.labelSets).toEqual(raw.labelSets);
    expect(p.write.annotations).toEqual(raw.annotations.filter((a: Annotation) => !a.deleted));
    expect(p.write.tombstones).toEqual(raw.annotations.filter((a: Annotation) => a.deleted).map(({ deleted: _d, ...t }: Annotation) => t));
    expect(p.counts).toMatchObject({ documentsAdded: 1, labelSetsAdded: 1, added: 4, tombstones: 1, waiting: 1 });
  });

  it('into a library that annotates the same reading with another label set: labels found by name, the rest added', async () => {
    const lib = await readingLibrary();
    const p = await plan('close-reader-set.json', lib);
    expect(p.documents).toEqual({ added: [], existing: [SAHEL_ID] });
    const labels = Object.fromEntries(p.write.annotations.map((a) => [a.id.slice(-1), a.label]));
    expect(labels).toEqual({ '1': 'claim', '2': 'evidence', '3': 'framing', '4': 'evidence' });
    const framing = p.labels.newLabels.find((n) => n.label.id === 'framing')!;
    expect(framing).toMatchObject({ labelSetId: 'close-reader-default', label: { name: 'Framing', color: '#CC79A7', cue: 'dotted', key: '4' } });
    expect(p.labels.addedSets.map((s) => s.id)).toEqual(['seminar-2025']);
    expect(p.labels.updatedSets.find((s) => s.id === 'close-reader-default')!.relations).toEqual(['supports', 'contradicts', 'qualifies']);
  });

  it('a deletion in the set removes an older annotation of the library and leaves a tombstone', async () => {
    const lib = await readingLibrary();
    const older: Annotation = {
      id: 'c0ffee00-0000-4000-8000-000000000005',
      documentId: SAHEL_ID,
      start: 263,
      end: 285,
      quote: { exact: 'Global Terrorism Index', prefix: '', suffix: '' },
      label: 'evidence',
      note: 'to be deleted',
      links: [],
      author: 'Sofia Mendes',
      created: '2025-02-21T09:00:00.000Z',
      modified: '2025-02-22T09:00:00.000Z',
      status: 'exact',
    };
    const p = await plan('close-reader-set.json', { ...lib, annotations: [older] });
    expect(p.write.deleteAnnotations).toEqual([older.id]);
    expect(p.write.tombstones).toEqual([{ id: older.id, documentId: SAHEL_ID, modified: '2025-02-23T12:00:00.000Z', author: 'Sofia Mendes' }]);
  });

  it('reports a conflict (same time, different note) and keeps the library’s version', async () => {
    const lib = await readingLibrary();
    const first = await plan('close-reader-set.json', lib);
    const mine = { ...first.write.annotations[0], note: 'my own reading' };
    const p = await plan('close-reader-set.json', { ...applyPlan(lib, first), annotations: [mine] });
    expect(p.annotations.conflicts).toEqual([{ existing: mine, incoming: expect.objectContaining({ id: mine.id, note: '' }) }]);
    expect(p.write.annotations.map((a) => a.id)).not.toContain(mine.id);
  });

  it('a document arriving with the set adopts the library’s annotations that were waiting for it', async () => {
    const lib = await readingLibrary();
    const hypothesis = await plan('hypothesis-export.json', lib);
    const withWaiting = applyPlan(lib, hypothesis);
    const mali = await libraryDocument('mali.txt', { url: 'https://example.com/analysis/mali-elections' });
    const set = {
      format: 'close-reader-set',
      version: 1,
      exportedAt: '2025-03-01T00:00:00.000Z',
      generator: 'test',
      documents: [{ ...mali.record, text: mali.text, blocks: [] }],
      labelSets: [],
      annotations: [],
    };
    const p = planImport(await readAnnotationFile('mali.crset.json', jsonBytes(set)), withWaiting);
    expect(p.counts.adopted).toBe(1);
    const [adopted] = p.write.annotations;
    expect(adopted).toMatchObject({ documentId: mali.record.id, status: 'exact', author: 'Amira Haddad', modified: '2024-03-14T16:45:10.000Z' });
    expect(mali.text.slice(adopted.start, adopted.end)).toBe('elections were postponed for a second time in 2023');
  });
});

describe('re-importing the same file changes nothing', () => {
  it.each(['w3c-single.jsonld', 'w3c-array.json', 'w3c-page.jsonld', 'w3c-collection.jsonld', 'hypothesis-export.json', 'hypothesis-rows.json', 'close-reader-set.json'])(
    '%s',
    async (name) => {
      const lib = await readingLibrary();
      const first = await plan(name, lib);
      expect(first.write.annotations.length + first.write.tombstones.length).toBeGreaterThan(0);
      const second = await plan(name, applyPlan(lib, first));
      expect(second.write).toEqual({ documents: [], labelSets: [], annotations: [], deleteAnnotations: [], tombstones: [], deleteTombstones: [] });
      expect(second.annotations.unchanged.length).toBe(first.write.annotations.length + first.write.tombstones.length);
      expect(second.counts).toMatchObject({ added: 0, updated: 0, conflicts: 0, labelsAdded: 0 });
    },
  );
});
