import { describe, expect, it } from 'vitest';
import {
  EXPORT_FORMAT_INFO,
  EXPORT_FORMATS,
  ExportError,
  exportAs,
  exportAsAsync,
  ZIPPED_FORMATS,
  deflateSegment,
  exportFileName,
  type ExportFormat,
} from '../../../src-renderer/lib/exporters';
import { annotations, emptyInput, fixtureInput, ID, sahel } from './fixture';

describe('exportAs', () => {
  it.each(EXPORT_FORMATS.map((f) => [f]))('writes %s for the fixture and for an empty scope', (format) => {
    const file = exportAs(format, fixtureInput(), { title: 'Scope' });
    expect(file.bytes.length).toBeGreaterThan(0);
    expect(file.fileName).toBe(exportFileName(format, 'Scope').replace('.crset.json', file.mediaType === 'application/zip' ? '.crset.zip' : '.crset.json'));
    expect(file.report.annotations).toBeGreaterThan(0);
    expect(() => exportAs(format, emptyInput())).not.toThrow();
  });

  it.each(EXPORT_FORMATS.map((f) => [f]))('deflates %s only if it is listed as a zipped format', async (format) => {
    let deflated = 0;
    const counting = { deflate: async (s: Parameters<typeof deflateSegment>[0]) => (deflated++, deflateSegment(s)) };
    await exportAsAsync(format, fixtureInput(), { title: 'Scope', zipAboveBytes: 0 }, counting);
    expect(deflated > 0).toBe(ZIPPED_FORMATS.has(format));
  });

  it('refuses an unknown format, naming the known ones', () => {
    expect(() => exportAs('pdf' as ExportFormat, emptyInput())).toThrow(/unknown export format “pdf”; known: close-reader-set, w3c/);
    expect(() => exportAs('toString' as ExportFormat, emptyInput())).toThrow(/unknown export format/);
  });

  it('refuses duplicate annotations and documents, naming them', () => {
    const dupAnn = fixtureInput();
    dupAnn.annotations = [...annotations, annotations[1]];
    expect(() => exportAs('csv', dupAnn)).toThrow(ExportError);
    expect(() => exportAs('csv', dupAnn)).toThrow(`annotations[8]: annotation ${ID.evidence} is listed twice`);
    const dupDoc = fixtureInput();
    dupDoc.documents = [sahel, sahel];
    expect(() => exportAs('w3c', dupDoc)).toThrow(`documents[1]: document ${sahel.id} (“${sahel.title}”) is listed twice`);
  });

  it('refuses annotations without the fields exports rely on, naming the item and field', () => {
    const broken = fixtureInput();
    broken.annotations = [{ ...annotations[0], deleted: true }, { ...annotations[1], links: undefined as never }];
    expect(() => exportAs('w3c', broken)).toThrow(`annotations[1] (${ID.evidence}): links is not a list of {relation, to} strings`);
    broken.annotations = [{ ...annotations[1], quote: {} as never }];
    expect(() => exportAs('markdown', broken)).toThrow(`annotations[0] (${ID.evidence}): quote.exact is not a string`);
  });

  it('reports annotations whose offsets do not fit their text, in every offset format', () => {
    const bad = fixtureInput();
    bad.annotations = annotations.map((a) => (a.id === ID.claim ? { ...a, start: 5, end: 99999 } : a));
    for (const format of ['doccano', 'brat', 'refi-qda'] as const) {
      const skipped = exportAs(format, bad).report.skipped.find((s) => s.id === ID.claim && s.kind === 'annotation');
      expect(skipped?.reason).toBe(`its offsets 5–99999 are not a span of the document text (length ${sahel.text.length})`);
    }
  });
});

describe('exportFileName', () => {
  it('gives each format its extension', () => {
    expect(EXPORT_FORMATS.map((f) => exportFileName(f, 'Week 1'))).toEqual([
      'Week 1.crset.json',
      'Week 1.jsonld',
      'Week 1.csv',
      'Week 1.md',
      'Week 1.jsonl',
      'Week 1-brat.zip',
      'Week 1.qdpx',
    ]);
  });

  it('cleans titles for every file system', () => {
    expect(exportFileName('csv', 'a/b\\c:d*e?f"g<h>i|j')).toBe('a b c d e f g h i j.csv');
    expect(exportFileName('csv', '  ..Report.. ')).toBe('Report.csv');
    expect(exportFileName('csv', 'CON')).toBe('CON_.csv');
    expect(exportFileName('csv', 'line\nbreak\ttab')).toBe('line break tab.csv');
    expect(exportFileName('csv', '')).toBe('annotations.csv');
    expect(exportFileName('csv', '???')).toBe('annotations.csv');
    expect(exportFileName('markdown', 'Ünïcødé 😀 𝑥')).toBe('Ünïcødé 😀 𝑥.md');
    const long = exportFileName('markdown', '𝑥'.repeat(300));
    expect(Array.from(long.replace('.md', ''))).toHaveLength(100);
    expect(long.isWellFormed()).toBe(true);
  });
});

describe('EXPORT_FORMAT_INFO', () => {
  it('describes every format once, for the export dialog', () => {
    expect(EXPORT_FORMAT_INFO.map((f) => f.format)).toEqual([...EXPORT_FORMATS]);
    for (const f of EXPORT_FORMAT_INFO) {
      expect(f.label.length).toBeGreaterThan(3);
      expect(f.description).toMatch(/\.$/);
      expect(f.extension).toBe(exportFileName(f.format, 'x').slice(1));
    }
    // The formats that skip orphans say so, and those that keep them do keep them.
    const input = fixtureInput();
    for (const f of EXPORT_FORMAT_INFO) {
      const skippedOrphan = exportAs(f.format, input).report.skipped.some((s) => s.id === ID.orphan);
      expect(skippedOrphan).toBe(!f.keepsOrphans);
    }
  });
});
