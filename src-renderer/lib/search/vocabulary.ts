/**
 * Every indexed term with the number of entries (passages, titles, notes) that hold it.
 * It gives the rarity of a term for ranking, and the completions of a prefix: the text
 * index stores whole words only (prefix tokens would make it five times larger), so a
 * word being typed is searched as its most frequent completions.
 *
 * Counts of a removed document's passages cannot be lowered (its text is gone by then);
 * they only steer completions and weights, and are exact again after a rebuild.
 */

export class Vocabulary {
  private readonly counts = new Map<string, number>();
  /** Sorted terms; may still hold removed terms, skipped on lookup. */
  private sorted: string[] = [];
  /** Terms added since `sorted` was last merged. */
  private pending: string[] = [];

  get size(): number {
    return this.counts.size;
  }

  /** Counts one entry holding these distinct terms. */
  add(terms: Iterable<string>): void {
    for (const term of terms) {
      const n = this.counts.get(term);
      if (n === undefined) this.pending.push(term);
      this.counts.set(term, (n ?? 0) + 1);
    }
  }

  /** Uncounts one entry holding these distinct terms. */
  remove(terms: Iterable<string>): void {
    for (const term of terms) {
      const n = this.counts.get(term);
      if (n === undefined) continue;
      if (n > 1) this.counts.set(term, n - 1);
      else this.counts.delete(term);
    }
  }

  frequency(term: string): number {
    return this.counts.get(term) ?? 0;
  }

  /** Up to `k` terms starting with `prefix`, the most frequent first (the prefix itself when it is a term). */
  completions(prefix: string, k: number): string[] {
    const sorted = this.merged();
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const best: { term: string; n: number }[] = [];
    for (let i = lo; i < sorted.length && sorted[i].startsWith(prefix); i++) {
      const term = sorted[i];
      const count = this.counts.get(term);
      if (count === undefined) continue;
      const n = term === prefix ? Infinity : count;
      if (best.length === k && n <= best[k - 1].n) continue;
      let at = best.length;
      while (at > 0 && best[at - 1].n < n) at--;
      best.splice(at, 0, { term, n });
      if (best.length > k) best.pop();
    }
    return best.map((b) => b.term);
  }

  clear(): void {
    this.counts.clear();
    this.sorted = [];
    this.pending = [];
  }

  toJSON(): [string, number][] {
    return [...this.counts];
  }

  /** Replaces the content with a JSON form made by toJSON(). */
  load(entries: readonly [string, number][]): void {
    this.clear();
    for (const [term, n] of entries) this.counts.set(term, n);
    this.pending = [...this.counts.keys()];
  }

  private merged(): string[] {
    if (!this.pending.length) return this.sorted;
    const fresh = this.pending.sort();
    const out: string[] = [];
    let i = 0;
    let j = 0;
    // Merging drops removed terms and the duplicates of terms removed then added again.
    const keep = (term: string) => {
      if (this.counts.has(term) && out[out.length - 1] !== term) out.push(term);
    };
    while (i < this.sorted.length || j < fresh.length) {
      if (j >= fresh.length || (i < this.sorted.length && this.sorted[i] <= fresh[j])) keep(this.sorted[i++]);
      else keep(fresh[j++]);
    }
    this.sorted = out;
    this.pending = [];
    return out;
  }
}
