/**
 * Document importers: every supported file becomes the same ReaderDocument.
 * Pure functions over bytes; the platform pieces they need (a detached
 * DOMParser, pdf.js) are injectable so Node tests run them unchanged.
 */
import type { DocumentFormat, ReaderDocument } from '../model';
import { DOCUMENT_FORMATS } from '../model';
import { buildDocument } from './core/build-document';
import { EXTENSIONS_BY_FORMAT, describeUnsupported, detectFormat } from './core/detect-format';
import { ImportError, formatBytes } from './core/import-error';
import type { DomParserLike, ImportContext, ParsedDocument, PdfJsLoader } from './core/types';
import { importDocx } from './docx/docx-import';
import { importEpub } from './epub/epub-import';
import { importHtml } from './html/html-import';
import { importMarkdown } from './markdown/markdown-import';
import { importPdf } from './pdf/pdf-import';
import { importTxt } from './txt/txt-import';

export { ImportError } from './core/import-error';
export { detectFormat } from './core/detect-format';
export { buildDocument } from './core/build-document';
export type { BlockInput, DomParserLike, ParsedDocument, PdfJsLoader, PdfJsModule } from './core/types';

export interface ImportInput {
  name: string;
  bytes: Uint8Array;
  /** The file's modification time (File.lastModified); not a publication date, so not stored as one. */
  lastModified?: number;
}

export interface ImportOptions {
  /** Largest file accepted, in bytes. Default 200 MB. */
  maxBytes?: number;
  /** Clock for `source.importedAt`. */
  now?: () => Date;
  signal?: AbortSignal;
  /** A detached DOMParser for HTML, XHTML and XML. Default: the platform's (`globalThis.DOMParser`). */
  domParser?: DomParserLike;
  /** Loads pdf.js. Default: the renderer's browser build with its module worker (`pdf/pdf-loader.ts`). */
  pdfjs?: PdfJsLoader;
  /** pdf.js `standardFontDataUrl`: a directory URL (or path, in Node) ending in `/`. */
  pdfStandardFontDataUrl?: string;
  /** Most a DOCX or EPUB may unpack to, in bytes. Default 512 MB. */
  maxUnpackedBytes?: number;
  /** Highest compression ratio allowed for a large archive entry. Default 200. */
  maxCompressionRatio?: number;
}

export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;

type FormatImporter = (bytes: Uint8Array, ctx: ImportContext) => Promise<ParsedDocument>;

const IMPORTERS: Record<DocumentFormat, FormatImporter> = {
  txt: importTxt,
  md: importMarkdown,
  html: importHtml,
  pdf: importPdf,
  docx: importDocx,
  epub: importEpub,
};

/** Extensions (with the dot) the open dialog should offer. */
export const ACCEPTED_EXTENSIONS: string[] = (Object.keys(IMPORTERS) as DocumentFormat[]).flatMap(
  (f) => EXTENSIONS_BY_FORMAT[f],
);

function platformDomParser(): DomParserLike {
  if (typeof globalThis.DOMParser !== 'function') {
    throw new Error(
      'No DOMParser on this platform: pass ImportOptions.domParser (in Node, one from jsdom: the walkers need querySelector and closest).',
    );
  }
  return new globalThis.DOMParser();
}

const browserPdfJs: PdfJsLoader = () => import('./pdf/pdf-loader').then((m) => m.loadPdfJs());

function context(fileName: string, options: ImportOptions): ImportContext {
  let parser: DomParserLike | undefined = options.domParser;
  return {
    fileName,
    signal: options.signal,
    domParser: () => (parser ??= platformDomParser()),
    pdfjs: options.pdfjs ?? browserPdfJs,
    pdfStandardFontDataUrl: options.pdfStandardFontDataUrl,
    zipLimits: {
      maxTotal: options.maxUnpackedBytes ?? 512 * 1024 * 1024,
      maxRatio: options.maxCompressionRatio ?? 200,
    },
  };
}

const supportedList = () => ACCEPTED_EXTENSIONS.join(', ');

export async function importDocument(input: ImportInput, options: ImportOptions = {}): Promise<ReaderDocument> {
  const { name, bytes } = input;
  options.signal?.throwIfAborted();
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length === 0) throw new ImportError(name, 'the file is empty (0 bytes). Check that it was saved completely.');
  if (bytes.length > maxBytes) {
    throw new ImportError(
      name,
      `it is ${formatBytes(bytes.length)}, larger than the ${formatBytes(maxBytes)} limit. Split it into smaller files.`,
    );
  }
  const format = detectFormat(name, bytes);
  if (!format) {
    const what = describeUnsupported(bytes);
    throw new ImportError(
      name,
      `${what ? `it is ${what}` : 'its format is not one Close Reader can open'}. Supported files: ${supportedList()}.`,
    );
  }
  let parsed: ParsedDocument;
  try {
    parsed = await IMPORTERS[format](bytes, context(name, options));
  } catch (err) {
    if (err instanceof ImportError || options.signal?.aborted) throw err;
    const detail = String((err as Error)?.message ?? err).slice(0, 200);
    throw new ImportError(name, `it could not be read as ${format.toUpperCase()} (${detail}).`, {
      cause: err,
    });
  }
  options.signal?.throwIfAborted();
  const doc = await buildDocument(parsed, {
    fileName: name,
    mediaType: DOCUMENT_FORMATS[format],
    size: bytes.length,
    importedAt: options.now?.() ?? new Date(),
  });
  if (!doc.text) throw new ImportError(name, 'it contains no text to read.');
  return doc;
}
