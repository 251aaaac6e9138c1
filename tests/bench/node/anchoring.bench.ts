/**
 * Anchoring on a generated 1 MB document: re-anchoring 1,000 quotes after 100 of them
 * were edited, describing spans, and converting offsets to code points for export.
 */
import search from 'approx-string-match';
import { anchorAll, describe, offsetConverter } from '../../../src-renderer/lib/anchoring';
import type { AnchorTarget } from '../../../src-renderer/lib/anchoring';
import { applyEdits, createRng, generateDocumentText, generateEdits, pickSpans } from '../fixtures/generate-text';
import { stats, time, type BenchRow } from '../types';

const GROUP = 'anchoring';

export default async (): Promise<BenchRow[]> => {
  const text = generateDocumentText({ paragraphs: 2000, seed: 1 });
  const mb = (text.length / 1e6).toFixed(2);
  const spans = pickSpans(text, { count: 1000, seed: 2, minLength: 30, maxLength: 200 });
  const editedIndexes = new Set(spans.map((_, i) => i).filter((i) => i % 10 === 5));
  const edits = generateEdits(text, spans.filter((_, i) => editedIndexes.has(i)), 3);
  const edited = applyEdits(text, edits);
  const targets: AnchorTarget[] = spans.map((s) => {
    const { position, quote } = describe(text, s.start, s.end);
    return { quote, position };
  });

  const check = (results: ReturnType<typeof anchorAll>, indexes: number[]) => {
    let right = 0;
    indexes.forEach((i, k) => {
      const r = results[k];
      if (!r.orphan && r.start === edited.mapOffset(spans[i].start) && r.end === edited.mapOffset(spans[i].end)) right++;
    });
    return right;
  };

  const all = spans.map((_, i) => i);
  let results = anchorAll(edited.text, targets);
  const anchorTimes = await time(() => (results = anchorAll(edited.text, targets)), 7, 1);
  const editedRight = check(results.filter((_, i) => editedIndexes.has(i)), [...editedIndexes]);
  const othersRight = check(results.filter((_, i) => !editedIndexes.has(i)), all.filter((i) => !editedIndexes.has(i)));
  const anchorStats = stats(anchorTimes);

  // Without recorded positions (an import from a tool that keeps only quotes): every edited
  // quote needs the seeded search over the whole text.
  const quotesOnly = [...editedIndexes].map((i) => ({ quote: targets[i].quote }));
  let blind = anchorAll(edited.text, quotesOnly);
  const blindTimes = await time(() => (blind = anchorAll(edited.text, quotesOnly)), 5, 1);
  const blindRight = check(blind, [...editedIndexes]);

  // Removed passages: every one must come back as an orphan, after the thorough search.
  const removedSpans = spans.filter((_, i) => i % 10 === 7);
  const removed = applyEdits(text, removedSpans.map((s) => ({ start: s.start, end: s.end, insert: '' }))).text;
  const removedTargets = removedSpans.map((s) => describe(text, s.start, s.end));
  let orphans = anchorAll(removed, removedTargets);
  const orphanTimes = await time(() => (orphans = anchorAll(removed, removedTargets)), 3, 0);

  // For comparison, what Hypothesis-style anchoring does for the same 100 quotes: one
  // approximate search (bit-parallel) over the whole text per quote.
  const baselineTimes = await time(() => quotesOnly.map((t) => search(edited.text, t.quote.exact, Math.floor(t.quote.exact.length / 10))), 1, 0);

  const describeSpans = pickSpans(text, { count: 10_000, seed: 4, minLength: 10, maxLength: 90 });
  const describeTimes = await time(() => describeSpans.map((s) => describe(text, s.start, s.end)), 7, 1);

  const nonBmpText = generateDocumentText({ paragraphs: 2000, seed: 5, nonBmpRate: 0.2 });
  const rng = createRng(6);
  const offsets = Array.from({ length: 100_000 }, () => Math.floor(rng() * (nonBmpText.length + 1)));
  const pairs = nonBmpText.length - [...nonBmpText].length;
  const convertTimes = await time(() => {
    const converter = offsetConverter(nonBmpText);
    let sum = 0;
    for (const o of offsets) sum += converter.fromCodePoints(converter.toCodePoints(o));
    return sum;
  }, 7, 1);

  return [
    {
      group: GROUP,
      name: 'anchor 1,000 quotes (100 edited) in 1 MB',
      value: anchorStats.median,
      unit: 'ms',
      target: 200,
      note: `${editedRight}/100 edited and ${othersRight}/900 unedited found at the right place; p95 ${anchorStats.p95.toFixed(1)} ms; ${mb} MB text`,
    },
    {
      group: GROUP,
      name: 'anchor 100 edited quotes in 1 MB, no positions',
      value: stats(blindTimes).median,
      unit: 'ms',
      note: `${blindRight}/100 found at the right place by the seeded whole-text search`,
    },
    {
      group: GROUP,
      name: 'anchor 100 removed passages in 1 MB (orphans)',
      value: stats(orphanTimes).median,
      unit: 'ms',
      note: `${orphans.filter((r) => r.orphan).length}/100 correctly left unattached; the slowest case: every search runs to the end`,
    },
    {
      group: GROUP,
      name: 'baseline: whole-text approximate search for the same 100 quotes',
      value: baselineTimes[0],
      unit: 'ms',
      note: 'approx-string-match over the whole text per quote, as Hypothesis anchors; for comparison only',
    },
    {
      group: GROUP,
      name: 'describe 10,000 spans',
      value: stats(describeTimes).median,
      unit: 'ms',
    },
    {
      group: GROUP,
      name: 'code-point conversion of 100,000 offsets',
      value: stats(convertTimes).median,
      unit: 'ms',
      note: `both ways, converter built each run; ${(nonBmpText.length / 1e6).toFixed(2)} MB text with ${pairs} surrogate pairs`,
    },
  ];
};
