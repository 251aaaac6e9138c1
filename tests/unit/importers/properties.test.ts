/** Whatever text comes in, the result is well-formed or a clear ImportError — never anything else. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportError, importDocument } from '../../../src-renderer/lib/importers';
import { nodeOptions } from './helpers/node-env';
import { expectWellFormed } from './helpers/read';

// Lines mixing the shapes the plain-text and Markdown readers look for.
const line = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.constantFrom('', '   ', '- item', '1. step', '  * nested', 'Key points:', 'By Ann Lee | May 2, 2024', '====', '# Title', '> quote', '```', '---', '<b>x</b>', 'Why Now?', 'E\u0301te\u0301'),
  fc.lorem({ maxCount: 30 }),
);
const text = fc
  .tuple(fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n'))
  .map(([lines, eol]) => lines.join(eol));

async function check(name: string, source: string): Promise<void> {
  try {
    const doc = await importDocument({ name, bytes: new TextEncoder().encode(source) }, nodeOptions);
    expectWellFormed(doc);
    expect(doc.title.length).toBeGreaterThan(0);
    expect(doc.text.normalize('NFC')).toBe(doc.text);
  } catch (err) {
    // Only a file with nothing to read may be refused; a crash inside an importer would
    // surface here as a different reason ("could not be read as …").
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).reason).toMatch(/is empty|contains no text|binary file/u);
  }
}

describe('importers on arbitrary text', () => {
  it('plain text', async () => {
    await fc.assert(fc.asyncProperty(text, (source) => check('any.txt', source)), { numRuns: 200 });
  });

  it('Markdown', async () => {
    await fc.assert(fc.asyncProperty(text, (source) => check('any.md', source)), { numRuns: 200 });
  });

  it('HTML', async () => {
    const html = fc.array(fc.oneof(line, fc.constantFrom('<p>', '</p>', '<ul><li>', '</li></ul>', '<h2>', '</h2>', '<br>', '<pre>', '</pre>', '<script>', '</script>', '<table><tr><td>')), { maxLength: 40 });
    await fc.assert(fc.asyncProperty(html, (parts) => check('any.html', parts.join(' '))), { numRuns: 100 });
  });
});
