/** Shared helpers for importer tests: real files in, documents out. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Block, ReaderDocument } from '../../../../src-renderer/lib/model';

export const ROOT = resolve(import.meta.dirname, '../../../..');
export const FIXTURES = resolve(ROOT, 'tests/fixtures/documents');

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(FIXTURES, name)));
}

export function sample(name: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(ROOT, 'assets/samples', name)));
}

export const utf8 = (s: string) => new TextEncoder().encode(s);

/** The text of a block. */
export const textOf = (doc: ReaderDocument, b: Block) => doc.text.slice(b.start, b.end);

/** `[kind(level), text]` for every non-page block: the shape assertions compare. */
export function outline(doc: ReaderDocument): string[] {
  return doc.blocks
    .filter((b) => b.kind !== 'page')
    .map((b) => `${b.kind}${b.level ? `(${b.level}${b.ordered ? ',ordered' : ''})` : ''}: ${textOf(doc, b)}`);
}

/** The invariants every importer's output must keep. */
export function expectWellFormed(doc: ReaderDocument): void {
  if (doc.text !== doc.text.normalize('NFC')) throw new Error('text is not NFC');
  const content = doc.blocks.filter((b) => b.kind !== 'page');
  content.forEach((b, i) => {
    if (b.start >= b.end) throw new Error(`empty block ${i}`);
    const next = content[i + 1];
    if (next && next.start !== b.end + 1) throw new Error(`block ${i} not followed by a single separator`);
    if (doc.text.slice(b.start, b.end).startsWith('\n')) throw new Error(`block ${i} starts with a newline`);
  });
  if (content.length && (content[0].start !== 0 || content[content.length - 1].end !== doc.text.length)) {
    throw new Error('blocks do not cover the text');
  }
}
