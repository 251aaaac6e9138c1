/**
 * Where the clauses of a query occur among the tokens of a text. This is the check
 * against the original text: the index only proposes candidates, a hit is a candidate
 * in which every clause occurs, phrases word for word.
 */
import type { Clause } from './query';
import type { Token } from './tokenize';

export interface Occurrence {
  /** Index of the clause in the query. */
  clause: number;
  /** Offsets of the matched words in the original text. */
  start: number;
  end: number;
  /** Every word matched whole (not only as the start of a longer word). */
  whole: boolean;
}

/** 0: no match, 1: the whole word, 2: a longer word starting with the term. */
function compare(token: string, term: string, prefix: boolean): 0 | 1 | 2 {
  if (token === term) return 1;
  return prefix && token.length > term.length && token.startsWith(term) ? 2 : 0;
}

/** Occurrences of one clause starting at token i, or undefined. */
function matchAt(tokens: readonly Token[], i: number, clause: Clause, index: number): Occurrence | undefined {
  const { terms, prefix } = clause;
  if (i + terms.length > tokens.length) return undefined;
  let whole = true;
  for (let j = 0; j < terms.length; j++) {
    const c = compare(tokens[i + j].term, terms[j], prefix && j === terms.length - 1);
    if (!c) return undefined;
    if (c === 2) whole = false;
  }
  return { clause: index, start: tokens[i].start, end: tokens[i + terms.length - 1].end, whole };
}

/**
 * Every occurrence of every clause, in reading order; undefined unless each clause
 * occurs at least once (the query's words are joined by AND).
 */
export function findOccurrences(tokens: readonly Token[], clauses: readonly Clause[]): Occurrence[] | undefined {
  const out: Occurrence[] = [];
  const found = new Array<boolean>(clauses.length).fill(false);
  for (let i = 0; i < tokens.length; i++) {
    for (let c = 0; c < clauses.length; c++) {
      const occurrence = matchAt(tokens, i, clauses[c], c);
      if (!occurrence) continue;
      out.push(occurrence);
      found[c] = true;
    }
  }
  return found.every(Boolean) ? out : undefined;
}
