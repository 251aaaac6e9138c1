import type { Annotation, ReaderDocument } from '../../../src-renderer/lib/model';
import { sha256Hex } from '../../../src-renderer/lib/model';
import { Dexie } from 'dexie';
import { SCHEMA_V1, SCHEMA_V2 } from '../../../src-renderer/lib/db';

export async function makeDocument(text: string, title = 'A reading'): Promise<ReaderDocument> {
  const parts = text.split('\n');
  let at = 0;
  const blocks = parts.map((p) => {
    const b = { kind: 'paragraph' as const, start: at, end: at + p.length };
    at += p.length + 1;
    return b;
  });
  return {
    id: await sha256Hex(text),
    title,
    source: { fileName: `${title}.txt`, mediaType: 'text/plain', importedAt: '2026-01-01T00:00:00.000Z' },
    meta: {},
    text,
    blocks,
  };
}

let n = 0;
export function makeAnnotation(documentId: string, patch: Partial<Annotation> = {}): Annotation {
  n++;
  return {
    id: crypto.randomUUID(),
    documentId,
    start: n,
    end: n + 4,
    quote: { exact: 'text', prefix: '', suffix: '' },
    label: 'claim',
    note: '',
    links: [],
    author: 'Tester',
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
    status: 'exact',
    ...patch,
  };
}

/** An empty database of the second schema (one record per annotation), open, under a fresh name. */
export async function versionTwoDatabase(): Promise<Dexie> {
  const v2 = new Dexie(`upgrade-${crypto.randomUUID()}`);
  v2.version(1).stores(SCHEMA_V1);
  v2.version(2).stores(SCHEMA_V2);
  await v2.open();
  return v2;
}
