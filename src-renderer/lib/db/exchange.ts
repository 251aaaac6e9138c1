/**
 * Storage side of exchange: loading a scope of the library for an exporter, a snapshot
 * for the import planner, and applying an import plan in one transaction.
 */
import type { Annotation, LabelSet, SetDocument } from '../model';
import type { ImportWrites, LibrarySnapshot } from '../importers/sets';
import type { ExportInput } from '../exporters';
import { db, type LabelCounts, type StoredDocument } from './schema';
import { announce } from './changes';
import { ofDocuments } from './annotations';

export interface ScopeFilter {
  /** Only these label ids (all when absent). */
  labels?: string[];
  /** Only these authors (all when absent). */
  authors?: string[];
}

/** The documents, their label sets, annotations and tombstones, as the exporters read them. */
export async function loadExportScope(documentIds: string[] | 'all', filter: ScopeFilter = {}): Promise<ExportInput> {
  return db.transaction('r', [db.documents, db.texts, db.annotations, db.tombstones, db.labelSets], async () => {
    const records = documentIds === 'all' ? await db.documents.orderBy('addedAt').toArray() : (await db.documents.bulkGet(documentIds)).filter((d): d is StoredDocument => !!d);
    const ids = records.map((r) => r.id);
    const texts = await db.texts.bulkGet(ids);
    const documents: SetDocument[] = records.map(({ counts: _counts, rev: _rev, ...record }, i) => ({ ...record, text: texts[i]!.text, blocks: texts[i]!.blocks }));
    const labels = filter.labels && new Set(filter.labels);
    const authors = filter.authors && new Set(filter.authors);
    const annotations = (await ofDocuments(ids).toArray())
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
  return db.transaction('r', [db.documents, db.texts, db.annotations, db.tombstones, db.labelSets], async () => {
    const records = await db.documents.toArray();
    const texts = await db.texts.bulkGet(records.map((r) => r.id));
    return {
      documents: records.map((record, i) => ({ record, text: texts[i]?.text ?? '' })),
      annotations: await db.annotations.toArray(),
      tombstones: await db.tombstones.toArray(),
      labelSets: await db.labelSets.toArray(),
    };
  });
}

/** Label counts of documents, from the [documentId+label] index (no record is read). */
async function recount(documentIds: string[]): Promise<void> {
  const sets = new Map((await db.labelSets.toArray()).map((s: LabelSet) => [s.id, s]));
  const docs = await db.documents.bulkGet(documentIds);
  // All the counting requests go out together: one round trip, not hundreds.
  const updated = await Promise.all(
    docs.map(async (doc) => {
      if (!doc) return undefined;
      const labelIds = [...new Set([...(sets.get(doc.labelSetId)?.labels.map((l) => l.id) ?? []), ...Object.keys(doc.counts ?? {}), ''])];
      const [perLabel, total] = await Promise.all([
        Promise.all(labelIds.map((label) => db.annotations.where('[documentId+label]').equals([doc.id, label]).count())),
        ofDocuments([doc.id]).count(),
      ]);
      const counts: LabelCounts = {};
      labelIds.forEach((label, i) => perLabel[i] && (counts[label] = perLabel[i]));
      // Labels outside the set (imported tags not yet in it) are counted too.
      if (total > perLabel.reduce((n, c) => n + c, 0)) {
        const known = new Set(labelIds);
        await ofDocuments([doc.id]).each((a: Annotation) => {
          if (!known.has(a.label)) counts[a.label] = (counts[a.label] ?? 0) + 1;
        });
      }
      return { ...doc, counts, rev: (doc.rev ?? 0) + 1 };
    }),
  );
  await db.documents.bulkPut(updated.flatMap((d) => (d ? [d] : [])));
}

/** Annotations written between two progress reports: a class's set of 100,000 reports twenty times. */
const PROGRESS_EVERY = 5000;

/**
 * Writes an import plan in one transaction: all of it, or (if anything fails) none of it.
 * `onProgress` hears how many of the plan's
 * annotations are written as the writing goes (a large set takes seconds).
 */
export async function applyImport(
  writes: ImportWrites,
  onProgress?: (written: number, total: number) => void,
  every = PROGRESS_EVERY,
): Promise<void> {
  const tables = [db.documents, db.texts, db.annotations, db.tombstones, db.labelSets];
  const total = writes.annotations.length;
  // Every chunk is issued at once, so the requests flow without a pause; IndexedDB runs
  // them in order, so each chunk's completion is a true count of what is written.
  const putAnnotations = () => {
    const chunks: Promise<unknown>[] = [];
    for (let at = 0; at < total; at += every) {
      const end = Math.min(total, at + every);
      chunks.push(db.annotations.bulkPut(writes.annotations.slice(at, end)).then(() => onProgress?.(end, total)));
    }
    return Promise.all(chunks);
  };
  await db.transaction('rw', tables, async () => {
    const now = new Date().toISOString();
    // The sets of ids written and deleted never overlap: every write goes out at once.
    await Promise.all([
      db.labelSets.bulkPut(writes.labelSets),
      db.documents.bulkAdd(
        writes.documents.map(({ text: _t, blocks: _b, ...record }) => ({ ...record, addedAt: record.addedAt ?? now, counts: {} })),
      ),
      db.texts.bulkAdd(writes.documents.map((d) => ({ id: d.id, text: d.text, blocks: d.blocks }))),
      db.annotations.bulkDelete(writes.deleteAnnotations),
      db.tombstones.bulkDelete(writes.deleteTombstones),
      db.tombstones.bulkPut(writes.tombstones),
      putAnnotations(),
    ]);
    const touched = new Set<string>([
      ...writes.documents.map((d) => d.id),
      ...writes.annotations.map((a) => a.documentId),
      ...writes.tombstones.map((t) => t.documentId),
    ]);
    await recount([...touched]);
    announce({ documentIds: [...touched], reload: true });
  });
}
