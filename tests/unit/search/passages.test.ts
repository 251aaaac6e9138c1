import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src-renderer/lib/model';
import { passagesOf, PASSAGE_MAX, PASSAGE_TARGET } from '../../../src-renderer/lib/search/passages';
import { generateDocumentText } from '../../bench/fixtures/generate-text';
import { blocksOf, library } from './library';

/** Every non-page block lies inside exactly one passage. */
function expectCovered(text: string, blocks: readonly Block[]) {
  const passages = passagesOf(text, blocks);
  for (const b of blocks.filter((x) => x.kind !== 'page' && x.end > x.start)) {
    const inside = passages.filter((p) => p.start < b.end && b.start < p.end);
    const covered = inside.reduce((n, p) => n + Math.min(p.end, b.end) - Math.max(p.start, b.start), 0);
    expect(covered).toBe(b.end - b.start);
  }
  for (let i = 1; i < passages.length; i++) expect(passages[i].start).toBeGreaterThanOrEqual(passages[i - 1].end);
  return passages;
}

describe('passagesOf', () => {
  it('merges short blocks up to the target and covers every block of the samples', () => {
    for (const doc of library) expectCovered(doc.text, doc.blocks);
    const analysis = library.find((d) => d.id === 'sahel-security-assistance-analysis')!;
    const passages = passagesOf(analysis.text, analysis.blocks);
    expect(passages.length).toBeGreaterThan(2);
    for (const p of passages.slice(0, -1)) expect(p.end - p.start).toBeGreaterThanOrEqual(PASSAGE_TARGET / 2);
    for (const p of passages) expect(p.end - p.start).toBeLessThanOrEqual(PASSAGE_MAX);
  });

  it('keeps whole blocks together: a passage starts and ends on block boundaries', () => {
    const text = generateDocumentText({ paragraphs: 60, seed: 7 });
    const blocks = blocksOf(text);
    const starts = new Set(blocks.map((b) => b.start));
    const ends = new Set(blocks.map((b) => b.end));
    for (const p of expectCovered(text, blocks)) {
      if (p.end - p.start > PASSAGE_MAX) continue;
      expect(starts.has(p.start) && ends.has(p.end)).toBe(true);
    }
  });

  it('cuts a block longer than the maximum at sentence ends', () => {
    const text = generateDocumentText({ paragraphs: 40, seed: 3 }).replace(/\n/g, ' ');
    const passages = expectCovered(text, [{ kind: 'paragraph', start: 0, end: text.length }]);
    expect(passages.length).toBeGreaterThan(text.length / PASSAGE_MAX);
    for (const p of passages.slice(0, -1)) {
      expect(p.end - p.start).toBeLessThanOrEqual(PASSAGE_MAX);
      expect(text.slice(p.start, p.end)).toMatch(/[.?!]["'”’»)\]]*\s$/);
    }
  });

  it('ignores page blocks when content blocks cover the page', () => {
    const text = 'Page one text.\nMore text.';
    const blocks: Block[] = [
      { kind: 'page', start: 0, end: text.length, level: 1 },
      { kind: 'paragraph', start: 0, end: 14 },
      { kind: 'paragraph', start: 15, end: text.length },
    ];
    expect(passagesOf(text, blocks)).toEqual([{ start: 0, end: text.length }]);
    expect(passagesOf(text, blocks.slice(0, 1))).toEqual([{ start: 0, end: text.length }]);
    expect(passagesOf(text, [])).toEqual([{ start: 0, end: text.length }]);
  });

  it('never cuts a surrogate pair, even in text without spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '😀', '𝔸', 'é'), minLength: 2500, maxLength: 7000 }), (text) => {
        const passages = passagesOf(text, []);
        for (const p of passages) {
          const c = text.charCodeAt(p.start);
          expect(c >= 0xdc00 && c <= 0xdfff).toBe(false);
        }
        expect(passages[passages.length - 1].end).toBe(text.length);
      }),
      { numRuns: 30 },
    );
  });
});
