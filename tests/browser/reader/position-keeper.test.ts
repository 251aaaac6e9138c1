import { afterEach, describe, expect, it } from 'vitest';
import { PositionKeeper } from '../../../src-renderer/components/reader/position-keeper';

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

/** A 300 px scroller over 40 paragraphs of 50 px; `place` puts paragraph n at its top. */
function pane() {
  const scroller = document.createElement('div');
  // No scroll anchoring: the browser's own correction would hide whether the keeper acts.
  scroller.style.cssText = 'height:300px;overflow:auto;overflow-anchor:none';
  const content = document.createElement('div');
  for (let i = 0; i < 40; i++) {
    const p = document.createElement('p');
    p.style.cssText = 'height:50px;margin:0';
    p.textContent = `paragraph ${i}`;
    content.append(p);
  }
  scroller.append(content);
  document.body.append(scroller);
  mounted.push(scroller);
  const place = (n: number) => {
    const el = content.children[n];
    scroller.scrollTop += el.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
  };
  const topOf = (n: number) => content.children[n].getBoundingClientRect().top - scroller.getBoundingClientRect().top;
  return { scroller, content, place, topOf };
}

const frames = (n = 3) => new Promise<void>((r) => { const step = () => (n-- ? requestAnimationFrame(step) : r()); step(); });

describe('PositionKeeper', () => {
  it('keeps the remembered line at the top while the text above it grows', async () => {
    const { content, place, topOf } = pane();
    const keeper = new PositionKeeper(content, place);
    keeper.hold(30);
    expect(topOf(30)).toBe(0);
    // Fonts arrive, runs are measured: the paragraphs above become taller.
    for (let i = 0; i < 30; i++) (content.children[i] as HTMLElement).style.height = '80px';
    await frames();
    expect(keeper.holding).toBe(true);
    expect(topOf(30)).toBe(0);
    keeper.release();
  });

  it('reaches a place the page was too short for when it was first asked', async () => {
    const { content, place, topOf } = pane();
    for (let i = 8; i < 40; i++) (content.children[i] as HTMLElement).style.display = 'none';
    const keeper = new PositionKeeper(content, place);
    keeper.hold(6);
    // Clamped: the page is 400 px high, so paragraph 6 (at 300 px) cannot reach the top yet.
    expect(topOf(6)).toBeGreaterThan(0);
    for (let i = 8; i < 40; i++) (content.children[i] as HTMLElement).style.display = '';
    await frames();
    expect(topOf(6)).toBe(0);
    keeper.release();
  });

  it('lets go as soon as the reader scrolls themselves', async () => {
    const { scroller, content, place, topOf } = pane();
    const keeper = new PositionKeeper(content, place);
    keeper.hold(20);
    scroller.dispatchEvent(new WheelEvent('wheel', { deltaY: 100, bubbles: true }));
    expect(keeper.holding).toBe(false);
    (content.children[0] as HTMLElement).style.height = '200px';
    await frames();
    // Not put back: the page moved by the 150 px the first paragraph grew.
    expect(topOf(20)).toBe(150);
  });
});
