/**
 * The open document: its text, label set and annotations (kept live from the database),
 * and what the reader is doing with them (focus, selection, re-attaching).
 */
import type { Subscription } from 'dexie';
import {
  getDocument,
  getText,
  listLabelSets,
  loadAnnotationsWithRev,
  loadPaintCache,
  paintSpans,
  savePaintCache,
  type PaintSpan,
  listAnnotations,
  onAnnotationsChanged,
  watchDocument,
  watchLabelSets,
  type AnnotationChange,
  type StoredDocument,
} from '../db';
import type { Annotation, DocumentText, Label, LabelSet } from '../model';
import { DEFAULT_LABEL_SET_ID, byPosition, defaultLabelSet } from '../model';

export interface Span {
  start: number;
  end: number;
}

class ReaderState {
  doc = $state.raw<StoredDocument | null>(null);
  text = $state.raw<DocumentText | null>(null);
  labelSets = $state.raw<LabelSet[]>([]);
  /** Every annotation of the document in reading order, orphans included. */
  annotations = $state.raw<Annotation[]>([]);
  loading = $state(false);
  /** Highlights from the paint cache, shown until the full annotations are read. */
  cachedSpans = $state.raw<PaintSpan[]>([]);
  missing = $state(false);
  focusedId = $state<string | null>(null);
  hoverId = $state<string | null>(null);
  /** The current text selection mapped to offsets, when there is one. */
  selection = $state<Span | null>(null);
  /** An annotation waiting for a new passage (re-attach or adjust extent). */
  reattachId = $state<string | null>(null);
  /** The annotation whose note editor is open in the sidebar. */
  editingId = $state<string | null>(null);
  /** Registered by the reading pane: scrolls a passage into view and flashes it. */
  reveal: ((span: Span, options?: { flash?: boolean; behavior?: ScrollBehavior }) => void) | undefined;
  /** Registered by the sidebar: scrolls an annotation's card into view. */
  revealCard: ((id: string) => void) | undefined;
  /**
   * Registered by the reading pane: paints a change to this document the moment it
   * arrives, before the effects that follow it (sidebar, counts) run. The pane's full
   * repaint still follows.
   */
  paintChange: ((put: readonly Annotation[], deleted: readonly string[]) => void) | undefined;
  /** An annotation being created here: focused the moment its card can appear. */
  #focusOnArrival: { id: string; then?: () => void } | null = null;
  #subs: Subscription[] = [];
  #stopChanges: (() => void) | undefined;
  #openId: string | null = null;

  labelSet = $derived<LabelSet>(
    this.labelSets.find((s) => s.id === (this.doc?.labelSetId ?? DEFAULT_LABEL_SET_ID)) ??
      this.labelSets.find((s) => s.id === DEFAULT_LABEL_SET_ID) ??
      defaultLabelSet(),
  );

  labelsById = $derived(new Map<string, Label>(this.labelSet.labels.map((l) => [l.id, l])));
  byId = $derived(new Map(this.annotations.map((a) => [a.id, a])));
  anchored = $derived(this.annotations.filter((a) => a.status !== 'orphan'));
  orphans = $derived(this.annotations.filter((a) => a.status === 'orphan'));
  focused = $derived(this.focusedId ? this.byId.get(this.focusedId) : undefined);

  /** Links pointing at each annotation, for "supported by" lines on cards. */
  incoming = $derived.by(() => {
    const map = new Map<string, { from: Annotation; relation: string }[]>();
    for (const a of this.annotations)
      for (const l of a.links) {
        const list = map.get(l.to) ?? [];
        list.push({ from: a, relation: l.relation });
        map.set(l.to, list);
      }
    return map;
  });

  get id(): string | null {
    return this.#openId;
  }

  async open(id: string): Promise<void> {
    if (this.#openId === id) return;
    this.close();
    this.#openId = id;
    this.loading = true;
    this.missing = false;
    // The text first: it is what the reader waits for; highlights follow a moment later.
    const [doc, text, sets, cache] = await Promise.all([getDocument(id), getText(id), listLabelSets(), loadPaintCache(id)]);
    performance.mark('cr:text-loaded');
    if (this.#openId !== id) return;
    if (!doc || !text) {
      this.missing = true;
      this.loading = false;
      return;
    }
    this.labelSets = sets;
    this.doc = doc;
    this.text = text;
    this.#subs.push(
      watchDocument(id).subscribe((d) => {
        if (this.#openId === id) this.doc = d ?? null;
      }),
      watchLabelSets().subscribe((s) => (this.labelSets = s)),
    );
    // Changes arrive as records (see db/changes.ts); listen before the first read so
    // that nothing committed in between is missed.
    this.#stopChanges = onAnnotationsChanged((c) => this.#onChange(c));
    // The paint cache (one small record, read with the text) paints the highlights as soon
    // as the text is on screen; all the annotations (thousands of records, for the
    // sidebar) are read meanwhile.
    const full = loadAnnotationsWithRev(id);
    const spans = paintSpans(cache, doc.rev);
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    if (spans && this.#openId === id) this.cachedSpans = spans;
    const { annotations, rev } = await full;
    this.#setAnnotations(id, annotations);
    this.cachedSpans = [];
    this.loading = false;
    if (!spans) void savePaintCache(id, rev, annotations);
  }

  /** Reads the open document's annotations again (after a bulk change). */
  async reload(): Promise<void> {
    const id = this.#openId;
    if (!id) return;
    this.#setAnnotations(id, await listAnnotations(id));
  }

  #setAnnotations(id: string, list: Annotation[]): void {
    if (this.#openId !== id) return;
    performance.mark('cr:annotations-loaded');
    this.annotations = list;
    if (this.focusedId && !list.some((a) => a.id === this.focusedId)) this.focusedId = null;
  }

  #onChange(change: AnnotationChange): void {
    const id = this.#openId;
    if (!id || !change.documentIds.includes(id)) return;
    if (change.reload) {
      void this.reload();
      return;
    }
    this.#apply(id, change.put ?? [], change.deleted ?? []);
  }

  #apply(id: string, put: readonly Annotation[], deleted: readonly string[]): void {
    // A change of a few annotations (a key press) looks them up in the list: rebuilding the
    // id map of 10,000 first would cost more than the whole paint.
    const few = put.length + deleted.length <= 16;
    const find = (x: string) => (few ? this.annotations.find((a) => a.id === x) : this.byId.get(x));
    const mine = put.filter((a) => a.documentId === id);
    let list = this.annotations;
    if (deleted.some((d) => find(d))) {
      const gone = new Set(deleted);
      list = list.filter((a) => !gone.has(a.id));
      if (this.focusedId && gone.has(this.focusedId)) this.focusedId = null;
    }
    for (const a of mine) if (find(a.id) !== a) list = upsert(list, a);
    if (list === this.annotations) return;
    this.annotations = list;
    this.paintChange?.(mine, deleted);
    const arriving = this.#focusOnArrival;
    if (arriving && put.some((a) => a.id === arriving.id)) {
      this.#focusOnArrival = null;
      this.focusedId = arriving.id;
      arriving.then?.();
    }
  }

  /** Focuses a new annotation (one not yet in the list) as soon as it arrives, then calls `then`. */
  focusOnArrival(id: string, then?: () => void): void {
    this.#focusOnArrival = { id, then };
  }

  close(): void {
    for (const s of this.#subs) s.unsubscribe();
    this.#subs = [];
    this.#stopChanges?.();
    this.#stopChanges = undefined;
    this.#openId = null;
    this.doc = null;
    this.text = null;
    this.annotations = [];
    this.cachedSpans = [];
    this.focusedId = null;
    this.#focusOnArrival = null;
    this.hoverId = null;
    this.selection = null;
    this.reattachId = null;
    this.editingId = null;
  }

  /** Focuses an annotation: its passage and its card come into view. */
  focus(a: Annotation, options: { flash?: boolean; card?: boolean } = {}): void {
    this.focusedId = a.id;
    if (a.status !== 'orphan') this.reveal?.(a, { flash: options.flash ?? true });
    if (options.card !== false) this.revealCard?.(a.id);
  }

  labelFor(a: Annotation): Label | undefined {
    return this.labelsById.get(a.label);
  }

  /** The next (or previous) anchored annotation after the focused one, for J / K. */
  step(direction: 1 | -1): Annotation | undefined {
    const list = this.anchored;
    if (!list.length) return undefined;
    const at = this.focusedId ? list.findIndex((a) => a.id === this.focusedId) : -1;
    if (at === -1) return direction === 1 ? list[0] : list[list.length - 1];
    return list[(at + direction + list.length) % list.length];
  }
}

/** A copy of a list sorted by position, with `a` in its place (replacing the same id). */
function upsert(list: Annotation[], a: Annotation): Annotation[] {
  const out = list.filter((x) => x.id !== a.id);
  let lo = 0;
  let hi = out.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byPosition(out[mid], a) <= 0) lo = mid + 1;
    else hi = mid;
  }
  out.splice(lo, 0, a);
  return out;
}

export const reader = new ReaderState();
