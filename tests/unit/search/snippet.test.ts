import { describe, expect, it } from 'vitest';
import { findOccurrences, matcherOf } from '../../../src-renderer/lib/search/match';
import { parseQuery } from '../../../src-renderer/lib/search/query';
import { focus } from '../../../src-renderer/lib/search/snippet';
import { generateDocumentText } from '../../bench/fixtures/generate-text';

function snippetFor(text: string, query: string, bounds = { start: 0, end: text.length }) {
  const occurrences = findOccurrences(text, bounds, matcherOf(parseQuery(query)))!;
  return focus(text, bounds, occurrences);
}

describe('focus', () => {
  const text = generateDocumentText({ paragraphs: 3, seed: 9 }).replace(/\n/g, ' ');
  const middle = text.indexOf(' ', text.length >> 1) + 1;
  const marked = `${text.slice(0, middle)}Barkhane ${text.slice(middle)}`;

  it('centres about 160 characters of whole words on the match and says what was cut', () => {
    const { snippet, best } = snippetFor(marked, 'Barkhane ');
    expect(best).toMatchObject({ start: middle, end: middle + 8 });
    expect(snippet.text.length).toBeGreaterThan(130);
    expect(snippet.text.length).toBeLessThanOrEqual(160);
    expect(snippet.matches).toEqual([[middle - snippet.start, middle - snippet.start + 8]]);
    const before = middle - snippet.start;
    const after = snippet.text.length - before - 8;
    expect(Math.abs(before - after)).toBeLessThan(30);
    expect(snippet).toMatchObject({ clippedStart: true, clippedEnd: true });
    expect(marked[snippet.start - 1]).toBe(' ');
    expect(marked[snippet.start + snippet.text.length]).toBe(' ');
  });

  it('goes where the most clauses stand together, not to the first match', () => {
    const t = `Sahel ${'filler words here '.repeat(20)}the junta and the Sahel today ${'more filler '.repeat(20)}`;
    const { snippet, best, clauses } = snippetFor(t, 'Sahel junta ');
    expect(clauses).toBe(2);
    expect(best.start).toBe(t.indexOf('junta'));
    expect(snippet.matches.map(([a, b]) => snippet.text.slice(a, b))).toEqual(['junta', 'Sahel']);
  });

  it('stays inside its passage and does not mark a cut at a line start', () => {
    const t = 'First paragraph about Mali.\nSecond paragraph: Niger and Mali.\nThird.';
    const bounds = { start: 28, end: 61 };
    const { snippet } = snippetFor(t, 'Mali ', bounds);
    expect(snippet).toMatchObject({ text: 'Second paragraph: Niger and Mali.', start: 28, clippedStart: false, clippedEnd: false });
  });

  it('shows line breaks as spaces without moving offsets, and never splits a surrogate pair', () => {
    const t = `${'😀'.repeat(100)}\nkey ${'😀'.repeat(100)}`;
    const { snippet } = snippetFor(t, 'key ');
    expect(snippet.text).not.toContain('\n');
    expect(t.slice(snippet.start, snippet.start + snippet.text.length).replace(/\n/g, ' ')).toBe(snippet.text);
    expect([...snippet.text].every((ch) => ch === '😀' || ch === ' ' || /[a-z]/.test(ch))).toBe(true);
  });

  it('keeps a matched phrase longer than the window whole', () => {
    const phrase = 'a very long quotation that a reader copied from the document to find where it came from in the text and nothing else at all';
    const t = `Intro. ${phrase}. Outro.`;
    const { snippet } = snippetFor(t, `"${phrase}"`);
    expect(snippet.matches).toEqual([[t.indexOf(phrase) - snippet.start, t.indexOf(phrase) - snippet.start + phrase.length]]);
  });
});
