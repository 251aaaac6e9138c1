/**
 * Exports in the export worker when the platform has workers, else (Node, tests) on this
 * thread: the same runExportJob runs in both places.
 */
import type { ExportFile } from '../exporters';
import type { ExportJob, ExportReply, ExportWarmUp } from '../workers/export-protocol';
import { runExportJob } from '../workers/run-export';

let worker: Worker | undefined;
let tickets = 0;
const waiting = new Map<number, { resolve: (f: ExportFile) => void; reject: (e: Error) => void }>();

function exportWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('../workers/export.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (e: MessageEvent<ExportReply>) => {
    const r = e.data;
    const w = waiting.get(r.ticket);
    waiting.delete(r.ticket);
    if (r.ok) w?.resolve(r.file);
    else w?.reject(new Error(r.message));
  };
  worker.onerror = (e) => {
    // A worker that cannot start (or dies) fails every export waiting on it; the next starts afresh.
    for (const w of waiting.values()) w.reject(new Error(e.message || 'the export worker stopped'));
    waiting.clear();
    worker?.terminate();
    worker = undefined;
  };
  return worker;
}

/** Starts the export worker and its deflate workers ahead of an export (the dialog opened). */
export function warmExport(): void {
  if (typeof Worker !== 'undefined') exportWorker().postMessage({ warm: true } satisfies ExportWarmUp);
}

/** Runs the export off the main thread where it can. */
export function startExport(job: Omit<ExportJob, 'ticket'>): Promise<ExportFile> {
  if (typeof Worker === 'undefined') return runExportJob(job);
  const ticket = ++tickets;
  return new Promise((resolve, reject) => {
    waiting.set(ticket, { resolve, reject });
    exportWorker().postMessage({ ...job, ticket } satisfies ExportJob);
  });
}
