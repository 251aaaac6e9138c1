import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { forgeViteBuild, projectDir } from '../unit/main/helpers/forge-vite-build';

/**
 * The Electron binary, if it was ever downloaded. Found from the files the electron package
 * writes, never by requiring 'electron': that would try to download it.
 */
function electronBinary(): string | null {
  const pathFile = join(projectDir, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(projectDir, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
if (!binary) console.log('skipped: no Electron binary');
test.skip(!binary, 'skipped: no Electron binary');

test.describe('the Electron shell', () => {
  let profile: string;

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    // Exactly what `electron-forge package` builds first: .vite/build and .vite/renderer.
    await forgeViteBuild({ renderer: true });
  });

  test.beforeEach(() => {
    profile = mkdtempSync(join(tmpdir(), 'cr-electron-profile-'));
  });

  test.afterEach(() => rmSync(profile, { recursive: true, force: true }));

  test('opens the sample library from app://, with the bridge and without Node', async () => {
    const app = await electron.launch({
      executablePath: binary ?? undefined,
      cwd: projectDir,
      args: [
        // Chromium refuses to start as root with its OS sandbox (containers, CI).
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
        join(projectDir, '.vite/build/main.js'),
        // A fresh profile: a first run, which seeds the five sample readings.
        `--user-data-dir=${profile}`,
      ],
    });
    try {
      const page = await app.firstWindow();
      await expect(page).toHaveURL(/^app:\/\/close-reader\//);
      const library = page.getByRole('list', { name: 'Library' });
      await expect(library.getByRole('listitem')).toHaveCount(5);
      expect(await page.evaluate(() => Object.keys(window.closeReader ?? {}).sort())).toEqual([
        'appVersion',
        'onMenuCommand',
        'openExternal',
        'openFiles',
        'saveFile',
      ]);
      expect(await page.evaluate(() => [typeof Reflect.get(globalThis, 'require'), typeof Reflect.get(globalThis, 'process')])).toEqual([
        'undefined',
        'undefined',
      ]);
      const info = await page.evaluate(() => window.closeReader?.appVersion());
      expect(info).toMatchObject({ name: 'Close Reader', version: expect.any(String) });
    } finally {
      await app.close();
    }
  });
});
