import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Utf8Writer } from '../../../src-renderer/lib/exporters/bytes';
import { prepare } from '../../../src-renderer/lib/exporters/prepare';
import { toWebAnnotation, type W3cContext } from '../../../src-renderer/lib/exporters/w3c-annotation';
import { WebAnnotationWriter } from '../../../src-renderer/lib/exporters/w3c-annotation-bytes';
import type { ExportInput } from '../../../src-renderer/lib/exporters';
import type { Annotation, LabelSet, SetDocument } from '../../../src-renderer/lib/model';
import { fixtureInput } from './fixture';

const ctx: W3cContext = { generator: { type: 'Software', name: 'Close Reader 1.0 “β”' }, generated: '2025-03-01T10:00:00.000Z' };

/** Each prepared annotation through the writer, and through JSON.stringify of the object mapping. */
function bothWays(input: ExportInput): { written: string; expected: string }[] {
  const writer = new WebAnnotationWriter(ctx);
  return prepare(input).annotations.map((p) => {
    const w = new Utf8Writer(16);
    writer.write(w, p);
    return { written: new TextDecoder().decode(w.bytes()), expected: JSON.stringify(toWebAnnotation(p, ctx)) };
  });
}

describe('Web Annotations written straight into bytes', () => {
  it('are the text JSON.stringify gives of the mapped objects, for the test library', () => {
    const both = bothWays(fixtureInput());
    expect(both.length).toBeGreaterThan(5);
    for (const { written, expected } of both) expect(written).toBe(expected);
  });

  // Strings JSON escapes or must carry as they are: quotes, backslashes, controls, lone and paired surrogates, U+2028.
  const char = fc.constantFrom(...['a', ' ', '"', '\\', '/', '\n', '\r', '\t', '\u0000', '\u001f', '\u007f', 'é', '€', '\u2028', '\ud800', '\udfff', '😀', '\ufffe', '\uffff']);
  const text = fc.array(char, { maxLength: 12 }).map((cs) => cs.join(''));

  it('are the same text whatever the strings hold, placed or not, with or without a document, author or note', () => {
    fc.assert(
      fc.property(
        fc.record({ body: text, label: text, author: text, note: text, created: text, url: fc.constantFrom(undefined, 'https://example.org/a b', 'not a url'), orphan: fc.boolean(), missing: fc.boolean(), oddDate: fc.boolean() }),
        ({ body, label, author, note, created, url, orphan, missing, oddDate }) => {
          const docText = `Start ${body} middle ${body} end.`;
          const doc: SetDocument = {
            id: 'd'.repeat(64),
            title: 'T',
            source: { fileName: 'a.txt', mediaType: 'text/plain', importedAt: '2025-01-01T00:00:00.000Z' },
            meta: { url, language: 'fr' },
            wordCount: 4,
            charCount: docText.length,
            addedAt: '2025-01-01T00:00:00.000Z',
            labelSetId: 'set',
            text: docText,
            blocks: [],
          };
          const set: LabelSet = { id: 'set', name: 'Set', labels: [{ id: 'l', name: label, color: '#0072B2', key: '1' }] } as LabelSet;
          const a: Annotation = {
            id: '00000000-0000-4000-8000-000000000001',
            documentId: missing ? 'e'.repeat(64) : doc.id,
            start: 6,
            end: 6 + body.length + 7,
            quote: { exact: body, prefix: 'Start ', suffix: oddDate ? (undefined as unknown as string) : ' end' },
            label: 'l',
            note,
            links: [],
            author,
            created: oddDate ? (42 as unknown as string) : created,
            modified: '2025-02-02T10:00:00.000Z',
            status: orphan ? 'orphan' : 'exact',
          };
          for (const { written, expected } of bothWays({ documents: [doc], labelSets: [set], annotations: [a], exportedAt: ctx.generated })) {
            expect(written).toBe(expected);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
