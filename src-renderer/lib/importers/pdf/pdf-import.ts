/**
 * PDF through pdf.js: each page's text items → lines → blocks, a page block
 * before each page's content, headings from font size, title and author from
 * the document's metadata. pdf.js is injected (browser or legacy build).
 */
import type { DocumentMeta } from '../../model';
import { checkpoints } from '../core/checkpoint';
import { ImportError } from '../core/import-error';
import type { BlockInput, ImportContext, ParsedDocument, PdfJsModule } from '../core/types';
import { withoutFurniture } from './pdf-furniture';
import { linesOf, type PdfLine, type PdfTextItem } from './pdf-lines';
import { layoutStats, pageBlocks } from './pdf-paragraphs';

type PdfDocument = Awaited<ReturnType<PdfJsModule['getDocument']>['promise']>;

// Titles that PDF producers write by themselves and that name no document.
const PLACEHOLDER_TITLE = /^(untitled|title|document\d*|microsoft (word|powerpoint) - .*|.*\.(docx?|pptx?|tex|indd|pdf|rtf|odt|qxp))$/iu;

function loadError(fileName: string, cause: unknown): ImportError {
  const name = (cause as { name?: string })?.name;
  if (name === 'PasswordException') {
    return new ImportError(
      fileName,
      'it is password-protected. Open it in a PDF reader with its password, save a copy without protection, and import that copy.',
      { cause },
    );
  }
  return new ImportError(fileName, 'it is damaged or not a PDF (pdf.js cannot read its structure).', { cause });
}

async function pageLines(pdf: PdfDocument, n: number): Promise<PdfLine[]> {
  const page = await pdf.getPage(n);
  try {
    const content = await page.getTextContent();
    return linesOf(content.items.filter((i): i is PdfTextItem & (typeof content.items)[number] => 'str' in i));
  } finally {
    page.cleanup();
  }
}

async function documentMeta(pdf: PdfDocument): Promise<{ title?: string; meta: DocumentMeta }> {
  const { info, metadata } = await pdf.getMetadata().catch(() => ({ info: {}, metadata: null }));
  const dict = info as Record<string, unknown>;
  const field = (key: string) => (typeof dict[key] === 'string' ? (dict[key] as string).trim() : undefined) || undefined;
  const xmp = (key: string) => metadata?.get(key)?.toString().trim() || undefined;
  const title = xmp('dc:title') ?? field('Title');
  return {
    title: title && !PLACEHOLDER_TITLE.test(title) ? title : undefined,
    meta: { author: xmp('dc:creator') ?? field('Author'), language: field('Language') },
  };
}

export async function importPdf(bytes: Uint8Array, ctx: ImportContext): Promise<ParsedDocument> {
  const { fileName } = ctx;
  const pdfjs = await ctx.pdfjs();
  const task = pdfjs.getDocument({
    // pdf.js transfers (detaches) the buffer it is given: hand it a copy.
    data: bytes.slice(),
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    ...(ctx.pdfStandardFontDataUrl ? { standardFontDataUrl: ctx.pdfStandardFontDataUrl } : {}),
  });
  try {
    let pdf: PdfDocument;
    try {
      pdf = await task.promise;
    } catch (cause) {
      throw loadError(fileName, cause);
    }
    const checkpoint = checkpoints(ctx.signal);
    const pages: PdfLine[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      await checkpoint();
      try {
        pages.push(await pageLines(pdf, n));
      } catch (cause) {
        throw new ImportError(fileName, `it is damaged: page ${n} cannot be read.`, { cause });
      }
    }
    if (!pages.some((p) => p.length)) {
      throw new ImportError(
        fileName,
        'it has no text layer: its pages are images (a scan or a photo). Close Reader does not do OCR; run it through an OCR tool first and import the result.',
      );
    }
    const clean = withoutFurniture(pages);
    const stats = layoutStats(clean);
    const blocks: BlockInput[] = clean.flatMap((lines, i) => [{ kind: 'page', level: i + 1 }, ...pageBlocks(lines, stats)]);
    return { blocks, ...(await documentMeta(pdf)) };
  } finally {
    await task.destroy();
  }
}
