/**
 * Relevance of one hit: BM25 over the clauses of the query (rare words weigh more,
 * repeats count with diminishing returns, short texts are favoured a little), times a
 * boost for where it was found and for the clauses standing close together.
 */
import type { Occurrence } from './match';
import { PASSAGE_TARGET } from './passages';
import type { HitKind } from './types';

const K1 = 1.2;
const B = 0.5;
/** A title that matches says more about a document than one passage does; a note, a little more. */
const KIND_BOOST: Record<HitKind, number> = { title: 3, note: 1.5, text: 1 };
/** A word found only as the start of a longer one counts less than the whole word. */
const PARTIAL = 0.7;

/** Inverse document frequency: entries holds `df` of `total` entries. */
export function idf(df: number, total: number): number {
  return Math.log(1 + (total - df + 0.5) / (df + 0.5));
}

export function relevance(options: {
  occurrences: readonly Occurrence[];
  /** Weight (idf) of each clause. */
  weights: readonly number[];
  /** Length of the passage, title or note in UTF-16 units. */
  length: number;
  kind: HitKind;
  /** Distinct clauses in the snippet's window. */
  together: number;
}): number {
  const { occurrences, weights, length, kind, together } = options;
  const tf = new Array<number>(weights.length).fill(0);
  for (const o of occurrences) tf[o.clause] += o.whole ? 1 : PARTIAL;
  const norm = K1 * (1 - B + (B * length) / PASSAGE_TARGET);
  let score = 0;
  for (let c = 0; c < weights.length; c++) score += (weights[c] * tf[c] * (K1 + 1)) / (tf[c] + norm);
  const proximity = weights.length > 1 ? 1 + (0.5 * (together - 1)) / (weights.length - 1) : 1;
  return score * KIND_BOOST[kind] * proximity;
}
