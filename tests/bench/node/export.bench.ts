/**
 * Export 100,000 annotations over 100 documents to every format, in Node on one thread
 * (exportAs): the CPU each format costs. The target is met in Chromium, where the app
 * exports (in its export worker, with deflate workers): scripts/bench-browser.mjs.
 */
import { exportLibrary } from '../fixtures/export-library';
import { EXPORT_FORMATS, exportAs } from '../../../src-renderer/lib/exporters';
import { stats, time, type BenchRow } from '../types';

export default async function exportBench(): Promise<BenchRow[]> {
  const input = await exportLibrary();
  const rows: BenchRow[] = [];
  for (const format of EXPORT_FORMATS) {
    let size = 0;
    const cpu: number[] = [];
    const samples = await time(() => {
      const before = process.cpuUsage();
      size = exportAs(format, input, { title: 'Bench' }).bytes.length;
      const used = process.cpuUsage(before);
      cpu.push((used.user + used.system) / 1000);
    }, 2, 1);
    rows.push({
      group: 'export',
      name: `export ${format}: 100,000 annotations over 100 documents (Node, one thread)`,
      value: Math.round(stats(samples).median),
      unit: 'ms',
      // CPU time says what the export costs when other processes share the cores.
      note: `CPU ${Math.round(stats(cpu.slice(1)).median)} ms, ${(size / 1e6).toFixed(1)} MB`,
    });
  }
  return rows;
}
