/**
 * Labels as the exporters need them: an annotation names a label id of its document's
 * label set; ids repeat across sets ("claim" in two sets), so a label is known by set and id.
 */
import type { Annotation, LabelSet } from '../model';

export interface ResolvedLabel {
  /** Unique in one export: set id and label id. */
  key: string;
  /** Undefined for a label found in no label set. */
  setId?: string;
  setName?: string;
  id: string;
  name: string;
  /** #rrggbb */
  color: string;
  description: string;
}

/** Grey for a label id that no label set defines (a set removed after annotating). */
const UNKNOWN_COLOR = '#999999';

export interface LabelResolver {
  (a: Annotation): ResolvedLabel;
  /** Every label of every set in order, then the unknown labels resolved so far. */
  all(): ResolvedLabel[];
}

export function resolveLabels(
  sets: readonly LabelSet[],
  setOf: (a: Annotation) => LabelSet | undefined,
): LabelResolver {
  const known = new Map<string, ResolvedLabel>();
  const firstById = new Map<string, ResolvedLabel>();
  for (const set of sets) {
    for (const l of set.labels) {
      const r: ResolvedLabel = { key: keyOf(set.id, l.id), setId: set.id, setName: set.name, id: l.id, name: l.name, color: l.color, description: l.description };
      known.set(r.key, r);
      if (!firstById.has(l.id)) firstById.set(l.id, r);
    }
  }
  const unknown = new Map<string, ResolvedLabel>();
  const resolve = ((a: Annotation) => {
    const set = setOf(a);
    const hit = (set && known.get(keyOf(set.id, a.label))) ?? firstById.get(a.label);
    if (hit) return hit;
    let u = unknown.get(a.label);
    if (!u) {
      u = { key: keyOf('', a.label), id: a.label, name: a.label || 'Unlabelled', color: UNKNOWN_COLOR, description: '' };
      unknown.set(a.label, u);
    }
    return u;
  }) as LabelResolver;
  resolve.all = () => [...known.values(), ...unknown.values()];
  return resolve;
}

function keyOf(setId: string, labelId: string): string {
  return `${setId}\u0000${labelId}`;
}

/**
 * The role a label plays in an evidence chain. The default set's ids say it; a label set of
 * one's own says it by name, in English or in the ids the app gives.
 */
export function labelRole(label: ResolvedLabel): 'claim' | 'evidence' | undefined {
  const id = label.id.toLowerCase();
  const name = label.name.trim().toLowerCase();
  if (id === 'claim' || name === 'claim' || name === 'claims') return 'claim';
  if (id === 'evidence' || name === 'evidence') return 'evidence';
  return undefined;
}
