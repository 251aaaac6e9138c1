import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, FakeFrame, FakeWebContents, app, dialog, fake, ipcMain, shell } from './fakes/electron';
import { eventFrom, trustedEvent } from './helpers/ipc';
import { registerIpcHandlers } from '../../../src-main/ipc/register';
import { CHANNELS } from '../../../src-renderer/lib/platform/bridge';

vi.mock('electron', () => import('./fakes/electron'));

const ORIGINS = ['app://close-reader'];
let window: BrowserWindow;

const openOptions = { title: 'Open documents', filters: [{ name: 'Documents', extensions: ['pdf', 'txt'] }], multiple: true };

beforeEach(() => {
  fake.reset();
  window = new BrowserWindow({});
  registerIpcHandlers(() => window as never, ORIGINS);
});

it('registers one handler per request channel of the bridge', () => {
  const channels = ipcMain.handle.mock.calls.map(([channel]) => channel);
  expect(channels.sort()).toEqual(
    [CHANNELS.openFiles, CHANNELS.saveFile, CHANNELS.appVersion, CHANNELS.openExternal].sort(),
  );
});

describe.each([
  [CHANNELS.openFiles, [openOptions]],
  [CHANNELS.saveFile, [{ title: 'Export', suggestedName: 'a.csv', bytes: new Uint8Array([1]), filters: [] }]],
  [CHANNELS.appVersion, []],
  [CHANNELS.openExternal, ['https://example.org/']],
])('the sender check of %s', (channel, args) => {
  function refused(event: unknown) {
    return expect(fake.ipcHandler(channel)(event, ...args)).rejects.toThrow(
      `${channel} refused: the call did not come from the Close Reader window.`,
    );
  }

  it('refuses another web contents', async () => {
    await refused(eventFrom(new FakeWebContents()));
  });

  it('refuses a subframe of our window', async () => {
    const child = new FakeFrame('app://close-reader/frame.html', window.webContents.mainFrame);
    await refused(eventFrom(window.webContents, child));
  });

  it('refuses our window once it shows another origin', async () => {
    window.webContents.mainFrame.url = 'https://example.org/';
    await refused(trustedEvent(window));
  });

  it('refuses a call without a frame', async () => {
    await refused(eventFrom(window.webContents, null));
  });

  it('refuses calls once the window is gone', async () => {
    window.destroyed = true;
    await refused(trustedEvent(window));
  });

  it('never reaches a dialog or the shell when refused', async () => {
    await refused(eventFrom(new FakeWebContents()));
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('argument validation', () => {
  const call = (channel: string, ...args: unknown[]) => fake.ipcHandler(channel)(trustedEvent(window), ...args);

  it.each([
    ['no options', [], 'argument 1: Invalid type: Expected Object but received undefined'],
    ['an extra argument', [openOptions, 'extra'], 'argument 2: Invalid type: Expected never but received "extra"'],
    ['a wrong type', [{ ...openOptions, multiple: 'yes' }], 'argument 1 → multiple: Invalid type: Expected boolean but received "yes"'],
    ['an unexpected key', [{ ...openOptions, defaultPath: '/etc' }], 'argument 1 → defaultPath: Invalid key'],
    ['a huge title', [{ ...openOptions, title: 'x'.repeat(10_000) }], 'argument 1 → title: Invalid length: Expected <=200 but received 10000'],
    ['an extension with a dot', [{ ...openOptions, filters: [{ name: 'PDF', extensions: ['.pdf'] }] }], 'argument 1 → filters → 0 → extensions → 0: an extension is letters and digits, without the dot'],
  ])('%s for dialog:open-files is refused, saying what is wrong', async (_kind, args, message) => {
    await expect(call(CHANNELS.openFiles, ...args)).rejects.toThrow(`Invalid arguments for dialog:open-files: ${message}`);
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
  });

  const save = { title: 'Export', suggestedName: 'notes.csv', bytes: new Uint8Array([1, 2]), filters: [] };
  it.each([
    ['a path as the name', { ...save, suggestedName: '../../.bashrc' }, 'suggestedName: the suggested name must not contain'],
    ['an empty name', { ...save, suggestedName: '' }, 'suggestedName: Invalid length'],
    ['bytes as an array', { ...save, bytes: [1, 2] }, 'bytes: Invalid type: Expected Uint8Array'],
    ['bytes as a string', { ...save, bytes: 'AQI=' }, 'bytes: Invalid type: Expected Uint8Array'],
    ['too many bytes', { ...save, bytes: new Uint8Array(200 * 1024 * 1024 + 1) }, 'bytes: the file is larger than 200 MB'],
    ['an unexpected key', { ...save, path: '/etc/passwd' }, 'path: Invalid key'],
  ])('%s for dialog:save-file is refused', async (_kind, options, message) => {
    await expect(call(CHANNELS.saveFile, options)).rejects.toThrow(message);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('refuses any argument to app:version', async () => {
    await expect(call(CHANNELS.appVersion, 'x')).rejects.toThrow('Invalid arguments for app:version: argument 1:');
  });

  it.each([
    ['a number', [42], 'argument 1: Invalid type: Expected string but received 42'],
    ['a huge string', ['https://example.org/' + 'a'.repeat(5000)], 'argument 1: Invalid length'],
    ['nothing', [], 'argument 1: Invalid type: Expected string but received undefined'],
  ])('refuses %s for shell:open-external', async (_kind, args, message) => {
    await expect(call(CHANNELS.openExternal, ...args)).rejects.toThrow(`Invalid arguments for shell:open-external: ${message}`);
  });
});

describe('handlers with good arguments', () => {
  const call = (channel: string, ...args: unknown[]) => fake.ipcHandler(channel)(trustedEvent(window), ...args);

  it('app:version tells name, version and platform', async () => {
    const info = (await call(CHANNELS.appVersion)) as Record<string, string>;
    expect(info).toEqual({ name: 'Close Reader', version: '0.1.0', platform: expect.stringMatching(/\(.+\), Electron/) });
    expect(Object.keys(info).sort()).toEqual(['name', 'platform', 'version']);
  });

  it('dialog:open-files asks with a native dialog on our window and returns [] when cancelled', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await call(CHANNELS.openFiles, openOptions)).toEqual([]);
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(window, {
      title: 'Open documents',
      filters: openOptions.filters,
      properties: ['openFile', 'multiSelections'],
    });
  });

  it('dialog:open-files allows one file when multiple is false', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await call(CHANNELS.openFiles, { ...openOptions, multiple: false });
    expect(dialog.showOpenDialog.mock.calls[0]?.[1]).toMatchObject({ properties: ['openFile'] });
  });

  it('dialog:save-file suggests the name in the documents folder and returns null when cancelled', async () => {
    app.paths.documents = '/home/reader/Documents';
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    const options = { title: 'Export', suggestedName: 'notes.csv', bytes: new Uint8Array([1]), filters: [{ name: 'CSV', extensions: ['csv'] }] };
    expect(await call(CHANNELS.saveFile, options)).toBeNull();
    expect(dialog.showSaveDialog.mock.calls[0]?.[0]).toBe(window);
    expect(dialog.showSaveDialog.mock.calls[0]?.[1]).toMatchObject({
      title: 'Export',
      defaultPath: '/home/reader/Documents/notes.csv',
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });
  });

  it('shell:open-external opens a web link after the reader confirms', async () => {
    dialog.showMessageBox.mockResolvedValue({ response: 0, checkboxChecked: false });
    await call(CHANNELS.openExternal, 'https://example.org/article');
    expect(dialog.showMessageBox).toHaveBeenCalledWith(window, expect.objectContaining({ detail: 'https://example.org/article' }));
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.org/article');
  });

  it('shell:open-external opens nothing when the reader declines', async () => {
    dialog.showMessageBox.mockResolvedValue({ response: 1, checkboxChecked: false });
    await call(CHANNELS.openExternal, 'https://example.org/article');
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'https://user:pw@example.org/'])(
    'shell:open-external refuses %s without asking',
    async (url) => {
      await expect(call(CHANNELS.openExternal, url)).rejects.toThrow('Only http, https and mailto links');
      expect(dialog.showMessageBox).not.toHaveBeenCalled();
      expect(shell.openExternal).not.toHaveBeenCalled();
    },
  );
});
