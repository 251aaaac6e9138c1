import { contextSimilarity } from './context-similarity';

/** The quote of a target in the matching copy's terms. */
export interface PreparedQuote {
  exact: string;
  prefix: string;
  suffix: string;
  /** Where the quote started, in matching-copy offsets, when a position was recorded. */
  hint?: number;
}

/** A place in the matching copy where the quote may sit. */
export interface Candidate {
  start: number;
  end: number;
  /** Edits between the quote and copy[start, end). */
  errors: number;
}

export interface ScoredCandidate extends Candidate {
  /** 0–1, see scoreCandidate. */
  score: number;
  /** 0–1: how well the recorded prefix and suffix agree with the text around it. */
  context: number;
}

/** Agreement assumed for a side whose context was not recorded: no evidence either way. */
const UNKNOWN_CONTEXT = 0.5;
/**
 * The similarity unrelated text reaches by chance (shared spaces and common letters):
 * measured on the sample readings, a median of 0.25 and a 99th percentile of 0.38. Only
 * agreement above it counts as evidence.
 */
const CHANCE_SIMILARITY = 0.25;
const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 50;
const POSITION_WEIGHT = 2;
/**
 * Quotes up to this long lean on their context with full weight. Shorter than this, a
 * near-identical sentence elsewhere (boilerplate, a refrain) is too likely to be trusted
 * without its surroundings.
 */
const DISTINCTIVE_LENGTH = 64;

/**
 * A weighted mean of how closely the quote matches (1 − errors / length), how well the
 * recorded prefix and suffix agree with the text around the candidate, and how near the
 * candidate is to the recorded position. The context weighs less as the quote grows: a
 * long quote found with few errors is evidence enough, while a short one found in a
 * different context is most likely another passage that happens to share the words.
 */
export function scoreCandidate(copy: string, quote: PreparedQuote, c: Candidate): ScoredCandidate {
  // An empty prefix from describe() means the quote began the text; with no context at
  // all (another tool recorded none) nothing is known about either side.
  const recorded = quote.prefix !== '' || quote.suffix !== '';
  const before = quote.prefix
    ? beyondChance(contextSimilarity(copy, c.start, quote.prefix, 'before'))
    : recorded && c.start === 0 ? 1 : UNKNOWN_CONTEXT;
  const after = quote.suffix
    ? beyondChance(contextSimilarity(copy, c.end, quote.suffix, 'after'))
    : recorded && c.end === copy.length ? 1 : UNKNOWN_CONTEXT;
  const context = (before + after) / 2;
  const length = quote.exact.length;
  const contextWeight = CONTEXT_WEIGHT * Math.min(1, DISTINCTIVE_LENGTH / length);
  let total = QUOTE_WEIGHT * (1 - c.errors / length) + contextWeight * context;
  let weights = QUOTE_WEIGHT + contextWeight;
  if (quote.hint !== undefined) {
    total += POSITION_WEIGHT * (1 - Math.min(1, Math.abs(c.start - quote.hint) / Math.max(1, copy.length)));
    weights += POSITION_WEIGHT;
  }
  return { ...c, score: total / weights, context };
}

function beyondChance(similarity: number): number {
  return Math.max(0, (similarity - CHANCE_SIMILARITY) / (1 - CHANCE_SIMILARITY));
}

/** Scores every candidate and returns the best (the first of equals), if any. */
export function bestCandidate(copy: string, quote: PreparedQuote, candidates: readonly Candidate[]): ScoredCandidate | undefined {
  let best: ScoredCandidate | undefined;
  for (const c of candidates) {
    const scored = scoreCandidate(copy, quote, c);
    if (!best || scored.score > best.score) best = scored;
  }
  return best;
}
