import { maxErrorsFor, searchWindow, seededSearch } from './approximate-search';
import { normaliseFragment } from './normalise';
import { bestCandidate, type Candidate, type PreparedQuote, type ScoredCandidate } from './scoring';
import { SearchableText } from './searchable-text';
import { splitsPair } from './surrogates';
import type { AnchorOptions, AnchorResult, AnchorTarget, Anchored, Orphan } from './types';

const DEFAULT_MIN_SCORE = 0.75;
/** Search this far on each side of the recorded position before searching the whole text. */
const WINDOW = 1024;
/** A match equal to the quote only once both are normalised (spacing, quotes, dashes) scores at most this. */
const NORMALISED_MATCH_SCORE = 0.99;

/**
 * Places a quote on a text, or explains why it cannot. In order:
 * 1. the recorded position, when the quote is still exactly there;
 * 2. the quote, exactly (after normalising spacing, quotes, dashes and compatibility
 *    forms), near the recorded position when its context agrees there, else anywhere,
 *    the occurrences ranked by prefix/suffix agreement and closeness to the position;
 * 3. an approximate match with at most one error per 10 characters (32 at most), first
 *    near the recorded position, then anywhere.
 * A candidate scoring below `options.minScore` is refused: the annotation is reported as
 * an orphan rather than attached to text it probably does not belong to. Offsets are
 * always into `text` (UTF-16) and never split a surrogate pair.
 */
export function anchor(text: string, target: AnchorTarget, options?: AnchorOptions): AnchorResult {
  return anchorIn(new SearchableText(text), target, minScoreOf(options));
}

/** anchor() for many targets on one text, building the normalised copy and its index once. */
export function anchorAll(text: string, targets: readonly AnchorTarget[], options?: AnchorOptions): AnchorResult[] {
  const minScore = minScoreOf(options);
  const searchable = new SearchableText(text);
  return targets.map((target) => anchorIn(searchable, target, minScore));
}

function minScoreOf(options: AnchorOptions | undefined): number {
  const minScore = options?.minScore ?? DEFAULT_MIN_SCORE;
  if (!(minScore >= 0 && minScore <= 1)) throw new RangeError(`anchor: options.minScore ${minScore} is not between 0 and 1`);
  return minScore;
}

function anchorIn(text: SearchableText, target: AnchorTarget, minScore: number): AnchorResult {
  const { exact, prefix, suffix } = target.quote;
  if (!exact) return orphan('The annotation has no quoted text to look for.');
  const position = target.position;
  if (position && text.raw.slice(position.start, position.end) === exact && position.start >= 0) {
    return { start: position.start, end: position.end, score: 1, method: 'position' };
  }

  const quote: PreparedQuote = {
    exact: normaliseFragment(exact),
    prefix: normaliseFragment(prefix),
    suffix: normaliseFragment(suffix),
    hint: position && Number.isFinite(position.start) ? text.norm.fromOriginal(position.start) : undefined,
  };
  if (!quote.exact.trim()) return orphan('The quote holds only spaces or invisible characters, so there is nothing to look for.');
  const copy = text.copy;
  const m = quote.exact.length;

  // 2. Exactly: near the recorded position when the context agrees fully, else anywhere.
  if (quote.hint !== undefined) {
    const nearby = exactCandidates(text, quote.exact, quote.hint - WINDOW, quote.hint + m + WINDOW);
    const best = bestCandidate(copy, quote, nearby);
    if (best && best.context === 1 && best.score >= minScore) return placed(text, exact, best, 'quote');
  }
  const exactBest = bestCandidate(copy, quote, exactCandidates(text, quote.exact));
  if (exactBest && exactBest.score >= minScore) return placed(text, exact, exactBest, 'quote');

  // 3. Approximately.
  const maxErrors = maxErrorsFor(m);
  if (maxErrors === 0) {
    return exactBest
      ? refused(text, exactBest, minScore)
      : orphan('The quote is too short to look for approximately, and it no longer occurs exactly in the text.');
  }
  let best = exactBest;
  if (quote.hint !== undefined) {
    const nearby = bestCandidate(copy, quote, searchWindow(copy, quote.exact, maxErrors, quote.hint - WINDOW, quote.hint + m + WINDOW));
    if (nearby && nearby.score >= minScore) return placed(text, exact, nearby, 'fuzzy');
    best = better(best, nearby);
  }
  best = better(best, bestCandidate(copy, quote, seededSearch(text, quote.exact, maxErrors)));
  if (best && best.score >= minScore) return placed(text, exact, best, best.errors ? 'fuzzy' : 'quote');
  return best
    ? refused(text, best, minScore)
    : orphan('The quoted passage is no longer in the text, not even approximately: it may have been removed or rewritten.');
}

function exactCandidates(text: SearchableText, exact: string, from?: number, to?: number): Candidate[] {
  return text.occurrences(exact, from, to).map((start) => ({ start, end: start + exact.length, errors: 0 }));
}

function better(a: ScoredCandidate | undefined, b: ScoredCandidate | undefined): ScoredCandidate | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.score > a.score ? b : a;
}

function placed(text: SearchableText, exact: string, c: ScoredCandidate, method: 'quote' | 'fuzzy'): Anchored {
  let { start, end } = text.norm.toOriginal(c.start, c.end);
  if (splitsPair(text.raw, start)) start--;
  if (splitsPair(text.raw, end)) end++;
  const score = method === 'quote' && text.raw.slice(start, end) === exact ? 1 : Math.min(NORMALISED_MATCH_SCORE, c.score);
  return { start, end, score, method };
}

function refused(text: SearchableText, c: ScoredCandidate, minScore: number): Orphan {
  const { start, end } = text.norm.toOriginal(c.start, c.end);
  const found = text.raw.slice(start, end);
  const shown = found.length > 60 ? `${found.slice(0, 40)}…${found.slice(-15)}` : found;
  return {
    orphan: true,
    reason:
      `The closest passage in the text (“${shown}”) differs from the quote or sits in a different context ` +
      `(score ${c.score.toFixed(2)}, at least ${minScore.toFixed(2)} needed), so it was left unattached rather than risk marking the wrong text.`,
    bestScore: c.score,
  };
}

function orphan(reason: string): Orphan {
  return { orphan: true, reason };
}
