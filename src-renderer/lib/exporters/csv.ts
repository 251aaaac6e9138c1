/**
 * CSV for spreadsheets and data tools: one row per live annotation, documents in the
 * export's order, annotations in reading order. UTF-8 with a byte order mark (so Excel
 * reads it as UTF-8), CRLF line ends, RFC 4180 quoting (papaparse).
 *
 * Columns: Document title, Document id, Label, Quote, Note, Start, End, Page, Author,
 * Created, Modified, Status, Links, Annotation id.
 * - Start/End count Unicode code points from 0, like the W3C, REFI-QDA, doccano and brat
 *   exports (and Python string slicing). Page is the page number when the document has
 *   pages. An orphan's (or an annotation of a document outside the export) Start, End
 *   and Page are empty: its last known offsets no longer point at its quote, which is in
 *   the Quote column as stored.
 * - Links: "relation:annotation id" pairs joined by "; ", links to annotations outside
 *   the export left out.
 * - A cell that starts with = + - @ tab or CR gets a leading ' so that no spreadsheet runs
 *   it as a formula (CSV injection).
 */
import Papa from 'papaparse';
import { pageAt } from '../model';
import { exportFileName } from './file-names';
import { utf8Joined } from './bytes';
import { codePointSpan, prepare, type PreparedAnnotation } from './prepare';
import { DEFAULT_TITLE, type ExportFile, type ExportInput, type ExportOptions } from './types';

export const CSV_COLUMNS = [
  'Document title',
  'Document id',
  'Label',
  'Quote',
  'Note',
  'Start',
  'End',
  'Page',
  'Author',
  'Created',
  'Modified',
  'Status',
  'Links',
  'Annotation id',
] as const;

// papaparse's own pattern for `escapeFormulae: true` ends in `.*$` without the s flag, so
// it misses a cell whose first line is a formula and that goes on to a second line.
const FORMULA_START = /^[=+\-@\t\r]/;

export function exportCsv(input: ExportInput, options: ExportOptions = {}): ExportFile {
  const prepared = prepare(input);
  const rows = prepared.annotations.map(row);
  const csv = Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n', escapeFormulae: FORMULA_START });
  return {
    fileName: exportFileName('csv', options.title ?? DEFAULT_TITLE),
    mediaType: 'text/csv;charset=utf-8',
    bytes: utf8Joined(['\uFEFF', csv]),
    report: { annotations: rows.length, skipped: prepared.skipped },
  };
}

function row(p: PreparedAnnotation): (string | number)[] {
  const a = p.annotation;
  const span = p.placed ? codePointSpan(p) : undefined;
  const page = p.placed ? pageAt(p.document!.doc.blocks, p.start) : undefined;
  return [
    p.document?.doc.title ?? '',
    a.documentId,
    p.label.name,
    p.quote.exact,
    a.note,
    span?.start ?? '',
    span?.end ?? '',
    page ?? '',
    a.author,
    a.created,
    a.modified,
    a.status,
    p.links.map((l) => `${l.relation}:${l.to}`).join('; '),
    a.id,
  ];
}
