/** Library actions that ask, act through the repository, and can be undone. */
import { snapshotDocument, type StoredDocument } from '../db';
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
  await history.run({
    label: 'Document renamed',
    redo: [{ op: 'rename-document', id: doc.id, title }],
    undo: [{ op: 'rename-document', id: doc.id, title: doc.title }],
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
  const snapshot = await snapshotDocument(doc.id);
  if (!snapshot) return false;
  await history.run({
    label: 'Document deleted',
    redo: [{ op: 'delete-document', id: doc.id }],
    undo: [{ op: 'restore-document', snapshot }],
  });
  const token = history.latestToken;
  announcer.say(`Deleted “${truncate(doc.title, 60)}”`, {
    action: { label: 'Undo', run: () => void history.undoIfLatest(token) },
  });
  return true;
}
