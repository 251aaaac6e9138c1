/** The library list: every document, sorted and filtered as the reader asks. */
import type { Subscription } from 'dexie';
import { watchDocuments, watchLabelSets, type StoredDocument } from '../db';
import { DEFAULT_LABEL_SET_ID, DOCUMENT_FORMATS, defaultLabelSet, type DocumentFormat, type LabelSet } from '../model';

export type LibrarySort = 'added' | 'title' | 'author' | 'annotations';

export const SORT_LABELS: Record<LibrarySort, string> = {
  added: 'Date added',
  title: 'Title',
  author: 'Author',
  annotations: 'Annotations',
};

export function formatOf(doc: StoredDocument): DocumentFormat {
  const byType = (Object.entries(DOCUMENT_FORMATS) as [DocumentFormat, string][]).find(
    ([, type]) => type === doc.source.mediaType,
  );
  return byType?.[0] ?? 'txt';
}

export function totalAnnotations(doc: StoredDocument): number {
  return Object.values(doc.counts ?? {}).reduce((a, b) => a + b, 0);
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

class LibraryState {
  documents = $state.raw<StoredDocument[]>([]);
  labelSets = $state.raw<LabelSet[]>([]);
  loaded = $state(false);
  sort = $state<LibrarySort>('added');
  format = $state<DocumentFormat | 'all'>('all');
  filter = $state('');
  #sub: Subscription | undefined;

  visible = $derived.by(() => {
    const needle = this.filter.trim().toLocaleLowerCase();
    const list = this.documents.filter(
      (d) =>
        (this.format === 'all' || formatOf(d) === this.format) &&
        (!needle ||
          d.title.toLocaleLowerCase().includes(needle) ||
          (d.meta.author ?? '').toLocaleLowerCase().includes(needle) ||
          (d.meta.publisher ?? d.meta.section ?? '').toLocaleLowerCase().includes(needle)),
    );
    const by: Record<LibrarySort, (a: StoredDocument, b: StoredDocument) => number> = {
      added: (a, b) => b.addedAt.localeCompare(a.addedAt) || collator.compare(a.title, b.title),
      title: (a, b) => collator.compare(a.title, b.title),
      author: (a, b) => collator.compare(a.meta.author ?? '\uffff', b.meta.author ?? '\uffff') || collator.compare(a.title, b.title),
      annotations: (a, b) => totalAnnotations(b) - totalAnnotations(a) || collator.compare(a.title, b.title),
    };
    return list.sort(by[this.sort]);
  });

  formats = $derived([...new Set(this.documents.map(formatOf))].sort());

  #setsSub: Subscription | undefined;

  /** Keeps the list live while the library is on screen (it is not needed while reading). */
  start(): void {
    if (this.#sub) return;
    this.#setsSub = watchLabelSets().subscribe((sets) => (this.labelSets = sets));
    this.#sub = watchDocuments().subscribe({
      next: (docs) => {
        if (!this.loaded) performance.mark('cr:library-data');
        this.documents = docs;
        this.loaded = true;
      },
      error: (err) => console.error('library query failed', err),
    });
  }

  stop(): void {
    this.#sub?.unsubscribe();
    this.#setsSub?.unsubscribe();
    this.#sub = this.#setsSub = undefined;
  }

  labelSetOf(doc: StoredDocument): LabelSet {
    return (
      this.labelSets.find((s) => s.id === doc.labelSetId) ??
      this.labelSets.find((s) => s.id === DEFAULT_LABEL_SET_ID) ??
      defaultLabelSet()
    );
  }

  byId(id: string): StoredDocument | undefined {
    return this.documents.find((d) => d.id === id);
  }
}

export const library = new LibraryState();
