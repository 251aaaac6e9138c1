/** Making and editing label sets, and what happens to annotations when a label goes. */
import {
  countLabelUse,
  deleteLabelSet,
  relabelAnnotations,
  saveLabelSet,
  setDocumentLabelSet,
} from '../db';
import { newId, nextLabelStyle, type Label, type LabelSet } from '../model';
import { announcer } from './announcer.svelte';
import { dialogs } from './dialogs.svelte';

export async function createLabelSet(from?: LabelSet): Promise<LabelSet> {
  const set: LabelSet = from
    ? { ...(JSON.parse(JSON.stringify(from)) as LabelSet), id: newId(), name: `${from.name} (copy)` }
    : { id: newId(), name: 'New label set', labels: [], relations: ['supports', 'contradicts', 'qualifies'] };
  await saveLabelSet(set);
  return set;
}

export function addLabel(set: LabelSet): LabelSet {
  const style = nextLabelStyle(set);
  const label: Label = { id: newId(), name: `Label ${set.labels.length + 1}`, description: '', ...style };
  return { ...set, labels: [...set.labels, label] };
}

/**
 * Removes a label from a set. When annotations use it, asks whether to move them to
 * another label of the set or delete them; returns false when the reader cancels.
 */
export async function removeLabel(set: LabelSet, labelId: string): Promise<LabelSet | null> {
  const label = set.labels.find((l) => l.id === labelId);
  if (!label) return set;
  const rest = set.labels.filter((l) => l.id !== labelId);
  const { count, documentIds } = await countLabelUse(set.id, labelId);
  if (count > 0) {
    const choice = await dialogs.choose({
      title: `Remove “${label.name}”?`,
      message: `${count} annotation${count === 1 ? ' uses' : 's use'} this label. Move ${count === 1 ? 'it' : 'them'} to another label, or delete ${count === 1 ? 'it' : 'them'}?`,
      choices: [
        ...rest.slice(0, 4).map((l) => ({ id: `move:${l.id}`, label: `Move to ${l.name}` })),
        { id: 'delete', label: `Delete ${count === 1 ? 'it' : 'them'}`, danger: true },
      ],
    });
    if (!choice) return null;
    const to = choice === 'delete' ? null : choice.slice('move:'.length);
    await relabelAnnotations(documentIds, labelId, to);
    announcer.say(to ? `${count} moved to ${rest.find((l) => l.id === to)?.name}` : `${count} deleted`);
  }
  const next = { ...set, labels: rest };
  await saveLabelSet(next);
  return next;
}

export async function removeLabelSet(set: LabelSet): Promise<boolean> {
  const ok = await dialogs.confirm({
    title: `Delete “${set.name}”?`,
    message: 'Documents that use this set switch back to Claim / Evidence / Opinion. Their annotations are kept.',
    confirmLabel: 'Delete set',
    danger: true,
  });
  if (ok) await deleteLabelSet(set.id);
  return ok;
}

export async function useLabelSet(documentId: string, labelSetId: string): Promise<void> {
  await setDocumentLabelSet(documentId, labelSetId);
}
