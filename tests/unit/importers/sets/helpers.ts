/** Fixtures and a library in memory for the annotation-set importer tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Annotation, Block, DocumentRecord, LabelSet } from '../../../../src-renderer/lib/model';
import { defaultLabelSet, sha256Hex, splitDocument } from '../../../../src-renderer/lib/model';
import type { Tombstone } from '../../../../src-renderer/lib/db/schema';
import type { ImportPlan, LibrarySnapshot } from '../../../../src-renderer/lib/importers/sets';

const FIXTURES = join(import.meta.dirname, '../../../fixtures/sets');

export const fixtureBytes = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
export const fixtureText = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
export const fixtureJson = (name: string): unknown => JSON.parse(fixtureText(name));
export const jsonBytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

export const SAHEL_ID = '82933c82296ad57111c4e68f2579d267c98d7b9c5912578b82df4e7fe0c9e0d7';
export const SYMBOLS_ID = '7a16e6499bc987c6e100b974a735b425cb09bb24577f4226cc9b046540861992';
export const SAHEL_URL = 'http://example.org/news/sahel-front-line/';

function linesToBlocks(text: string): Block[] {
  let at = 0;
  return text.split('\n').map((line) => {
    const block: Block = { kind: 'paragraph', start: at, end: at + line.length };
    at += line.length + 1;
    return block;
  });
}

/** A library document made from a text of tests/fixtures/sets/texts, its id the real SHA-256. */
export async function libraryDocument(
  file: string,
  opts: { url?: string; labelSetId?: string; title?: string } = {},
): Promise<{ record: DocumentRecord; text: string }> {
  const text = fixtureText(`texts/${file}`);
  const { record } = splitDocument(
    {
      id: await sha256Hex(text),
      title: opts.title ?? file,
      source: { fileName: file, mediaType: 'text/plain', importedAt: '2025-01-01T00:00:00.000Z' },
      meta: opts.url ? { url: opts.url } : {},
      text,
      blocks: linesToBlocks(text),
    },
    { addedAt: '2025-01-01T00:00:00.000Z', labelSetId: opts.labelSetId ?? 'close-reader-default' },
  );
  return { record, text };
}

export function library(parts: Partial<LibrarySnapshot> = {}): LibrarySnapshot {
  return { documents: [], annotations: [], tombstones: [], labelSets: [defaultLabelSet()], ...parts };
}

/** The sample library most tests start from: both readings, the Sahel one known by its URL. */
export async function readingLibrary(): Promise<LibrarySnapshot> {
  return library({ documents: [await libraryDocument('sahel.txt', { url: SAHEL_URL }), await libraryDocument('symbols.txt')] });
}

function putAll<T extends { id: string }>(list: readonly T[], items: readonly T[], remove: Iterable<string> = []): T[] {
  const byId = new Map(list.map((x) => [x.id, x]));
  for (const id of remove) byId.delete(id);
  for (const x of items) byId.set(x.id, x);
  return [...byId.values()];
}

/** What the storage adapter does with a plan, done on the snapshot in memory. */
export function applyPlan(lib: LibrarySnapshot, plan: ImportPlan): LibrarySnapshot {
  const w = plan.write;
  const gone = [...w.deleteAnnotations, ...w.tombstones.map((t) => t.id)];
  const annotations = putAll<Annotation>(lib.annotations, w.annotations, gone);
  const revived = new Set(w.annotations.map((a) => a.id));
  const tombstones = putAll<Tombstone>(lib.tombstones, w.tombstones, w.deleteTombstones).filter((t) => !revived.has(t.id));
  return {
    documents: [
      ...lib.documents,
      ...w.documents.map(({ text, blocks: _blocks, ...record }) => ({ record: record as DocumentRecord, text })),
    ],
    annotations,
    tombstones,
    labelSets: putAll<LabelSet>(lib.labelSets, w.labelSets),
  };
}
