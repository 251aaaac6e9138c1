/**
 * Importing documents in a batch: one file at a time so progress shows and the batch
 * can be cancelled; a bad file is reported and the rest go on; nothing stored changes
 * for a file that fails.
 */
import { addDocuments, listWaitingAnnotations, loadSettings, putAnnotations } from '../db';
import { importDocument, ImportError } from '../importers';
import { adoptWaitingAnnotations } from '../importers/sets';
import type { PickedFile } from '../platform/types';
import type { ReaderDocument } from '../model';
import { announcer } from './announcer.svelte';
import { plural } from '../format';

export interface ImportSummary {
  imported: { id: string; title: string; file: string }[];
  /** Annotations imported earlier that were waiting for one of these documents. */
  adopted: number;
  existing: { id: string; title: string; file: string }[];
  failed: { file: string; reason: string }[];
  cancelled: boolean;
}

class Imports {
  running = $state(false);
  total = $state(0);
  done = $state(0);
  current = $state('');
  summary = $state<ImportSummary | null>(null);
  #abort: AbortController | null = null;
  /** Called with each newly stored document (the search index listens). */
  onAdded: ((docs: ReaderDocument[]) => void) | undefined;

  cancel(): void {
    this.#abort?.abort();
  }

  async run(files: PickedFile[]): Promise<ImportSummary> {
    const abort = (this.#abort = new AbortController());
    const summary: ImportSummary = { imported: [], existing: [], failed: [], adopted: 0, cancelled: false };
    const { maxImportBytes } = await loadSettings();
    this.running = true;
    this.total = files.length;
    this.done = 0;
    this.summary = null;
    try {
      for (const file of files) {
        if (abort.signal.aborted) {
          summary.cancelled = true;
          break;
        }
        this.current = file.name;
        try {
          const doc = await importDocument(file, { maxBytes: maxImportBytes, signal: abort.signal });
          const { added, existing } = await addDocuments([doc]);
          if (added.length) {
            summary.imported.push({ id: doc.id, title: doc.title, file: file.name });
            summary.adopted += await adoptWaiting(doc);
            this.onAdded?.([doc]);
          } else {
            summary.existing.push({ id: doc.id, title: existing[0]?.title ?? doc.title, file: file.name });
          }
        } catch (err) {
          if (abort.signal.aborted) {
            summary.cancelled = true;
            break;
          }
          summary.failed.push({
            file: file.name,
            reason: err instanceof ImportError ? err.reason : `could not be read (${(err as Error)?.message ?? err}).`,
          });
        }
        this.done++;
      }
    } finally {
      this.running = false;
      this.current = '';
      this.#abort = null;
    }
    this.summary = summary;
    announcer.say(describe(summary), { toast: false });
    return summary;
  }

  dismiss(): void {
    this.summary = null;
  }
}

/** Places annotations that were imported before their document arrived. */
async function adoptWaiting(doc: ReaderDocument): Promise<number> {
  const waiting = await listWaitingAnnotations();
  if (!waiting.length) return 0;
  const adopted = adoptWaitingAnnotations(doc, waiting);
  if (adopted.length) await putAnnotations(adopted);
  return adopted.length;
}

export function describe(s: ImportSummary): string {
  const parts = [];
  if (s.imported.length) parts.push(`${plural(s.imported.length, 'document')} imported`);
  if (s.existing.length) parts.push(`${s.existing.length} already in the library`);
  if (s.failed.length) parts.push(`${s.failed.length} failed`);
  if (s.adopted) parts.push(`${plural(s.adopted, 'waiting annotation')} placed`);
  if (s.cancelled) parts.push('import cancelled');
  return parts.join(', ') || 'Nothing imported';
}

export const imports = new Imports();
