/**
 * A pool of deflate workers for one export, one per core (at most four): they compress
 * while the export worker writes, and all of them at once when it is done writing. Where there are no workers (Node, tests), segments are
 * deflated on this thread: the bytes are the same.
 */
import { deflateSegment, type DeflatedSegment, type Segment, type SegmentDeflater } from '../exporters';
import type { DeflateReply, DeflateRequest } from './deflate-protocol';

export interface DeflatePool {
  deflate: SegmentDeflater;
  /** How many segments the export may keep waiting at once: enough to keep every worker busy. */
  inFlight: number;
  close(): void;
}

export function openDeflatePool(cores = globalThis.navigator?.hardwareConcurrency ?? 1): DeflatePool {
  if (typeof Worker === 'undefined') return { deflate: async (s) => deflateSegment(s), inFlight: 1, close() {} };
  const size = Math.max(1, Math.min(4, cores));
  const workers: { worker: Worker; busy: number }[] = [];
  const waiting = new Map<number, { resolve: (r: DeflatedSegment) => void; reject: (e: Error) => void }>();
  let tickets = 0;

  function fail(message: string): void {
    for (const w of waiting.values()) w.reject(new Error(message));
    waiting.clear();
  }

  function start(): { worker: Worker; busy: number } {
    const entry = { worker: new Worker(new URL('./deflate.worker.ts', import.meta.url), { type: 'module' }), busy: 0 };
    entry.worker.onmessage = (e: MessageEvent<DeflateReply>) => {
      const r = e.data;
      entry.busy--;
      const w = waiting.get(r.ticket);
      waiting.delete(r.ticket);
      if (r.ok) w?.resolve(r.result);
      else w?.reject(new Error(r.message));
    };
    entry.worker.onerror = (e) => fail(e.message || 'a deflate worker stopped');
    workers.push(entry);
    return entry;
  }

  function deflate(segment: Segment): Promise<DeflatedSegment> {
    // The least busy worker; a new one while the pool is not full.
    const idle = workers.find((w) => w.busy === 0);
    const entry = idle ?? (workers.length < size ? start() : workers.reduce((a, b) => (b.busy < a.busy ? b : a)));
    entry.busy++;
    const ticket = ++tickets;
    return new Promise((resolve, reject) => {
      waiting.set(ticket, { resolve, reject });
      // A segment that fills its own buffer is handed over; a view into a larger one is copied.
      const whole = segment.data.byteOffset === 0 && segment.data.byteLength === segment.data.buffer.byteLength;
      const data = whole ? segment.data : segment.data.slice();
      entry.worker.postMessage({ ticket, segment: { ...segment, data } } satisfies DeflateRequest, { transfer: [data.buffer as ArrayBuffer] });
    });
  }

  return {
    deflate,
    inFlight: size * 2,
    close() {
      fail('the export was closed');
      for (const w of workers) w.worker.terminate();
    },
  };
}
