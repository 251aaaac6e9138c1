import { describe, expect, it } from 'vitest';
import { findAll, fold } from '../../../src-renderer/lib/text/find';
import { snapToWords } from '../../../src-renderer/lib/text/snap';
import { noteText, parseNote, safeHref } from '../../../src-renderer/lib/text/markdown';
import { parseHash, routeHash } from '../../../src-renderer/lib/state/router.svelte';
import { formatBytes, plural, timeAgo, truncate } from '../../../src-renderer/lib/format';
import { headingTag, renderItems } from '../../../src-renderer/components/reader/render-items';
import { annotationAt } from '../../../src-renderer/components/reader/hit-test';
import { caretMove } from '../../../src-renderer/components/reader/keyboard-caret';
import { labelForKey } from '../../../src-renderer/lib/state/keys';
import { defaultLabelSet } from '../../../src-renderer/lib/model';
import { makeAnnotation } from '../db/sample-data';

describe('find in document', () => {
  it('ignores case, accents and quote styles, and keeps offsets of the original text', () => {
    const text = 'La sécurité au Sahel. “Securite” n’est pas SÉCURITÉ.';
    const hits = findAll(text, 'securite');
    expect(hits.map((m) => text.slice(m.start, m.end))).toEqual(['sécurité', 'Securite', 'SÉCURITÉ']);
    expect(findAll(text, 'n\'est').map((m) => text.slice(m.start, m.end))).toEqual(['n’est']);
    expect(fold('Ça')).toHaveLength(2);
    expect(findAll(text, '   ')).toEqual([]);
  });
});

describe('snapping a dragged selection to words', () => {
  const text = 'highlighting ongoing security failures that undermine';
  it('widens a cut word and trims spaces', () => {
    const s = text.indexOf('ongoing') + 2;
    const e = text.indexOf('failures') + 4;
    const snapped = snapToWords(text, s - 1, e);
    expect(text.slice(snapped.start, snapped.end)).toBe('ongoing security failures');
    const padded = snapToWords(text, text.indexOf(' that'), text.indexOf('undermine') + 9);
    expect(text.slice(padded.start, padded.end)).toBe('that undermine');
  });
  it('leaves a whole-word selection alone', () => {
    expect(snapToWords(text, 0, 12)).toEqual({ start: 0, end: 12 });
  });
});

describe('notes as safe Markdown', () => {
  it('keeps raw HTML as text and drops unsafe links', () => {
    const nodes = parseNote('**Bold** <script>alert(1)</script> [x](javascript:alert(1)) [ok](https://example.org)');
    const json = JSON.stringify(nodes);
    expect(json).toContain('"type":"strong"');
    expect(json).toContain('<script>alert(1)</script>');
    const links: string[] = [];
    const walk = (list: typeof nodes): void =>
      list.forEach((n) => n.type !== 'text' && (n.type === 'a' && links.push(String(n.href)), walk(n.children)));
    walk(nodes);
    // The javascript: link stays visible as text, never as a link.
    expect(links).toEqual(['https://example.org/']);
    expect(safeHref('mailto:a@b.org')).toBe('mailto:a@b.org');
    expect(safeHref('data:text/html,hi')).toBeUndefined();
    expect(noteText('A *note*\n\n- with\n- list')).toBe('A note with list');
  });
});

describe('routes', () => {
  it('round-trips documents and passages through the hash', () => {
    const id = 'ab'.repeat(32);
    expect(parseHash(routeHash({ view: 'reader', id }))).toEqual({ view: 'reader', id });
    expect(parseHash(routeHash({ view: 'reader', id, at: 120 }))).toEqual({ view: 'reader', id, at: 120 });
    expect(parseHash('#/read/not-an-id')).toEqual({ view: 'library' });
    expect(parseHash('')).toEqual({ view: 'library' });
  });
});

describe('formatting for people', () => {
  it('formats counts, sizes and times', () => {
    expect(plural(1204, 'word')).toBe('1,204 words');
    expect(plural(1, 'claim')).toBe('1 claim');
    expect(formatBytes(1536)).toBe('1.5 KB');
    const now = Date.parse('2026-11-22T10:00:00Z');
    expect(timeAgo('2026-11-22T09:57:00Z', now)).toBe('3 minutes ago');
    expect(timeAgo('2026-11-21T10:00:00Z', now)).toBe('yesterday');
    expect(timeAgo('2026-11-22T09:59:50Z', now)).toBe('just now');
    expect(truncate('The Trump administration is reportedly increasing its support', 30)).toBe('The Trump administration is…');
  });
});

describe('reader helpers', () => {
  it('groups list items into lists and keeps page numbers', () => {
    const items = renderItems([
      { kind: 'page', start: 0, end: 20, level: 1 },
      { kind: 'heading', start: 0, end: 5, level: 1 },
      { kind: 'list-item', start: 6, end: 9 },
      { kind: 'list-item', start: 10, end: 14 },
      { kind: 'list-item', start: 15, end: 20, ordered: true },
    ]);
    expect(items.map((i) => i.type)).toEqual(['page', 'block', 'list', 'list']);
    expect(items[2].type === 'list' && items[2].items).toHaveLength(2);
    expect(headingTag(1)).toBe('h2');
    expect(headingTag(9)).toBe('h6');
  });

  it('finds the innermost annotation at an offset and skips orphans', () => {
    const outer = makeAnnotation('d', { start: 0, end: 100 });
    const inner = makeAnnotation('d', { start: 10, end: 20 });
    const orphan = makeAnnotation('d', { start: 12, end: 14, status: 'orphan' });
    const sorted = [outer, inner, orphan];
    expect(annotationAt(sorted, 15)?.id).toBe(inner.id);
    expect(annotationAt(sorted, 50)?.id).toBe(outer.id);
    expect(annotationAt(sorted, 100)).toBeUndefined();
  });

  it('maps caret keys to movements and label keys to labels', () => {
    expect(caretMove({ key: 'ArrowRight', ctrlKey: true, metaKey: false, altKey: false })).toEqual({ direction: 'forward', granularity: 'word' });
    expect(caretMove({ key: 'Home', ctrlKey: true, metaKey: false, altKey: false })).toEqual({ direction: 'backward', granularity: 'documentboundary' });
    expect(caretMove({ key: 'a', ctrlKey: false, metaKey: false, altKey: false })).toBeNull();
    const set = defaultLabelSet();
    expect(labelForKey(set, '2')?.name).toBe('Evidence');
    expect(labelForKey(set, 'O')?.name).toBe('Opinion');
    expect(labelForKey(set, 'x')).toBeUndefined();
  });
});
