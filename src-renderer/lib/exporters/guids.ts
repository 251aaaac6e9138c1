/**
 * Name-based UUIDs (RFC 9562 version 5) for things the model gives no UUID of their own:
 * documents (SHA-256 ids), labels, authors, links, pages. The same thing gets the same
 * GUID in every export, so a QDA tool or a triple store sees one code, one user, one link
 * across repeated exports instead of a new copy each time.
 */
import { v5 } from 'uuid';

// Fixed for ever: changing it would give every exported thing a new identity.
const CLOSE_READER_NAMESPACE = 'bd6c84ba-dc85-497a-b235-706b0cef7139';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(s: string): boolean {
  return UUID.test(s);
}

/** A GUID for `kind` (e.g. "label", "user") named by `parts`; NUL-joined so parts cannot run together. */
export function nameGuid(kind: string, ...parts: string[]): string {
  return v5([kind, ...parts].join('\u0000'), CLOSE_READER_NAMESPACE);
}

/** An annotation's own id when it is a UUID (as the app makes them), else one derived from it. */
export function annotationGuid(id: string): string {
  return isUuid(id) ? id.toLowerCase() : nameGuid('annotation', id);
}
