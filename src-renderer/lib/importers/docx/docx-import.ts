/**
 * Word documents (.docx) through mammoth's HTML output, read back with a
 * detached DOMParser and the same walker as web pages and EPUB chapters.
 * Why HTML rather than mammoth's internal document model: the HTML is
 * mammoth's documented, stable output, in which it has already resolved Word
 * styles into headings, numbering into nested ul/ol, and our style map into
 * block quotes; its internal model is undocumented and would need all of that
 * re-done here. Text is escaped by mammoth and only read back as text.
 */
import mammoth from 'mammoth';
import { isCompoundFile } from '../core/detect-format';
import { ImportError } from '../core/import-error';
import { listZip, readZipEntries } from '../core/zip-guard';
import type { ImportContext, ParsedDocument } from '../core/types';
import { htmlBlocks } from '../html/html-blocks';
import { CORE, STYLES, docxProperties } from './docx-properties';

const WHAT = 'a Word document';
const MAIN = 'word/document.xml';

const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Block Text'] => blockquote > p:fresh",
];

// Back-links mammoth adds after each note ("↑") are navigation, not text.
const BACK_LINKS = 'a[href^="#footnote-ref-"], a[href^="#endnote-ref-"]';

export async function importDocx(bytes: Uint8Array, ctx: ImportContext): Promise<ParsedDocument> {
  const { fileName } = ctx;
  if (isCompoundFile(bytes)) {
    throw new ImportError(
      fileName,
      'it is password-protected (encrypted). Open it in Word, remove the password (File › Info › Protect Document), save, and try again.',
    );
  }
  const entries = listZip(bytes, fileName, WHAT);
  if (!entries.some((e) => e.name === MAIN)) {
    throw new ImportError(fileName, `it is damaged or not ${WHAT}: it has no “${MAIN}”.`);
  }
  // Everything mammoth will unpack (XML parts, not media) is first unpacked under our limits.
  const parts = readZipEntries(
    bytes,
    ctx,
    WHAT,
    entries.filter((e) => /\.(xml|rels)$/iu.test(e.name)).map((e) => e.name),
    entries,
  );
  ctx.signal?.throwIfAborted();

  let html: string;
  try {
    const arrayBuffer = bytes.slice().buffer;
    // Node's mammoth reads `buffer`, the browser build `arrayBuffer`; both accept these bytes.
    const input = { arrayBuffer, buffer: bytes } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
    html = (
      await mammoth.convertToHtml(input, {
        styleMap: STYLE_MAP,
        ignoreEmptyParagraphs: true,
        externalFileAccess: false,
        // Images are not read at all: the text is what is imported.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      })
    ).value;
  } catch (cause) {
    throw new ImportError(fileName, `it is damaged or not ${WHAT} (${(cause as Error)?.message ?? cause}).`, { cause });
  }

  const parser = ctx.domParser();
  const doc = parser.parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
  doc.querySelectorAll(BACK_LINKS).forEach((a) => a.remove());
  const { title, meta } = docxProperties(parser, parts.get(CORE), parts.get(STYLES));
  return { blocks: htmlBlocks(doc.body), title, meta };
}
