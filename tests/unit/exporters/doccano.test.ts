import { describe, expect, it } from 'vitest';
import { exportDoccano, type DoccanoLine } from '../../../src-renderer/lib/exporters/doccano';
import { byId, emptyInput, fixtureInput, ID, report, sahel, empty } from './fixture';

function lines(bytes: Uint8Array): DoccanoLine[] {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  expect(text.endsWith('\n')).toBe(true);
  return text.slice(0, -1).split('\n').map((l) => JSON.parse(l));
}

/** The text of an entity, sliced by code points as Python slices a str. */
const pySlice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('');

describe('doccano JSONL export', () => {
  const file = exportDoccano(fixtureInput(), { title: 'Corpus' });
  const out = lines(file.bytes);

  it('writes one line per document, with its id and title as metadata', () => {
    expect(file.fileName).toBe('Corpus.jsonl');
    expect(out.map((l) => [l.id, l.document_id, l.title])).toEqual([
      [1, sahel.id, sahel.title],
      [2, report.id, report.title],
      [3, empty.id, empty.title],
    ]);
    expect(out.map((l) => l.text)).toEqual([sahel.text, report.text, empty.text]);
    expect(out[2]).toMatchObject({ entities: [], relations: [], Comments: [] });
  });

  it('counts offsets in code points, so Python slicing gives each quote back', () => {
    const all = out.flatMap((l) => l.entities.map((e) => ({ e, text: l.text })));
    for (const { e, text } of all) expect(pySlice(text, e.start_offset, e.end_offset).length).toBeGreaterThan(0);
    const claim = out[0].entities[0];
    expect(claim.label).toBe('Claim');
    expect(pySlice(sahel.text, claim.start_offset, claim.end_offset)).toBe('a crisis of 𝑥 proportions');
    expect(claim.start_offset).toBe(sahel.text.indexOf('a crisis') - 1);
    const texts = out[0].entities.map((e) => pySlice(sahel.text, e.start_offset, e.end_offset));
    expect(texts).toEqual([
      'a crisis of 𝑥 proportions',
      'Nearly half of all deaths from terrorism now occur in the Sahel',
      'Rutte said.\nThe West must act now',
      '=SUM(A1) is what a spreadsheet would run',
    ]);
    expect(out[1].entities.map((e) => e.label)).toEqual(['Método', 'Key finding']);
  });

  it('numbers entities across the file and points relations at them', () => {
    const entities = out.flatMap((l) => l.entities);
    expect(entities.map((e) => e.id)).toEqual([1, 2, 3, 4, 5, 6]);
    const [claim, evidence, opinion] = out[0].entities;
    expect(out[0].relations).toEqual([
      { id: 1, from_id: evidence.id, to_id: claim.id, type: 'supports' },
      { id: 2, from_id: opinion.id, to_id: claim.id, type: 'contradicts' },
    ]);
    const [method, finding] = out[1].entities;
    expect(out[1].relations).toEqual([{ id: 3, from_id: finding.id, to_id: method.id, type: 'replicates' }]);
  });

  it('turns notes into comments that name their entity', () => {
    expect(out[0].Comments).toEqual([
      'entity 1 (Claim): The thesis.',
      `entity 2 (Evidence): ${byId.get(ID.evidence)!.note}`,
      'entity 3 (Opinion): Line one\r\nline two\tand a tab',
      'entity 4 (Evidence): @cmd|calc',
    ]);
  });

  it('reports what doccano cannot hold: orphans, absent documents, links out of the example', () => {
    const skipped = file.report.skipped.map((s) => [s.kind, s.id]);
    expect(skipped).toEqual(
      expect.arrayContaining([
        ['annotation', ID.orphan],
        ['annotation', ID.waiting],
        ['link', ID.finding],
        ['link', ID.evidence],
      ]),
    );
    expect(skipped).toHaveLength(4);
    expect(file.report.skipped.find((s) => s.id === ID.finding)!.reason).toContain('another document');
    expect(file.report.annotations).toBe(6);
  });

  it('keeps one line per document when a text holds line or paragraph separators', () => {
    const input = fixtureInput();
    const text = 'one\u2028two\u2029three';
    input.documents = [{ ...empty, id: 'e'.repeat(64), text, blocks: [{ kind: 'paragraph', start: 0, end: text.length }] }];
    input.annotations = [];
    const raw = new TextDecoder().decode(exportDoccano(input).bytes);
    expect(raw.split(/\r\n|\r|\n|\u2028|\u2029/)).toHaveLength(2);
    expect(JSON.parse(raw).text).toBe(text);
  });

  it('writes nothing for an empty scope', () => {
    expect(exportDoccano(emptyInput()).bytes).toHaveLength(0);
  });
});
