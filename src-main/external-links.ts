import { BrowserWindow, dialog, shell } from 'electron';

const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
export const MAX_URL_LENGTH = 2048;

/**
 * The canonical form of a link the reader may open outside the app, or null. Only web and
 * mail links qualify: `file:`, `javascript:` and custom schemes could run or open anything.
 */
export function externalLink(url: string): string | null {
  if (url.length > MAX_URL_LENGTH || !URL.canParse(url)) return null;
  const parsed = new URL(url);
  if (!EXTERNAL_PROTOCOLS.has(parsed.protocol)) return null;
  // Credentials in a link are a classic way to disguise its real host.
  if (parsed.username || parsed.password) return null;
  return parsed.href;
}

/**
 * Asks the reader, in a native dialog that names the URL, before handing it to the system
 * browser or mail client. The host is shown in its punycode form (URL.href), so a look-alike
 * domain cannot pass for a familiar one. Resolves true when the link was opened.
 */
export async function confirmAndOpenExternal(
  url: string,
  parent: BrowserWindow | null,
): Promise<boolean> {
  const link = externalLink(url);
  if (link === null) return false;
  const options: Electron.MessageBoxOptions = {
    type: 'question',
    buttons: ['Open Link', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    title: 'Open link',
    message: link.startsWith('mailto:')
      ? 'Write this email in your mail app?'
      : 'Open this link in your web browser?',
    detail: link,
  };
  const { response } = parent
    ? await dialog.showMessageBox(parent, options)
    : await dialog.showMessageBox(options);
  if (response !== 0) return false;
  await shell.openExternal(link);
  return true;
}
