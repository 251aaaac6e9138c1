/** Messages between the export worker and its deflate workers (lib/workers/deflate.worker.ts). */
import type { DeflatedSegment, Segment } from '../exporters';

export interface DeflateRequest {
  ticket: number;
  segment: Segment;
}

export type DeflateReply = { ticket: number; ok: true; result: DeflatedSegment } | { ticket: number; ok: false; message: string };

/** What a deflate worker sends once, when it has started and warmed up its compressor. */
export interface DeflateReady {
  ready: true;
}
