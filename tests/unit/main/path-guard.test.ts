import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveInside } from '../../../src-main/path-guard';

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'cr-guard-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  mkdirSync(join(root, 'docs'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html>');
  writeFileSync(join(root, 'assets', 'app.js'), 'export {}');
  writeFileSync(join(root, 'docs', 'index.html'), 'docs');
  writeFileSync(join(root, 'with space.txt'), 'x');
  writeFileSync(join(base, 'secret.txt'), 'secret');
  mkdirSync(join(base, 'outside'));
  writeFileSync(join(base, 'outside', 'loot.txt'), 'loot');
  symlinkSync(join(base, 'secret.txt'), join(root, 'escape.txt'));
  symlinkSync(join(base, 'outside'), join(root, 'escape-dir'));
  symlinkSync(join(root, 'assets', 'app.js'), join(root, 'alias.js'));
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('resolveInside', () => {
  it.each([
    ['/index.html', 'index.html'],
    ['/', 'index.html'],
    ['', 'index.html'],
    ['/assets/app.js', join('assets', 'app.js')],
    ['/docs/', join('docs', 'index.html')],
    ['/with%20space.txt', 'with space.txt'],
  ])('serves %j', async (urlPath, file) => {
    expect(await resolveInside(root, urlPath)).toEqual({ ok: true, path: join(root, file) });
  });

  it('follows a symlink that stays inside the root, to its real path', async () => {
    expect(await resolveInside(root, '/alias.js')).toEqual({ ok: true, path: join(root, 'assets', 'app.js') });
  });

  it.each([
    ['parent segments', '/../secret.txt'],
    ['nested parent segments', '/assets/../../secret.txt'],
    ['bare parent', '..'],
    ['encoded dots', '/%2e%2e/secret.txt'],
    ['upper-case encoded dots', '/%2E%2E/secret.txt'],
    ['half-encoded dots', '/.%2e/secret.txt'],
    ['encoded slash', '/..%2fsecret.txt'],
    ['encoded slash inside a name', '/assets%2Fapp.js'],
    ['encoded backslash', '/..%5csecret.txt'],
    ['backslash', '/..\\secret.txt'],
    ['backslash inside the root', '/assets\\app.js'],
    ['NUL byte', '/index.html\0.png'],
    ['encoded NUL', '/index.html%00.png'],
    ['absolute path', '//etc/passwd'],
    ['drive letter', '/C:/Windows/win.ini'],
    ['bare drive letter', 'C:\\Windows'],
    ['malformed encoding', '/%E0%A4%A'],
  ])('refuses %s with 403', async (_kind, urlPath) => {
    expect(await resolveInside(root, urlPath)).toMatchObject({ ok: false, status: 403 });
  });

  it.each([
    ['file', '/escape.txt'],
    ['folder', '/escape-dir/loot.txt'],
  ])('refuses a symlinked %s that leads out of the root', async (_kind, urlPath) => {
    expect(await resolveInside(root, urlPath)).toEqual({ ok: false, status: 403, reason: 'symlink leaves the root' });
  });

  it.each([
    ['a missing file', '/missing.js'],
    ['a missing folder', '/nowhere/index.js'],
    ['a folder without index.html', '/assets/'],
    ['a folder named without a slash', '/assets'],
    ['a path through a file', '/index.html/x'],
  ])('answers %s with 404', async (_kind, urlPath) => {
    expect(await resolveInside(root, urlPath)).toMatchObject({ ok: false, status: 404 });
  });
});
