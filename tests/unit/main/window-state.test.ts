import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, fake } from './fakes/electron';
import {
  DEFAULT_WINDOW_STATE,
  clampToDisplays,
  parseWindowState,
  readWindowState,
  rememberWindowState,
  writeWindowState,
} from '../../../src-main/window-state';

vi.mock('electron', () => import('./fakes/electron'));

const laptop = { x: 0, y: 0, width: 1440, height: 870 };
const monitorRight = { x: 1440, y: -200, width: 2560, height: 1400 };

let dir: string;
beforeEach(() => {
  fake.reset();
  dir = mkdtempSync(join(tmpdir(), 'cr-state-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('parseWindowState', () => {
  it('reads a valid state', () => {
    expect(parseWindowState('{"x":5,"y":6,"width":900,"height":700,"maximized":true}')).toEqual({
      x: 5,
      y: 6,
      width: 900,
      height: 700,
      maximized: true,
    });
  });

  it.each([
    ['not JSON', '{"x":'],
    ['an empty file', ''],
    ['null', 'null'],
    ['an array', '[1,2]'],
    ['a string size', '{"width":"900","height":700,"maximized":false}'],
    ['a fractional size', '{"width":900.5,"height":700,"maximized":false}'],
    ['a zero size', '{"width":0,"height":700,"maximized":false}'],
    ['an absurd position', '{"x":1e12,"y":0,"width":900,"height":700,"maximized":false}'],
    ['a missing flag', '{"width":900,"height":700}'],
  ])('gives the defaults for %s', (_kind, text) => {
    expect(parseWindowState(text)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('drops a position that is only half there', () => {
    expect(parseWindowState('{"x":5,"width":900,"height":700,"maximized":false}')).toEqual({
      width: 900,
      height: 700,
      maximized: false,
    });
  });
});

describe('clampToDisplays', () => {
  it('keeps a window that fits where it is', () => {
    const state = { x: 100, y: 50, width: 1000, height: 700, maximized: false };
    expect(clampToDisplays(state, [laptop])).toEqual(state);
  });

  it('moves a window hanging off the edge back inside', () => {
    const state = { x: 1000, y: 600, width: 1000, height: 700, maximized: false };
    expect(clampToDisplays(state, [laptop])).toEqual({ x: 440, y: 170, width: 1000, height: 700, maximized: false });
  });

  it('shrinks a window larger than its display', () => {
    const state = { x: 0, y: 0, width: 3000, height: 2000, maximized: true };
    expect(clampToDisplays(state, [laptop])).toEqual({ x: 0, y: 0, width: 1440, height: 870, maximized: true });
  });

  it('keeps a window on the secondary display it mostly covers', () => {
    const state = { x: 2000, y: -100, width: 1200, height: 900, maximized: false };
    expect(clampToDisplays(state, [laptop, monitorRight])).toEqual(state);
  });

  it('re-centres on the primary display a window whose monitor is gone', () => {
    const state = { x: 2000, y: -100, width: 1200, height: 900, maximized: false };
    expect(clampToDisplays(state, [laptop])).toEqual({ width: 1200, height: 870, maximized: false });
  });

  it('fits a window without a position onto the primary display', () => {
    expect(clampToDisplays({ width: 5000, height: 300, maximized: false }, [laptop])).toEqual({
      width: 1440,
      height: 480,
      maximized: false,
    });
  });
});

describe('reading and writing the state file', () => {
  it('gives the defaults, fitted, when there is no file', () => {
    expect(readWindowState(join(dir, 'missing.json'), [laptop])).toEqual({ width: 1280, height: 860, maximized: false });
  });

  it('gives the defaults for a corrupt file', () => {
    const file = join(dir, 'state.json');
    writeFileSync(file, '\u0000garbage');
    expect(readWindowState(file, [laptop])).toEqual({ width: 1280, height: 860, maximized: false });
  });

  it('round-trips, clamped to the displays', () => {
    const file = join(dir, 'state.json');
    writeWindowState(file, { x: 1300, y: 10, width: 1000, height: 600, maximized: false });
    expect(readWindowState(file, [laptop])).toEqual({ x: 440, y: 10, width: 1000, height: 600, maximized: false });
  });

  it('saves the normal bounds and the maximised flag when the window closes', () => {
    const file = join(dir, 'state.json');
    const window = new BrowserWindow({ x: 30, y: 40, width: 1100, height: 750 });
    window.maximized = true;
    rememberWindowState(window as never, file);
    window.emit('close');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ x: 30, y: 40, width: 1100, height: 750, maximized: true });
  });
});
