/**
 * A pool of deflate workers, one per core (at most four), all started at once so that each
 * warms up its compressor before the first segment comes (export-with-pool.ts keeps one
 * between exports). A segment goes to the worker with the fewest waiting, at once: each
 * worker keeps its own queue, so it never sits idle while the export worker is busy writing
 * and not reading replies. (Handing out one segment per worker at a time left them waiting
 * for the writer to look up.) Where there are no workers (Node, tests), segments are
 * deflated on this thread: the bytes are the same.
 */
import { deflateSegment, type DeflatedSegment, type Deflater, type Segment } from '../exporters';
import type { DeflateReady, DeflateReply, DeflateRequest } from './deflate-protocol';

export interface DeflatePool extends Deflater {
  /** How many workers the pool runs. */
  size: number;
  /** Settles when every worker has started and warmed up (rejects if one cannot start). */
  ready: Promise<void>;
  /** Why the pool no longer deflates (closed, or a worker stopped); undefined while it does. */
  readonly stopped: string | undefined;
  close(): void;
}

interface Job {
  ticket: number;
  resolve: (r: DeflatedSegment) => void;
  reject: (e: Error) => void;
}

interface Entry {
  worker: Worker;
  /** Sent and not yet answered, oldest first: a worker answers in order. */
  jobs: Job[];
}

/** Segments deflated on this thread, one at a time. */
export const inThreadDeflater: Deflater = { deflate: async (s) => deflateSegment(s), inFlight: 1 };

export function openDeflatePool(cores = globalThis.navigator?.hardwareConcurrency ?? 1): DeflatePool {
  if (typeof Worker === 'undefined') return { ...inThreadDeflater, size: 0, ready: Promise.resolve(), stopped: undefined, close() {} };
  const size = Math.max(1, Math.min(4, cores));
  let tickets = 0;
  let stopped: string | undefined;
  let warming = size;
  let warmed: () => void;
  let failed: (e: Error) => void;
  const ready = new Promise<void>((resolve, reject) => ((warmed = resolve), (failed = reject)));
  // Nobody may wait for it: a failure is met by the deflates it fails.
  ready.catch(() => {});

  function fail(message: string): void {
    for (const w of workers) for (const job of w.jobs.splice(0)) job.reject(new Error(message));
  }

  function start(): Entry {
    const entry: Entry = { worker: new Worker(new URL('./deflate.worker.ts', import.meta.url), { type: 'module' }), jobs: [] };
    entry.worker.onmessage = (e: MessageEvent<DeflateReply | DeflateReady>) => {
      const r = e.data;
      if ('ready' in r) {
        if (--warming === 0) warmed();
        return;
      }
      const job = entry.jobs.shift();
      if (!job) return;
      if (job.ticket !== r.ticket) job.reject(new Error('a deflate worker answered out of order'));
      else if (r.ok) job.resolve(r.result);
      else job.reject(new Error(r.message));
    };
    entry.worker.onerror = (e) => {
      // The export cannot go on without the segments that worker held.
      stopped = e.message || 'a deflate worker stopped';
      fail(stopped);
      failed(new Error(stopped));
    };
    return entry;
  }

  const workers = Array.from({ length: size }, start);

  return {
    size,
    ready,
    get stopped() {
      return stopped;
    },
    inFlight: size * 2,
    deflate(segment: Segment) {
      return new Promise((resolve, reject) => {
        if (stopped) return reject(new Error(stopped));
        const entry = workers.reduce((a, b) => (b.jobs.length < a.jobs.length ? b : a));
        const ticket = ++tickets;
        entry.jobs.push({ ticket, resolve, reject });
        // A segment that owns its buffer is handed over; a view into someone else's is copied.
        const { data } = segment;
        const own = segment.owned || (data.byteOffset === 0 && data.byteLength === data.buffer.byteLength) ? data : data.slice();
        entry.worker.postMessage({ ticket, segment: { ...segment, data: own } } satisfies DeflateRequest, { transfer: [own.buffer as ArrayBuffer] });
      });
    },
    close() {
      stopped = 'the deflate workers were closed';
      fail(stopped);
      failed(new Error(stopped));
      for (const w of workers) w.worker.terminate();
    },
  };
}
