/**
 * The paint cache: a document's highlight spans in one record, stamped with the
 * document's revision. Opening a document paints from it at once when the revision
 * still matches; the full annotations (for the sidebar) are read meanwhile.
 */
import type { AnchorStatus, Annotation } from '../model';
import { db, type PaintCacheRow } from './schema';
import { annotationsOf } from './packs';

/** What the painter needs of an annotation. */
export interface PaintSpan {
  id: string;
  start: number;
  end: number;
  label: string;
  status: AnchorStatus;
}

export function loadPaintCache(documentId: string): Promise<PaintCacheRow | undefined> {
  return db.paintCache.get(documentId);
}

/** The spans of a cache row, when it was written at this revision of the document. */
export function paintSpans(row: PaintCacheRow | undefined, rev: number | undefined): PaintSpan[] | null {
  if (!row || row.rev !== (rev ?? 0)) return null;
  return row.ids.map((id, i) => ({ id, start: row.starts[i], end: row.ends[i], label: row.labels[i], status: 'exact' }));
}

/** The document's annotations with the revision they were read at (one transaction). */
export async function loadAnnotationsWithRev(documentId: string): Promise<{ annotations: Annotation[]; rev: number }> {
  return db.transaction('r', [db.packs, db.documents], async () => {
    const [annotations, doc] = await Promise.all([
      annotationsOf([documentId]),
      db.documents.get(documentId),
    ]);
    return { annotations, rev: doc?.rev ?? 0 };
  });
}

export async function savePaintCache(documentId: string, rev: number, annotations: readonly Annotation[]): Promise<void> {
  const placed = annotations.filter((a) => a.status !== 'orphan');
  await db.paintCache.put({
    documentId,
    rev,
    ids: placed.map((a) => a.id),
    labels: placed.map((a) => a.label),
    starts: Int32Array.from(placed, (a) => a.start),
    ends: Int32Array.from(placed, (a) => a.end),
  });
}
