/** The five bundled sample readings, as the library imports them on first run. */
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src-renderer/lib/importers';
import { sha256Hex } from '../../../src-renderer/lib/model';
import { expectWellFormed, outline, sample } from './helpers/read';

const load = (name: string) => importDocument({ name, bytes: sample(name) }, { now: () => new Date('2025-01-01T00:00:00Z') });

describe('sample readings', () => {
  it('news report: rubric to meta.section, headline to title, byline to author and date', async () => {
    const doc = await load('islamic-state-kidnappings-sahel.txt');
    expectWellFormed(doc);
    expect(doc.title).toBe('Islamic State Kidnappings in Sahel Expose Dangerous Security Gaps Threatening U.S. Interests');
    expect(doc.meta).toEqual({
      section: 'Foreign Policy',
      author: 'National Correspondent',
      date: '2025-08-05',
      language: 'en',
    });
    const lines = outline(doc);
    expect(lines.slice(0, 4)).toEqual([
      'paragraph: Foreign Policy',
      'heading(1): Islamic State Kidnappings in Sahel Expose Dangerous Security Gaps Threatening U.S. Interests',
      'paragraph: By National Correspondent | August 5, 2025',
      expect.stringMatching(/^paragraph: Four Moroccan truck drivers kidnapped/),
    ]);
    expect(lines.filter((l) => l.startsWith('heading'))).toEqual([
      'heading(1): Islamic State Kidnappings in Sahel Expose Dangerous Security Gaps Threatening U.S. Interests',
      'heading(2): Why Does Chaos in the Sahel Matter to America?',
      'heading(2): The Cost of Ignoring National Sovereignty in Global Security',
    ]);
    expect(lines).toHaveLength(13);
    expect(doc.source).toEqual({
      fileName: 'islamic-state-kidnappings-sahel.txt',
      mediaType: 'text/plain',
      importedAt: '2025-01-01T00:00:00.000Z',
      size: sample('islamic-state-kidnappings-sahel.txt').length,
    });
  });

  it('key points: the label is a heading, never the title; a trailing label stays text', async () => {
    const doc = await load('bamako-isolation-key-points.txt');
    expectWellFormed(doc);
    expect(doc.title).toBe("To understand the gravity of Bamako's isolation, one must look at the tactics");
    expect(doc.meta).toEqual({ language: 'en' });
    const lines = outline(doc);
    expect(lines[0]).toBe('heading(2): Key points:');
    expect(lines.slice(1, 4).every((l) => l.startsWith('paragraph: '))).toBe(true);
    expect(lines[4]).toBe('paragraph: Source include:');
    expect(lines).toHaveLength(5);
  });

  it('one paragraph per line, no heading: the title is the first sentence, shortened', async () => {
    const doc = await load('nato-isis-coalition-africa.txt');
    expectWellFormed(doc);
    expect(doc.title).toBe('Ten years after the launch of the U.S.-led mission against the Islamic State…');
    expect(outline(doc)).toHaveLength(9);
    expect(doc.blocks.every((b) => b.kind === 'paragraph')).toBe(true);
    expect(doc.meta).toEqual({ language: 'en' });
  });

  it('analysis: related links at the end are list items; the title does not end on "and"', async () => {
    const doc = await load('sahel-security-assistance-analysis.txt');
    expectWellFormed(doc);
    expect(doc.title).toBe('The Trump administration is reportedly increasing its intelligence sharing…');
    const lines = outline(doc);
    expect(lines).toHaveLength(14);
    expect(lines.slice(0, 12).every((l) => l.startsWith('paragraph: '))).toBe(true);
    expect(lines.slice(12)).toEqual([
      "list-item(1): African juntas' defense pact makes mockery of US policy ›",
      'list-item(1): Americans go home: Both Niger and Chad yank the welcome mat ›',
    ]);
  });

  it('abstract: "Abstract" is a heading, the title comes from the first sentence', async () => {
    const doc = await load('us-sahel-counterterrorism-abstract.txt');
    expectWellFormed(doc);
    expect(doc.title).toBe('The United States has emerged as a prominent actor in the international fight…');
    const lines = outline(doc);
    expect(lines[0]).toBe('heading(2): Abstract');
    expect(lines[1]).toMatch(/^paragraph: The United States has emerged .* maintain order\.$/);
    expect(lines).toHaveLength(2);
  });

  it('ids are the SHA-256 of the canonical text, the same on every import', async () => {
    const a = await load('nato-isis-coalition-africa.txt');
    const b = await load('nato-isis-coalition-africa.txt');
    expect(a.id).toBe(b.id);
    expect(a.id).toBe(await sha256Hex(a.text));
    expect(a.id).toMatch(/^[0-9a-f]{64}$/);
  });
});
