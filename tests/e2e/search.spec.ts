import { expect, test } from '@playwright/test';
import { openLibrary, screenshot } from './helpers';

test.describe('searching the library', () => {
  test('finds a phrase in a text, shows it emphasised, and opens the document at that passage', async ({ page }) => {
    const library = await openLibrary(page);
    const box = page.getByRole('searchbox', { name: 'Search the library' });
    await page.keyboard.press('Control+k');
    await expect(box).toBeFocused();
    await box.fill('Wagner Group');
    const results = page.getByRole('list', { name: 'Search results' });
    await expect(results).toBeVisible();
    await expect(results.locator('mark').first()).toHaveText(/Wagner/i);
    await expect(results.getByRole('heading', { name: /Bamako/ })).toBeVisible();
    await expect(library.getByRole('listitem')).toHaveCount(0);
    await screenshot(page, 'library-search-light');
    await results.getByRole('button', { name: /Wagner Group/ }).first().click();
    const text = page.getByRole('article', { name: /^Text of / });
    await expect(text).toBeVisible();
    expect(page.url()).toMatch(/#\/read\/[0-9a-f]{64}@\d+-\d+$/);
    // The passage is on screen.
    const visible = await page.evaluate(() => {
      const p = [...document.querySelectorAll('article.page [data-start]')].find((b) => b.textContent!.includes('Wagner Group'))!;
      const r = p.getBoundingClientRect();
      return r.top < innerHeight && r.bottom > 0;
    });
    expect(visible).toBe(true);
  });

  test('finds a word without its accents, and a newly imported document', async ({ page }) => {
    await openLibrary(page);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open documents…' }).click();
    await (await chooser).setFiles({
      name: 'securite.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from('# Sécurité au Sahel\n\nLa sécurité des éleveurs à Ménaka dépend des corridors de transhumance.\n'),
    });
    await expect(page.getByRole('list', { name: 'Library' }).getByRole('listitem')).toHaveCount(6);
    await page.getByRole('searchbox', { name: 'Search the library' }).fill('menaka');
    const results = page.getByRole('list', { name: 'Search results' });
    await expect(results.getByRole('heading', { name: 'Sécurité au Sahel' })).toBeVisible();
    await expect(results.locator('mark').first()).toHaveText('Ménaka');
  });
});
