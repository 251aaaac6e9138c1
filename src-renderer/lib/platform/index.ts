/** The one place that knows which shell runs the app. */
import { createWebPlatform, registerServiceWorker } from './web';
import type { Platform } from './types';

export type * from './types';

async function choose(): Promise<Platform> {
  if (window.closeReader) {
    const { createElectronPlatform } = await import('./electron');
    return createElectronPlatform(window.closeReader);
  }
  void registerServiceWorker().catch((err) => console.warn('service worker not registered', err));
  return createWebPlatform();
}

let current: Platform | undefined;

export async function initPlatform(): Promise<Platform> {
  current ??= await choose();
  return current;
}

/** The platform, once initPlatform() has run (it runs before the app mounts). */
export function platform(): Platform {
  if (!current) throw new Error('The platform is used before initPlatform() ran.');
  return current;
}
