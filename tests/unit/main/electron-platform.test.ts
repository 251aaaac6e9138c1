import { describe, expect, it, vi } from 'vitest';
import type { CloseReaderBridge } from '../../../src-renderer/lib/platform/bridge';
import { createElectronPlatform } from '../../../src-renderer/lib/platform/electron';

function fakeBridge() {
  const unsubscribe = vi.fn();
  const bridge = {
    openFiles: vi.fn(async () => [{ name: 'a.txt', bytes: new Uint8Array([97]) }]),
    saveFile: vi.fn(async () => '/home/reader/a.csv'),
    appVersion: vi.fn(async () => ({ name: 'Close Reader', version: '0.1.0', platform: 'Linux 6.1 (x64)' })),
    openExternal: vi.fn(async () => undefined),
    onMenuCommand: vi.fn(() => unsubscribe),
  } satisfies CloseReaderBridge;
  return { bridge, unsubscribe };
}

describe('createElectronPlatform', () => {
  it('is the Electron shell', () => {
    expect(createElectronPlatform(fakeBridge().bridge).shell).toBe('electron');
  });

  it('opens and saves files through the bridge', async () => {
    const { bridge } = fakeBridge();
    const platform = createElectronPlatform(bridge);
    const open = { title: 'Open', filters: [{ name: 'Text', extensions: ['txt'] }], multiple: true };
    expect(await platform.openFiles(open)).toEqual([{ name: 'a.txt', bytes: new Uint8Array([97]) }]);
    expect(bridge.openFiles).toHaveBeenCalledWith(open);
    const save = { title: 'Save', suggestedName: 'a.csv', bytes: new Uint8Array([1]), filters: [] };
    expect(await platform.saveFile(save)).toBe('/home/reader/a.csv');
    expect(bridge.saveFile).toHaveBeenCalledWith(save);
  });

  it('describes the app as running in Electron', async () => {
    const platform = createElectronPlatform(fakeBridge().bridge);
    expect(await platform.appInfo()).toEqual({
      name: 'Close Reader',
      version: '0.1.0',
      platform: 'Linux 6.1 (x64)',
      shell: 'electron',
    });
  });

  it('forwards links and menu subscriptions', async () => {
    const { bridge, unsubscribe } = fakeBridge();
    const platform = createElectronPlatform(bridge);
    await platform.openExternal('https://example.org/');
    expect(bridge.openExternal).toHaveBeenCalledWith('https://example.org/');
    const handler = vi.fn();
    const off = platform.onMenuCommand(handler);
    expect(bridge.onMenuCommand).toHaveBeenCalledWith(handler);
    off();
    expect(unsubscribe).toHaveBeenCalledOnce();
  });
});
