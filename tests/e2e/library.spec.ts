import { expect, test } from '@playwright/test';
import { openDocument, openLibrary, screenshot } from './helpers';

test.describe('first run and the sample library', () => {
  test('shows the five sample readings, opens one, and a reload duplicates nothing', async ({ page }) => {
    const library = await openLibrary(page);
    await expect(page.getByText('Open a reading, select a passage, press')).toBeVisible();
    const titles = await library.getByRole('link').allInnerTexts();
    expect(titles).toHaveLength(5);
    expect(new Set(titles).size).toBe(5);
    await expect(library.getByRole('link', { name: /Islamic State Kidnappings in Sahel/ })).toBeVisible();

    await openDocument(page, /Islamic State Kidnappings in Sahel/);
    const text = page.getByRole('article', { name: /^Text of / });
    await expect(text.getByRole('heading', { name: /Islamic State Kidnappings in Sahel/ })).toBeVisible();
    await expect(text.getByRole('heading', { name: 'Why Does Chaos in the Sahel Matter to America?' })).toBeVisible();
    expect(await text.locator('p').count()).toBeGreaterThan(5);
    await expect(page.getByRole('complementary', { name: 'Annotations' })).toBeVisible();

    await page.reload();
    await expect(text.getByRole('heading', { name: 'Why Does Chaos in the Sahel Matter to America?' })).toBeVisible();
    await page.getByRole('button', { name: 'Back to library' }).click();
    await expect(library.getByRole('listitem')).toHaveCount(5);
    await page.reload();
    await expect(library.getByRole('listitem')).toHaveCount(5);
  });

  test('sorts and filters the library', async ({ page }) => {
    const library = await openLibrary(page);
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption('title');
    const titles = await library.getByRole('link').allInnerTexts();
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' })));
    await page.getByRole('searchbox', { name: 'Search the library' }).fill('kidnappings');
    await expect(library.getByRole('listitem')).toHaveCount(1);
    await page.getByRole('searchbox', { name: 'Search the library' }).fill('');
    await expect(library.getByRole('listitem')).toHaveCount(5);
  });

  test('follows the reading settings: text size, typeface and theme', async ({ page }) => {
    await openLibrary(page);
    await openDocument(page, /NATO|Ten years/);
    const para = page.getByRole('article', { name: /^Text of / }).locator('p').first();
    const before = await para.evaluate((p) => getComputedStyle(p).fontSize);
    await page.getByRole('button', { name: 'Reading settings' }).click();
    await page.getByRole('button', { name: 'Larger text' }).click();
    await page.getByRole('button', { name: 'Larger text' }).click();
    const after = await para.evaluate((p) => getComputedStyle(p).fontSize);
    expect(parseFloat(after)).toBe(parseFloat(before) + 2);
    await page.getByRole('button', { name: 'Sans' }).click();
    expect(await para.evaluate((p) => getComputedStyle(p).fontFamily)).toContain('Inter');
    await page.getByRole('button', { name: 'Dark' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(34, 32, 28)');
    // Settings persist across a reload.
    await page.reload();
    await expect(para).toBeVisible();
    expect(await para.evaluate((p) => getComputedStyle(p).fontSize)).toBe(after);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`screenshots of the library and the reader in the ${scheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openLibrary(page);
      await screenshot(page, `library-${scheme}`);
      await openDocument(page, /Islamic State Kidnappings in Sahel/);
      await screenshot(page, `reader-${scheme}`);
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg).toBe(scheme === 'light' ? 'rgb(247, 243, 234)' : 'rgb(34, 32, 28)');
    });
  }
});
