import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { BrowserWindow, Rectangle } from 'electron';
import * as v from 'valibot';
import { MIN_HEIGHT, MIN_WIDTH } from './window';

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 860, maximized: false };
export const WINDOW_STATE_FILE = 'window-state.json';

const coordinate = v.pipe(v.number(), v.integer(), v.minValue(-100_000), v.maxValue(100_000));
const extent = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000));
const StateSchema = v.object({
  x: v.optional(coordinate),
  y: v.optional(coordinate),
  width: extent,
  height: extent,
  maximized: v.boolean(),
});

/** Whatever was read, as a state: anything malformed gives the defaults. */
export function parseWindowState(text: string): WindowState {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
  const result = v.safeParse(StateSchema, json);
  if (!result.success) return DEFAULT_WINDOW_STATE;
  const { x, y, width, height, maximized } = result.output;
  // A position is only meaningful as a pair.
  return x !== undefined && y !== undefined ? { x, y, width, height, maximized } : { width, height, maximized };
}

function overlap(a: Rectangle, b: Rectangle): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/**
 * `workAreas` lists the displays' work areas, the primary display's first.
 * Fits the window onto the display it mostly covers (a monitor may have been unplugged or
 * rearranged since): no larger than that display's work area and wholly inside it. A window
 * on no display loses its position, so it opens centred on the primary display.
 */
export function clampToDisplays(state: WindowState, workAreas: readonly Rectangle[]): WindowState {
  const primary = workAreas[0];
  if (!primary) return state;
  const fit = (area: Rectangle) => ({
    width: clamp(state.width, Math.min(MIN_WIDTH, area.width), area.width),
    height: clamp(state.height, Math.min(MIN_HEIGHT, area.height), area.height),
  });
  if (state.x === undefined || state.y === undefined) {
    return { ...fit(primary), maximized: state.maximized };
  }
  const bounds = { x: state.x, y: state.y, width: state.width, height: state.height };
  const best = workAreas
    .map((area) => ({ area, covered: overlap(bounds, area) }))
    .reduce((a, b) => (b.covered > a.covered ? b : a));
  if (best.covered === 0) return { ...fit(primary), maximized: state.maximized };
  const { area } = best;
  const { width, height } = fit(area);
  return {
    x: clamp(state.x, area.x, area.x + area.width - width),
    y: clamp(state.y, area.y, area.y + area.height - height),
    width,
    height,
    maximized: state.maximized,
  };
}

export function readWindowState(file: string, workAreas: readonly Rectangle[]): WindowState {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return clampToDisplays(DEFAULT_WINDOW_STATE, workAreas);
  }
  return clampToDisplays(parseWindowState(text), workAreas);
}

/** Written whole and renamed into place, so a crash mid-write leaves the old file. */
export function writeWindowState(file: string, state: WindowState): void {
  const temp = `${file}.tmp`;
  writeFileSync(temp, JSON.stringify(state));
  renameSync(temp, file);
}

/** Remembers the window's normal (unmaximised) bounds and whether it is maximised, on close. */
export function rememberWindowState(window: BrowserWindow, file: string): void {
  window.on('close', () => {
    const { x, y, width, height } = window.getNormalBounds();
    try {
      writeWindowState(file, { x, y, width, height, maximized: window.isMaximized() });
    } catch (error) {
      console.error('Could not save the window position', error);
    }
  });
}
