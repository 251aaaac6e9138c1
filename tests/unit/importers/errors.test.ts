/** Bad input of any format: always an ImportError naming the file and the problem. */
import { describe, expect, it } from 'vitest';
import { ImportError, importDocument } from '../../../src-renderer/lib/importers';
import { utf8 } from './helpers/read';

async function failure(name: string, bytes: Uint8Array, options = {}): Promise<ImportError> {
  const err = await importDocument({ name, bytes }, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ImportError);
  const importError = err as ImportError;
  expect(importError.file).toBe(name);
  expect(importError.message).toContain(name);
  return importError;
}

describe('bad input', () => {
  it('an empty file', async () => {
    expect((await failure('empty.txt', new Uint8Array())).reason).toMatch(/empty \(0 bytes\)/);
  });

  it('a file over maxBytes', async () => {
    const err = await failure('big.txt', utf8('x'.repeat(2048)), { maxBytes: 1024 });
    expect(err.reason).toMatch(/2\.0 KB, larger than the 1\.0 KB limit/);
  });

  it('an unknown format, listing what is supported', async () => {
    const err = await failure('data.xyz', utf8('some words'));
    expect(err.reason).toMatch(/not one Close Reader can open.*\.txt/);
  });

  it('an image says it is an image', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    expect((await failure('scan.png', png)).reason).toMatch(/a PNG image/);
  });

  it('an old Word file says to save it as .docx', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect((await failure('thesis.doc', ole)).reason).toMatch(/old-style Office file.*save it as \.docx/);
  });

  it('an aborted import rejects with the abort reason', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      importDocument({ name: 'a.txt', bytes: utf8('text') }, { signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });
});
