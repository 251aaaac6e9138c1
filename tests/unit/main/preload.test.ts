import { beforeAll, describe, expect, it, vi } from 'vitest';
import { contextBridge, ipcRenderer } from './fakes/electron';
import { CHANNELS, type CloseReaderBridge } from '../../../src-renderer/lib/platform/bridge';

vi.mock('electron', () => import('./fakes/electron'));

let bridge: CloseReaderBridge;

beforeAll(async () => {
  await import('../../../src-main/preload');
  expect(contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
  const [key, api] = contextBridge.exposeInMainWorld.mock.calls[0] ?? [];
  expect(key).toBe('closeReader');
  bridge = api;
});

describe('the preload script', () => {
  it('exposes exactly the bridge, as functions only', () => {
    expect(Object.keys(bridge).sort()).toEqual(['appVersion', 'onMenuCommand', 'openExternal', 'openFiles', 'saveFile']);
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('never hands out ipcRenderer', () => {
    expect(Object.values(bridge)).not.toContain(ipcRenderer);
    expect(Object.values(bridge)).not.toContain(ipcRenderer.invoke);
  });

  it('sends each call to its own channel with its own arguments, and returns the answer', async () => {
    const options = { title: 'Open', filters: [], multiple: false };
    ipcRenderer.invoke.mockResolvedValueOnce([{ name: 'a.txt', bytes: new Uint8Array([1]) }]);
    expect(await bridge.openFiles(options)).toEqual([{ name: 'a.txt', bytes: new Uint8Array([1]) }]);
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(CHANNELS.openFiles, options);

    const save = { title: 'Save', suggestedName: 'a.csv', bytes: new Uint8Array([2]), filters: [] };
    ipcRenderer.invoke.mockResolvedValueOnce('/home/reader/a.csv');
    expect(await bridge.saveFile(save)).toBe('/home/reader/a.csv');
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(CHANNELS.saveFile, save);

    ipcRenderer.invoke.mockResolvedValueOnce({ name: 'Close Reader', version: '0.1.0', platform: 'Linux' });
    expect(await bridge.appVersion()).toEqual({ name: 'Close Reader', version: '0.1.0', platform: 'Linux' });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(CHANNELS.appVersion);

    await bridge.openExternal('https://example.org/');
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(CHANNELS.openExternal, 'https://example.org/');
  });

  it('passes menu commands on as bare strings, drops anything else, and unsubscribes', () => {
    const handler = vi.fn();
    const unsubscribe = bridge.onMenuCommand(handler);
    const event = { sender: ipcRenderer, ports: [] };
    ipcRenderer.emit(CHANNELS.menuCommand, event, 'find');
    expect(handler).toHaveBeenCalledTimes(1);
    expect(handler.mock.calls[0]).toEqual(['find']);

    ipcRenderer.emit(CHANNELS.menuCommand, event, 'rm -rf');
    ipcRenderer.emit(CHANNELS.menuCommand, event, { command: 'find' });
    expect(handler).toHaveBeenCalledTimes(1);

    unsubscribe();
    expect(ipcRenderer.listenerCount(CHANNELS.menuCommand)).toBe(0);
    ipcRenderer.emit(CHANNELS.menuCommand, event, 'undo');
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('keeps each subscription separate', () => {
    const first = vi.fn();
    const second = vi.fn();
    const unsubscribeFirst = bridge.onMenuCommand(first);
    const unsubscribeSecond = bridge.onMenuCommand(second);
    unsubscribeFirst();
    ipcRenderer.emit(CHANNELS.menuCommand, {}, 'about');
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith('about');
    unsubscribeSecond();
  });

  it('refuses a handler that is not a function', () => {
    expect(() => bridge.onMenuCommand('alert' as never)).toThrow('onMenuCommand needs a function');
  });
});
