/**
 * Writing one export file as the export worker does: with deflate workers where the file may
 * be a zip. The pool is kept between exports (kept.ts) and opened when the export dialog
 * opens (warmDeflatePool), so that its workers are started and warmed up by the time the
 * reader presses Export.
 */
import { exportAsAsync, ZIPPED_FORMATS, type ExportFile, type ExportFormat, type ExportInput, type ExportOptions } from '../exporters';
import { inThreadDeflater, openDeflatePool } from './deflate-pool';
import { Kept } from './kept';

/** A minute: exporting a scope in several formats, one after another, reuses the same workers. */
const IDLE_MS = 60_000;

const pool = new Kept(() => openDeflatePool(), IDLE_MS);

/** Starts the deflate workers ahead of an export; settles once they are ready. */
export function warmDeflatePool(): Promise<void> {
  return pool.warm().ready;
}

/** Closes the deflate workers now (the next export starts new ones). */
export function closeDeflatePool(): void {
  pool.close();
}

export async function exportWithPool(format: ExportFormat, input: ExportInput, options: ExportOptions): Promise<{ file: ExportFile; deflateWorkers: number }> {
  if (!ZIPPED_FORMATS.has(format)) return { file: await exportAsAsync(format, input, options, inThreadDeflater), deflateWorkers: 0 };
  return pool.use(async (p) => ({ file: await exportAsAsync(format, input, options, p), deflateWorkers: p.size }));
}
