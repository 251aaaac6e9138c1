/** One export, from the stored library to a file: what the export worker runs, and the fallback where there are no workers. */
import { loadExportScope } from '../db';
import type { ExportFile } from '../exporters';
import { exportWithPool } from './export-with-pool';
import type { ExportJob } from './export-protocol';

export async function runExportJob(job: Omit<ExportJob, 'ticket'>): Promise<ExportFile> {
  const scope = await loadExportScope(job.documentIds, job.filter);
  const input = { ...scope, generator: { name: 'Close Reader', version: job.version } };
  return (await exportWithPool(job.format, input, { title: job.title })).file;
}
