/** EPUB books: spine order, each XHTML chapter's blocks, OPF metadata. */
import { checkpoints } from '../core/checkpoint';
import { parseDate } from '../core/parse-date';
import { ImportError } from '../core/import-error';
import { decodeXml, hasParserError } from '../core/xml';
import { listZip, readZipEntries } from '../core/zip-guard';
import type { BlockInput, DomParserLike, ImportContext, ParsedDocument } from '../core/types';
import { htmlBlocks } from '../html/html-blocks';
import { CONTAINER, ENCRYPTION, encryptedPaths, opfPath, readPackage } from './epub-package';

const WHAT = 'an EPUB book';
const CHAPTER_TYPES = new Set(['application/xhtml+xml', 'text/html', 'application/xml', 'text/xml', '']);

/** A chapter as XHTML; an ill-formed one (common in the wild) is read as HTML instead. */
function chapterDocument(parser: DomParserLike, bytes: Uint8Array): Document {
  const source = decodeXml(bytes);
  const doc = parser.parseFromString(source, 'application/xhtml+xml');
  return hasParserError(doc) ? parser.parseFromString(source, 'text/html') : doc;
}

function chapterBody(doc: Document): Node {
  return doc.body ?? doc.getElementsByTagNameNS('*', 'body')[0] ?? doc.documentElement ?? doc;
}

export async function importEpub(bytes: Uint8Array, ctx: ImportContext): Promise<ParsedDocument> {
  const { fileName } = ctx;
  const parser = ctx.domParser();
  const entries = listZip(bytes, fileName, WHAT);
  const read = (names: string[]) => readZipEntries(bytes, ctx, WHAT, names, entries);

  const meta = read([CONTAINER, ENCRYPTION]);
  const container = meta.get(CONTAINER);
  if (!container) throw new ImportError(fileName, `it is damaged or not ${WHAT}: “${CONTAINER}” is missing.`);
  const path = opfPath(parser, container, fileName);
  const opf = read([path]).get(path);
  if (!opf) throw new ImportError(fileName, `it is damaged or not ${WHAT}: its package file “${path}” is missing.`);
  const pkg = readPackage(parser, opf, path, fileName);

  const encryption = meta.get(ENCRYPTION);
  const locked = encryption ? encryptedPaths(parser, encryption, fileName) : new Set<string>();
  if (pkg.spine.some((item) => locked.has(item.path))) {
    throw new ImportError(fileName, 'it is protected by DRM (its chapters are encrypted), so its text cannot be read.');
  }

  // Linear chapters in spine order; auxiliary (linear="no") ones, like notes, after them.
  const seen = new Set<string>();
  const order = [...pkg.spine.filter((s) => s.linear), ...pkg.spine.filter((s) => !s.linear)].filter(
    (s) => CHAPTER_TYPES.has(s.mediaType) && !seen.has(s.path) && seen.add(s.path),
  );
  const chapters = read(order.map((s) => s.path));
  const checkpoint = checkpoints(ctx.signal);
  const blocks: BlockInput[] = [];
  for (const item of order) {
    await checkpoint();
    const chapter = chapters.get(item.path);
    if (!chapter) {
      throw new ImportError(fileName, `it is damaged or incomplete: the chapter “${item.path}” listed in its spine is missing.`);
    }
    blocks.push(...htmlBlocks(chapterBody(chapterDocument(parser, chapter)), { keepPageChrome: true }));
  }
  const date = pkg.meta.date;
  return { blocks, title: pkg.title, meta: { ...pkg.meta, date: date ? (parseDate(date) ?? date) : undefined } };
}
