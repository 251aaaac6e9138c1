/**
 * Moving annotation sets in and out: export a scope of the library to a file, and read,
 * preview and apply an annotation file. Nothing is written before the reader has seen
 * what an import will do.
 */
import { applyImport, snapshotLibrary, type ScopeFilter } from '../db';
import { exportFileName, EXPORT_FORMAT_INFO, type ExportFile, type ExportFormat } from '../exporters';
import { planImport, readAnnotationFile, SetImportError, type ImportPlan } from '../importers/sets';
import { platform } from '../platform';
import { announcer } from './announcer.svelte';
import { startExport, warmExport } from './export-job';
import { plural } from '../format';

export type ExportScope = 'document' | 'chosen' | 'library';

export interface ExportRequest {
  scope: ExportScope;
  documentIds: string[];
  format: ExportFormat;
  filter: ScopeFilter;
  title: string;
}

const ANNOTATION_FILE_FILTERS = [
  { name: 'Annotation sets', extensions: ['json', 'jsonld', 'zip'] },
  { name: 'All files', extensions: ['*'] },
];

class Exchange {
  /** Preset of the export dialog (the Back Up command chooses the whole library as a set). */
  preset = $state<Partial<ExportRequest>>({});
  exporting = $state(false);
  lastExport = $state<ExportFile | null>(null);
  importing = $state(false);
  plan = $state.raw<ImportPlan | null>(null);
  importError = $state<string | null>(null);
  /** Annotations written so far by the import being applied; null when none is. */
  progress = $state<{ written: number; total: number } | null>(null);
  applying = $derived(this.progress !== null);

  /** The export dialog opened: its workers start while the reader chooses. */
  prepareExport(): void {
    warmExport();
  }

  async export(request: ExportRequest): Promise<boolean> {
    this.exporting = true;
    try {
      const info = await platform().appInfo();
      const file = await startExport({
        documentIds: request.scope === 'library' ? 'all' : request.documentIds,
        filter: request.filter,
        format: request.format,
        title: request.title,
        version: info.version,
      });
      const label = EXPORT_FORMAT_INFO.find((f) => f.format === request.format)?.label ?? request.format;
      const where = await platform().saveFile({
        title: `Export as ${label}`,
        suggestedName: file.fileName || exportFileName(request.format, request.title),
        bytes: file.bytes,
        filters: [{ name: label, extensions: [file.fileName.split('.').pop() ?? '*'] }],
      });
      if (!where) return false;
      this.lastExport = file;
      const skipped = file.report.skipped.length;
      announcer.say(
        `Exported ${plural(file.report.annotations, 'annotation')} as ${label}${skipped ? ` (${skipped} left out)` : ''}`,
      );
      return true;
    } catch (err) {
      announcer.error(`The export failed: ${(err as Error).message}`);
      return false;
    } finally {
      this.exporting = false;
    }
  }

  /** Asks for an annotation file, reads it and plans its import; nothing is written yet. */
  async chooseFile(): Promise<void> {
    const [file] = await platform().openFiles({ title: 'Import annotations', multiple: false, filters: ANNOTATION_FILE_FILTERS });
    if (file) await this.preview(file.name, file.bytes);
  }

  async preview(name: string, bytes: Uint8Array): Promise<void> {
    this.importing = true;
    this.plan = null;
    this.importError = null;
    try {
      const parsed = await readAnnotationFile(name, bytes);
      this.plan = planImport(parsed, await snapshotLibrary());
    } catch (err) {
      this.importError =
        err instanceof SetImportError ? err.message : `${name} could not be read: ${(err as Error)?.message ?? err}`;
    } finally {
      this.importing = false;
    }
  }

  async apply(): Promise<boolean> {
    const plan = this.plan;
    if (!plan) return false;
    try {
      this.progress = { written: 0, total: plan.write.annotations.length };
      await applyImport(plan.write, (written, total) => (this.progress = { written, total }));
      const c = plan.counts;
      announcer.say(
        `Imported ${plan.fileName}: ${c.added} new, ${c.updated} updated, ${c.deleted} deleted, ${c.unchanged} unchanged`,
      );
      this.plan = null;
      return true;
    } catch (err) {
      announcer.error(`Nothing was imported: ${(err as Error).message}`);
      return false;
    } finally {
      this.progress = null;
    }
  }

  reset(): void {
    this.plan = null;
    this.importError = null;
  }
}

export const exchange = new Exchange();
