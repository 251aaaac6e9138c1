/** Messages between the export worker and its deflate workers (lib/workers/deflate.worker.ts). */
import type { DeflatedSegment, Segment } from '../exporters';

export interface DeflateRequest {
  ticket: number;
  segment: Segment;
}

export type DeflateReply = { ticket: number; ok: true; result: DeflatedSegment } | { ticket: number; ok: false; message: string };
