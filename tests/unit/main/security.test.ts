import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, dialog, fake, session, shell } from './fakes/electron';
import {
  guardWebContents,
  hardenSession,
  isPermissionGranted,
  isRequestAllowed,
} from '../../../src-main/security';

vi.mock('electron', () => import('./fakes/electron'));

const APP = ['app://close-reader'];
const DEV = ['app://close-reader', 'http://localhost:5173'];
const CSP = "default-src 'self'; connect-src 'self'";
const ses = session.defaultSession;

beforeEach(() => fake.reset());

function flushPromises(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

describe('isRequestAllowed', () => {
  it.each([
    'app://close-reader/index.html',
    'app://close-reader/assets/pdf.worker.min.mjs',
    'data:image/png;base64,AAAA',
    'blob:app://close-reader/3d1c-4a',
    'devtools://devtools/bundled/inspector.html',
  ])('lets %s through', (url) => {
    expect(isRequestAllowed(url, APP)).toBe(true);
  });

  it.each([
    'https://example.org/tracker.js',
    'http://127.0.0.1:8080/',
    'ws://example.org/socket',
    'file:///etc/passwd',
    'app://elsewhere/index.html',
    'http://localhost:5173/src/main.ts',
    'not a url',
  ])('cancels %s in production', (url) => {
    expect(isRequestAllowed(url, APP)).toBe(false);
  });

  it('lets the dev server and its hot-reload socket through while developing, nothing else', () => {
    expect(isRequestAllowed('http://localhost:5173/src/main.ts', DEV)).toBe(true);
    expect(isRequestAllowed('ws://localhost:5173/?token=x', DEV)).toBe(true);
    expect(isRequestAllowed('http://localhost:5174/', DEV)).toBe(false);
    expect(isRequestAllowed('wss://localhost:5173/', DEV)).toBe(false);
    expect(isRequestAllowed('https://example.org/', DEV)).toBe(false);
  });
});

describe('isPermissionGranted', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'hid', 'openExternal', 'fullscreen', 'unknown'])(
    'refuses %s even to our own page',
    (permission) => {
      expect(isPermissionGranted(permission, 'app://close-reader/index.html', APP)).toBe(false);
    },
  );

  it('grants persistent storage and clipboard writing to our own pages only', () => {
    for (const permission of ['persistent-storage', 'clipboard-sanitized-write']) {
      expect(isPermissionGranted(permission, 'app://close-reader/index.html', APP)).toBe(true);
      expect(isPermissionGranted(permission, 'app://close-reader', APP)).toBe(true);
      expect(isPermissionGranted(permission, 'https://example.org/', APP)).toBe(false);
      expect(isPermissionGranted(permission, '', APP)).toBe(false);
    }
  });
});

describe('hardenSession', () => {
  beforeEach(() => hardenSession(ses as never, { origins: APP, csp: CSP }));

  it('puts our CSP on every response, replacing any other', () => {
    const [listener] = ses.webRequest.onHeadersReceived.mock.calls[0] ?? [];
    const callback = vi.fn();
    listener(
      { url: 'app://close-reader/', responseHeaders: { 'content-security-policy': ['script-src *'], 'X-Other': ['1'] } },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [CSP] },
    });
    listener({ url: 'app://close-reader/' }, callback);
    expect(callback).toHaveBeenLastCalledWith({ responseHeaders: { 'Content-Security-Policy': [CSP] } });
  });

  it('cancels requests that would leave the app', () => {
    const [listener] = ses.webRequest.onBeforeRequest.mock.calls[0] ?? [];
    const callback = vi.fn();
    listener({ url: 'https://example.org/' }, callback);
    expect(callback).toHaveBeenLastCalledWith({ cancel: true });
    listener({ url: 'app://close-reader/index.html' }, callback);
    expect(callback).toHaveBeenLastCalledWith({ cancel: false });
  });

  it('answers permission requests and checks by the policy, and refuses device access', () => {
    const [request] = ses.setPermissionRequestHandler.mock.calls[0] ?? [];
    const callback = vi.fn();
    request(null, 'media', callback, { requestingUrl: 'app://close-reader/index.html' });
    expect(callback).toHaveBeenLastCalledWith(false);
    request(null, 'persistent-storage', callback, { requestingUrl: 'app://close-reader/index.html' });
    expect(callback).toHaveBeenLastCalledWith(true);

    const [check] = ses.setPermissionCheckHandler.mock.calls[0] ?? [];
    expect(check(null, 'geolocation', 'app://close-reader', {})).toBe(false);
    expect(check(null, 'persistent-storage', 'https://example.org', {})).toBe(false);

    const [device] = ses.setDevicePermissionHandler.mock.calls[0] ?? [];
    expect(device({ deviceType: 'usb', origin: 'app://close-reader' })).toBe(false);
  });
});

describe('guardWebContents', () => {
  function guardedWindow() {
    const window = new BrowserWindow({});
    guardWebContents(window.webContents as never, APP);
    return window;
  }
  function navigationEvent(url: string) {
    return { url, preventDefault: vi.fn() };
  }

  it('lets our own pages navigate', () => {
    const { webContents } = guardedWindow();
    const event = navigationEvent('app://close-reader/index.html#doc');
    webContents.emit('will-navigate', event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('stops a link click leaving the app and offers it to the browser, naming it', async () => {
    const window = guardedWindow();
    dialog.showMessageBox.mockResolvedValue({ response: 0, checkboxChecked: false });
    const event = navigationEvent('https://example.org/source');
    window.webContents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    await flushPromises();
    expect(dialog.showMessageBox).toHaveBeenCalledWith(window, expect.objectContaining({ detail: 'https://example.org/source' }));
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.org/source');
  });

  it('opens nothing if the reader declines', async () => {
    const { webContents } = guardedWindow();
    dialog.showMessageBox.mockResolvedValue({ response: 1, checkboxChecked: false });
    webContents.emit('will-navigate', navigationEvent('https://example.org/'));
    await flushPromises();
    expect(dialog.showMessageBox).toHaveBeenCalledOnce();
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('blocks navigation to other schemes without offering it', async () => {
    const { webContents } = guardedWindow();
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'app://elsewhere/']) {
      const event = navigationEvent(url);
      webContents.emit('will-navigate', event);
      expect(event.preventDefault).toHaveBeenCalledOnce();
    }
    await flushPromises();
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('blocks redirects away from our origin', () => {
    const { webContents } = guardedWindow();
    const away = navigationEvent('https://example.org/');
    const home = navigationEvent('app://close-reader/index.html');
    webContents.emit('will-redirect', away);
    webContents.emit('will-redirect', home);
    expect(away.preventDefault).toHaveBeenCalledOnce();
    expect(home.preventDefault).not.toHaveBeenCalled();
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('prevents every <webview>', () => {
    const { webContents } = guardedWindow();
    const event = { preventDefault: vi.fn() };
    webContents.emit('will-attach-webview', event, {}, { src: 'app://close-reader/' });
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('denies every new window, offering web links to the browser', async () => {
    const { webContents } = guardedWindow();
    dialog.showMessageBox.mockResolvedValue({ response: 0, checkboxChecked: false });
    expect(webContents.windowOpenHandler?.({ url: 'app://close-reader/index.html' })).toEqual({ action: 'deny' });
    expect(webContents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    await flushPromises();
    expect(dialog.showMessageBox).toHaveBeenCalledOnce();
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.org/');
  });
});
