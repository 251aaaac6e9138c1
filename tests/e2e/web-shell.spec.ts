import { expect, test } from '@playwright/test';
import { openDocument, openLibrary } from './helpers';

test.describe('the web shell', () => {
  test('works offline after its first load (service worker)', async ({ page, context }) => {
    await openLibrary(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // The first page load is not controlled yet; after a reload the worker serves it.
    await page.reload();
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    await context.setOffline(true);
    await page.reload();
    await openLibrary(page);
    await openDocument(page, /Islamic State Kidnappings in Sahel/);
    await context.setOffline(false);
  });

  test('has an installable web app manifest', async ({ page, request }) => {
    await page.goto('./');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const manifest = await (await request.get(new URL(href!, page.url()).href)).json();
    expect(manifest.name).toBe('Close Reader');
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  });

  test('applies the Content-Security-Policy: no inline script, no outside connections', async ({ page }) => {
    // A request the CSP blocks is created but never finishes; only finished ones went out.
    const outside: string[] = [];
    page.on('requestfinished', (r) => {
      if (!r.url().startsWith('http://127.0.0.1')) outside.push(r.url());
    });
    const response = await page.goto('./');
    const csp = response!.headers()['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    await openLibrary(page);
    const violations = await page.evaluate(async () => {
      const seen: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
      (window as unknown as { pwned?: boolean }).pwned = false;
      const s = document.createElement('script');
      s.textContent = 'window.pwned = true';
      document.body.append(s);
      const img = document.createElement('img');
      img.src = 'https://example.invalid/beacon.png';
      document.body.append(img);
      await fetch('https://example.invalid/x').catch(() => undefined);
      await new Promise((r) => setTimeout(r, 300));
      return { seen, pwned: (window as unknown as { pwned?: boolean }).pwned };
    });
    expect(violations.pwned).toBe(false);
    expect(violations.seen).toEqual(expect.arrayContaining(['script-src-elem', 'img-src', 'connect-src']));
    expect(outside).toEqual([]);
  });
});
