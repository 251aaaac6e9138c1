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

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const masks = new Map<string, number[]>();

/**
 * A GUID for a thing that belongs to one annotation (its coding, its note): the annotation's
 * UUID XORed with a fixed mask per kind, marked version 8 (RFC 9562, custom). For the
 * version 4 UUIDs the app makes this is one-to-one, so no two annotations share one, and
 * it costs no hashing (an export may need hundreds of thousands). Other ids: nameGuid.
 */
export function derivedGuid(kind: string, annotationId: string): string {
  if (!V4.test(annotationId)) return nameGuid(kind, annotationId);
  let mask = masks.get(kind);
  if (!mask) masks.set(kind, (mask = words(nameGuid('mask', kind))));
  const w = words(annotationId).map((x, i) => (x ^ mask[i]) >>> 0);
  // The version and variant bits are the same in every v4 UUID: setting them loses nothing.
  w[1] = ((w[1] & 0xffff0fff) | 0x8000) >>> 0;
  w[2] = ((w[2] & 0x3fffffff) | 0x80000000) >>> 0;
  const hex = w.map((x) => x.toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A UUID as four 32-bit words. */
function words(uuid: string): number[] {
  const hex = uuid.replaceAll('-', '');
  return [0, 8, 16, 24].map((i) => parseInt(hex.slice(i, i + 8), 16));
}

/** An annotation's own id when it is a UUID (as the app makes them), else one derived from it. */
export function annotationGuid(id: string): string {
  return isUuid(id) ? id.toLowerCase() : nameGuid('annotation', id);
}
