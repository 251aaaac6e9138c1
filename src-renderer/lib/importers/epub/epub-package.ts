/**
 * An EPUB's package: META-INF/container.xml names the OPF file; the OPF gives
 * the metadata, the manifest and the spine (reading order).
 */
import type { DocumentMeta } from '../../model';
import { ImportError } from '../core/import-error';
import { byLocalName, parseXmlPart, textsOf } from '../core/xml';
import type { DomParserLike } from '../core/types';

export const CONTAINER = 'META-INF/container.xml';
export const ENCRYPTION = 'META-INF/encryption.xml';
const WHAT = 'an EPUB book';

export interface SpineItem {
  /** Path inside the archive. */
  path: string;
  mediaType: string;
  linear: boolean;
}

export interface EpubPackage {
  title?: string;
  meta: DocumentMeta;
  spine: SpineItem[];
}

const BASE = 'https://epub.invalid/';

/** An href of the OPF resolved to a path inside the archive. */
export function resolvePath(from: string, href: string): string {
  const url = new URL(href, BASE + from.split('/').map(encodeURIComponent).join('/'));
  return decodeURIComponent(url.pathname.slice(1));
}

export function opfPath(parser: DomParserLike, container: Uint8Array, fileName: string): string {
  const doc = parseXmlPart(parser, container, fileName, CONTAINER, WHAT);
  const rootfiles = byLocalName(doc, 'rootfile');
  const rootfile = rootfiles.find((r) => r.getAttribute('media-type') === 'application/oebps-package+xml') ?? rootfiles[0];
  const path = rootfile?.getAttribute('full-path');
  if (!path) throw new ImportError(fileName, `it is damaged or not ${WHAT}: “${CONTAINER}” names no package (OPF) file.`);
  return path;
}

/** The main title: EPUB 3 may mark it with a `title-type` refinement, else the first dc:title. */
function mainTitle(doc: Document): string | undefined {
  const titles = byLocalName(doc, 'title').filter((t) => t.namespaceURI === 'http://purl.org/dc/elements/1.1/');
  const refinesMain = byLocalName(doc, 'meta').find(
    (m) => m.getAttribute('property') === 'title-type' && m.textContent?.trim() === 'main',
  );
  const id = refinesMain?.getAttribute('refines')?.replace(/^#/u, '');
  const main = titles.find((t) => id && t.getAttribute('id') === id) ?? titles[0];
  return main?.textContent?.trim() || undefined;
}

export function readPackage(parser: DomParserLike, bytes: Uint8Array, path: string, fileName: string): EpubPackage {
  const doc = parseXmlPart(parser, bytes, fileName, path, WHAT);
  const manifest = new Map(
    byLocalName(doc, 'item').map((item) => [
      item.getAttribute('id') ?? '',
      { href: item.getAttribute('href') ?? '', mediaType: item.getAttribute('media-type') ?? '' },
    ]),
  );
  const spine: SpineItem[] = [];
  for (const ref of byLocalName(doc, 'itemref')) {
    const item = manifest.get(ref.getAttribute('idref') ?? '');
    if (!item?.href) continue;
    spine.push({
      path: resolvePath(path, item.href),
      mediaType: item.mediaType,
      linear: ref.getAttribute('linear') !== 'no',
    });
  }
  if (!spine.length) throw new ImportError(fileName, `it is damaged or not ${WHAT}: its package lists no chapters (empty spine).`);
  const dc = (name: string) => textsOf(doc, name);
  return {
    title: mainTitle(doc),
    meta: {
      author: dc('creator').join(', ') || undefined,
      language: dc('language')[0],
      publisher: dc('publisher')[0],
      date: dc('date')[0],
    },
    spine,
  };
}

/** Paths of content encrypted with DRM (font obfuscation is not DRM and is ignored). */
export function encryptedPaths(parser: DomParserLike, bytes: Uint8Array, fileName: string): Set<string> {
  const doc = parseXmlPart(parser, bytes, fileName, ENCRYPTION, WHAT);
  const out = new Set<string>();
  for (const data of byLocalName(doc, 'EncryptedData')) {
    const method = byLocalName(data, 'EncryptionMethod')[0]?.getAttribute('Algorithm') ?? '';
    if (/idpf\.org\/2008\/embedding|ns\.adobe\.com\/pdf\/enc#RC/u.test(method)) continue;
    const uri = byLocalName(data, 'CipherReference')[0]?.getAttribute('URI');
    if (uri) out.add(resolvePath('', uri));
  }
  return out;
}
