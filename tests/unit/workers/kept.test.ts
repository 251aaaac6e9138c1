import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Kept } from '../../../src-renderer/lib/workers/kept';

class Resource {
  static opened = 0;
  readonly n = ++Resource.opened;
  closed = false;
  stopped: string | undefined;
  close() {
    this.closed = true;
  }
}

describe('a resource kept between uses', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    Resource.opened = 0;
  });
  afterEach(() => vi.useRealTimers());

  it('opens once, serves every use, and closes after being idle for the given time', async () => {
    const kept = new Kept(() => new Resource(), 1000);
    const first = kept.warm();
    expect(first.n).toBe(1);
    vi.advanceTimersByTime(600);
    // A use restarts the idle time; both uses get the same resource.
    expect(await kept.use(async (r) => r)).toBe(first);
    vi.advanceTimersByTime(600);
    expect(await kept.use(async (r) => r)).toBe(first);
    expect(first.closed).toBe(false);
    vi.advanceTimersByTime(1000);
    expect(first.closed).toBe(true);
    expect(kept.warm().n).toBe(2);
  });

  it('is never closed while in use, however long the use takes', async () => {
    const kept = new Kept(() => new Resource(), 1000);
    let finish!: () => void;
    const using = kept.use((r) => new Promise<Resource>((resolve) => (finish = () => resolve(r))));
    kept.warm();
    vi.advanceTimersByTime(5000);
    finish();
    const r = await using;
    expect(r.closed).toBe(false);
    vi.advanceTimersByTime(1000);
    expect(r.closed).toBe(true);
  });

  it('replaces a resource that stopped working, and closes at once when asked', async () => {
    const kept = new Kept(() => new Resource(), 1000);
    const first = kept.warm();
    first.stopped = 'a worker stopped';
    const second = await kept.use(async (r) => r);
    expect([first.closed, second.n]).toEqual([true, 2]);
    kept.close();
    expect(second.closed).toBe(true);
    // A failed use still lets it close when idle.
    await expect(kept.use(async () => Promise.reject(new Error('export failed')))).rejects.toThrow('export failed');
    const third = kept.warm();
    vi.advanceTimersByTime(1000);
    expect(third.closed).toBe(true);
  });
});
