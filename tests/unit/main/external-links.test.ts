import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, dialog, fake, shell } from './fakes/electron';
import { confirmAndOpenExternal, externalLink } from '../../../src-main/external-links';

vi.mock('electron', () => import('./fakes/electron'));

beforeEach(() => fake.reset());

describe('externalLink', () => {
  it.each([
    ['https://example.org/a?b=c#d', 'https://example.org/a?b=c#d'],
    ['http://example.org', 'http://example.org/'],
    ['mailto:teacher@school.example', 'mailto:teacher@school.example'],
    // A look-alike host is shown as what it really is.
    ['https://exаmple.org/', 'https://xn--exmple-4nf.org/'],
  ])('accepts %s as %s', (url, canonical) => {
    expect(externalLink(url)).toBe(canonical);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['a custom scheme', 'ms-settings:privacy'],
    ['our own scheme', 'app://close-reader/index.html'],
    ['credentials', 'https://bank.example@evil.example/'],
    ['a relative link', '/index.html'],
    ['an overlong link', `https://example.org/${'a'.repeat(2048)}`],
  ])('refuses %s', (_kind, url) => {
    expect(externalLink(url)).toBeNull();
  });
});

describe('confirmAndOpenExternal', () => {
  it('names the link in a native dialog parented to the window, and opens it on consent', async () => {
    const window = new BrowserWindow({});
    dialog.showMessageBox.mockResolvedValue({ response: 0, checkboxChecked: false });
    const opened = await confirmAndOpenExternal('https://example.org/paper', window as never);
    expect(opened).toBe(true);
    const [parent, options] = dialog.showMessageBox.mock.calls[0] ?? [];
    expect(parent).toBe(window);
    expect(options).toMatchObject({ detail: 'https://example.org/paper', buttons: ['Open Link', 'Cancel'], cancelId: 1, defaultId: 1 });
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.org/paper');
  });

  it('opens nothing when the reader cancels', async () => {
    dialog.showMessageBox.mockResolvedValue({ response: 1, checkboxChecked: false });
    expect(await confirmAndOpenExternal('https://example.org/', null)).toBe(false);
    expect(dialog.showMessageBox.mock.calls[0]?.[0]).toMatchObject({ detail: 'https://example.org/' });
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('asks about a mail link in words that fit it', async () => {
    dialog.showMessageBox.mockResolvedValue({ response: 0, checkboxChecked: false });
    await confirmAndOpenExternal('mailto:a@b.example', null);
    expect(dialog.showMessageBox.mock.calls[0]?.[0]).toMatchObject({ message: 'Write this email in your mail app?' });
    expect(shell.openExternal).toHaveBeenCalledWith('mailto:a@b.example');
  });

  it('never asks about, nor opens, a link that is not web or mail', async () => {
    expect(await confirmAndOpenExternal('file:///etc/passwd', null)).toBe(false);
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});
