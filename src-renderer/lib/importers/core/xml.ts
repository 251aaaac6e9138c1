/** XML parts of packaged formats (EPUB's OPF, DOCX's core.xml), read with the injected DOMParser. */
import { decodeText } from './decode-text';
import { ImportError } from './import-error';
import type { DomParserLike } from './types';

/** The encoding an XML prolog declares (`<?xml version="1.0" encoding="…"?>`). */
export function xmlEncoding(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  return /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/u.exec(head.replace(/^\xEF\xBB\xBF/u, ''))?.[1];
}

export function decodeXml(bytes: Uint8Array): string {
  return decodeText(bytes, xmlEncoding(bytes)).text;
}

export function hasParserError(doc: Document): boolean {
  return doc.getElementsByTagName('parsererror').length > 0;
}

/** Parses a required XML part; a broken one means a damaged file. */
export function parseXmlPart(parser: DomParserLike, bytes: Uint8Array, fileName: string, part: string, what: string): Document {
  const doc = parser.parseFromString(decodeXml(bytes), 'application/xml');
  if (hasParserError(doc) || !doc.documentElement) {
    throw new ImportError(fileName, `it is damaged or not ${what}: its part “${part}” is not well-formed XML.`);
  }
  return doc;
}

/** Elements by local name in any namespace (dc:title, opf:item, w:lang…). */
export function byLocalName(root: Document | Element, name: string): Element[] {
  return Array.from(root.getElementsByTagNameNS('*', name));
}

/** Texts of the elements with this local name, trimmed, empty ones dropped. */
export function textsOf(root: Document | Element, name: string): string[] {
  return byLocalName(root, name)
    .map((el) => el.textContent?.trim() ?? '')
    .filter(Boolean);
}
