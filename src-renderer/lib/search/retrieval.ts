/**
 * Which terms of a query are looked up in the index. Every clause is checked against the
 * text afterwards, so a word that most entries hold ("the") is left to that check: its
 * list is long, intersecting it costs more than it filters out. The completions of the
 * word being typed are looked up as one alternative, trimmed to the most frequent when
 * that alone must find the candidates.
 */
import type { Clause } from './query';
import type { Vocabulary } from './vocabulary';

export interface Retrieval {
  /** Terms every candidate holds. */
  whole: string[];
  /** Candidates hold one of these, when not empty. */
  anyOf: string[];
}

/**
 * A term held by more than this share of all entries is not looked up. Measured on the
 * benchmark's library: intersecting costs about 0.3 µs per listed entry, checking a
 * candidate about 30 µs; past about a third, the check is the cheaper way to filter.
 */
const COMMON = 0.3;

export function retrievalOf(
  clauses: readonly Clause[],
  completions: readonly string[],
  vocabulary: Vocabulary,
  entries: number,
  /** How many candidates are wanted at most. */
  wanted: number,
): Retrieval {
  const common = COMMON * entries;
  const rarest = (terms: readonly string[]) =>
    terms.reduce((a, b) => (vocabulary.frequency(b) < vocabulary.frequency(a) ? b : a));
  // Of a phrase, its rarest word is enough: the phrase filters turn away the candidates
  // without the others for less than intersecting their lists would cost.
  const whole = [
    ...new Set(
      clauses.flatMap((c) => {
        const terms = c.prefix ? c.terms.slice(0, -1) : c.terms;
        return terms.length > 1 ? [rarest(terms)] : terms;
      }),
    ),
  ];
  const selective = whole.filter((t) => vocabulary.frequency(t) <= common);
  const typed = clauses[clauses.length - 1].prefix;
  const typedFrequency = completions.reduce((n, t) => n + vocabulary.frequency(t), 0);

  if (selective.length) return { whole: selective, anyOf: typed && typedFrequency <= common ? [...completions] : [] };
  // Only common words: their lists are long and intersecting them costs more than checking
  // the candidates of the rarest (a phrase's candidates mostly go by its filter).
  if (!typed) return { whole: [rarest(whole)], anyOf: [] };
  // Only the word being typed narrows the search: its most frequent completions suffice.
  const anyOf: string[] = [];
  let reach = 0;
  for (const term of completions) {
    if (reach >= wanted) break;
    anyOf.push(term);
    reach += vocabulary.frequency(term);
  }
  return { whole: [], anyOf };
}
