import { beforeEach, describe, expect, it } from 'vitest';
import { SearchIndex } from '../../../src-renderer/lib/search';
import { fold } from '../../../src-renderer/lib/search/fold';
import { documentsFound, expectFaithful, matchedWords } from './expect-hits';
import { arabic, byId, french, indexOf, library, samples, textSourceOf } from './library';

const NATO = 'nato-isis-coalition-africa';
const BAMAKO = 'bamako-isolation-key-points';
const KIDNAP = 'islamic-state-kidnappings-sahel';
const ANALYSIS = 'sahel-security-assistance-analysis';
const ABSTRACT = 'us-sahel-counterterrorism-abstract';

/** Documents whose title or text holds the word (English, whole word), found without the index. */
function holding(word: string): string[] {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'iu');
  return library.filter((d) => re.test(d.text) || re.test(d.title)).map((d) => d.id).sort();
}

let index: SearchIndex;
beforeEach(() => {
  index = indexOf();
});

describe('search by word', () => {
  it.each(['Rutte', 'Niger', 'coalition', 'Wagner', 'juntas', 'Sahel', 'security', '2024'])(
    'finds exactly the documents that hold “%s”, at the word',
    async (word) => {
      const query = `${word} `;
      expect(await documentsFound(index, query)).toEqual(holding(word));
      for (const hit of await index.search(query)) {
        expectFaithful(hit);
        for (const w of matchedWords(hit)) expect(fold(w)).toBe(fold(word));
        if (hit.kind === 'text') expect(fold(byId(hit.documentId).text.slice(hit.start, hit.end))).toBe(fold(word));
      }
    },
  );

  it('opens a text hit at the word in the document', async () => {
    const nato = byId(NATO).text;
    const hits = await index.search('Rutte ');
    expect(hits.map((h) => [h.kind, h.start])).toEqual([
      ['text', nato.indexOf('Rutte')],
    ]);
    expect(nato.slice(hits[0].start, hits[0].end)).toBe('Rutte');
  });

  it('finds nothing for a word that is not there', async () => {
    expect(await index.search('Timbuktu')).toEqual([]);
    expect(await index.search('   ')).toEqual([]);
  });
});

describe('search as you type', () => {
  it('completes the word being typed', async () => {
    const hits = await index.search('kidnap', { perDocument: 10 });
    expect(new Set(hits.map((h) => h.documentId))).toEqual(new Set([KIDNAP]));
    const words = hits.flatMap(matchedWords);
    expect(words).toContain('Kidnappings');
    for (const w of words) expect(fold(w).startsWith('kidnap')).toBe(true);
    hits.forEach((h) => expectFaithful(h));
    expect((await index.search('kidnappe')).flatMap(matchedWords)).toEqual(['kidnapped']);
  });

  it('finds the document at every keystroke', async () => {
    for (const typed of ['coal', 'coali', 'coalit', 'coalition']) {
      expect(await documentsFound(index, typed)).toEqual([BAMAKO, NATO, ABSTRACT].sort());
    }
  });

  it('completes only at the start of a word, and only the word under the caret', async () => {
    expect(await index.search('napped')).toEqual([]);
    expect(await index.search('kidnap ')).toEqual([]);
    expect(await documentsFound(index, 'Islamic kidnap')).toEqual([KIDNAP]);
  });

  it('prefers the whole word to longer words starting with it', async () => {
    const hits = await index.search('securit', { perDocument: 1 });
    expect(hits.length).toBeGreaterThan(2);
    const [top] = await index.search('securitization');
    expect(top.documentId).toBe(ABSTRACT);
  });
});

describe('multi-word queries and phrases', () => {
  it('requires every word, near each other (in one passage)', async () => {
    expect(await documentsFound(index, 'Wagner Russia ')).toEqual([BAMAKO]);
    expect(await documentsFound(index, 'Wagner Ukraine ')).toEqual([]);
    const [hit] = await index.search('Wagner Russia ');
    expect(new Set(matchedWords(hit))).toEqual(new Set(['Wagner', 'Russia']));
  });

  it('matches a quoted phrase word for word against the text', async () => {
    expect(await documentsFound(index, '"United States"')).toEqual([ABSTRACT]);
    expect(await documentsFound(index, '"said Rutte"')).toEqual([]);
    expect(await documentsFound(index, 'said Rutte ')).toEqual([NATO]);
    expect(await documentsFound(index, '"security vacuum"')).toEqual([BAMAKO, ANALYSIS].sort());
    const hits = await index.search('"African solutions to African problems"');
    expect(hits).toHaveLength(1);
    expect(matchedWords(hits[0])).toEqual(['African solutions to African problems']);
    expectFaithful(hits[0]);
  });

  it('finds a phrase across punctuation inside it', async () => {
    const hits = await index.search('"U.S.-led coalition"');
    expect(hits.map((h) => h.documentId)).toEqual([NATO]);
    expect(matchedWords(hits[0])).toEqual(['U.S.-led coalition']);
  });

  it('completes the last word of an unclosed phrase', async () => {
    const hits = await index.search('"security assist');
    expect(new Set(hits.map((h) => h.documentId))).toEqual(new Set([ANALYSIS]));
    expect(hits[0].kind).toBe('title');
    hits.forEach((h) => expectFaithful(h));
  });
});

describe('French and Arabic', () => {
  it('finds accented words without accents and the other way round', async () => {
    for (const q of ['securite ', 'sécurité ', 'SÉCURITÉ ']) expect(await documentsFound(index, q)).toEqual([french.id]);
    const hits = await index.search('etat ');
    expect(new Set(hits.flatMap(matchedWords))).toEqual(new Set(['État']));
    expect(await documentsFound(index, 'coeur')).toEqual([french.id]);
    expect(await documentsFound(index, 'eleves doivent')).toEqual([french.id]);
    hits.forEach((h) => expectFaithful(h));
  });

  it('matches a French phrase in guillemets', async () => {
    const hits = await index.search('« la réponse militaire »');
    expect(hits.map((h) => h.documentId)).toEqual([french.id]);
    expect(matchedWords(hits[0])).toEqual(['la réponse militaire']);
  });

  it('finds an Arabic word with or without article, vowel marks and hamza', async () => {
    for (const q of ['أمن ', 'امن ', 'الأمن ', 'الأَمْن ']) {
      const hits = await index.search(q);
      expect(hits.map((h) => h.documentId)).toEqual([arabic.id, arabic.id]);
      const text = hits.find((h) => h.kind === 'text')!;
      expect(matchedWords(text)).toEqual(['الأمن', 'الأَمْنَ', 'للأمن']);
      hits.forEach((h) => expectFaithful(h));
    }
  });

  it('completes an Arabic word being typed, article included', async () => {
    const hits = await index.search('الاست');
    expect(hits.flatMap(matchedWords)).toEqual(['والاستقرار']);
    expect(await documentsFound(index, 'التعاون الإقليمي')).toEqual([arabic.id]);
  });
});

describe('titles', () => {
  it('puts the title hit first in its document and ranks that document first', async () => {
    const hits = await index.search('kidnappings');
    expect(hits[0]).toMatchObject({ documentId: KIDNAP, kind: 'title', start: 0, end: 0 });
    expect(matchedWords(hits[0])).toEqual(['kidnappings']);
  });

  it('ranks a document whose title holds the words above passing mentions', async () => {
    const [top] = await index.search('security assistance');
    expect(top.documentId).toBe(ANALYSIS);
  });

  it('follows a renamed title', async () => {
    index.updateTitle(BAMAKO, 'Mali under blockade');
    expect(await documentsFound(index, 'blockade ')).toEqual([BAMAKO]);
    expect((await index.search('isolation')).some((h) => h.kind === 'title')).toBe(false);
  });
});

describe('notes', () => {
  const nato = byId(NATO).text;
  const quote = nato.indexOf('Nearly half');
  const note = {
    id: '6a1f0e2c-0000-4000-8000-000000000001',
    documentId: NATO,
    note: 'Compare with the **casualty** figures in the UN report; Securite des civils.',
    modified: '2025-01-01T00:00:00.000Z',
    start: quote,
    end: quote + 11,
  };

  it('finds a note and opens its annotation', async () => {
    index.upsertNote(note);
    const hits = await index.search('casualty');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ kind: 'note', documentId: NATO, annotationId: note.id, start: note.start, end: note.end });
    expect(matchedWords(hits[0])).toEqual(['casualty']);
    expectFaithful(hits[0], new Map([[note.id, note.note]]));
  });

  it('finds an unaccented note from an accented query', async () => {
    index.upsertNote(note);
    const hits = await index.search('sécurité ');
    expect(hits.filter((h) => h.kind === 'note').map((h) => h.annotationId)).toEqual([note.id]);
  });

  it('replaces a note on upsert and forgets it on remove or when blanked', async () => {
    index.upsertNote(note);
    index.upsertNote({ ...note, note: 'Only the death toll matters here.', modified: '2025-01-02T00:00:00.000Z' });
    expect(await index.search('casualty')).toEqual([]);
    expect((await index.search('death toll')).map((h) => h.kind)).toContain('note');
    index.removeNote(note.id);
    expect((await index.search('toll')).some((h) => h.kind === 'note')).toBe(false);
    index.upsertNote(note);
    index.upsertNote({ ...note, note: '  ' });
    expect(await index.search('casualty')).toEqual([]);
  });

  it('places notes among the text hits of their document in reading order', async () => {
    index.upsertNote(note);
    index.upsertNote({ ...note, id: '6a1f0e2c-0000-4000-8000-000000000002', note: 'ISIS growth', start: 0, end: 10 });
    const hits = (await index.search('ISIS', { perDocument: 10 })).filter((h) => h.documentId === NATO);
    expect(hits.map((h) => h.kind)).toContain('note');
    const starts = hits.map((h) => h.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe('changes and options', () => {
  it('forgets a removed document and finds it again once added back', async () => {
    index.removeDocument(NATO);
    expect(await index.search('Rutte')).toEqual([]);
    expect(index.stats().documents).toBe(library.length - 1);
    index.addDocument(byId(NATO));
    expect(await documentsFound(index, 'Rutte')).toEqual([NATO]);
  });

  it('searches only the documents asked for', async () => {
    expect(await documentsFound(index, 'Sahel')).toEqual(holding('Sahel\\w*'));
    const hits = await index.search('Sahel', { documentIds: [BAMAKO], perDocument: 10 });
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.map((h) => h.documentId))).toEqual(new Set([BAMAKO]));
  });

  it('caps hits per document and in all, and keeps each document’s hits in reading order', async () => {
    const hits = await index.search('the', { perDocument: 2, limit: 7 });
    expect(hits).toHaveLength(7);
    const perDoc = new Map<string, number[]>();
    for (const h of hits) perDoc.set(h.documentId, [...(perDoc.get(h.documentId) ?? []), h.kind === 'title' ? -1 : h.start]);
    for (const starts of perDoc.values()) {
      expect(starts.length).toBeLessThanOrEqual(2);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
    // Hits of one document come together.
    const order = hits.map((h) => h.documentId).filter((id, i, all) => all.indexOf(id) === i);
    expect(hits.map((h) => h.documentId)).toEqual(order.flatMap((id) => hits.filter((h) => h.documentId === id).map(() => id)));
  });

  it('ranks documents by relevance: more and rarer matches first', async () => {
    const hits = await index.search('jihadist insurgency', { perDocument: 1 });
    const scores = hits.map((h) => h.score);
    expect(scores[0]).toBeGreaterThan(0);
    expect(hits[0].documentId).toBe(ANALYSIS);
  });

  it('keeps what it can when the text of a document is gone from the database', async () => {
    const partial = textSourceOf(samples.filter((d) => d.id !== NATO));
    const other = new SearchIndex({ texts: partial, textCacheUnits: 0 });
    for (const d of library) other.addDocument(d);
    const hits = await other.search('coalition ', { perDocument: 10 });
    expect(new Set(hits.filter((h) => h.kind === 'text').map((h) => h.documentId))).toEqual(new Set([BAMAKO, ABSTRACT]));
    // Titles live in the index itself.
    expect(hits.filter((h) => h.documentId === NATO).map((h) => h.kind)).toEqual(['title']);
  });

  it('reads each text once while the same documents are searched again', async () => {
    const source = textSourceOf(library);
    const other = new SearchIndex({ texts: source });
    for (const d of library) other.addDocument(d);
    await other.search('security');
    expect(source.requests).toEqual([]); // just indexed: the texts are still at hand
    const small = new SearchIndex({ texts: source, textCacheUnits: 10_000 });
    for (const d of library) small.addDocument(d);
    await small.search('security');
    const after = source.requests.length;
    expect(after).toBeGreaterThan(0);
    await small.search('security');
    expect(source.requests.length).toBe(after + 1);
  });
});
