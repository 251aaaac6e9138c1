/**
 * Bodies of a W3C annotation. A body whose purpose is tagging or classifying names a label,
 * by its text or by an IRI (`urn:close-reader:label:<setId>:<labelId>`, parts
 * percent-encoded, for the app's own; any other IRI gives its last segment as a name);
 * any other textual body is a comment (the note); a body that is only an IRI is a resource,
 * which a linking annotation points to.
 */
import type { LabelRef, NoticeReason, Tally } from './parsed-set';
import { bump } from './parsed-set';
import type { W3cBody } from './w3c-schema';

export interface Bodies {
  tags: LabelRef[];
  /** Textual bodies that are not tags, in order: the note, or a link's relation. */
  texts: string[];
  /** Bodies that are only a resource IRI. */
  iris: string[];
}

const LABEL_IRI = /^urn:close-reader:label:(.*):([^:]+)$/i;
const TAG_PURPOSES = new Set(['tagging', 'classifying']);

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** What a tag IRI says about its label: set and id for the app's own, else a name from its last segment. */
export function labelRefFromIri(iri: string): LabelRef {
  const own = LABEL_IRI.exec(iri);
  if (own) {
    const setId = decode(own[1]);
    return { ...(setId ? { setId } : {}), labelId: decode(own[2]) };
  }
  const last = iri.replace(/[/#]+$/, '').split(/[/#:]/).pop();
  return last ? { name: decode(last) } : {};
}

export function readBodies(bodies: readonly W3cBody[] | undefined, bodyValue: string | undefined, notices: Tally<NoticeReason>): Bodies {
  const out: Bodies = { tags: [], texts: bodyValue ? [bodyValue] : [], iris: [] };
  for (const b of bodies ?? []) {
    const iri = b.source?.id ?? b.id;
    if (b.purpose?.some((p) => TAG_PURPOSES.has(p))) {
      const ref: LabelRef = { ...(iri ? labelRefFromIri(iri) : {}), ...(b.value?.trim() ? { name: b.value.trim() } : {}) };
      if (ref.name || ref.labelId) out.tags.push(ref);
    } else if (b.value !== undefined) {
      if (b.value.trim()) out.texts.push(b.value);
    } else if (iri) {
      out.iris.push(iri);
    } else {
      bump(notices, 'ignored-bodies');
    }
  }
  out.tags = pairTags(out.tags);
  return out;
}

/**
 * A label is often written twice: its name as a tagging TextualBody and its IRI as a
 * classifying SpecificResource (Close Reader's own export does this). When names and IRIs
 * come in equal numbers, the n-th name and the n-th IRI are one label.
 */
function pairTags(tags: LabelRef[]): LabelRef[] {
  const named = tags.filter((t) => !t.labelId);
  const iris = tags.filter((t) => t.labelId && !t.name);
  if (!named.length || named.length !== iris.length || named.length + iris.length !== tags.length) return tags;
  return named.map((t, i) => ({ ...iris[i], ...t }));
}
