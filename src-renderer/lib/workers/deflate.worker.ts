/**
 * Deflates segments of a large export's zip beside the export worker (which goes on writing
 * the next ones): the second core and beyond do the compressing.
 */
import { deflateSegment } from '../exporters';
import type { DeflateReady, DeflateReply, DeflateRequest } from './deflate-protocol';

// A fresh worker runs the compressor slowly until the engine has optimised it: an export's
// first megabytes (its many small source files) went at half speed. Half a megabyte of
// text-like bytes deflated at start-up, while the exporter still prepares, warms it.
function warmUp(): void {
  const words = ['the', 'report', 'village', 'committee', 'witness', 'in', '2024', '<Coding guid="', '7a7b740b-1a91-8c1d', '" creationDateTime="2025-02-01T10:00:00.000Z">'];
  const parts: string[] = [];
  let length = 0;
  for (let x = 1; length < 1 << 19; ) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    const part = words[x % words.length] + (x % 7 === 0 ? '\n' : ' ');
    parts.push(part);
    length += part.length;
  }
  const data = new TextEncoder().encode(parts.join(''));
  for (let i = 0; i < 2; i++) deflateSegment({ data, dictionary: new Uint8Array(0), final: i === 1 });
}
warmUp();
postMessage({ ready: true } satisfies DeflateReady);

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
