/**
 * A pool of deflate workers for one export, one per core (at most four). While the export
 * worker is writing, one core is left to it (the writing is the longer part, and a worker
 * more would only take turns with it); while it waits, and once it is done, every worker
 * deflates. Where there are no workers (Node, tests), segments are deflated on this thread:
 * the bytes are the same.
 */
import { deflateSegment, type DeflatedSegment, type Deflater, type Segment } from '../exporters';
import type { DeflateReply, DeflateRequest } from './deflate-protocol';

export interface DeflatePool extends Deflater {
  /** How many workers the pool may run. */
  size: number;
  close(): void;
}

interface Job {
  ticket: number;
  segment: Segment;
  resolve: (r: DeflatedSegment) => void;
  reject: (e: Error) => void;
}

export function openDeflatePool(cores = globalThis.navigator?.hardwareConcurrency ?? 1): DeflatePool {
  if (typeof Worker === 'undefined') return { size: 0, deflate: async (s) => deflateSegment(s), inFlight: 1, close() {} };
  const size = Math.max(1, Math.min(4, cores));
  const workers: { worker: Worker; job?: Job }[] = [];
  const queue: Job[] = [];
  let tickets = 0;
  let writing = true;
  let stopped: string | undefined;

  const running = () => workers.filter((w) => w.job).length;
  const limit = () => (writing ? Math.max(1, size - 1) : size);

  function fail(message: string): void {
    for (const job of [...queue.splice(0), ...workers.flatMap((w) => (w.job ? [w.job] : []))]) job.reject(new Error(message));
    for (const w of workers) w.job = undefined;
  }

  function start(): { worker: Worker; job?: Job } {
    const entry: { worker: Worker; job?: Job } = { worker: new Worker(new URL('./deflate.worker.ts', import.meta.url), { type: 'module' }) };
    entry.worker.onmessage = (e: MessageEvent<DeflateReply>) => {
      const r = e.data;
      const job = entry.job;
      entry.job = undefined;
      if (job && job.ticket === r.ticket) {
        if (r.ok) job.resolve(r.result);
        else job.reject(new Error(r.message));
      }
      pump();
    };
    entry.worker.onerror = (e) => {
      // The export cannot go on without the segments that worker held.
      stopped = e.message || 'a deflate worker stopped';
      fail(stopped);
    };
    workers.push(entry);
    return entry;
  }

  function pump(): void {
    while (!stopped && queue.length && running() < limit()) {
      const entry = workers.find((w) => !w.job) ?? start();
      const job = queue.shift()!;
      entry.job = job;
      // A segment that fills its own buffer is handed over; a view into a larger one is copied.
      const { data } = job.segment;
      const own = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength ? data : data.slice();
      entry.worker.postMessage({ ticket: job.ticket, segment: { ...job.segment, data: own } } satisfies DeflateRequest, {
        transfer: [own.buffer as ArrayBuffer],
      });
    }
  }

  return {
    size,
    inFlight: size * 2,
    deflate(segment) {
      return new Promise((resolve, reject) => {
        if (stopped) return reject(new Error(stopped));
        queue.push({ ticket: ++tickets, segment, resolve, reject });
        pump();
      });
    },
    waiting(on) {
      writing = !on;
      pump();
    },
    close() {
      stopped = 'the export was closed';
      fail(stopped);
      for (const w of workers) w.worker.terminate();
    },
  };
}
