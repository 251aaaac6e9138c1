/**
 * Storage side of exchange: loading a scope of the library for an exporter, a snapshot
 * for the import planner, and applying an import plan in one transaction.
 */
import type { SetDocument } from '../model';
import type { ImportWrites, LibrarySnapshot } from '../importers/sets';
import type { ExportInput } from '../exporters';
import { db, type StoredDocument } from './schema';
import { announce } from './changes';
import { applyCounts, countChanges } from './counts';
import { annotationsOf, everyAnnotation, planWrite, writePacks } from './packs';
import { packGroups } from './pack-plan';

export interface ScopeFilter {
  /** Only these label ids (all when absent). */
  labels?: string[];
  /** Only these authors (all when absent). */
  authors?: string[];
}

/** The documents, their label sets, annotations and tombstones, as the exporters read them. */
export async function loadExportScope(documentIds: string[] | 'all', filter: ScopeFilter = {}): Promise<ExportInput> {
  return db.transaction('r', [db.documents, db.texts, db.packs, db.tombstones, db.labelSets], async () => {
    const records = documentIds === 'all' ? await db.documents.orderBy('addedAt').toArray() : (await db.documents.bulkGet(documentIds)).filter((d): d is StoredDocument => !!d);
    const ids = records.map((r) => r.id);
    const texts = await db.texts.bulkGet(ids);
    const documents: SetDocument[] = records.map(({ counts: _counts, rev: _rev, ...record }, i) => ({ ...record, text: texts[i]!.text, blocks: texts[i]!.blocks }));
    const labels = filter.labels && new Set(filter.labels);
    const authors = filter.authors && new Set(filter.authors);
    const annotations = (await annotationsOf(ids))
      .filter((a) => (!labels || labels.has(a.label)) && (!authors || authors.has(a.author)))
      .sort((a, b) => a.documentId.localeCompare(b.documentId) || a.start - b.start || a.end - b.end);
    const tombstones = labels || authors ? [] : await db.tombstones.where('documentId').anyOf(ids).toArray();
    const setIds = new Set(records.map((r) => r.labelSetId));
    const labelSets = (await db.labelSets.toArray()).filter((s) => setIds.has(s.id));
    return { documents, labelSets, annotations, tombstones };
  });
}

/** The whole library as the import planner reads it. */
export async function snapshotLibrary(): Promise<LibrarySnapshot> {
  return db.transaction('r', [db.documents, db.texts, db.packs, db.tombstones, db.labelSets], async () => {
    const records = await db.documents.toArray();
    const texts = await db.texts.bulkGet(records.map((r) => r.id));
    return {
      documents: records.map((record, i) => ({ record, text: texts[i]?.text ?? '' })),
      annotations: await everyAnnotation(),
      tombstones: await db.tombstones.toArray(),
      labelSets: await db.labelSets.toArray(),
    };
  });
}

/**
 * How the packs of an import are grouped for writing: about `every` annotations between two
 * progress reports (a class's set of 100,000 reports five times), and never fewer than
 * `minPacks` packs in a write: for a write of fewer than 50 records Dexie notes every index
 * key it changes (for live queries), which for packs of 256 ids cost more than the writing.
 */
export interface ImportGrouping {
  every: number;
  minPacks: number;
}

const GROUPING: ImportGrouping = { every: 20_000, minPacks: 50 };

/**
 * Writes an import plan in one transaction: all of it, or (if anything fails) none of it.
 * `onProgress` hears how many of the plan's annotations are written as the writing goes
 * (a large set takes seconds), after each group of packs (see ImportGrouping).
 */
export async function applyImport(
  writes: ImportWrites,
  onProgress?: (written: number, total: number) => void,
  grouping: ImportGrouping = GROUPING,
): Promise<void> {
  const tables = [db.documents, db.texts, db.packs, db.tombstones, db.labelSets];
  const total = writes.annotations.length;
  await db.transaction('rw', tables, async () => {
    const now = new Date().toISOString();
    // The plan's reads go out first; the other tables' writes follow at once, so the
    // browser stores them while the page plans. (The plan reads only packs, which none of
    // those writes touch.)
    const planning = planWrite(writes.annotations, writes.deleteAnnotations);
    const writing: Promise<unknown>[] = [
      db.labelSets.bulkPut(writes.labelSets),
      db.documents.bulkAdd(
        writes.documents.map(({ text: _t, blocks: _b, ...record }) => ({ ...record, addedAt: record.addedAt ?? now, counts: {} })),
      ),
      db.texts.bulkAdd(writes.documents.map((d) => ({ id: d.id, text: d.text, blocks: d.blocks }))),
      db.tombstones.bulkDelete(writes.deleteTombstones),
      db.tombstones.bulkPut(writes.tombstones),
    ];
    const changes = await planning;
    writing.push(writePacks({ put: [], remove: changes.remove }));
    // IndexedDB runs the requests in order, so each group's completion is a true count of
    // what is written.
    let written = 0;
    let at = 0;
    for (const end of packGroups(changes.carried, grouping.every, grouping.minPacks)) {
      for (let i = at; i < end; i++) written += changes.carried[i];
      const reached = Math.min(written, total);
      writing.push(db.packs.bulkPut(changes.put.slice(at, end)).then(() => onProgress?.(reached, total)));
      at = end;
    }
    const touched = [
      ...new Set<string>([
        ...writes.documents.map((d) => d.id),
        ...writes.annotations.map((a) => a.documentId),
        ...writes.tombstones.map((t) => t.documentId),
        ...[...changes.before.values()].map((a) => a.documentId),
      ]),
    ];
    // Queued behind the documents' bulkAdd, so new documents are counted too.
    writing.push(applyCounts(countChanges(changes.before.values(), writes.annotations), touched));
    await Promise.all(writing);
    announce({ documentIds: touched, reload: true });
  });
}
