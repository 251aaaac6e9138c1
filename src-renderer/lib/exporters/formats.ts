/** What the export dialog offers: one entry per format, in the order it lists them. */
import type { ExportFormat } from './types';
import { EXTENSIONS } from './file-names';

export interface ExportFormatInfo {
  format: ExportFormat;
  label: string;
  description: string;
  extension: string;
  /** Whether the format keeps annotations that could not be placed on the text (orphans). */
  keepsOrphans: boolean;
}

const info = (format: ExportFormat, label: string, description: string, keepsOrphans: boolean): ExportFormatInfo => ({
  format,
  label,
  description,
  extension: EXTENSIONS[format],
  keepsOrphans,
});

export const EXPORT_FORMAT_INFO: readonly ExportFormatInfo[] = [
  info('close-reader-set', 'Close Reader set', 'Documents, labels, annotations, notes and links: everything, for another Close Reader.', true),
  info('w3c', 'W3C Web Annotation (JSON-LD)', 'The open standard for annotations, read by Hypothesis-style tools and digital libraries.', true),
  info('csv', 'Spreadsheet (CSV)', 'One row per annotation, for Excel, LibreOffice, R or pandas.', true),
  info('markdown', 'Markdown report', 'Readable notes: quotes by document, then each claim with its evidence.', true),
  info('doccano', 'doccano (JSONL)', 'Spans and relations for the doccano annotation tool and NLP training.', false),
  info('brat', 'brat standoff (zip)', 'Text and .ann files with the label configuration, for brat and NLP corpora.', false),
  info('refi-qda', 'REFI-QDA project (.qdpx)', 'Codes, coded passages, memos and links for QualCoder, MAXQDA, ATLAS.ti, NVivo.', false),
];
