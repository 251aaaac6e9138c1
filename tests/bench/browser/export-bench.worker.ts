/**
 * Exports the benchmark library to every format the way the app's export worker does
 * (exportAsAsync with a fresh pool of deflate workers per export, pool start-up timed),
 * in a worker of Chromium: where the app's exports run.
 */
import { exportLibrary } from '../fixtures/export-library';
import { EXPORT_FORMATS, exportAsAsync } from '../../../src-renderer/lib/exporters';
import { openDeflatePool } from '../../../src-renderer/lib/workers/deflate-pool';

export interface ExportTiming {
  format: string;
  /** One warm-up, then the runs (three unless asked), in ms. */
  samples: number[];
  bytes: number;
  deflateWorkers: number;
}

onmessage = (e: MessageEvent<{ formats?: string[]; runs?: number }>) => {
  run(e.data.formats, e.data.runs).then(
    (timings) => postMessage({ ok: true, timings }),
    (err) => postMessage({ ok: false, message: String((err as Error)?.stack ?? err) }),
  );
};

async function run(formats: readonly string[] = EXPORT_FORMATS, runs = 3): Promise<ExportTiming[]> {
  const input = await exportLibrary();
  const out: ExportTiming[] = [];
  for (const format of EXPORT_FORMATS.filter((f) => formats.includes(f))) {
    const samples: number[] = [];
    let bytes = 0;
    let deflateWorkers = 0;
    for (let run = 0; run <= runs; run++) {
      const t0 = performance.now();
      const pool = openDeflatePool();
      try {
        bytes = (await exportAsAsync(format, input, { title: 'Bench' }, pool)).bytes.length;
      } finally {
        pool.close();
      }
      if (run > 0) samples.push(performance.now() - t0);
      deflateWorkers = pool.size;
    }
    out.push({ format, samples, bytes, deflateWorkers });
  }
  return out;
}
