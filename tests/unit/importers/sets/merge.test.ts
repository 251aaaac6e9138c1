import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Annotation } from '../../../../src-renderer/lib/model';
import type { Tombstone } from '../../../../src-renderer/lib/db/schema';
import { planMerge, type MergeItem, type MergePlan, type MergeState } from '../../../../src-renderer/lib/importers/sets';

const T = (minute: number) => `2025-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

function note(id: string, modified: string, over: Partial<Annotation> = {}): Annotation {
  return {
    id,
    documentId: `doc-of-${id}`,
    start: 0,
    end: 5,
    quote: { exact: 'Sahel', prefix: '', suffix: '' },
    label: 'claim',
    note: '',
    links: [],
    author: 'Ana',
    created: T(0),
    modified,
    status: 'exact',
    ...over,
  };
}
const grave = (id: string, modified: string): Tombstone => ({ id, documentId: `doc-of-${id}`, modified, author: 'Ana' });
const deletion = (id: string, modified: string): MergeItem => ({ ...grave(id, modified), deleted: true });
const state = (annotations: Annotation[] = [], tombstones: Tombstone[] = []): MergeState => ({ annotations, tombstones });

/** The state after applying a plan: what the storage adapter does. */
function apply(s: MergeState, plan: MergePlan): MergeState {
  const live = new Map(s.annotations.map((a) => [a.id, a]));
  const dead = new Map(s.tombstones.map((t) => [t.id, t]));
  for (const a of [...plan.added, ...plan.updated.map((u) => u.after), ...plan.restored.map((r) => r.after)]) {
    live.set(a.id, a);
    dead.delete(a.id);
  }
  for (const t of plan.tombstones) {
    live.delete(t.id);
    dead.set(t.id, t);
  }
  return { annotations: [...live.values()], tombstones: [...dead.values()] };
}
const items = (s: MergeState): MergeItem[] => [...s.annotations, ...s.tombstones.map((t) => ({ ...t, deleted: true as const }))];
const merge = (a: MergeState, b: MergeState) => apply(a, planMerge(a, items(b)));
const canonical = (s: MergeState) => ({
  live: [...s.annotations].sort((x, y) => x.id.localeCompare(y.id)),
  dead: [...s.tombstones].sort((x, y) => x.id.localeCompare(y.id)),
});

describe('merge rules, by example', () => {
  it('the newer modified wins; an older incoming version changes nothing', () => {
    const stored = note('a', T(5), { note: 'old' });
    const newer = note('a', T(6), { note: 'new' });
    expect(planMerge(state([stored]), [newer]).updated).toEqual([{ before: stored, after: newer }]);
    const plan = planMerge(state([newer]), [stored]);
    expect(plan.outdated).toEqual(['a']);
    expect(plan.updated).toEqual([]);
  });

  it('same instant, same content: unchanged, even when written differently or placed elsewhere', () => {
    const stored = note('a', T(5));
    const sameInstant = note('a', '2025-03-01T11:05:00+01:00', { start: 40, end: 45, status: 'approximate', score: 0.9 });
    const plan = planMerge(state([stored]), [sameInstant]);
    expect(plan.unchanged).toEqual(['a']);
    expect(plan.conflicts).toEqual([]);
  });

  it('same instant, different content: a conflict, reported, the stored version kept', () => {
    const stored = note('a', T(5), { note: 'mine' });
    const theirs = note('a', T(5), { note: 'theirs' });
    const plan = planMerge(state([stored]), [theirs]);
    expect(plan.conflicts).toEqual([{ existing: stored, incoming: theirs }]);
    expect(apply(state([stored]), plan).annotations).toEqual([stored]);
  });

  it('a tombstone wins over any edit not strictly newer than the deletion', () => {
    const dead = grave('a', T(5));
    expect(planMerge(state([], [dead]), [note('a', T(4))]).keptDeleted).toEqual(['a']);
    expect(planMerge(state([], [dead]), [note('a', T(5))]).keptDeleted).toEqual(['a']);
    const later = note('a', T(6));
    const plan = planMerge(state([], [dead]), [later]);
    expect(plan.restored).toEqual([{ tombstone: dead, after: later }]);
  });

  it('an incoming deletion at or after the stored edit deletes it; before it, changes nothing', () => {
    const stored = note('a', T(5));
    expect(planMerge(state([stored]), [deletion('a', T(5))]).deleted).toEqual([{ before: stored, tombstone: grave('a', T(5)) }]);
    expect(planMerge(state([stored]), [deletion('a', T(4))]).outdated).toEqual(['a']);
  });

  it('a deletion of an id never seen is remembered, so a later import of the old version does not bring it back', () => {
    const plan = planMerge(state(), [deletion('z', T(9))]);
    expect(plan.tombstones).toEqual([grave('z', T(9))]);
    const after = apply(state(), plan);
    expect(planMerge(after, [note('z', T(3))]).keptDeleted).toEqual(['z']);
  });

  it('an id listed twice in the incoming records: the newer copy is merged', () => {
    const plan = planMerge(state(), [note('a', T(1), { note: 'first' }), note('a', T(2), { note: 'second' })]);
    expect(plan.duplicates).toBe(1);
    expect(plan.added.map((a) => a.note)).toEqual(['second']);
  });
});

// Small pools, so that ids, instants and contents collide often. Where an annotation sits and
// a tombstone's metadata depend only on the id: placement is re-derived on import and never
// decides a merge, so the properties are about times, deletions and content.
const ids = ['a', 'b', 'c', 'd'];
const entry = fc.record({
  id: fc.constantFrom(...ids),
  minute: fc.integer({ min: 0, max: 4 }),
  dead: fc.boolean(),
  label: fc.constantFrom('claim', 'evidence'),
  text: fc.constantFrom('', 'see p. 4', 'why?'),
  author: fc.constantFrom('Ana', 'Ben'),
});
const stateArb = fc.uniqueArray(entry, { selector: (e) => e.id, maxLength: ids.length }).map((entries) =>
  state(
    entries.filter((e) => !e.dead).map((e) => note(e.id, T(e.minute), { label: e.label, note: e.text, author: e.author })),
    entries.filter((e) => e.dead).map((e) => grave(e.id, T(e.minute))),
  ),
);

describe('merge properties (fast-check)', () => {
  it('merging a state with itself changes nothing', () => {
    fc.assert(
      fc.property(stateArb, (a) => {
        const plan = planMerge(a, items(a));
        expect(plan.added.length + plan.updated.length + plan.restored.length + plan.deleted.length + plan.tombstones.length).toBe(0);
        expect(plan.conflicts).toEqual([]);
        expect(plan.unchanged.length).toBe(items(a).length);
      }),
    );
  });

  it('is commutative when neither direction reports a conflict', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (a, b) => {
        fc.pre(!planMerge(a, items(b)).conflicts.length && !planMerge(b, items(a)).conflicts.length);
        expect(canonical(merge(a, b))).toEqual(canonical(merge(b, a)));
      }),
      { numRuns: 500 },
    );
  });

  it('is associative, conflicts included', () => {
    fc.assert(
      fc.property(stateArb, stateArb, stateArb, (a, b, c) => {
        expect(canonical(merge(merge(a, b), c))).toEqual(canonical(merge(a, merge(b, c))));
      }),
      { numRuns: 500 },
    );
  });

  it('never brings back a deletion with an edit that is not strictly newer', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (a, b) => {
        const merged = merge(a, b);
        const live = new Set(merged.annotations.map((x) => x.id));
        for (const t of a.tombstones) {
          const edit = b.annotations.find((x) => x.id === t.id);
          if (!edit || edit.modified <= t.modified) expect(live.has(t.id)).toBe(false);
        }
      }),
    );
  });

  it('keeps every record as one side wrote it: nothing re-owned or blended, and the newer side wins', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (a, b) => {
        const merged = merge(a, b);
        for (const x of merged.annotations) {
          const fromA = a.annotations.find((y) => y.id === x.id);
          const fromB = b.annotations.find((y) => y.id === x.id);
          expect([fromA, fromB]).toContainEqual(x);
          if (fromA && fromB && fromB.modified > fromA.modified) expect(x).toBe(fromB);
        }
      }),
    );
  });
});
