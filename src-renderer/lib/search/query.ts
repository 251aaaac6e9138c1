/**
 * What the user typed, as clauses that must all match (AND). A bare word is one clause;
 * a word that folds into several terms ("U.S.-led") and a quoted phrase are clauses whose
 * terms must follow each other. The word under the caret, touching the end of the query,
 * may be the start of a longer word: search as you type.
 */
import { tokenize } from './tokenize';

export interface Clause {
  /** Folded terms; more than one: consecutive words in this order. */
  terms: string[];
  /** The last term also matches longer words that start with it. */
  prefix: boolean;
}

/** Straight, curly, low and angle double quotes all open and close a phrase. */
const QUOTES = new Set(['"', '“', '”', '„', '«', '»']);

interface Unit {
  from: number;
  to: number;
}

/** The phrases (quoted) and bare words of a query, in order; an open quote runs to the end. */
function units(query: string): Unit[] {
  const out: Unit[] = [];
  const bare = (from: number, to: number) => {
    for (const m of query.slice(from, to).matchAll(/\S+/g)) out.push({ from: from + m.index, to: from + m.index + m[0].length });
  };
  let start = 0;
  let quoted = false;
  for (let i = 0; i <= query.length; i++) {
    if (i < query.length && !QUOTES.has(query[i])) continue;
    if (quoted) out.push({ from: start, to: i });
    else bare(start, i);
    quoted = !quoted;
    start = i + 1;
  }
  return out;
}

export function parseQuery(query: string): Clause[] {
  const clauses: Clause[] = [];
  const seen = new Set<string>();
  for (const { from, to } of units(query)) {
    const tokens = tokenize(query, from, to);
    if (!tokens.length) continue;
    const terms = tokens.map((t) => t.term);
    const prefix = tokens[tokens.length - 1].end === query.length;
    const key = `${prefix ? '+' : '='}${terms.join(' ')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    clauses.push({ terms, prefix });
  }
  return clauses;
}
