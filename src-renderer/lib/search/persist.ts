/**
 * The persisted form of an index: a few chunks of JSON text (rows of the `searchIndex`
 * table). A meta chunk names the format and how many chunks belong together, so that an
 * index from another version, or a save cut short, is refused and rebuilt instead.
 */
import type { Catalog, CatalogJSON } from './catalog';
import type { FlexIndex } from './flex';
import type { HitKind, IndexChunk } from './types';
import type { Vocabulary } from './vocabulary';

/** Bump whenever folding, tokenizing, passages or the chunk layout change. */
export const INDEX_FORMAT_VERSION = 1;
const FORMAT = 'close-reader-search';
const KINDS: readonly HitKind[] = ['title', 'text', 'note'];

interface Meta {
  format: string;
  version: number;
  chunks: number;
  fingerprint: string;
}

export interface IndexParts {
  catalog: Catalog;
  vocabulary: Vocabulary;
  indexes: Record<HitKind, FlexIndex>;
}

export function exportChunks(parts: IndexParts, fingerprint: string): IndexChunk[] {
  const chunks: IndexChunk[] = [
    { key: 'catalog', data: JSON.stringify(parts.catalog.toJSON()) },
    { key: 'vocabulary', data: JSON.stringify(parts.vocabulary.toJSON()) },
  ];
  for (const kind of KINDS) {
    // With a handler that returns nothing, FlexSearch exports synchronously.
    parts.indexes[kind].export((key: string, data: string) => {
      chunks.push({ key: `${kind}/${key}`, data });
    });
  }
  const meta: Meta = { format: FORMAT, version: INDEX_FORMAT_VERSION, chunks: chunks.length + 1, fingerprint };
  return [{ key: 'meta', data: JSON.stringify(meta) }, ...chunks];
}

/** The fingerprint recorded in persisted chunks, when they are complete and of this version. */
export function chunksFingerprint(chunks: readonly IndexChunk[]): string | undefined {
  const raw = chunks.find((c) => c.key === 'meta')?.data;
  if (!raw) return undefined;
  try {
    const meta = JSON.parse(raw) as Meta;
    const usable = meta.format === FORMAT && meta.version === INDEX_FORMAT_VERSION && meta.chunks === chunks.length;
    return usable ? meta.fingerprint : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Loads chunks into empty parts; false (parts left unusable, to be cleared) when
 * they are not a complete index of this version.
 */
export function importChunks(parts: IndexParts, chunks: readonly IndexChunk[]): boolean {
  if (chunksFingerprint(chunks) === undefined) return false;
  try {
    for (const { key, data } of chunks) {
      if (key === 'catalog') parts.catalog.load(JSON.parse(data) as CatalogJSON);
      else if (key === 'vocabulary') parts.vocabulary.load(JSON.parse(data) as [string, number][]);
      else if (key !== 'meta') {
        const slash = key.indexOf('/');
        const kind = key.slice(0, slash) as HitKind;
        if (!KINDS.includes(kind)) return false;
        parts.indexes[kind].import(key.slice(slash + 1), data);
      }
    }
    return true;
  } catch {
    return false;
  }
}
