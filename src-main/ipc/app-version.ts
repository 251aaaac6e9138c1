import { release } from 'node:os';
import { app } from 'electron';

const OS_NAMES: Readonly<Partial<Record<NodeJS.Platform, string>>> = {
  darwin: 'macOS',
  win32: 'Windows',
  linux: 'Linux',
};

/** What the About box shows. */
export function appVersion(): { name: string; version: string; platform: string } {
  const os = OS_NAMES[process.platform] ?? process.platform;
  return {
    name: app.getName(),
    version: app.getVersion(),
    platform: `${os} ${release()} (${process.arch}), Electron ${process.versions.electron ?? 'unknown'}`,
  };
}
