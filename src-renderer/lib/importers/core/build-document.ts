/**
 * The one place a ReaderDocument is assembled: every format hands over its
 * blocks and metadata, and gets back the same canonical shape (NFC text,
 * blocks joined by single newlines, offsets, page spans, title, id).
 */
import type { Block, DocumentMeta, ReaderDocument } from '../../model';
import { sha256Hex } from '../../model';
import { cleanInline, cleanPreformatted } from './clean-text';
import { deriveTitle } from './derive-title';
import { guessLanguage } from './guess-language';
import type { BlockInput, ParsedDocument } from './types';

export interface DocumentSourceInput {
  fileName: string;
  mediaType: string;
  size?: number;
  importedAt: Date;
}

const clampLevel = (n: number | undefined, max: number) => Math.min(max, Math.max(1, Math.round(n ?? 1)));

function cleanMeta(meta: DocumentMeta | undefined): DocumentMeta {
  const out: DocumentMeta = {};
  for (const [key, value] of Object.entries(meta ?? {}) as [keyof DocumentMeta, string | undefined][]) {
    const v = typeof value === 'string' ? cleanInline(value) : '';
    if (v) out[key] = v;
  }
  return out;
}

function stem(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || fileName;
}

interface Placed {
  block: Block;
  text: string;
}

/**
 * Cleans and places the blocks. A page block spans the content blocks up to the
 * next page; a page with no text is kept as an empty span where the next text
 * begins, so page numbers stay continuous in the reader.
 */
function place(inputs: readonly BlockInput[]): { text: string; blocks: Block[]; placed: Placed[] } {
  const parts: string[] = [];
  const blocks: Block[] = [];
  const placed: Placed[] = [];
  const openPages: Block[] = [];
  let offset = 0;
  let page: Block | undefined;

  for (const input of inputs) {
    if (input.kind === 'page') {
      page = { kind: 'page', start: -1, end: -1, level: clampLevel(input.level, Number.MAX_SAFE_INTEGER) };
      blocks.push(page);
      openPages.push(page);
      continue;
    }
    const text = input.kind === 'preformatted' ? cleanPreformatted(input.text ?? '') : cleanInline(input.text ?? '');
    if (!text) continue;
    const start = parts.length ? offset + 1 : 0;
    const block: Block = { kind: input.kind, start, end: start + text.length };
    if (input.kind === 'heading') block.level = clampLevel(input.level, 6);
    if (input.kind === 'list-item') {
      block.level = clampLevel(input.level, 32);
      block.ordered = Boolean(input.ordered);
    }
    for (const p of openPages) p.start = start;
    openPages.length = 0;
    if (page) page.end = block.end;
    parts.push(text);
    blocks.push(block);
    placed.push({ block, text });
    offset = block.end;
  }
  const text = parts.join('\n');
  for (const b of blocks) {
    if (b.kind !== 'page') continue;
    if (b.start < 0) b.start = text.length;
    if (b.end < b.start) b.end = b.start;
  }
  return { text, blocks, placed };
}

export async function buildDocument(parsed: ParsedDocument, source: DocumentSourceInput): Promise<ReaderDocument> {
  const { text, blocks, placed } = place(parsed.blocks);
  const meta = cleanMeta(parsed.meta);
  meta.language ??= guessLanguage(text);
  if (!meta.language) delete meta.language;
  const title =
    cleanInline(parsed.title ?? '') ||
    deriveTitle(placed.map((p) => ({ kind: p.block.kind, text: p.text }))) ||
    cleanInline(stem(source.fileName));
  return {
    id: await sha256Hex(text),
    title,
    source: {
      fileName: source.fileName,
      mediaType: source.mediaType,
      importedAt: source.importedAt.toISOString(),
      ...(source.size === undefined ? {} : { size: source.size }),
    },
    meta,
    text,
    blocks,
  };
}
