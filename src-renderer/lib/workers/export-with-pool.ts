/** Writing one export file as the export worker does: with deflate workers where the file may be a zip. */
import { exportAsAsync, type ExportFile, type ExportFormat, type ExportInput, type ExportOptions } from '../exporters';
import { inThreadDeflater, openDeflatePool } from './deflate-pool';

// Formats whose file may be a zip (the set, when large): their deflate workers start, and
// warm up, while the exporter prepares. The others never deflate and start none.
const MAY_ZIP: ReadonlySet<ExportFormat> = new Set(['close-reader-set', 'brat', 'refi-qda']);

export async function exportWithPool(format: ExportFormat, input: ExportInput, options: ExportOptions): Promise<{ file: ExportFile; deflateWorkers: number }> {
  const pool = MAY_ZIP.has(format) ? openDeflatePool() : undefined;
  try {
    return { file: await exportAsAsync(format, input, options, pool ?? inThreadDeflater), deflateWorkers: pool?.size ?? 0 };
  } finally {
    pool?.close();
  }
}
