import type { BlockKind, DocumentMeta } from '../../model';

/** One block as an importer finds it, before offsets exist. */
export interface BlockInput {
  kind: BlockKind;
  /** Ignored for `page` blocks: a page spans the blocks that follow it up to the next page. */
  text?: string;
  level?: number;
  ordered?: boolean;
}

/** What a format importer returns; `buildDocument` turns it into a ReaderDocument. */
export interface ParsedDocument {
  blocks: BlockInput[];
  /** Omitted when the file names none: the builder derives one from the text. */
  title?: string;
  meta?: DocumentMeta;
}

/** A detached DOMParser with a full DOM (querySelector, closest): the renderer's native one, jsdom's in Node. */
export interface DomParserLike {
  parseFromString(source: string, type: DOMParserSupportedType): Document;
}

export type PdfJsModule = typeof import('pdfjs-dist');
/** Loads pdf.js: the browser build in the renderer, the legacy build in Node. */
export type PdfJsLoader = () => Promise<PdfJsModule>;

/** Limits on what a zip (DOCX, EPUB) may inflate to. */
export interface ZipLimits {
  /** Total uncompressed bytes. */
  maxTotal: number;
  /** Uncompressed / compressed ratio above which an entry counts as a zip bomb. */
  maxRatio: number;
}

/** Everything a format importer may use besides the bytes. */
export interface ImportContext {
  fileName: string;
  signal?: AbortSignal;
  domParser: () => DomParserLike;
  pdfjs: PdfJsLoader;
  /** Where pdf.js finds the standard 14 fonts' data (Node needs it to measure them). */
  pdfStandardFontDataUrl?: string;
  zipLimits: ZipLimits;
}
