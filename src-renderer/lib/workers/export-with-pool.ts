/** Writing one export file as the export worker does: with deflate workers where the file may be a zip. */
import { exportAsAsync, ZIPPED_FORMATS, type ExportFile, type ExportFormat, type ExportInput, type ExportOptions } from '../exporters';
import { inThreadDeflater, openDeflatePool } from './deflate-pool';

export async function exportWithPool(format: ExportFormat, input: ExportInput, options: ExportOptions): Promise<{ file: ExportFile; deflateWorkers: number }> {
  // Opened before the export starts, so its workers warm up while the exporter prepares.
  const pool = ZIPPED_FORMATS.has(format) ? openDeflatePool() : undefined;
  try {
    return { file: await exportAsAsync(format, input, options, pool ?? inThreadDeflater), deflateWorkers: pool?.size ?? 0 };
  } finally {
    pool?.close();
  }
}
