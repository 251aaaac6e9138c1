import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../src-renderer/lib/model';
import { makePack, PACK_SIZE, packGroups, planPacks, type AnnotationPack } from '../../../src-renderer/lib/db/pack-plan';
import { makeAnnotation } from './sample-data';

/** Applies a plan to a store of packs kept in memory, loading what planPacks asks for. */
function apply(store: Map<string, AnnotationPack>, put: Annotation[], remove: string[]) {
  const key = (d: string, n: number) => `${d}\u0000${n}`;
  const lastN = new Map<string, number>();
  for (const p of store.values()) lastN.set(p.documentId, Math.max(lastN.get(p.documentId) ?? -1, p.n));
  const loaded = [...store.values()].map((p) => Object.freeze({ ...p, items: Object.freeze([...p.items]) as Annotation[] }));
  const changes = planPacks(loaded, lastN, put, remove);
  for (const p of changes.put) store.set(key(p.documentId, p.n), p);
  for (const [d, n] of changes.remove) store.delete(key(d, n));
  return changes;
}

describe('planPacks', () => {
  it('fills a document’s last pack, then opens the next one', () => {
    const store = new Map<string, AnnotationPack>();
    const first = Array.from({ length: PACK_SIZE - 1 }, () => makeAnnotation('doc'));
    apply(store, first, []);
    const more = Array.from({ length: 3 }, () => makeAnnotation('doc'));
    const changes = apply(store, more, []);
    expect(changes.put.map((p) => [p.n, p.items.length])).toEqual([
      [0, PACK_SIZE],
      [1, 2],
    ]);
    expect(changes.carried).toEqual([1, 2]);
    expect(changes.before.size).toBe(0);
  });

  it('replaces an annotation in its place, moves it when its document changes, and removes emptied packs', () => {
    const store = new Map<string, AnnotationPack>();
    const [a, b] = [makeAnnotation('one'), makeAnnotation('one')];
    apply(store, [a, b], []);
    const edited = { ...a, label: 'opinion' };
    let changes = apply(store, [edited], []);
    expect(changes.before.get(a.id)).toEqual(a);
    expect(store.get('one\u00000')!.items).toEqual([edited, b]);
    changes = apply(store, [{ ...b, documentId: 'two' }], []);
    expect(store.get('one\u00000')!.items).toEqual([edited]);
    expect(store.get('two\u00000')!.ids).toEqual([b.id]);
    changes = apply(store, [], [a.id]);
    expect(changes.remove).toEqual([['one', 0]]);
    expect(changes.before.get(a.id)).toEqual(edited);
    expect(store.has('one\u00000')).toBe(false);
  });

  it('keeps ids and authors of each pack in step with its items', () => {
    const pack = makePack('doc', 0, [makeAnnotation('doc', { author: 'Bo' }), makeAnnotation('doc', { author: 'Amina' }), makeAnnotation('doc', { author: 'Bo' })]);
    expect(pack.ids).toEqual(pack.items.map((a) => a.id));
    expect(pack.authors).toEqual(['Bo', 'Amina']);
  });

  it('refuses to plan without the last pack of a document it adds to', () => {
    expect(() => planPacks([], new Map([['doc', 2]]), [makeAnnotation('doc')], [])).toThrow(/last pack \(2\)/);
  });

  it('after any sequence of writes, every annotation is stored once, in a pack of its document, no pack over the size', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `a${i}`);
    const op = fc.record({
      put: fc.array(fc.record({ id: fc.constantFrom(...ids), doc: fc.constantFrom('d1', 'd2', 'd3'), label: fc.constantFrom('claim', 'evidence') }), { maxLength: 30 }),
      remove: fc.array(fc.constantFrom(...ids), { maxLength: 10 }),
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 12 }), fc.integer({ min: 1, max: 600 }), (ops, bulk) => {
        const store = new Map<string, AnnotationPack>();
        const model = new Map<string, Annotation>();
        // A bulk write first, so that several packs per document are in play.
        const many = Array.from({ length: bulk }, (_, i) => makeAnnotation(`d${(i % 3) + 1}`, { id: `bulk${i}` }));
        apply(store, many, []);
        many.forEach((a) => model.set(a.id, a));
        for (const { put, remove } of ops) {
          const items = put.map((p) => makeAnnotation(p.doc, { id: p.id, label: p.label }));
          const expectedBefore = new Map([...items.map((a) => a.id), ...remove].flatMap((id) => (model.has(id) ? [[id, model.get(id)!]] : [])));
          const changes = apply(store, items, remove);
          const putIds = new Set(items.map((a) => a.id));
          for (const id of remove) if (!putIds.has(id)) model.delete(id);
          for (const a of items) model.set(a.id, a);
          expect(changes.before).toEqual(expectedBefore);
        }
        const stored = [...store.values()].flatMap((p) => {
          expect(p.items.length).toBeGreaterThan(0);
          expect(p.items.length).toBeLessThanOrEqual(PACK_SIZE);
          expect(p.ids).toEqual(p.items.map((a) => a.id));
          expect(p.items.every((a) => a.documentId === p.documentId)).toBe(true);
          return p.items;
        });
        expect(stored.length).toBe(model.size);
        expect(new Map(stored.map((a) => [a.id, a]))).toEqual(model);
      }),
      { numRuns: 150 },
    );
  });
});

describe('packGroups', () => {
  it('cuts about `every` annotations per group, at least `minPacks` packs each, a short tail joined', () => {
    expect(packGroups([], 10, 1)).toEqual([]);
    expect(packGroups([4, 4, 4, 4, 4], 8, 1)).toEqual([2, 4, 5]);
    // A pack larger than `every` still makes a group of its own.
    expect(packGroups([20, 4, 4], 8, 1)).toEqual([1, 3]);
    expect(packGroups(Array(7).fill(256), 256, 3)).toEqual([3, 7]);
    expect(packGroups(Array(120).fill(256), 20_000, 50)).toEqual([120]);
    expect(packGroups(Array(200).fill(256), 20_000, 50)).toEqual([78, 200]);
    expect(packGroups(Array(400).fill(250), 20_000, 50)).toEqual([80, 160, 240, 320, 400]);
    expect(packGroups(Array(30).fill(256), 20_000, 50)).toEqual([30]);
  });
});
