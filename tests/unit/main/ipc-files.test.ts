import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, app, dialog, fake } from './fakes/electron';
import { openFiles, readPickedFiles } from '../../../src-main/ipc/open-files';
import { saveFile } from '../../../src-main/ipc/save-file';
import { MAX_FILE_BYTES } from '../../../src-main/ipc/schemas';

vi.mock('electron', () => import('./fakes/electron'));

let dir: string;
let window: BrowserWindow;

/** A sparse file: as large as asked, without writing the bytes. */
function bigFile(name: string, size: number): string {
  const path = join(dir, name);
  writeFileSync(path, '');
  truncateSync(path, size);
  return path;
}

beforeEach(() => {
  fake.reset();
  dir = mkdtempSync(join(tmpdir(), 'cr-files-'));
  window = new BrowserWindow({});
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('opening files', () => {
  it('returns the names and bytes of the chosen files, in order', async () => {
    writeFileSync(join(dir, 'essay.txt'), 'The Sahel…');
    writeFileSync(join(dir, 'data.bin'), new Uint8Array([0, 255, 7]));
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [join(dir, 'essay.txt'), join(dir, 'data.bin')] });
    const files = await openFiles(window as never, { title: 'Open', filters: [], multiple: true });
    expect(files.map((file) => file.name)).toEqual(['essay.txt', 'data.bin']);
    expect(new TextDecoder().decode(files[0]?.bytes)).toBe('The Sahel…');
    expect([...(files[1]?.bytes ?? [])]).toEqual([0, 255, 7]);
    expect(files[0]?.bytes).toBeInstanceOf(Uint8Array);
  });

  it('refuses a file over the size limit, naming it, before reading anything', async () => {
    writeFileSync(join(dir, 'small.txt'), 'ok');
    const huge = bigFile('scan.pdf', MAX_FILE_BYTES + 1);
    await expect(readPickedFiles([join(dir, 'small.txt'), huge])).rejects.toThrow(
      '"scan.pdf" is 201 MB; files larger than 200 MB cannot be opened.',
    );
  });

  it('accepts a file exactly at the limit', async () => {
    const atLimit = bigFile('limit.pdf', MAX_FILE_BYTES);
    const [file] = await readPickedFiles([atLimit]);
    expect(file?.bytes.byteLength).toBe(MAX_FILE_BYTES);
  });

  it('refuses files that together exceed the total limit', async () => {
    const paths = ['a.pdf', 'b.pdf', 'c.pdf'].map((name) => bigFile(name, 190 * 1024 * 1024));
    await expect(readPickedFiles(paths)).rejects.toThrow('The 3 chosen files add up to 570 MB; open at most 500 MB at a time.');
  });

  it('refuses a folder and a vanished file', async () => {
    mkdirSync(join(dir, 'folder'));
    await expect(readPickedFiles([join(dir, 'folder')])).rejects.toThrow('"folder" is not a file.');
    await expect(readPickedFiles([join(dir, 'gone.txt')])).rejects.toThrow(/ENOENT/);
  });
});

describe('saving a file', () => {
  const options = { title: 'Export', suggestedName: 'notes.md', bytes: new TextEncoder().encode('# Notes'), filters: [] };

  beforeEach(() => {
    app.paths.documents = dir;
  });

  it('writes the bytes where the reader chose and returns that path', async () => {
    const target = join(dir, 'chosen.md');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    expect(await saveFile(window as never, options)).toBe(target);
    expect(readFileSync(target, 'utf8')).toBe('# Notes');
    expect(readdirSync(dir)).toEqual(['chosen.md']);
  });

  it('replaces an existing file whole', async () => {
    const target = join(dir, 'chosen.md');
    writeFileSync(target, 'an older, longer export that must not leave a tail');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    await saveFile(window as never, options);
    expect(readFileSync(target, 'utf8')).toBe('# Notes');
  });

  it('leaves nothing behind when the write fails', async () => {
    const target = join(dir, 'missing-folder', 'chosen.md');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    await expect(saveFile(window as never, options)).rejects.toThrow(/ENOENT/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes nothing when the reader cancels', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await saveFile(window as never, options)).toBeNull();
    expect(readdirSync(dir)).toEqual([]);
    expect(dialog.showSaveDialog.mock.calls[0]?.[1]).toMatchObject({ defaultPath: join(dir, 'notes.md') });
  });
});
