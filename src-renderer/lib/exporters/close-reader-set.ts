/**
 * The Close Reader set, format "close-reader-set", version 1: everything needed to rebuild
 * the exported part of a library without loss. Importing it into an empty library gives
 * back the same documents, label sets, annotations and tombstones, field for field.
 *
 * File: UTF-8 JSON, no BOM, one object (`.crset.json`, application/json). When the JSON
 * is larger than 20 MB it is written instead as a zip (`.crset.zip`, application/zip)
 * holding exactly one entry, `set.json`, deflated, with the same JSON.
 *
 * {
 *   "format": "close-reader-set",          // always this string
 *   "version": 1,                          // always this number; a reader refuses others
 *   "exportedAt": "2025-03-01T10:00:00.000Z",
 *   "generator": "Close Reader 0.1.0",     // name and version of the writing app
 *   "documents": [SetDocument…],          // model/set.ts: every DocumentRecord field (id,
 *                                          // title, source, meta, wordCount, charCount,
 *                                          // addedAt, labelSetId, sample?) plus text and
 *                                          // blocks, as stored, in the order of the export
 *   "labelSets": [LabelSet…],             // model/labels.ts, as stored
 *   "annotations": [
 *     Annotation…,                         // model/annotation.ts, every field as stored
 *                                          // (offsets in UTF-16 code units, the app's own
 *                                          // unit; notes, links, author, created, modified,
 *                                          // status, score?, sourceUrl?); live ones only,
 *                                          // by document, then reading order
 *     { "id", "documentId", "modified",   // then one tombstone per deleted annotation:
 *       "author"?, "deleted": true }      // exactly these keys, and no others
 *   ]
 * }
 *
 * Fields are copied as the model objects hold them: a field added to the model later travels
 * without a change here. An annotation may name a document that is not in `documents` (one
 * waiting for its document); the set keeps it as it is.
 */
import type { Annotation, CloseReaderSet, SetTombstone } from '../model';
import { SET_FORMAT, SET_VERSION } from '../model';
import { concatBytes, Utf8Writer } from './bytes';
import { exportFileName } from './file-names';
import { finishDraft } from './finish';
import { generatorName, prepare } from './prepare';
import { DEFAULT_TITLE, type ExportDraft, type ExportFile, type ExportInput, type ExportOptions, type ExportTombstone } from './types';

/** The JSON as written: the model's CloseReaderSet. */
export type SetFile = CloseReaderSet;

export const SET_ZIP_ENTRY = 'set.json';
const ZIP_ABOVE_BYTES = 20 * 1024 * 1024;

export function exportCloseReaderSet(input: ExportInput, options: ExportOptions = {}): ExportFile {
  return finishDraft(draftCloseReaderSet(input, options));
}

export function draftCloseReaderSet(input: ExportInput, options: ExportOptions = {}): ExportDraft {
  const prepared = prepare(input, { readQuotes: false });
  const tombstones: SetTombstone[] = [
    ...(input.tombstones ?? []),
    // An annotation handed over already deleted is a tombstone too.
    ...input.annotations.filter((a) => a.deleted),
  ].map(tombstone);
  const header: Omit<SetFile, 'documents' | 'labelSets' | 'annotations'> = {
    format: SET_FORMAT,
    version: SET_VERSION,
    exportedAt: prepared.exportedAt,
    generator: generatorName(prepared.generator),
  };
  const annotations: (Annotation | SetTombstone)[] = [...prepared.annotations.map((p) => p.annotation), ...tombstones];
  // The same JSON as JSON.stringify of the whole SetFile, written in pieces: a library of
  // 100,000 annotations makes tens of megabytes, which need never sit in one string.
  function* json(): Generator<Uint8Array> {
    const out = new Utf8Writer();
    out.write(`${JSON.stringify(header).slice(0, -1)},"documents":[`);
    for (const [i, d] of input.documents.entries()) {
      out.write((i ? ',' : '') + JSON.stringify(d));
      yield* out.take();
    }
    out.write(`],"labelSets":${JSON.stringify(input.labelSets)},"annotations":[`);
    for (const [i, b] of batches(annotations).entries()) {
      out.write((i ? ',' : '') + JSON.stringify(b).slice(1, -1));
      yield* out.take();
    }
    out.write(']}');
    yield* out.take();
  }
  const report = { annotations: prepared.annotations.length, skipped: [] };
  const name = exportFileName('close-reader-set', options.title ?? DEFAULT_TITLE);
  // Written only as far as the size that decides JSON or zip: past it, the rest is written as
  // the zip is deflated (in workers, alongside).
  const limit = options.zipAboveBytes ?? ZIP_ABOVE_BYTES;
  const chunks = json();
  const head: Uint8Array[] = [];
  let size = 0;
  while (size <= limit) {
    const next = chunks.next();
    if (next.done) return { fileName: name, mediaType: 'application/json', bytes: concatBytes(head), report };
    head.push(next.value);
    size += next.value.length;
  }
  function* all(): Generator<Uint8Array> {
    yield* head;
    yield* chunks;
  }
  const zip = { entries: [{ name: SET_ZIP_ENTRY, chunks: all() }], mtime: prepared.exportedAt };
  return { fileName: name.replace(/\.json$/, '.zip'), mediaType: 'application/zip', zip, report };
}

const BATCH = 1000;

function batches<T>(list: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += BATCH) out.push(list.slice(i, i + BATCH));
  return out;
}

function tombstone(t: ExportTombstone): SetTombstone {
  return t.author === undefined
    ? { id: t.id, documentId: t.documentId, modified: t.modified, deleted: true }
    : { id: t.id, documentId: t.documentId, modified: t.modified, author: t.author, deleted: true };
}
