/**
 * Exporters: pure functions from a scope of the library (documents, label sets,
 * annotations) to the bytes of a file another tool reads. No Dexie, no DOM: the caller
 * loads the scope, calls exportAs, and hands the file to the platform's save dialog.
 */
import { draftBrat, exportBrat } from './brat';
import { draftCloseReaderSet, exportCloseReaderSet } from './close-reader-set';
import { exportCsv } from './csv';
import { exportDoccano } from './doccano';
import { exportMarkdown } from './markdown';
import { draftRefiQda, exportRefiQda } from './refi-qda';
import { finishDraft, finishDraftAsync } from './finish';
import type { ExportDraft, ExportFile, ExportFormat, ExportInput, ExportOptions } from './types';
import type { Deflater } from './zip';
import { exportW3c } from './w3c';

const EXPORTERS: Record<ExportFormat, (input: ExportInput, options?: ExportOptions) => ExportDraft> = {
  'close-reader-set': draftCloseReaderSet,
  w3c: exportW3c,
  csv: exportCsv,
  markdown: exportMarkdown,
  doccano: exportDoccano,
  brat: draftBrat,
  'refi-qda': draftRefiQda,
};

/** Writes the scope in one format. Throws ExportError for input it cannot write (duplicate ids). */
export function exportAs(format: ExportFormat, input: ExportInput, options: ExportOptions = {}): ExportFile {
  return finishDraft(draft(format, input, options));
}

/** The same file, its zip (if any) deflated by `deflate` (the export worker's deflate workers) as it is written. */
export function exportAsAsync(format: ExportFormat, input: ExportInput, options: ExportOptions, deflater: Deflater): Promise<ExportFile> {
  return finishDraftAsync(draft(format, input, options), deflater);
}

function draft(format: ExportFormat, input: ExportInput, options: ExportOptions): ExportDraft {
  const exporter = Object.hasOwn(EXPORTERS, format) ? EXPORTERS[format] : undefined;
  if (!exporter) throw new RangeError(`unknown export format “${String(format)}”; known: ${Object.keys(EXPORTERS).join(', ')}`);
  return exporter(input, options);
}

export { exportFileName } from './file-names';
export { EXPORT_FORMAT_INFO, type ExportFormatInfo } from './formats';
export { ExportError } from './errors';
export { deflateSegment, type DeflatedSegment, type Deflater, type Segment, type SegmentDeflater } from './zip';
export { SET_ZIP_ENTRY, type SetFile } from './close-reader-set';
export type { SetTombstone } from '../model';
export { EXPORT_FORMATS, ZIPPED_FORMATS } from './types';
export type { ExportFile, ExportFormat, ExportInput, ExportOptions, ExportReport, ExportTombstone, SkippedItem } from './types';
export { exportBrat, exportCloseReaderSet, exportCsv, exportDoccano, exportMarkdown, exportRefiQda, exportW3c };
