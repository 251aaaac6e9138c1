/**
 * A feed of annotation changes, sent by the repository once the transaction that made
 * them has committed, to this window and (over a BroadcastChannel) to the app's other
 * windows. The open document applies a change directly instead of reading its 10,000
 * annotations again, which a live query would do on every keystroke's worth of change.
 */
import { Dexie } from 'dexie';
import type { Annotation } from '../model';
import { db } from './schema';

export interface AnnotationChange {
  documentIds: string[];
  /** Annotations written, as stored. */
  put?: Annotation[];
  /** Ids of annotations removed (deleted, or their document deleted). */
  deleted?: string[];
  /** Too much changed to send: read the documents' annotations again. */
  reload?: boolean;
}

type Listener = (change: AnnotationChange) => void;

const listeners = new Set<Listener>();
/** Beyond this many records a change is sent as a reload, not as records. */
const MAX_RECORDS = 500;
let channel: { name: string; bc: BroadcastChannel } | undefined;

function broadcastChannel(): BroadcastChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  const name = `close-reader:${db.name}:annotations`;
  if (channel?.name !== name) {
    channel?.bc.close();
    const bc = new BroadcastChannel(name);
    bc.onmessage = (e: MessageEvent<AnnotationChange>) => deliver(e.data);
    channel = { name, bc };
  }
  return channel.bc;
}

function deliver(change: AnnotationChange): void {
  // Benchmarks read this mark: a change has been committed and reached this window.
  performance.mark('cr:stored');
  for (const l of listeners) l(change);
}

export function onAnnotationsChanged(listener: Listener): () => void {
  broadcastChannel();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function compact(change: AnnotationChange): AnnotationChange {
  const n = (change.put?.length ?? 0) + (change.deleted?.length ?? 0);
  return n > MAX_RECORDS ? { documentIds: change.documentIds, reload: true } : change;
}

/**
 * Announces a change made in the current transaction; it is delivered when the
 * outermost transaction commits, and never if it aborts.
 */
export function announce(change: AnnotationChange): void {
  if (!change.documentIds.length) return;
  const send = () => {
    const c = compact(change);
    deliver(c);
    broadcastChannel()?.postMessage(c);
  };
  const idb = Dexie.currentTransaction?.idbtrans;
  if (idb) idb.addEventListener('complete', send, { once: true });
  else send();
}
