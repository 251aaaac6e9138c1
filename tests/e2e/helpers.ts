import { expect, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export const SCREENSHOTS = 'test-results/screenshots';

/** Opens the app on a fresh profile and waits for the sample library. */
export async function openLibrary(page: Page): Promise<Locator> {
  await page.goto('./');
  const library = page.getByRole('list', { name: 'Library' });
  await expect(library.getByRole('listitem')).toHaveCount(5);
  return library;
}

export async function openDocument(page: Page, title: string | RegExp): Promise<void> {
  await page.getByRole('list', { name: 'Library' }).getByRole('link', { name: title }).click();
  await expect(page.getByRole('article', { name: /^Text of / })).toBeVisible();
}

/**
 * Selects a phrase of the document by dragging the mouse from its first to its last
 * character, as a reader would.
 */
export async function dragSelect(page: Page, phrase: string, toolbar = 'Annotate selection'): Promise<void> {
  const points = await page.evaluate((needle) => {
    const blocks = [...document.querySelectorAll<HTMLElement>('article.page [data-start]')];
    for (const b of blocks) {
      const node = b.firstChild;
      const at = node?.textContent?.indexOf(needle) ?? -1;
      if (!node || at < 0) continue;
      b.scrollIntoView({ block: 'center' });
      const r = document.createRange();
      r.setStart(node, at);
      r.setEnd(node, at + 1);
      const first = r.getBoundingClientRect();
      r.setStart(node, at + needle.length - 1);
      r.setEnd(node, at + needle.length);
      const last = r.getBoundingClientRect();
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }
    return null;
  }, phrase);
  if (!points) throw new Error(`“${phrase}” is not in the document`);
  await page.mouse.move(points.x1, points.y1);
  await page.mouse.down();
  await page.mouse.move((points.x1 + points.x2) / 2, (points.y1 + points.y2) / 2, { steps: 4 });
  await page.mouse.move(points.x2, points.y2, { steps: 4 });
  await page.mouse.up();
  await expect(page.getByRole('toolbar', { name: toolbar })).toBeVisible();
}

/** Answers the "Who is annotating?" question that comes with the first annotation. */
export async function giveName(page: Page, name = 'Amina Diallo'): Promise<void> {
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** How many ranges each Close Reader highlight holds (CSS Custom Highlight API). */
export async function highlightSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const [name, h] of CSS.highlights) if (name.startsWith('cr-')) out[name] = h.size;
    return out;
  });
}

export function annotationsSidebar(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Annotations' });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}
