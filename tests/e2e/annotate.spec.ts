import { expect, test, type Page } from '@playwright/test';
import { annotationsSidebar, dragSelect, giveName, highlightSizes, openDocument, openLibrary, screenshot } from './helpers';

const CLAIM = 'This episode is far more than an isolated hostage crisis';
const EVIDENCE = 'four Moroccan truck drivers abducted by the Islamic State’s Sahel Province subgroup were finally freed after months in captivity';

async function openKidnappings(page: Page) {
  await openLibrary(page);
  await openDocument(page, /Islamic State Kidnappings in Sahel/);
}

function card(page: Page, label: string, quote: string) {
  return annotationsSidebar(page).getByRole('article', { name: `${label}: ${quote.slice(0, 40)}`, exact: false });
}

test.describe('annotating while reading', () => {
  test('select, press 1: a Claim is painted and listed; it survives a reload; undo and redo', async ({ page }) => {
    await openKidnappings(page);
    await dragSelect(page, CLAIM);
    await page.keyboard.press('1');
    await giveName(page);
    const claim = card(page, 'Claim', CLAIM);
    await expect(claim).toBeVisible();
    await expect(claim).toContainText(CLAIM);
    await expect(claim).toContainText('Amina Diallo');
    await expect(page.getByRole('status').filter({ hasText: 'Claim added' })).toHaveCount(1);
    expect((await highlightSizes(page))['cr-label-0']).toBe(1);

    await page.reload();
    await expect(card(page, 'Claim', CLAIM)).toBeVisible();
    await expect.poll(async () => (await highlightSizes(page))['cr-label-0']).toBe(1);

    await page.getByRole('article', { name: /^Text of / }).click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect(card(page, 'Claim', CLAIM)).toHaveCount(0);
    await expect.poll(async () => (await highlightSizes(page))['cr-label-0'] ?? 0).toBe(0);
    await page.keyboard.press('Control+Shift+z');
    await expect(card(page, 'Claim', CLAIM)).toBeVisible();
    await expect.poll(async () => (await highlightSizes(page))['cr-label-0']).toBe(1);
    // What the screen shows is what is stored.
    await page.reload();
    await expect(card(page, 'Claim', CLAIM)).toBeVisible();
  });

  test('links evidence to a claim; both cards show the link and jump to each other', async ({ page }) => {
    await openKidnappings(page);
    await dragSelect(page, CLAIM);
    await page.getByRole('toolbar', { name: 'Annotate selection' }).getByRole('button', { name: /Claim/ }).click();
    await giveName(page);
    await dragSelect(page, EVIDENCE);
    await page.keyboard.press('2');
    const evidence = card(page, 'Evidence', EVIDENCE);
    await expect(evidence).toBeVisible();

    await evidence.getByRole('button', { name: 'Link to another annotation' }).click();
    const dialog = page.getByRole('dialog', { name: 'Link annotation' });
    await dialog.getByRole('combobox', { name: 'Relation' }).selectOption('supports');
    await dialog.getByRole('radio', { name: /This episode is far more/ }).check();
    await dialog.getByRole('button', { name: 'Link' }).click();
    await expect(dialog).toHaveCount(0);

    await expect(evidence.getByRole('list', { name: 'Links' })).toContainText('supports →');
    const claim = card(page, 'Claim', CLAIM);
    await expect(claim.getByRole('list', { name: 'Links' })).toContainText('← supported by');
    await claim.getByRole('button', { name: /supported by/ }).click();
    await expect(evidence).toHaveAttribute('aria-current', 'true');
    await screenshot(page, 'reader-linked-light');
  });

  test('notes are Markdown, rendered as text and never as HTML', async ({ page }) => {
    await openKidnappings(page);
    await dragSelect(page, CLAIM);
    await page.keyboard.press('3');
    await giveName(page);
    const opinion = card(page, 'Opinion', CLAIM);
    await opinion.getByRole('button', { name: 'Edit note' }).click();
    await page.getByRole('textbox', { name: 'Note' }).fill('An **overstatement**: <img src=x onerror="window.pwned=1"> see [a link](javascript:alert(1))');
    await page.keyboard.press('Control+Enter');
    await expect(opinion.locator('strong')).toHaveText('overstatement');
    await expect(opinion).toContainText('<img src=x onerror="window.pwned=1">');
    expect(await opinion.locator('img').count()).toBe(0);
    expect(await opinion.locator('a[href^="javascript"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  });

  test('a note being written survives a change to its annotation from another window', async ({ page, context }) => {
    await openKidnappings(page);
    await dragSelect(page, CLAIM);
    await page.keyboard.press('1');
    await giveName(page);
    await card(page, 'Claim', CLAIM).getByRole('button', { name: 'Edit note' }).click();
    await page.getByRole('textbox', { name: 'Note' }).fill('Half a thought');

    // A second window relabels the same annotation: its change reaches the first one.
    const other = await context.newPage();
    await other.goto('./');
    await openDocument(other, /Islamic State Kidnappings in Sahel/);
    await card(other, 'Claim', CLAIM).getByRole('combobox', { name: 'Label' }).selectOption({ label: 'Evidence' });
    await expect(card(page, 'Evidence', CLAIM)).toBeVisible();

    const note = page.getByRole('textbox', { name: 'Note' });
    await expect(note).toHaveValue('Half a thought');
    await note.press('Control+Enter');
    await expect(card(page, 'Evidence', CLAIM)).toContainText('Half a thought');
  });

  test('keyboard only: create, relabel and delete an annotation', async ({ page }) => {
    await openKidnappings(page);
    const text = page.getByRole('article', { name: /^Text of / });
    // Tab from the top of the page to the text, the way a keyboard user arrives there.
    await page.getByRole('button', { name: 'Back to library' }).focus();
    for (let i = 0; i < 20 && !(await text.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(text).toBeFocused();
    // The caret starts at the top of the text: select the section name word by word.
    await page.keyboard.press('Control+Shift+ArrowRight');
    await page.keyboard.press('Control+Shift+ArrowRight');
    await expect(page.getByRole('toolbar', { name: 'Annotate selection' })).toBeVisible();
    await page.keyboard.press('c');
    await page.getByRole('textbox', { name: 'Your name' }).fill('Keyboard User');
    await page.keyboard.press('Enter');
    const sidebar = annotationsSidebar(page);
    await expect(sidebar.getByRole('article', { name: /^Claim: Foreign Policy/ })).toBeVisible();
    // The new annotation is focused: a label key relabels it.
    await page.keyboard.press('e');
    await expect(sidebar.getByRole('article', { name: /^Evidence: Foreign Policy/ })).toBeVisible();
    await page.keyboard.press('Delete');
    await expect(sidebar.getByRole('article')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  });

  test('J and K move between annotations; the sidebar filters by label', async ({ page }) => {
    await openKidnappings(page);
    await dragSelect(page, CLAIM);
    await page.keyboard.press('1');
    await giveName(page);
    await dragSelect(page, EVIDENCE);
    await page.keyboard.press('2');
    // A new annotation takes the focus; Esc lets it go.
    await expect(card(page, 'Evidence', EVIDENCE)).toHaveAttribute('aria-current', 'true');
    await page.keyboard.press('Escape');
    await expect(card(page, 'Evidence', EVIDENCE)).not.toHaveAttribute('aria-current', 'true');
    await page.keyboard.press('j');
    await expect(card(page, 'Evidence', EVIDENCE)).toHaveAttribute('aria-current', 'true');
    await page.keyboard.press('j');
    await expect(card(page, 'Claim', CLAIM)).toHaveAttribute('aria-current', 'true');
    await page.keyboard.press('k');
    await expect(card(page, 'Evidence', EVIDENCE)).toHaveAttribute('aria-current', 'true');

    const sidebar = annotationsSidebar(page);
    await sidebar.getByRole('button', { name: /^Evidence/ }).click();
    await expect(sidebar.getByRole('article')).toHaveCount(1);
    await expect(card(page, 'Claim', CLAIM)).toBeVisible();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`screenshot of highlights in the ${scheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openKidnappings(page);
      await dragSelect(page, CLAIM);
      await page.keyboard.press('1');
      await giveName(page);
      await dragSelect(page, EVIDENCE);
      await page.keyboard.press('2');
      await dragSelect(page, 'how many more innocent lives remain under siege');
      await page.keyboard.press('3');
      await page.mouse.click(10, 400);
      await screenshot(page, `reader-highlights-${scheme}`);
      expect(Object.values(await highlightSizes(page)).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(3);
    });
  }
});
