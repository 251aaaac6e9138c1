/**
 * The undo history, stored: each step is data (what to redo, what to undo), so undo
 * survives a reload, and running a step and moving it between the undo and redo stacks
 * happen in one transaction — after any sequence of undo and redo, what is stored is
 * what the screen shows.
 */
import { putAnnotations, deleteAnnotations } from './annotations';
import { deleteDocument, renameDocument, restoreDocument } from './documents';
import { db, type HistoryOp, type HistoryRow, type StoredStep } from './schema';

const LIMIT = 200;
const TRIM_EVERY = 25;

function allTables() {
  return [db.packs, db.tombstones, db.documents, db.texts, db.history, db.paintCache];
}

/** `first`: the step's first run (a redo runs after an undo left tombstones for created items). */
async function apply(ops: HistoryOp[], first = false): Promise<void> {
  for (const o of ops) {
    switch (o.op) {
      case 'put-annotations':
        await putAnnotations(o.items, { created: first && o.created });
        break;
      case 'delete-annotations':
        await deleteAnnotations(o.ids);
        break;
      case 'rename-document':
        await renameDocument(o.id, o.title);
        break;
      case 'delete-document':
        await deleteDocument(o.id);
        break;
      case 'restore-document':
        await restoreDocument(o.snapshot);
        break;
    }
  }
}

/** Runs a step's redo for the first time and records it; the redo stack is cleared. */
export async function runStep(step: StoredStep): Promise<void> {
  await db.transaction('rw', allTables(), async () => {
    await Promise.all([apply(step.redo, true), recordInTransaction(step)]);
  });
}

/** Records a step whose change already happened. */
export async function recordStep(step: StoredStep): Promise<void> {
  await db.transaction('rw', db.history, () => recordInTransaction(step));
}

async function recordInTransaction(step: StoredStep): Promise<void> {
  const [, seq] = await Promise.all([db.history.where('stack').equals('redo').delete(), db.history.add({ stack: 'undo', step })]);
  // Trimming now and then keeps each step's transaction short.
  if (seq % TRIM_EVERY === 0) {
    const n = await db.history.where('stack').equals('undo').count();
    if (n > LIMIT) {
      const old = await db.history.where('stack').equals('undo').limit(n - LIMIT).primaryKeys();
      await db.history.bulkDelete(old);
    }
  }
}

async function latest(stack: 'undo' | 'redo'): Promise<HistoryRow | undefined> {
  return db.history.where('stack').equals(stack).last();
}

/** Undoes the latest step (if `expected` is given, only when it is that step). */
export async function undoStep(expected?: number): Promise<StoredStep | undefined> {
  return db.transaction('rw', allTables(), async () => {
    const row = await latest('undo');
    if (!row || (expected !== undefined && row.seq !== expected)) return undefined;
    await apply(row.step.undo);
    await db.history.delete(row.seq!);
    await db.history.add({ stack: 'redo', step: row.step });
    return row.step;
  });
}

export async function redoStep(): Promise<StoredStep | undefined> {
  return db.transaction('rw', allTables(), async () => {
    const row = await latest('redo');
    if (!row) return undefined;
    await apply(row.step.redo);
    await db.history.delete(row.seq!);
    await db.history.add({ stack: 'undo', step: row.step });
    return row.step;
  });
}

/** The labels of the next undo and redo, and the seq of the latest undo step. */
export async function historyTops(): Promise<{ undo?: string; redo?: string; undoSeq?: number }> {
  const [u, r] = await Promise.all([latest('undo'), latest('redo')]);
  return { undo: u?.step.label, redo: r?.step.label, undoSeq: u?.seq };
}

export async function clearHistory(): Promise<void> {
  await db.history.clear();
}
