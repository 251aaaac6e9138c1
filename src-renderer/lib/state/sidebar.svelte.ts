/** What the Annotations sidebar shows: filters over the open document's annotations. */
import type { Annotation } from '../model';
import { fold } from '../text/find';
import { reader } from './reader.svelte';

class SidebarState {
  /** Labels hidden by the reader; empty shows all. */
  hiddenLabels = $state<string[]>([]);
  author = $state<string>('');
  notesOnly = $state(false);
  orphansOnly = $state(false);
  text = $state('');

  active = $derived(
    this.hiddenLabels.length > 0 || !!this.author || this.notesOnly || this.orphansOnly || this.text.trim() !== '',
  );

  authors = $derived([...new Set(reader.annotations.map((a) => a.author))].sort());

  counts = $derived.by(() => {
    const c: Record<string, number> = {};
    for (const a of reader.annotations) c[a.label] = (c[a.label] ?? 0) + 1;
    return c;
  });

  filtered = $derived.by(() => {
    // Unfiltered (the usual case): no pass over 10,000 annotations at all.
    if (!this.active) return reader.annotations;
    const needle = fold(this.text.trim());
    const hidden = new Set(this.hiddenLabels);
    return reader.annotations.filter(
      (a: Annotation) =>
        !hidden.has(a.label) &&
        (!this.author || a.author === this.author) &&
        (!this.notesOnly || a.note.trim() !== '') &&
        (!this.orphansOnly || a.status === 'orphan') &&
        (!needle || fold(a.quote.exact).includes(needle) || fold(a.note).includes(needle)),
    );
  });

  /** Orphans first, in their own group; then the rest in reading order. */
  orphans = $derived(this.active ? this.filtered.filter((a) => a.status === 'orphan') : reader.orphans);
  placed = $derived(
    this.active ? this.filtered.filter((a) => a.status !== 'orphan') : reader.orphans.length ? reader.anchored : reader.annotations,
  );

  toggleLabel(id: string): void {
    this.hiddenLabels = this.hiddenLabels.includes(id)
      ? this.hiddenLabels.filter((l) => l !== id)
      : [...this.hiddenLabels, id];
  }

  reset(): void {
    this.hiddenLabels = [];
    this.author = '';
    this.notesOnly = false;
    this.orphansOnly = false;
    this.text = '';
  }
}

export const sidebar = new SidebarState();
