import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { annotationsSidebar, dragSelect, giveName, openDocument, openLibrary } from './helpers';

const CLAIM = 'This episode is far more than an isolated hostage crisis';
const EVIDENCE = 'four Moroccan truck drivers abducted by the Islamic State’s Sahel Province subgroup were finally freed after months in captivity';

test.describe('exchanging annotation sets', () => {
  test('export a set through the UI, import it into a fresh profile, and see the same annotations', async ({ browser }) => {
    const first = await browser.newContext();
    const page = await first.newPage();
    await openLibrary(page);
    await openDocument(page, /Islamic State Kidnappings in Sahel/);
    await dragSelect(page, CLAIM);
    await page.keyboard.press('1');
    await giveName(page, 'Teacher');
    await dragSelect(page, EVIDENCE);
    await page.keyboard.press('2');
    const sidebar = annotationsSidebar(page);
    await expect(sidebar.getByRole('article')).toHaveCount(2);

    await page.getByRole('button', { name: 'Export annotations' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export annotations' });
    await dialog.getByRole('radio', { name: /The whole library/ }).check();
    await dialog.getByRole('radio', { name: /Close Reader set/ }).check();
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export…' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.crset\.json$/);
    const path = test.info().outputPath(file.suggestedFilename());
    await file.saveAs(path);
    const set = JSON.parse(readFileSync(path, 'utf8'));
    expect(set.format).toBe('close-reader-set');
    expect(set.annotations).toHaveLength(2);
    await first.close();

    // A student's fresh profile: the same five samples, no annotations; import the set.
    const second = await browser.newContext();
    const fresh = await second.newPage();
    await openLibrary(fresh);
    await fresh.getByRole('button', { name: 'Library actions' }).click();
    await fresh.getByRole('menuitem', { name: 'Import annotations…' }).click();
    const importDialog = fresh.getByRole('dialog', { name: 'Import annotations' });
    const chooser = fresh.waitForEvent('filechooser');
    await importDialog.getByRole('button', { name: 'Choose file…' }).click();
    await (await chooser).setFiles(path);
    const summary = importDialog.getByRole('definition').first();
    await expect(summary).toHaveText('2');
    await expect(importDialog).toContainText('Anchored exactly');
    await importDialog.getByRole('button', { name: 'Import' }).click();
    await expect(importDialog).toHaveCount(0);

    await openDocument(fresh, /Islamic State Kidnappings in Sahel/);
    const cards = annotationsSidebar(fresh).getByRole('article');
    await expect(cards).toHaveCount(2);
    await expect(cards.filter({ hasText: CLAIM })).toContainText('Teacher');
    await expect(cards.filter({ hasText: 'Moroccan truck drivers' })).toBeVisible();
    await second.close();
  });

  test('a file that is not an annotation set is refused with its reason, and nothing changes', async ({ page }) => {
    await openLibrary(page);
    await page.getByRole('button', { name: 'Library actions' }).click();
    await page.getByRole('menuitem', { name: 'Import annotations…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import annotations' });
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Choose file…' }).click();
    await (await chooser).setFiles({ name: 'prices.json', mimeType: 'application/json', buffer: Buffer.from('{"prices": [1, 2, 3]}') });
    await expect(dialog.getByRole('alert')).toContainText('prices.json');
    await expect(dialog.getByRole('alert')).toContainText('Nothing was imported');
    await expect(dialog.getByRole('button', { name: 'Import' })).toHaveCount(0);
  });

  test('a REFI-QDA project is zipped by the export worker’s deflate workers, under the app’s CSP', async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await openLibrary(page);
    await openDocument(page, /Islamic State Kidnappings in Sahel/);
    await dragSelect(page, CLAIM);
    await page.keyboard.press('1');
    await giveName(page, 'Teacher');
    await expect(annotationsSidebar(page).getByRole('article')).toHaveCount(1);

    await page.getByRole('button', { name: 'Export annotations' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export annotations' });
    await dialog.getByRole('radio', { name: /The whole library/ }).check();
    await dialog.getByRole('radio', { name: /REFI-QDA/ }).check();
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export…' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.qdpx$/);
    const path = test.info().outputPath(file.suggestedFilename());
    await file.saveAs(path);
    const zip = unzipSync(readFileSync(path));
    const names = Object.keys(zip);
    expect(names.filter((n) => /^sources\/.+\.txt$/.test(n))).toHaveLength(5);
    const project = strFromU8(zip['project.qde']);
    expect(project.match(/<PlainTextSelection /g)).toHaveLength(1);
    expect(project).toContain(`name="${CLAIM}`);
    expect(project).toContain('name="Teacher"');
    expect(problems).toEqual([]);
  });
});
