/**
 * Which document a group of annotations (those naming the same document or source) belongs
 * to: the document id they name, else the library document with their URL, else the one
 * document in which their quotes are found, confidently and uniquely. Matching per group,
 * not per annotation, keeps a 100,000-annotation file to a few hundred text searches.
 */
import { urlKey } from './urls';

/** A document annotations can be placed on: in the library, or arriving with the set. */
export interface Candidate {
  id: string;
  text: string;
  labelSetId: string;
  url?: string;
}

/** Quotes tried per group: the longest, which say the most about where they come from. */
const SAMPLE_SIZE = 8;
/** Characters of quotes found, at least, before a document is taken on quotes alone: about a sentence. */
const MIN_MATCHED_CHARS = 32;

/**
 * The index in `texts` of the one text that holds at least half of the sampled quotes,
 * more of them than any other text, and enough characters of them; undefined when none does.
 */
export function matchByQuotes(quotes: Iterable<string>, texts: readonly { text: string }[]): number | undefined {
  const sample = [...new Set(quotes)].filter(Boolean).sort((a, b) => b.length - a.length).slice(0, SAMPLE_SIZE);
  if (!sample.length) return undefined;
  let best = -1;
  let bestHits = 0;
  let bestChars = 0;
  let secondHits = 0;
  texts.forEach(({ text }, i) => {
    let hits = 0;
    let chars = 0;
    for (const q of sample) {
      if (text.includes(q)) {
        hits++;
        chars += q.length;
      }
    }
    if (hits > bestHits) {
      secondHits = bestHits;
      [best, bestHits, bestChars] = [i, hits, chars];
    } else if (hits > secondHits) {
      secondHits = hits;
    }
  });
  const confident = bestHits * 2 >= sample.length && bestChars >= MIN_MATCHED_CHARS && bestHits > secondHits;
  return confident ? best : undefined;
}

export class DocumentIndex {
  private readonly byId = new Map<string, Candidate>();
  private readonly byUrl = new Map<string, Candidate[]>();

  constructor(readonly all: readonly Candidate[]) {
    for (const doc of all) {
      this.byId.set(doc.id, doc);
      const key = urlKey(doc.url);
      if (key) this.byUrl.set(key, [...(this.byUrl.get(key) ?? []), doc]);
    }
  }

  get(id: string): Candidate | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** The document of a group naming `documentId` / `source`, whose quotes are `quotes`. */
  find(ref: { documentId?: string; source?: string }, quotes: () => Iterable<string>): Candidate | undefined {
    const named = ref.documentId ? this.byId.get(ref.documentId) : undefined;
    if (named) return named;
    const key = urlKey(ref.source);
    const sameUrl = key ? this.byUrl.get(key) : undefined;
    if (sameUrl?.length === 1) return sameUrl[0];
    // Several documents from one URL (versions of a page): the quotes choose among them.
    const pool = sameUrl ?? this.all;
    const i = matchByQuotes(quotes(), pool);
    return i === undefined ? undefined : pool[i];
  }
}
