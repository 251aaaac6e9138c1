/**
 * Exports run here, off the main thread: writing and zipping 100,000 annotations takes
 * seconds, during which the reader keeps scrolling, reading and annotating. The worker
 * reads the scope from IndexedDB itself and hands back the file's bytes (transferred,
 * not copied).
 */
import { runExportJob } from './run-export';
import { warmDeflatePool } from './export-with-pool';
import type { ExportJob, ExportReply, ExportWarmUp } from './export-protocol';

onmessage = async (e: MessageEvent<ExportJob | ExportWarmUp>) => {
  if ('warm' in e.data) {
    // A pool that cannot start fails the export that needs it, with its message.
    warmDeflatePool().catch(() => {});
    return;
  }
  const job = e.data;
  let reply: ExportReply;
  try {
    reply = { ticket: job.ticket, ok: true, file: await runExportJob(job) };
  } catch (err) {
    reply = { ticket: job.ticket, ok: false, message: (err as Error)?.message ?? String(err) };
  }
  postMessage(reply, { transfer: reply.ok ? [reply.file.bytes.buffer as ArrayBuffer] : [] });
};
