/**
 * A source document as every importer produces it: one canonical plain text
 * plus a flat list of blocks that point into it. One reader view renders every
 * format from this shape, and anchoring works on `text` alone.
 */

export type BlockKind = 'heading' | 'paragraph' | 'quote' | 'list-item' | 'preformatted' | 'page';

export interface Block {
  kind: BlockKind;
  /** UTF-16 offset into ReaderDocument.text, inclusive. */
  start: number;
  /** UTF-16 offset into ReaderDocument.text, exclusive; never includes the `\n` separator. */
  end: number;
  /**
   * heading: 1–6. list-item: nesting depth from 1. page: the page number from 1.
   * A `page` block spans the text of its page and precedes that page's content
   * blocks; the reader draws it as a marker, the content blocks draw the text.
   */
  level?: number;
  /** list-item: true when it belongs to an ordered list. */
  ordered?: boolean;
}

export interface DocumentSource {
  fileName: string;
  /** IANA media type of the imported file (text/plain, application/pdf, …). */
  mediaType: string;
  /** ISO 8601 time of import. */
  importedAt: string;
  /** Size of the imported file in bytes. */
  size?: number;
}

export interface DocumentMeta {
  author?: string;
  /** Publication date as written or ISO 8601 when it could be parsed. */
  date?: string;
  publisher?: string;
  url?: string;
  /** BCP 47 language tag when known (drives hyphenation and direction). */
  language?: string;
  /** Section or rubric printed above a headline ("Foreign Policy"). */
  section?: string;
}

export interface ReaderDocument {
  /** Lower-case hex SHA-256 of `text` (UTF-8). */
  id: string;
  title: string;
  source: DocumentSource;
  meta: DocumentMeta;
  /** Unicode NFC; blocks joined by a single `\n`. */
  text: string;
  blocks: Block[];
}

/** What the library list needs without loading the text. */
export interface DocumentRecord {
  id: string;
  title: string;
  source: DocumentSource;
  meta: DocumentMeta;
  wordCount: number;
  charCount: number;
  /** ISO 8601; when it entered this library. */
  addedAt: string;
  /** Which label set annotates this document. */
  labelSetId: string;
  /** Shipped with the app (the sample library). */
  sample?: boolean;
}

/** The heavy part of a document, loaded only when it is opened. */
export interface DocumentText {
  id: string;
  text: string;
  blocks: Block[];
}

/** Media types and extensions the importers understand. */
export const DOCUMENT_FORMATS = {
  txt: 'text/plain',
  md: 'text/markdown',
  html: 'text/html',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  epub: 'application/epub+zip',
} as const;

export type DocumentFormat = keyof typeof DOCUMENT_FORMATS;

export function countWords(text: string): number {
  // Intl.Segmenter counts words in scripts without spaces too; fall back to whitespace.
  let n = 0;
  const re = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
  while (re.exec(text)) n++;
  return n;
}

export function splitDocument(doc: ReaderDocument, extra: Pick<DocumentRecord, 'addedAt' | 'labelSetId' | 'sample'>): {
  record: DocumentRecord;
  text: DocumentText;
} {
  return {
    record: {
      id: doc.id,
      title: doc.title,
      source: doc.source,
      meta: doc.meta,
      wordCount: countWords(doc.text),
      charCount: doc.text.length,
      ...extra,
    },
    text: { id: doc.id, text: doc.text, blocks: doc.blocks },
  };
}

/** The page number (from 1) at a text offset, when the document has page blocks. */
export function pageAt(blocks: readonly Block[], offset: number): number | undefined {
  let page: number | undefined;
  for (const b of blocks) {
    if (b.kind !== 'page') continue;
    if (b.start > offset) break;
    page = b.level;
  }
  return page;
}
