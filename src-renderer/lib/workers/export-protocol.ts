/** Messages between the app and the export worker (lib/workers/export.worker.ts). */
import type { ScopeFilter } from '../db';
import type { ExportFile, ExportFormat } from '../exporters';

export interface ExportJob {
  ticket: number;
  documentIds: string[] | 'all';
  filter: ScopeFilter;
  format: ExportFormat;
  title: string;
  /** The app's version, written into the file as its generator. */
  version: string;
}

/** Sent when the export dialog opens: start the deflate workers now, so they are ready for the export. */
export interface ExportWarmUp {
  warm: true;
}

export type ExportReply = { ticket: number; ok: true; file: ExportFile } | { ticket: number; ok: false; message: string };
