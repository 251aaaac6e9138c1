import { expect, test } from '@playwright/test';
import { annotationsSidebar, dragSelect, giveName, highlightSizes, openDocument, openLibrary } from './helpers';

test.describe('reader tools', () => {
  test('find in document highlights every match and steps through them', async ({ page }) => {
    await openLibrary(page);
    await openDocument(page, /Islamic State Kidnappings in Sahel/);
    await page.getByRole('article', { name: /^Text of / }).focus();
    await page.keyboard.press('Control+f');
    const find = page.getByRole('searchbox', { name: 'Find in document' });
    await expect(find).toBeFocused();
    await find.fill('sahel');
    // Typing goes to the first match at once.
    const status = page.getByText(/^1 of \d+$/);
    await expect(status).toBeVisible();
    const total = Number((await status.innerText()).split(' of ')[1]);
    expect(total).toBeGreaterThan(5);
    expect((await highlightSizes(page))['cr-find']).toBe(total);
    await find.press('Enter');
    await expect(page.getByText(`2 of ${total}`)).toBeVisible();
    await find.press('Shift+Enter');
    await expect(page.getByText(`1 of ${total}`)).toBeVisible();
    expect((await highlightSizes(page))['cr-find-current']).toBe(1);
    await find.press('Escape');
    await expect(find).toHaveCount(0);
  });

  test('an orphan is listed apart and re-attached to a new passage', async ({ page }) => {
    await openLibrary(page);
    await openDocument(page, /Islamic State Kidnappings in Sahel/);
    const id = new URL(page.url()).hash.split('/').pop()!;
    const w3c = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:uuid:7d3c8f0e-2b7a-4f7e-9a55-0d6d2f3a1b10',
      type: 'Annotation',
      motivation: 'commenting',
      creator: { type: 'Person', name: 'Colleague' },
      created: '2026-05-01T10:00:00Z',
      modified: '2026-05-01T10:00:00Z',
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: 'Claim' },
        { type: 'TextualBody', purpose: 'commenting', value: 'This sentence was cut from the article.' },
      ],
      target: {
        source: `urn:sha256:${id}`,
        selector: { type: 'TextQuoteSelector', exact: 'A sentence that the newspaper later removed from its website entirely.' },
      },
    };
    await page.getByRole('button', { name: 'Back to library' }).click();
    await page.getByRole('button', { name: 'Library actions' }).click();
    await page.getByRole('menuitem', { name: 'Import annotations…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import annotations' });
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Choose file…' }).click();
    await (await chooser).setFiles({ name: 'colleague.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(JSON.stringify(w3c)) });
    await expect(dialog).toContainText('Orphans (passage not found)');
    await dialog.getByRole('button', { name: 'Import' }).click();

    await openDocument(page, /Islamic State Kidnappings in Sahel/);
    const orphans = annotationsSidebar(page).getByRole('region', { name: 'Orphans' });
    await expect(orphans).toContainText('1 orphan');
    await expect(orphans).toContainText('A sentence that the newspaper later removed');
    expect((await highlightSizes(page))['cr-label-0'] ?? 0).toBe(0);
    await orphans.getByRole('button', { name: 'Re-attach' }).click();
    await expect(page.getByText('Select the passage this annotation belongs to')).toBeVisible();
    await dragSelect(page, 'This episode is far more than an isolated hostage crisis', 'Re-attach annotation');
    await page.keyboard.press('Enter');
    await expect(orphans).toHaveCount(0);
    const card = annotationsSidebar(page).getByRole('article', { name: /^Claim: This episode is far more/ });
    await expect(card).toContainText('Colleague');
    await expect.poll(async () => (await highlightSizes(page))['cr-label-0']).toBe(1);
  });

  test('a label set of my own: new label with its key, colour change repaints, removing a used label asks', async ({ page }) => {
    await openLibrary(page);
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.getByRole('button', { name: 'Add label' }).click();
    // The new label's row appears once the set is stored: until then the last Name is Opinion's.
    await expect(settings.getByRole('combobox', { name: 'Key of Label 4' })).toHaveValue('4');
    const name = settings.getByRole('textbox', { name: 'Name' }).last();
    await name.fill('Assumption');
    await name.press('Tab');
    await expect(settings.getByRole('combobox', { name: 'Key of Assumption' })).toHaveValue('4');
    await settings.getByRole('button', { name: 'Done' }).click();

    await openDocument(page, /Islamic State Kidnappings in Sahel/);
    await dragSelect(page, 'supporting strong regional allies who defend their sovereignty');
    await expect(page.getByRole('toolbar', { name: 'Annotate selection' }).getByRole('button', { name: /Assumption/ })).toBeVisible();
    await page.keyboard.press('4');
    await giveName(page);
    await expect(annotationsSidebar(page).getByRole('article', { name: /^Assumption: supporting strong/ })).toBeVisible();
    expect((await highlightSizes(page))['cr-label-3']).toBe(1);

    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await settings.getByRole('button', { name: 'Use #D55E00' }).last().click();
    // The new colour is stored, then the highlight styles are rewritten from the store.
    await expect
      .poll(() =>
        page.evaluate(() =>
          document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).find((t) => t.includes('cr-label-3')),
        ),
      )
      .toMatch(/213, 94, 0|#D55E00|d55e00/i);

    await settings.getByRole('button', { name: 'Remove Assumption' }).click();
    const ask = page.getByRole('dialog', { name: 'Remove “Assumption”?' });
    await expect(ask).toContainText('1 annotation uses this label');
    await ask.getByRole('button', { name: 'Move to Claim' }).click();
    await settings.getByRole('button', { name: 'Done' }).click();
    await expect(annotationsSidebar(page).getByRole('article', { name: /^Claim: supporting strong/ })).toBeVisible();
  });
});

test('a document opens where the reader left it', async ({ page }) => {
  await openLibrary(page);
  await openDocument(page, /Trump administration/);
  const target = page.getByRole('article', { name: /^Text of / }).locator('[data-start]').nth(6);
  const offset = await target.getAttribute('data-start');
  await target.evaluate((el) => {
    const s = el.closest('[data-scroller]')!;
    s.scrollTop += el.getBoundingClientRect().top - s.getBoundingClientRect().top;
  });
  await page.waitForTimeout(700);
  await page.getByRole('button', { name: 'Back to library' }).click();
  await openDocument(page, /Trump administration/);
  await expect
    .poll(async () =>
      page.evaluate((at) => {
        const el = document.querySelector(`[data-start="${at}"]`)!;
        const box = document.querySelector('[data-scroller]')!.getBoundingClientRect();
        return Math.abs(el.getBoundingClientRect().top - box.top) < 80;
      }, offset),
    )
    .toBe(true);
});
