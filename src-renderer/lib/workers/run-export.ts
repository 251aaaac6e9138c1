/** One export, from the stored library to a file: what the export worker runs, and the fallback where there are no workers. */
import { loadExportScope } from '../db';
import { exportAs, type ExportFile } from '../exporters';
import type { ExportJob } from './export-protocol';

export async function runExportJob(job: Omit<ExportJob, 'ticket'>): Promise<ExportFile> {
  const scope = await loadExportScope(job.documentIds, job.filter);
  return exportAs(job.format, { ...scope, generator: { name: 'Close Reader', version: job.version } }, { title: job.title });
}
