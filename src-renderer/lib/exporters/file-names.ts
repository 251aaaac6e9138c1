/**
 * File names that every file system accepts (Windows is the strictest) and that stay
 * readable: the scope's title, cleaned, with the format's extension.
 */
import type { ExportFormat } from './types';

export const EXTENSIONS: Record<ExportFormat, string> = {
  'close-reader-set': '.crset.json',
  w3c: '.jsonld',
  csv: '.csv',
  markdown: '.md',
  doccano: '.jsonl',
  brat: '-brat.zip',
  'refi-qda': '.qdpx',
};

const FALLBACK = 'annotations';
const MAX_STEM = 100;
// Reserved device names on Windows, with or without an extension.
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;

/**
 * A file stem from a title. `strict` keeps only letters, digits, `-`, `_` and `.`, with
 * underscores for the rest: for names inside archives that tools turn into URLs (brat).
 */
export function fileStem(title: string, options: { strict?: boolean } = {}): string {
  let s = title.normalize('NFC').replace(/[\p{Cc}\p{Cf}<>:"/\\|?*]+/gu, ' ');
  if (options.strict) s = s.replace(/[^\p{L}\p{M}\p{N}._-]+/gu, '_').replace(/_+/g, '_');
  else s = s.replace(/\s+/g, ' ');
  s = s.replace(/^[\s._]+|[\s._]+$/g, '');
  s = Array.from(s).slice(0, MAX_STEM).join('').replace(/[\s._]+$/, '');
  if (!s) return FALLBACK;
  return RESERVED.test(s) ? `${s}_` : s;
}

export function exportFileName(format: ExportFormat, scopeTitle: string): string {
  return fileStem(scopeTitle) + EXTENSIONS[format];
}

/** Gives out stems unique without regard to case (case-insensitive file systems), adding -2, -3… */
export function uniqueStems(): (stem: string) => string {
  const used = new Set<string>();
  return (stem) => {
    let name = stem;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${stem}-${n}`;
    used.add(name.toLowerCase());
    return name;
  };
}
