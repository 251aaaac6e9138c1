import { maxErrorsFor, searchWindow, seededSearch, seedStages } from './approximate-search';
import { normaliseFragment } from './normalise';
import { refineBoundaries } from './refine-boundaries';
import { bestCandidate, scoreCandidate, type Candidate, type PreparedQuote, type ScoredCandidate } from './scoring';
import { SearchableText } from './searchable-text';
import { splitsPair } from './surrogates';
import type { TextQuote } from '../model';
import type { AnchorOptions, AnchorResult, AnchorTarget, Anchored, Orphan } from './types';

const DEFAULT_MIN_SCORE = 0.75;
/** Search this far on each side of the recorded position before searching the whole text. */
const WINDOW = 512;
/**
 * An exact quote at least this long that occurs once in the whole text is taken whatever
 * its context: another tool may have recorded different surroundings (page furniture,
 * another extraction), and a passage this long does not recur by chance. Shorter ones
 * need their context to agree (see scoring.ts).
 */
const UNIQUE_QUOTE_LENGTH = 64;
/** The score of a match equal to the quote only once both are normalised (spacing, quotes, dashes…). */
const NORMALISED_MATCH_SCORE = 0.99;

/**
 * Places a quote on a text, or explains why it cannot. In order:
 * 1. the recorded position, when the quote is still exactly there with its prefix or suffix;
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
  const hinted = position && Number.isSafeInteger(position.start) && position.start >= 0;
  if (hinted && stillAtPosition(text.raw, target.quote, position.start)) {
    return { start: position.start, end: position.start + exact.length, score: 1, method: 'position' };
  }
  const quote: PreparedQuote = {
    exact: normaliseFragment(exact),
    prefix: normaliseFragment(prefix),
    suffix: normaliseFragment(suffix),
    hint: hinted ? text.norm.fromOriginal(position.start) : undefined,
  };
  if (!quote.exact.trim()) return orphan('The quote holds only spaces or invisible characters, so there is nothing to look for.');
  const maxErrors = maxErrorsFor(quote.exact.length);
  const nearby = quote.hint === undefined ? {} : searchNearby(text, quote, maxErrors, minScore);
  if (nearby.taken) return placed(text, exact, nearby.taken);
  return searchEverywhere(text, quote, maxErrors, minScore, nearby.closest, exact);
}

/**
 * The quote is still at its recorded position, and so is the context on at least one
 * side: a short quote that merely happens to sit where an edit moved other text does not
 * count (the search below then weighs it against the other occurrences).
 */
function stillAtPosition(raw: string, quote: TextQuote, start: number): boolean {
  const end = start + quote.exact.length;
  if (raw.slice(start, end) !== quote.exact) return false;
  return (!quote.prefix || raw.endsWith(quote.prefix, start)) || (!quote.suffix || raw.startsWith(quote.suffix, end));
}

/**
 * Near the recorded position, a match whose context agrees fully is taken at once:
 * exactly first, then approximately (the passage was edited in place). Otherwise the
 * best approximate candidate seen here is kept to compare with the rest of the text.
 */
function searchNearby(
  text: SearchableText,
  quote: PreparedQuote,
  maxErrors: number,
  minScore: number,
): { taken?: ScoredCandidate; closest?: ScoredCandidate } {
  const from = quote.hint! - WINDOW;
  const to = quote.hint! + quote.exact.length + WINDOW;
  const settles = (c: ScoredCandidate | undefined) => c !== undefined && c.context === 1 && c.score >= minScore;
  const exactly = bestCandidate(text.copy, quote, exactCandidates(text, quote.exact, from, to));
  if (settles(exactly)) return { taken: exactly };
  if (maxErrors === 0) return {};
  const closest = bestApproximate(text.copy, quote, searchWindow(text.copy, quote.exact, maxErrors, from, to));
  return settles(closest) ? { taken: closest } : { closest };
}

/** Anywhere in the text: exactly, then approximately, from cheap to thorough searches. */
function searchEverywhere(
  text: SearchableText,
  quote: PreparedQuote,
  maxErrors: number,
  minScore: number,
  nearby: ScoredCandidate | undefined,
  exact: string,
): AnchorResult {
  const exactly = exactCandidates(text, quote.exact);
  let best = bestCandidate(text.copy, quote, exactly);
  if (best && (best.score >= minScore || (exactly.length === 1 && quote.exact.length >= UNIQUE_QUOTE_LENGTH))) {
    return placed(text, exact, best);
  }
  if (maxErrors === 0) {
    return best
      ? refused(text, best, minScore)
      : orphan('The quote is too short to look for approximately, and it no longer occurs exactly in the text.');
  }
  best = better(best, nearby);
  if (best && best.score >= minScore) return placed(text, exact, best);
  for (const stage of seedStages(maxErrors)) {
    best = better(best, bestApproximate(text.copy, quote, seededSearch(text, quote.exact, stage, maxErrors)));
    if (best && best.score >= minScore) return placed(text, exact, best);
  }
  return best
    ? refused(text, best, minScore)
    : orphan('The quoted passage is no longer in the text, not even approximately: it may have been removed or rewritten.');
}

/** How many of the best approximate candidates get their edges refined (a small alignment each). */
const REFINED = 3;

/** The best candidate once the edges of the leading ones are refined (the refined match replaces its original). */
function bestApproximate(copy: string, quote: PreparedQuote, candidates: readonly Candidate[]): ScoredCandidate | undefined {
  let leading = candidates;
  let runnerUp: ScoredCandidate | undefined;
  if (candidates.length > REFINED) {
    const ranked = candidates.map((c) => scoreCandidate(copy, quote, c)).sort((a, b) => b.score - a.score);
    leading = ranked.slice(0, REFINED);
    runnerUp = ranked[REFINED];
  }
  return better(bestCandidate(copy, quote, leading.map((c) => refineBoundaries(copy, quote, c))), runnerUp);
}

function exactCandidates(text: SearchableText, exact: string, from?: number, to?: number): Candidate[] {
  return text.occurrences(exact, from, to).map((start) => ({ start, end: start + exact.length, errors: 0 }));
}

function better(a: ScoredCandidate | undefined, b: ScoredCandidate | undefined): ScoredCandidate | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.score > a.score ? b : a;
}

function placed(text: SearchableText, exact: string, c: ScoredCandidate): Anchored {
  let { start, end } = text.norm.toOriginal(c.start, c.end);
  if (splitsPair(text.raw, start)) start--;
  if (splitsPair(text.raw, end)) end++;
  if (c.errors > 0) return { start, end, score: c.score, method: 'fuzzy' };
  return { start, end, score: text.raw.slice(start, end) === exact ? 1 : NORMALISED_MATCH_SCORE, method: 'quote' };
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
