import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, app, fake } from './fakes/electron';
import { claimSingleInstance } from '../../../src-main/single-instance';

vi.mock('electron', () => import('./fakes/electron'));

beforeEach(() => fake.reset());

describe('claimSingleInstance', () => {
  it('quits a second launch at once', () => {
    app.requestSingleInstanceLock.mockReturnValue(false);
    expect(claimSingleInstance(() => null)).toBe(false);
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.listenerCount('second-instance')).toBe(0);
  });

  it('brings the first window forward, restored, when another launch is attempted', () => {
    const window = new BrowserWindow({});
    window.minimized = true;
    expect(claimSingleInstance(() => window as never)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.emit('second-instance', {}, ['close-reader'], '/home/reader');
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.show).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('does not restore a window that is not minimised', () => {
    const window = new BrowserWindow({});
    claimSingleInstance(() => window as never);
    app.emit('second-instance', {}, [], '/');
    expect(window.restore).not.toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('ignores another launch while there is no live window', () => {
    const window = new BrowserWindow({});
    window.destroyed = true;
    claimSingleInstance(() => window as never);
    expect(() => app.emit('second-instance', {}, [], '/')).not.toThrow();
    expect(window.focus).not.toHaveBeenCalled();
  });
});
