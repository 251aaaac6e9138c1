/**
 * The FlexSearch side: one Index per kind of entry (text passages, titles, notes), fed
 * with our own terms so that index, queries and snippets agree on what a word is.
 *
 * Tokenizer "strict" stores whole words. "forward" (every prefix) measured five times the
 * size and time on 50 MB of text, so prefixes are served by the vocabulary instead.
 * Resolution 3 keeps three relevance slots per term, filled by how often the term
 * occurs in the entry, so a capped candidate list starts with the entries that repeat it.
 */
import { Index, Resolver } from 'flexsearch';
import { encode } from './tokenize';

export type FlexIndex = Index;

/**
 * The part of FlexSearch's Resolver used here. Its typings resolve chains over a plain
 * Index to Document generics that do not fit together, so chains are typed by this.
 */
interface Chain {
  and(...args: Chain[]): Chain | number[];
  or(...args: { query: string }[]): Chain | number[];
  resolve(options: { limit: number }): number[];
}

/** The entry being added and how often each of its terms occurs in it. */
let adding: { terms: readonly string[]; counts: Map<string, number> } | undefined;

/** The slot of a term in an entry: 0 when it occurs 4 times or more, 1 for 2–3, 2 for once. */
function slotByFrequency(content: string[], term: string): number {
  const n = adding?.terms === content ? (adding.counts.get(term) ?? 1) : 1;
  return n >= 4 ? 0 : n >= 2 ? 1 : 2;
}

export function createFlexIndex(): FlexIndex {
  return new Index({
    tokenize: 'strict',
    resolution: 3,
    score: slotByFrequency,
    // Entries arrive already encoded (see addTerms); queries arrive as strings.
    encode: (content: string | string[]) => (Array.isArray(content) ? content : encode(content)),
  });
}

/**
 * Adds an entry from its terms, so that a text is tokenized once for the index and the
 * vocabulary. Returns the entry's distinct terms.
 */
export function addTerms(index: FlexIndex, id: number, terms: string[]): Iterable<string> {
  const counts = new Map<string, number>();
  for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
  adding = { terms, counts };
  // FlexSearch passes content through to a custom encoder untouched (flexsearch#432).
  if (terms.length) index.add(id, terms as unknown as string);
  adding = undefined;
  return counts.keys();
}

/**
 * Ids of the entries holding all of `whole` and, when `anyOf` is not empty, one of its
 * terms; best slots first. Both empty: no ids (there is nothing to look up).
 */
export function candidates(index: FlexIndex, whole: readonly string[], anyOf: readonly string[], limit: number): number[] {
  let chain: Chain | number[] | undefined = whole.length
    ? (index.search(whole.join(' '), { resolve: false }) as unknown as Chain)
    : undefined;
  if (anyOf.length) {
    const [head, ...rest] = anyOf;
    let any: Chain | number[] = new Resolver({ index, query: head }) as unknown as Chain;
    if (rest.length) any = any.or(...rest.map((query) => ({ query })));
    if (Array.isArray(chain) || Array.isArray(any)) return [];
    chain = chain ? chain.and(any) : any;
  }
  // Once a chain is known to be empty, FlexSearch answers with a plain empty array.
  return !chain || Array.isArray(chain) ? [] : chain.resolve({ limit });
}
