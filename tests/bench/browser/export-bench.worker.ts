/**
 * Exports the benchmark library to every format the way the app's export worker does
 * (exportWithPool), in a worker of Chromium: where the app's exports run. For a format that
 * may zip, each timed run starts from a new deflate pool, as the app's first export after
 * the export dialog opens: `ready` runs start once the pool has warmed up (the dialog opened
 * it while the reader chose), `cold` runs start it with the export.
 */
import { exportLibrary } from '../fixtures/export-library';
import { EXPORT_FORMATS, ZIPPED_FORMATS, type ExportFormat } from '../../../src-renderer/lib/exporters';
import { closeDeflatePool, exportWithPool, warmDeflatePool } from '../../../src-renderer/lib/workers/export-with-pool';

export type PoolStart = 'ready' | 'cold' | 'kept';

export interface ExportTiming {
  format: string;
  /** One warm-up, then the runs (three unless asked), in ms, each from a pool started as `pool` says. */
  samples: number[];
  /** Runs whose deflate workers started with the export (formats that may zip). */
  cold: number[];
  bytes: number;
  deflateWorkers: number;
}

export interface ExportBenchRequest {
  formats?: readonly string[];
  runs?: number;
  coldRuns?: number;
  pool?: PoolStart;
}

onmessage = (e: MessageEvent<ExportBenchRequest>) => {
  run(e.data).then(
    (timings) => postMessage({ ok: true, timings }),
    (err) => postMessage({ ok: false, message: String((err as Error)?.stack ?? err) }),
  );
};

async function run({ formats = EXPORT_FORMATS, runs = 3, coldRuns = 2, pool = 'ready' }: ExportBenchRequest): Promise<ExportTiming[]> {
  const input = await exportLibrary();
  const out: ExportTiming[] = [];
  for (const format of EXPORT_FORMATS.filter((f) => formats.includes(f))) {
    let bytes = 0;
    let deflateWorkers = 0;
    const timed = async (start: PoolStart): Promise<number> => {
      if (start !== 'kept') closeDeflatePool();
      if (start === 'ready') await warmDeflatePool();
      const t0 = performance.now();
      const written = await exportWithPool(format, input, { title: 'Bench' });
      const ms = performance.now() - t0;
      bytes = written.file.bytes.length;
      deflateWorkers = written.deflateWorkers;
      return ms;
    };
    await timed(pool);
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) samples.push(await timed(pool));
    const cold: number[] = [];
    if (ZIPPED_FORMATS.has(format as ExportFormat)) for (let i = 0; i < coldRuns; i++) cold.push(await timed('cold'));
    out.push({ format, samples, cold, bytes, deflateWorkers });
  }
  closeDeflatePool();
  return out;
}
