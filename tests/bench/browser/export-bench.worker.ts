/**
 * Exports the benchmark library to every format the way the app's export worker does
 * (exportWithPool: a fresh pool of deflate workers for each export that may zip, its
 * start-up timed), in a worker of Chromium: where the app's exports run.
 */
import { exportLibrary } from '../fixtures/export-library';
import { EXPORT_FORMATS } from '../../../src-renderer/lib/exporters';
import { exportWithPool } from '../../../src-renderer/lib/workers/export-with-pool';

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
      const written = await exportWithPool(format, input, { title: 'Bench' });
      if (run > 0) samples.push(performance.now() - t0);
      bytes = written.file.bytes.length;
      deflateWorkers = written.deflateWorkers;
    }
    out.push({ format, samples, bytes, deflateWorkers });
  }
  return out;
}
