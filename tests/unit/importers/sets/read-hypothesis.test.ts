import { describe, expect, it } from 'vitest';
import { v5 as uuidV5 } from 'uuid';
import { readAnnotationFile } from '../../../../src-renderer/lib/importers/sets';
import { fixtureBytes } from './helpers';

const read = (name: string) => readAnnotationFile(name, fixtureBytes(name));

describe('reading Hypothesis exports', () => {
  it('reads the export array: ids from the Hypothesis IRI, display names, tags, notes, UTF-16 hints; page notes and replies skipped', async () => {
    const set = await read('hypothesis-export.json');
    expect(set.format).toBe('hypothesis');
    expect(set.skipped).toEqual({ 'page-note': 1, reply: 1 });
    expect(set.annotations).toHaveLength(4);

    const [gti, rhetoric, question, mali] = set.annotations;
    expect(gti.id).toBe(uuidV5('https://hypothes.is/a/Kz7hUo1YEeu4Y3c-CzB4Uw', uuidV5.URL));
    expect(gti.author).toBe('Amira Haddad');
    expect(gti.created).toBe('2024-03-12T09:15:22.481Z');
    expect(gti.modified).toBe('2024-03-12T09:17:40.102Z');
    expect(gti.tags).toEqual([{ name: 'Evidence' }, { name: 'GTI 2024' }]);
    expect(gti.note).toBe('GTI 2024 backs this up.');
    expect(gti.target).toEqual({
      source: 'https://example.org/news/sahel-front-line',
      waitingId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      quote: {
        exact: 'Nearly half of all deaths from terrorism now occur in the Sahel',
        prefix: 'nments has been slow and divided. “',
        suffix: ',” Rutte said on Tuesday, citing ',
      },
      position: { start: 1520, end: 1583, unit: 'utf16' },
    });
    expect(rhetoric.author).toBe('jdoe');
    expect(rhetoric.note).toBe('');
    expect(question.tags).toEqual([]);
    expect(question.note).toContain('**really**');
    expect(mali.target.source).toBe('https://example.com/analysis/mali-elections');
    expect(mali.target.waitingId).not.toBe(gti.target.waitingId);
    expect(set.notices['ignored-selectors']).toBe(1);
  });

  it('reads the search API {rows} envelope', async () => {
    const set = await read('hypothesis-rows.json');
    expect(set.format).toBe('hypothesis');
    expect(set.annotations.map((a) => a.tags.map((t) => t.name))).toEqual([['Claim'], ['opinion', 'tone']]);
    expect(set.annotations.every((a) => a.author === 'Lea Vogel')).toBe(true);
  });
});
