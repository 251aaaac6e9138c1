/** Repository for label sets. The default set (Claim / Evidence / Opinion) always exists. */
import { liveQuery, type Observable } from 'dexie';
import type { LabelSet } from '../model';
import { DEFAULT_LABEL_SET_ID, defaultLabelSet } from '../model';
import { db } from './schema';

export async function ensureDefaultLabelSet(): Promise<LabelSet> {
  return db.transaction('rw', db.labelSets, async () => {
    const found = await db.labelSets.get(DEFAULT_LABEL_SET_ID);
    if (found) return found;
    const set = defaultLabelSet();
    await db.labelSets.put(set);
    return set;
  });
}

export function listLabelSets(): Promise<LabelSet[]> {
  return db.labelSets.toArray();
}

export function watchLabelSets(): Observable<LabelSet[]> {
  return liveQuery(() => db.labelSets.toArray());
}

export function getLabelSet(id: string): Promise<LabelSet | undefined> {
  return db.labelSets.get(id);
}

export async function saveLabelSet(set: LabelSet): Promise<void> {
  await db.labelSets.put($clone(set));
}

/** Deletes a set; documents that used it fall back to the default set. */
export async function deleteLabelSet(id: string): Promise<void> {
  if (id === DEFAULT_LABEL_SET_ID) throw new Error('The default label set cannot be deleted.');
  await db.transaction('rw', db.labelSets, db.documents, async () => {
    await db.documents.where('id').above('').filter((d) => d.labelSetId === id).modify({ labelSetId: DEFAULT_LABEL_SET_ID });
    await db.labelSets.delete(id);
  });
}

/** Svelte state proxies cannot be stored by IndexedDB's structured clone. */
function $clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
