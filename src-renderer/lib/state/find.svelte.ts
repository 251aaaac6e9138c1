/** Find in document (Ctrl+F): every match highlighted, one current, next and previous. */
import { findAll, type Match } from '../text/find';
import { reader } from './reader.svelte';

class FindState {
  open = $state(false);
  query = $state('');
  current = $state(-1);

  matches = $derived<Match[]>(
    this.open && reader.text && this.query.trim().length > 0 ? findAll(reader.text.text, this.query) : [],
  );

  show(): void {
    this.open = true;
    const sel = reader.selection;
    if (sel && reader.text && sel.end - sel.start < 80) this.query = reader.text.text.slice(sel.start, sel.end);
  }

  hide(): void {
    this.open = false;
    this.current = -1;
  }

  /** Moves to the next match (or previous with -1), wrapping around. */
  step(direction: 1 | -1): void {
    const n = this.matches.length;
    if (!n) return;
    this.current = this.current < 0 ? (direction === 1 ? 0 : n - 1) : (this.current + direction + n) % n;
  }

  /** The first match at or after an offset becomes current (typing starts from where the reader is). */
  seek(): void {
    this.current = this.matches.length ? 0 : -1;
  }
}

export const find = new FindState();
