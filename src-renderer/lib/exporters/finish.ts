/** Drafts to files: a zip still to be deflated is deflated here, or by the deflater given (workers). */
import type { ExportDraft, ExportFile } from './types';
import { zipEntries, zipEntriesAsync, type Deflater } from './zip';

export function finishDraft(draft: ExportDraft): ExportFile {
  if (!('zip' in draft)) return draft;
  const { zip, ...file } = draft;
  return { ...file, bytes: zipEntries(zip.entries, zip.mtime) };
}

export async function finishDraftAsync(draft: ExportDraft, deflater: Deflater): Promise<ExportFile> {
  if (!('zip' in draft)) return draft;
  const { zip, ...file } = draft;
  return { ...file, bytes: await zipEntriesAsync(zip.entries, zip.mtime, deflater) };
}
