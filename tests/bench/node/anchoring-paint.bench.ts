/**
 * The DOM adapter in real Chromium: map 10,000 highlight spans of a 1 MB document to
 * StaticRanges, hand them to the CSS Custom Highlight API and wait for the frame that
 * paints them. The adapter has no imports, so TypeScript's transpiler is all it takes to
 * load it into the page.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import ts from 'typescript';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';
import { generateDocumentText, pickSpans } from '../fixtures/generate-text';
import { stats, type BenchRow } from '../types';

const ADAPTER = new URL('../../../src-renderer/lib/anchoring/dom-adapter.ts', import.meta.url);

interface PaintTimes {
  blockIndex: number;
  rangesFor: number;
  paint: number;
  painted: number;
}

export default async (): Promise<BenchRow[]> => {
  const text = generateDocumentText({ paragraphs: 2000, seed: 11 });
  const spans = pickSpans(text, { count: 10_000, seed: 5, minLength: 10, maxLength: 80 });
  const adapter = ts.transpileModule(readFileSync(ADAPTER, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;

  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><style>::highlight(bench) { background: #fde68a; }</style><article id="root"></article>');
    // tsx keeps function names with an `__name` helper that the page does not have.
    await page.evaluate('window.__name = (f) => f');
    await page.addScriptTag({ type: 'module', content: `${adapter}\nwindow.adapter = { blockIndex, rangesFor };` });
    await page.waitForFunction(() => 'adapter' in window);
    const runs: PaintTimes[] = await page.evaluate(
      async ({ text, spans }) => {
        const { blockIndex, rangesFor } = (window as unknown as { adapter: typeof import('../../../src-renderer/lib/anchoring/dom-adapter') }).adapter;
        const root = document.getElementById('root')!;
        let at = 0;
        for (const line of text.split('\n')) {
          const p = document.createElement('p');
          p.dataset.start = String(at);
          p.dataset.end = String(at + line.length);
          p.textContent = line;
          root.append(p);
          at += line.length + 1;
        }
        const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        await frame();
        const out = [];
        for (let run = 0; run < 8; run++) {
          CSS.highlights.clear();
          await frame();
          const t0 = performance.now();
          const index = blockIndex(root);
          const t1 = performance.now();
          const ranges = rangesFor(index, spans).filter((r): r is StaticRange => r !== null);
          const t2 = performance.now();
          CSS.highlights.set('bench', new Highlight(...ranges));
          await frame();
          out.push({ blockIndex: t1 - t0, rangesFor: t2 - t1, paint: performance.now() - t2, painted: ranges.length });
        }
        return out.slice(2); // the first runs warm up the JIT
      },
      { text, spans },
    );
    const median = (key: keyof PaintTimes) => stats(runs.map((r) => r[key])).median;
    return [
      {
        group: 'anchoring',
        name: 'map 10,000 highlight spans to StaticRanges (Chromium)',
        value: median('blockIndex') + median('rangesFor'),
        unit: 'ms',
        target: 60,
        note: `blockIndex ${median('blockIndex').toFixed(1)} ms + rangesFor ${median('rangesFor').toFixed(1)} ms over ${text.split('\n').length} blocks, ${(text.length / 1e6).toFixed(2)} MB; ${runs[0].painted} ranges`,
      },
      {
        group: 'anchoring',
        name: 'paint 10,000 highlights: CSS.highlights.set + next frame (Chromium)',
        value: median('paint'),
        unit: 'ms',
        note: 'includes waiting for two animation frames (≈ 33 ms at 60 Hz)',
      },
    ];
  } finally {
    await browser.close();
  }
};
