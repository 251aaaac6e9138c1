/** Library actions that ask, act through the repository, and can be undone. */
import { deleteDocument, renameDocument, restoreDocument, type StoredDocument } from '../db';
import { truncate } from '../format';
import { announcer } from './announcer.svelte';
import { dialogs } from './dialogs.svelte';
import { history } from './history.svelte';

export async function askRename(doc: StoredDocument): Promise<void> {
  const title = await dialogs.prompt({
    title: 'Rename document',
    message: 'The new title shows in the library and in exports. The text itself does not change.',
    field: 'Title',
    value: doc.title,
    confirmLabel: 'Rename',
  });
  if (!title || title === doc.title) return;
  const before = doc.title;
  await history.run({
    label: 'Document renamed',
    redo: () => renameDocument(doc.id, title),
    undo: () => renameDocument(doc.id, before),
  });
  announcer.say(`Renamed to “${truncate(title, 60)}”`);
}

export async function askDelete(doc: StoredDocument): Promise<boolean> {
  const n = Object.values(doc.counts ?? {}).reduce((a, b) => a + b, 0);
  const ok = await dialogs.confirm({
    title: 'Delete document?',
    message:
      n > 0
        ? `“${truncate(doc.title, 80)}” and its ${n} annotation${n === 1 ? '' : 's'} will be removed from this library. You can undo this.`
        : `“${truncate(doc.title, 80)}” will be removed from this library. You can undo this.`,
    confirmLabel: 'Delete',
    danger: true,
  });
  if (!ok) return false;
  const snapshot = await deleteDocument(doc.id);
  if (!snapshot) return false;
  const step = {
    label: 'Document deleted',
    redo: async () => void (await deleteDocument(doc.id)),
    undo: () => restoreDocument(snapshot),
  };
  history.record(step);
  announcer.say(`Deleted “${truncate(doc.title, 60)}”`, {
    action: { label: 'Undo', run: () => void history.undoStep(step) },
  });
  return true;
}
