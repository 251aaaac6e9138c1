/** A Word document's own metadata: docProps/core.xml, and the default language in word/styles.xml. */
import type { DocumentMeta } from '../../model';
import { byLocalName, decodeXml, hasParserError, textsOf } from '../core/xml';
import type { DomParserLike } from '../core/types';

export const CORE = 'docProps/core.xml';
export const STYLES = 'word/styles.xml';

export interface DocxProperties {
  title?: string;
  meta: DocumentMeta;
}

// Titles Word fills in by itself, which name no document.
const PLACEHOLDER_TITLE = /^(untitled|document\d*|title|microsoft word\b.*|.*\.(docx?|dotx?|rtf|odt))$/iu;

/** Optional parts: a missing or broken one only means less metadata. */
function parse(parser: DomParserLike, bytes: Uint8Array | undefined): Document | undefined {
  if (!bytes) return undefined;
  const doc = parser.parseFromString(decodeXml(bytes), 'application/xml');
  return hasParserError(doc) ? undefined : doc;
}

export function docxProperties(parser: DomParserLike, core?: Uint8Array, styles?: Uint8Array): DocxProperties {
  const coreDoc = parse(parser, core);
  const first = (name: string) => (coreDoc ? textsOf(coreDoc, name)[0] : undefined);
  const title = first('title');
  const stylesDoc = parse(parser, styles);
  const defaults = stylesDoc ? byLocalName(stylesDoc, 'docDefaults')[0] : undefined;
  const lang = defaults ? byLocalName(defaults, 'lang')[0] : undefined;
  const defaultLanguage = lang?.getAttribute('w:val') ?? lang?.getAttributeNS(lang.namespaceURI, 'val') ?? undefined;
  return {
    title: title && !PLACEHOLDER_TITLE.test(title) ? title : undefined,
    meta: {
      author: coreDoc ? textsOf(coreDoc, 'creator').join(', ') || undefined : undefined,
      language: first('language') ?? defaultLanguage,
    },
  };
}
