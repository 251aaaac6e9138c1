import { GramIndex, MIN_NEEDLE } from './gram-index';
import { normalise, type NormalisedText } from './normalise';

/** Below this size a scan is as fast as building the gram index. */
const INDEX_MIN_LENGTH = 32_768;
/** Whole-text lookups answered by scanning before the index is built (one anchor() rarely needs more). */
const SCANS_BEFORE_INDEX = 4;

/**
 * One document text prepared for anchoring, built lazily and shared by every target of
 * an anchorAll() call: the matching copy (see normalise.ts) and, once lookups over the
 * whole text add up, a gram index over it.
 */
export class SearchableText {
  private normalised?: NormalisedText;
  private index?: GramIndex;
  private scans = 0;

  constructor(readonly raw: string) {}

  get norm(): NormalisedText {
    return (this.normalised ??= normalise(this.raw));
  }

  /** The matching copy. */
  get copy(): string {
    return this.norm.text;
  }

  /** Ascending start offsets of `needle` in the matching copy, all within [from, to). */
  occurrences(needle: string, from = 0, to = this.copy.length): number[] {
    const copy = this.copy;
    from = Math.max(0, from);
    to = Math.min(copy.length, to);
    if (to - from < needle.length || !needle) return [];
    if (from === 0 && to === copy.length && needle.length >= MIN_NEEDLE && copy.length >= INDEX_MIN_LENGTH) {
      if (this.index || ++this.scans > SCANS_BEFORE_INDEX) return (this.index ??= new GramIndex(copy)).find(needle);
    }
    // A slice keeps indexOf from running past the window when the needle is not in it.
    const part = from === 0 && to === copy.length ? copy : copy.slice(from, to);
    const out: number[] = [];
    for (let i = part.indexOf(needle); i !== -1; i = part.indexOf(needle, i + 1)) out.push(from + i);
    return out;
  }
}
