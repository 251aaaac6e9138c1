import type { TextPositionSelector, TextQuote, TextQuoteSelector } from '../model';

/** What describe() returns: both selectors of the W3C model for one span. */
export interface SpanSelectors {
  position: TextPositionSelector;
  quote: TextQuoteSelector;
}

/** What anchor() needs: the quote, and the old position as a hint when known. */
export interface AnchorTarget {
  quote: TextQuote;
  position?: { start: number; end: number };
}

export interface Anchored {
  orphan?: false;
  start: number;
  end: number;
  /** 1 for an exact match; below 1 for an approximate one. */
  score: number;
  /** Which step placed it. */
  method: 'position' | 'quote' | 'fuzzy';
}

export interface Orphan {
  orphan: true;
  /** Why it could not be placed, in plain words. */
  reason: string;
  /** The score of the best candidate that was refused, when there was one. */
  bestScore?: number;
}

export type AnchorResult = Anchored | Orphan;

export interface AnchorOptions {
  /** Lowest score accepted for an approximate match (0–1). Default 0.75. */
  minScore?: number;
}
