import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { openLibrary } from './helpers';

const FIXTURES = 'tests/fixtures/documents';

async function docxBytes(): Promise<Buffer> {
  const doc = new Document({
    creator: 'Awa Traoré',
    title: 'Pastoralists and the State',
    sections: [
      {
        children: [
          new Paragraph({ text: 'Pastoralists and the State', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('Herders crossing the border at Ménaka reported new checkpoints in March.'),
          new Paragraph({ text: 'Findings', heading: HeadingLevel.HEADING_2 }),
          new Paragraph('Grazing corridors narrowed as armed groups taxed livestock markets.'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

async function chooseFiles(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open documents…' }).click();
  await (await chooser).setFiles(files);
}

test.describe('bringing in documents', () => {
  test('imports several formats at once; bad files are reported and the rest go on', async ({ page }) => {
    const library = await openLibrary(page);
    await chooseFiles(page, [
      { name: 'field-notes.md', mimeType: 'text/markdown', buffer: readFileSync(`${FIXTURES}/notes.md`) },
      { name: 'article.html', mimeType: 'text/html', buffer: readFileSync(`${FIXTURES}/article.html`) },
      { name: 'pastoralists.docx', mimeType: 'application/octet-stream', buffer: await docxBytes() },
      { name: 'broken.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\nthis is not really a pdf') },
      { name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3, 0, 0]) },
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    ]);
    const summary = page.getByRole('dialog', { name: 'Import finished' });
    await expect(summary).toBeVisible({ timeout: 30_000 });
    await expect(summary).toContainText('3 documents imported');
    await expect(summary).toContainText('3 failed');
    await expect(summary.getByRole('listitem').filter({ hasText: 'broken.pdf' })).toContainText(/damaged|not a PDF/i);
    await expect(summary.getByRole('listitem').filter({ hasText: 'photo.txt' })).toBeVisible();
    await expect(summary.getByRole('listitem').filter({ hasText: 'empty.txt' })).toContainText(/empty/i);
    await summary.getByRole('button', { name: 'Done' }).click();
    await expect(library.getByRole('listitem')).toHaveCount(8);
    await expect(library.getByRole('link', { name: 'Pastoralists and the State' })).toBeVisible();

    // The same file again is the same document: the summary says it is already here.
    await chooseFiles(page, [{ name: 'copy.docx', mimeType: 'application/octet-stream', buffer: await docxBytes() }]);
    await expect(page.getByRole('dialog', { name: 'Import finished' })).toContainText('already in the library');
    await page.getByRole('button', { name: 'Done' }).click();
    await expect(library.getByRole('listitem')).toHaveCount(8);

    await library.getByRole('link', { name: 'Pastoralists and the State' }).click();
    const text = page.getByRole('article', { name: /^Text of / });
    await expect(text.getByRole('heading', { name: 'Findings' })).toBeVisible();
    await expect(text).toContainText('Herders crossing the border at Ménaka');
  });

  test('a dropped file is imported', async ({ page }) => {
    const library = await openLibrary(page);
    const bytes = [...readFileSync(`${FIXTURES}/ansi-french.txt`)];
    const transfer = await page.evaluateHandle((data) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(data)], 'notes-de-terrain.txt', { type: 'text/plain' }));
      return dt;
    }, bytes);
    await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
    await expect(page.getByText('Drop to add to your library')).toBeVisible();
    await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
    await expect(library.getByRole('listitem')).toHaveCount(6);
  });

  test('a hostile web page stays inert: no script runs, no request leaves the app', async ({ page }) => {
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('http://127.0.0.1')) outside.push(r.url());
    });
    await page.addInitScript(() => {
      (window as unknown as { alerts: string[] }).alerts = [];
      window.alert = (m?: unknown) => void (window as unknown as { alerts: string[] }).alerts.push(String(m));
    });
    const library = await openLibrary(page);
    await chooseFiles(page, [
      { name: 'hostile.html', mimeType: 'text/html', buffer: readFileSync(`${FIXTURES}/hostile.html`) },
      { name: 'hostile.md', mimeType: 'text/markdown', buffer: readFileSync(`${FIXTURES}/hostile.md`) },
    ]);
    await expect(library.getByRole('listitem')).toHaveCount(7, { timeout: 20_000 });
    await page.getByRole('button', { name: 'Done' }).click();
    for (const title of [/Hostile page/, /hostile/i]) {
      await library.getByRole('link', { name: title }).first().click();
      const text = page.getByRole('article', { name: /^Text of / });
      await expect(text).toBeVisible();
      expect(await text.locator('script, img, iframe, object, form, a, style, link').count()).toBe(0);
      await page.getByRole('button', { name: 'Back to library' }).click();
    }
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { alerts: string[] }).alerts)).toEqual([]);
    expect(outside).toEqual([]);
  });
});
