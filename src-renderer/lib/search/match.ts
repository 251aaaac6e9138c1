/**
 * Where the clauses of a query occur in a passage, title or note. This is the check
 * against the original text: the index only proposes candidates, a hit is a candidate
 * in which every clause occurs, phrases word for word.
 *
 * Phrase queries check many candidates that turn out not to hold the phrase, so the scan
 * keeps only the words that match a query term, and compares ASCII words in place.
 */
import type { Span } from './passages';
import type { Clause } from './query';
import { scanWords } from './tokenize';

export interface Occurrence {
  /** Index of the clause in the query. */
  clause: number;
  /** Offsets of the matched words in the original text. */
  start: number;
  end: number;
  /** Every word matched whole (not only as the start of a longer word). */
  whole: boolean;
}

/** A distinct term of the query, and whether longer words starting with it match too. */
interface Slot {
  term: string;
  prefix: boolean;
  /** Only [a-z0-9]: it can match a word of the text without folding the word. */
  ascii: boolean;
}

/** A query made ready for matching many texts. */
export interface Matcher {
  clauses: readonly Clause[];
  slots: Slot[];
  /** For each clause, the slot of each of its terms. */
  positions: number[][];
  /** The ASCII slots by the code of their first letter: most words are dismissed at one look. */
  asciiByFirst: number[][];
}

/** A word that matched: its slots, each with whether it matched whole. */
interface Hit {
  start: number;
  end: number;
  slots: Map<number, boolean>;
}

export function matcherOf(clauses: readonly Clause[]): Matcher {
  const slots: Slot[] = [];
  const known = new Map<string, number>();
  const positions = clauses.map((c) =>
    c.terms.map((term, j) => {
      const prefix = c.prefix && j === c.terms.length - 1;
      const key = `${prefix ? '+' : '='}${term}`;
      let slot = known.get(key);
      if (slot === undefined) {
        slot = slots.push({ term, prefix, ascii: /^[a-z0-9]+$/.test(term) }) - 1;
        known.set(key, slot);
      }
      return slot;
    }),
  );
  const asciiByFirst = Array.from({ length: 128 }, () => [] as number[]);
  slots.forEach((slot, i) => slot.ascii && asciiByFirst[slot.term.charCodeAt(0)].push(i));
  return { clauses, slots, positions, asciiByFirst };
}

/** The words of source[bounds] that match a slot, by their term's position in the text. */
function matchingWords(source: string, bounds: Span, { slots, asciiByFirst }: Matcher): Map<number, Hit> {
  const hits = new Map<number, Hit>();
  let position = 0;
  const record = (slot: number, whole: boolean, start: number, end: number) => {
    let hit = hits.get(position);
    if (!hit) hits.set(position, (hit = { start, end, slots: new Map() }));
    hit.slots.set(slot, whole);
  };
  scanWords(source, bounds.start, bounds.end, {
    ascii(lower, at, start, end) {
      const length = end - start;
      for (const s of asciiByFirst[lower.charCodeAt(at)]) {
        const { term, prefix } = slots[s];
        if (length < term.length || (!prefix && length !== term.length)) continue;
        if (lower.startsWith(term, at)) record(s, length === term.length, start, end);
      }
      position++;
    },
    folded(word, start, end) {
      for (let s = 0; s < slots.length; s++) {
        const { term, prefix } = slots[s];
        if (word === term) record(s, true, start, end);
        else if (prefix && word.length > term.length && word.startsWith(term)) record(s, false, start, end);
      }
      position++;
    },
  });
  return hits;
}

/**
 * Every occurrence of every clause in source[bounds], in reading order; undefined
 * unless each clause occurs at least once (the query's words are joined by AND).
 */
export function findOccurrences(source: string, bounds: Span, matcher: Matcher): Occurrence[] | undefined {
  const hits = matchingWords(source, bounds, matcher);
  const out: Occurrence[] = [];
  const found = new Set<number>();
  for (const [position, first] of hits) {
    matcher.positions.forEach((slots, clause) => {
      if (!first.slots.has(slots[0])) return;
      let whole = true;
      let last = first;
      for (let j = 0; j < slots.length; j++) {
        const hit = j ? hits.get(position + j) : first;
        const matchedWhole = hit?.slots.get(slots[j]);
        if (matchedWhole === undefined) return;
        whole &&= matchedWhole;
        last = hit!;
      }
      out.push({ clause, start: first.start, end: last.end, whole });
      found.add(clause);
    });
  }
  return found.size === matcher.clauses.length ? out : undefined;
}
