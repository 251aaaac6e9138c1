/**
 * Links in notes open outside the app, and only after the reader agrees: in Electron
 * the main process asks with a native dialog; in the web shell this dialog asks.
 */
import { platform } from '../platform';
import { safeHref } from '../text/markdown';
import { dialogs } from './dialogs.svelte';

export async function openLink(href: string): Promise<void> {
  const url = safeHref(href);
  if (!url) return;
  if (platform().shell === 'web') {
    const ok = await dialogs.confirm({
      title: 'Open this link?',
      message: `${url} opens in a new browser tab, outside Close Reader.`,
      confirmLabel: 'Open link',
    });
    if (!ok) return;
  }
  await platform().openExternal(url);
}
