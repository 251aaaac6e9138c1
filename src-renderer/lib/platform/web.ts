/**
 * The web shell: file inputs instead of native open dialogs, downloads instead of
 * save dialogs, and a service worker so the app opens with the network gone.
 */
import { readFiles } from './files';
import type { AppInfo, OpenOptions, Platform, SaveOptions } from './types';

function pickWithInput(options: OpenOptions): Promise<FileList | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = options.multiple;
    input.accept = options.filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(input.files);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

function download(options: SaveOptions): string {
  const blob = new Blob([options.bytes as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = options.suggestedName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return options.suggestedName;
}

export function createWebPlatform(): Platform {
  return {
    shell: 'web',
    async openFiles(options) {
      const files = await pickWithInput(options);
      return files ? readFiles(files) : [];
    },
    async saveFile(options) {
      return download(options);
    },
    async appInfo(): Promise<AppInfo> {
      return { name: 'Close Reader', version: __APP_VERSION__, shell: 'web', platform: navigator.userAgent };
    },
    async openExternal(url) {
      window.open(url, '_blank', 'noopener,noreferrer');
    },
    onMenuCommand() {
      // The web shell has no application menu; keyboard shortcuts cover the same commands.
      return () => {};
    },
  };
}

/** Registers the service worker that caches the app for offline use (web shell only). */
export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  const { Workbox } = await import('workbox-window');
  await new Workbox('./sw.js', { scope: './' }).register();
}
