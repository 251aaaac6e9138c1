/**
 * One query, from what was typed to ranked hits: candidates from FlexSearch, each checked
 * against its original text (every clause present, phrases word for word), scored,
 * grouped by document and cut.
 */
import type { Catalog, Entry } from './catalog';
import { candidates, type FlexIndex } from './flex';
import { retrievalOf, type Retrieval } from './retrieval';
import { findOccurrences, matcherOf, type Matcher } from './match';
import { mayHoldRuns, runHashes } from './phrase-filter';
import type { Span } from './passages';
import { parseQuery, type Clause } from './query';
import { idf, relevance } from './score';
import { focus } from './snippet';
import type { TextCache } from './text-cache';
import type { HitKind, SearchHit, SearchOptions } from './types';
import type { Vocabulary } from './vocabulary';

export interface SearchContext {
  catalog: Catalog;
  indexes: Record<HitKind, FlexIndex>;
  vocabulary: Vocabulary;
  texts: TextCache;
}

/** How many completions of the word being typed are searched. */
const COMPLETIONS = 16;
/** Titles and notes checked at most, per hit asked for (they are short and need no text loading). */
const SHORT_PER_HIT = 2;
/** Passages checked at most. */
const MAX_PASSAGES = 1600;
/** A document's score: its best hit plus this share of its other hits. */
const MORE_HITS = 0.2;

interface Query {
  clauses: Clause[];
  retrieval: Retrieval;
  weights: number[];
  matcher: Matcher;
  /** Hashes of the runs of adjacent words in its phrases (the word being typed left out). */
  runs: number[];
  filter?: ReadonlySet<string>;
}

function clauseWeight(clause: Clause, completions: readonly string[], vocabulary: Vocabulary, total: number): number {
  let weight = 0;
  clause.terms.forEach((term, i) => {
    const typed = clause.prefix && i === clause.terms.length - 1;
    const df = typed
      ? Math.min(total, completions.reduce((sum, c) => sum + vocabulary.frequency(c), 0))
      : vocabulary.frequency(term);
    weight += idf(df, total);
  });
  return weight;
}

/** The hit of one entry, or undefined when its text does not hold every clause. */
function judge(q: Query, entry: Entry, source: string, bounds: Span): SearchHit | undefined {
  const occurrences = findOccurrences(source, bounds, q.matcher);
  if (!occurrences) return undefined;
  const { snippet, best, clauses } = focus(source, bounds, occurrences);
  const score = relevance({
    occurrences,
    weights: q.weights,
    length: bounds.end - bounds.start,
    kind: entry.kind,
    together: clauses,
  });
  const hit: SearchHit = { documentId: entry.documentId, kind: entry.kind, start: 0, end: 0, snippet, score };
  if (entry.kind === 'text') Object.assign(hit, { start: best.start, end: best.end });
  if (entry.kind === 'note') Object.assign(hit, { start: entry.start, end: entry.end, annotationId: entry.annotationId });
  return hit;
}

function candidateEntries<K extends HitKind>(
  ctx: SearchContext,
  q: Query,
  kind: K,
  cap: number,
  accept: (entry: Extract<Entry, { kind: K }>) => boolean = () => true,
): Extract<Entry, { kind: K }>[] {
  const all = q.filter || q.runs.length ? ctx.catalog.count(kind) : cap;
  const out: Extract<Entry, { kind: K }>[] = [];
  for (const id of candidates(ctx.indexes[kind], q.retrieval.whole, q.retrieval.anyOf, all)) {
    const entry = ctx.catalog.entries.get(id) as Extract<Entry, { kind: K }> | undefined;
    if (entry?.kind !== kind || (q.filter && !q.filter.has(entry.documentId)) || !accept(entry)) continue;
    out.push(entry);
    if (out.length === cap) break;
  }
  return out;
}

/** Best documents first; in a document its title, then its hits in reading order. */
function rank(hits: SearchHit[], limit: number, perDocument: number): SearchHit[] {
  const byDocument = new Map<string, SearchHit[]>();
  for (const hit of hits) {
    const list = byDocument.get(hit.documentId);
    if (list) list.push(hit);
    else byDocument.set(hit.documentId, [hit]);
  }
  const groups = [...byDocument.values()].map((list) => {
    const kept = list.sort((a, b) => b.score - a.score).slice(0, perDocument);
    const score = kept[0].score + MORE_HITS * kept.slice(1).reduce((sum, h) => sum + h.score, 0);
    const order = (h: SearchHit) => (h.kind === 'title' ? -1 : h.start);
    kept.sort((a, b) => order(a) - order(b) || (a.kind === 'note' ? 1 : 0) - (b.kind === 'note' ? 1 : 0));
    return { score, kept };
  });
  groups.sort((a, b) => b.score - a.score);
  return groups.flatMap((g) => g.kept).slice(0, limit);
}

export async function runSearch(ctx: SearchContext, text: string, options: SearchOptions = {}): Promise<SearchHit[]> {
  const limit = options.limit ?? 50;
  const perDocument = options.perDocument ?? 3;
  const clauses = parseQuery(text);
  if (!clauses.length || limit <= 0 || perDocument <= 0) return [];
  const last = clauses[clauses.length - 1];
  const completions = last.prefix ? ctx.vocabulary.completions(last.terms[last.terms.length - 1], COMPLETIONS) : [];
  // Nothing in the library starts with the word being typed.
  if (last.prefix && !completions.length) return [];
  const total = Math.max(1, ctx.catalog.total);
  const q: Query = {
    clauses,
    retrieval: retrievalOf(clauses, completions, ctx.vocabulary, total, MAX_PASSAGES),
    weights: clauses.map((c) => clauseWeight(c, completions, ctx.vocabulary, total)),
    matcher: matcherOf(clauses),
    runs: clauses.flatMap((c) => runHashes(c.prefix ? c.terms.slice(0, -1) : c.terms)),
    filter: options.documentIds && new Set(options.documentIds),
  };

  const hits: (SearchHit | undefined)[] = [];
  for (const entry of candidateEntries(ctx, q, 'title', SHORT_PER_HIT * limit)) {
    const title = ctx.catalog.documents.get(entry.documentId)!.title;
    hits.push(judge(q, entry, title, { start: 0, end: title.length }));
  }
  for (const entry of candidateEntries(ctx, q, 'note', SHORT_PER_HIT * limit)) {
    hits.push(judge(q, entry, entry.note, { start: 0, end: entry.note.length }));
  }

  // Passages need their document's text: check them batch by batch until there are as
  // many hits as asked for or no candidates left, each batch sized by how many of the
  // checked ones held the query so far. Candidates come document by document, so a
  // document's passages are skipped once it holds `perDocument` hits (or checks).
  const passages = candidateEntries(ctx, q, 'text', MAX_PASSAGES, (p) => mayHoldRuns(p.filters, p.at, q.runs));
  const taken = new Map<string, number>();
  let found = 0;
  let checked = 0;
  for (let next = 0; next < passages.length && found < limit; ) {
    const rate = checked ? Math.max(found / checked, 1 / 16) : 1;
    const size = Math.min(1024, Math.max(16, Math.ceil((1.25 * (limit - found)) / rate)));
    const batch: typeof passages = [];
    while (next < passages.length && batch.length < size) {
      const p = passages[next++];
      const n = taken.get(p.documentId) ?? 0;
      if (n >= perDocument) continue;
      taken.set(p.documentId, n + 1);
      batch.push(p);
    }
    checked += batch.length;
    const texts = await ctx.texts.get(batch.map((p) => p.documentId));
    for (const p of batch) {
      const source = texts.get(p.documentId);
      const hit = source === undefined ? undefined : judge(q, p, source, p);
      if (hit) {
        hits.push(hit);
        found++;
      } else taken.set(p.documentId, taken.get(p.documentId)! - 1);
    }
  }
  return rank(hits.filter((h) => h !== undefined), limit, perDocument);
}
