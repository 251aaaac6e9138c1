/**
 * Deflates segments of a large export's zip beside the export worker (which goes on writing
 * the next ones): the second core and beyond do the compressing.
 */
import { deflateSegment } from '../exporters';
import type { DeflateReply, DeflateRequest } from './deflate-protocol';

onmessage = (e: MessageEvent<DeflateRequest>) => {
  const { ticket, segment } = e.data;
  let reply: DeflateReply;
  try {
    reply = { ticket, ok: true, result: deflateSegment(segment) };
  } catch (err) {
    reply = { ticket, ok: false, message: (err as Error)?.message ?? String(err) };
  }
  postMessage(reply, { transfer: reply.ok ? [reply.result.data.buffer as ArrayBuffer] : [] });
};
