/**
 * Ids from the IRIs that files use. `urn:uuid:` ids are the app's own; any other IRI gets a
 * name-based UUID (RFC 9562 version 5, in the URL namespace), so importing the same file
 * twice gives the same ids and changes nothing.
 */
import { v5 as uuidV5 } from 'uuid';
import { SHA256_PATTERN, UUID_PATTERN } from './schema-kit';

const URN_UUID = /^urn:uuid:/i;
const URN_SHA256 = /^urn:sha256:/i;

// Placeholder document ids live in their own namespace: they can never equal an annotation id.
const WAITING_NAMESPACE = uuidV5('urn:close-reader:waiting-document', uuidV5.URL);

export function idFromIri(iri: string): string {
  const bare = iri.replace(URN_UUID, '');
  return UUID_PATTERN.test(bare) ? bare.toLowerCase() : uuidV5(iri, uuidV5.URL);
}

/** The document id that a `urn:sha256:<hex>` IRI (or a bare hash) names. */
export function documentIdFromIri(iri: string): string | undefined {
  const bare = iri.replace(URN_SHA256, '');
  return SHA256_PATTERN.test(bare) ? bare.toLowerCase() : undefined;
}

/** Where annotations of a document missing from the library wait: the id they name, or one derived from their source. */
export function waitingIdFor(source: string): string {
  return documentIdFromIri(source) ?? uuidV5(source, WAITING_NAMESPACE);
}

/** An id for an annotation that has none, derived from everything it says. */
export function idFromContent(json: string): string {
  return uuidV5(`urn:close-reader:anonymous:${json}`, uuidV5.URL);
}
