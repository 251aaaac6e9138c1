/**
 * Reads a Close Reader set: every document, label set and annotation is checked, offsets are
 * checked against the texts, and each document id must be the SHA-256 of its text (the id
 * is what lines documents up between libraries, so a wrong one is refused, not trusted).
 */
import type { Annotation, LabelSet, SetDocument } from '../../model';
import { sha256Hex, SET_VERSION } from '../../model';
import { fail, itemName, joinPath, type Where } from './errors';
import {
  annotationSchema,
  documentSchema,
  labelSetSchema,
  setEnvelopeSchema,
  tombstoneSchema,
} from './close-reader-set-schema';
import type { IncomingAnnotation, LabelRef, ParsedSet } from './parsed-set';
import { validate } from './schema-kit';

export async function readCloseReaderSet(fileName: string, value: unknown, zipped: boolean): Promise<ParsedSet> {
  const top: Where = { fileName, path: '' };
  const version = (value as { version?: unknown }).version;
  if (version !== SET_VERSION) {
    const newer = typeof version === 'number' && version > SET_VERSION;
    fail(
      { fileName, path: 'version' },
      newer
        ? `is ${version}: the set was written by a newer Close Reader; this one reads version ${SET_VERSION}`
        : `must be ${SET_VERSION} (got ${JSON.stringify(version)})`,
    );
  }
  const envelope = validate(setEnvelopeSchema, value, top);

  const documents = envelope.documents.map((raw, i) => readDocument(raw, i, fileName));
  const docsById = new Map<string, SetDocument>();
  documents.forEach((doc, i) => {
    if (docsById.has(doc.id)) fail(docWhere(fileName, i, doc), 'is listed twice');
    docsById.set(doc.id, doc);
  });

  const labelSets = envelope.labelSets.map((raw, i) => readLabelSet(raw, i, fileName));
  const setsById = new Map<string, LabelSet>();
  labelSets.forEach((set, i) => {
    if (setsById.has(set.id)) fail({ fileName, path: `labelSets[${i}]`, item: itemName('label set', i, set) }, 'is listed twice');
    setsById.set(set.id, set);
  });

  const annotations = envelope.annotations.map((raw, i) => readAnnotation(raw, i, fileName, docsById, setsById));

  await checkDocumentIds(documents, fileName);
  return { fileName, format: 'close-reader-set', zipped, documents, labelSets, annotations, skipped: {}, notices: {} };
}

function docWhere(fileName: string, i: number, doc: { id: string; title?: string }): Where {
  return { fileName, path: `documents[${i}]`, item: doc.title ? `document ${i} (“${doc.title}”)` : itemName('document', i, doc) };
}

function readDocument(raw: unknown, i: number, fileName: string): SetDocument {
  const where = docWhere(fileName, i, (raw ?? {}) as { id: string; title?: string });
  const doc = validate(documentSchema, raw, where);
  doc.blocks.forEach((b, j) => {
    if (b.start > b.end || b.end > doc.text.length) {
      fail({ ...where, path: joinPath(where.path, 'blocks', j) }, `spans ${b.start}–${b.end}, which is not within the text (length ${doc.text.length})`);
    }
  });
  return doc;
}

function readLabelSet(raw: unknown, i: number, fileName: string): LabelSet {
  const where: Where = { fileName, path: `labelSets[${i}]`, item: itemName('label set', i, raw) };
  const set = validate(labelSetSchema, raw, where);
  const seen = new Set<string>();
  set.labels.forEach((l, j) => {
    if (seen.has(l.id)) fail({ ...where, path: joinPath(where.path, 'labels', j, 'id') }, `repeats the label id “${l.id}”`);
    seen.add(l.id);
  });
  return set;
}

function readAnnotation(
  raw: unknown,
  i: number,
  fileName: string,
  docs: Map<string, SetDocument>,
  sets: Map<string, LabelSet>,
): IncomingAnnotation {
  const where: Where = { fileName, path: `annotations[${i}]`, item: itemName('annotation', i, raw) };
  if ((raw as { deleted?: unknown } | null)?.deleted === true) {
    const t = validate(tombstoneSchema, raw, where);
    return {
      index: i,
      id: t.id.toLowerCase(),
      target: { documentId: t.documentId, waitingId: t.documentId },
      tags: [],
      note: '',
      links: [],
      author: t.author ?? '',
      created: t.modified,
      modified: t.modified,
      deleted: true,
    };
  }
  const a: Annotation = validate(annotationSchema, raw, where);
  a.id = a.id.toLowerCase();
  if (a.start > a.end) fail({ ...where, path: `${where.path}.end` }, `(${a.end}) is before start (${a.start})`);
  const doc = docs.get(a.documentId);
  if (doc && a.status !== 'orphan' && a.end > doc.text.length) {
    fail({ ...where, path: `${where.path}.end` }, `(${a.end}) is past the end of its document’s text (length ${doc.text.length})`);
  }
  return {
    index: i,
    id: a.id,
    target: {
      documentId: a.documentId,
      source: a.sourceUrl,
      waitingId: a.documentId,
      quote: a.quote,
      position: { start: a.start, end: a.end, unit: 'utf16' },
    },
    tags: [labelRef(a.label, doc ? sets.get(doc.labelSetId) : undefined)],
    note: a.note,
    links: a.links,
    author: a.author,
    created: a.created,
    modified: a.modified,
    stored: a,
  };
}

function labelRef(labelId: string, set: LabelSet | undefined): LabelRef {
  const name = set?.labels.find((l) => l.id === labelId)?.name;
  return { labelId, ...(set ? { setId: set.id } : {}), ...(name ? { name } : {}) };
}

async function checkDocumentIds(documents: SetDocument[], fileName: string): Promise<void> {
  const hashes = await Promise.all(documents.map((d) => sha256Hex(d.text)));
  documents.forEach((doc, i) => {
    if (hashes[i] !== doc.id.toLowerCase()) {
      fail({ ...docWhere(fileName, i, doc), path: `documents[${i}].id` }, 'is not the SHA-256 of the document’s text: the text was changed after export, or the id is wrong');
    }
  });
}
