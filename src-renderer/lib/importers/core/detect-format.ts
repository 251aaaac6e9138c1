/**
 * Which importer a file needs: its bytes decide first (a PDF named .txt is a PDF),
 * the extension second. Files we cannot open get a description for the message.
 */
import { unzipSync } from 'fflate';
import type { DocumentFormat } from '../../model';

const EXTENSIONS: Record<string, DocumentFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  mdown: 'md',
  mkd: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  pdf: 'pdf',
  docx: 'docx',
  epub: 'epub',
};

export const EXTENSIONS_BY_FORMAT: Record<DocumentFormat, string[]> = { txt: [], md: [], html: [], pdf: [], docx: [], epub: [] };
for (const [ext, format] of Object.entries(EXTENSIONS)) EXTENSIONS_BY_FORMAT[format].push(`.${ext}`);

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
const startsWith = (bytes: Uint8Array, magic: number[], at = 0) => magic.every((b, i) => bytes[at + i] === b);

export function extensionOf(name: string): string {
  const m = /\.([^./\\]+)$/.exec(name);
  return m ? m[1].toLowerCase() : '';
}

export const isZip = (bytes: Uint8Array) => startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
/** OLE compound file: legacy .doc, and every password-protected Office file. */
export const isCompoundFile = (bytes: Uint8Array) => startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

function zipNames(bytes: Uint8Array): string[] {
  const names: string[] = [];
  try {
    unzipSync(bytes, { filter: (f) => (names.push(f.name), false) });
  } catch {
    // A damaged archive: the extension decides, and that importer reports the damage.
  }
  return names;
}

function zipFormat(bytes: Uint8Array): DocumentFormat | null {
  // EPUB's first entry is an uncompressed "mimetype" file naming the format.
  if (ascii(bytes, 30, 58) === 'mimetypeapplication/epub+zip') return 'epub';
  const names = zipNames(bytes);
  if (names.includes('word/document.xml')) return 'docx';
  if (names.includes('META-INF/container.xml') && names.some((n) => n.endsWith('.opf'))) return 'epub';
  return null;
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = ascii(bytes, 0, Math.min(bytes.length, 1024)).replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

export function detectFormat(name: string, bytes: Uint8Array): DocumentFormat | null {
  // At the very start only: a text that merely mentions "%PDF-" is still text.
  // (A .pdf with junk before its header still goes to the PDF importer by its extension.)
  if (ascii(bytes, 0, 5) === '%PDF-') return 'pdf';
  if (isZip(bytes)) {
    const format = zipFormat(bytes);
    if (format) return format;
  }
  const byExtension = EXTENSIONS[extensionOf(name)];
  if (byExtension) return byExtension;
  return looksLikeHtml(bytes) ? 'html' : null;
}

const KNOWN: [(b: Uint8Array) => boolean, string][] = [
  [(b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47]), 'a PNG image'],
  [(b) => startsWith(b, [0xff, 0xd8, 0xff]), 'a JPEG image'],
  [(b) => ascii(b, 0, 4) === 'GIF8', 'a GIF image'],
  [(b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP', 'a WebP image'],
  [(b) => startsWith(b, [0x1f, 0x8b]), 'a gzip archive'],
  [(b) => ascii(b, 0, 5) === '{\\rtf', 'a Rich Text (RTF) file: save it as .docx or .txt'],
  [isCompoundFile, 'an old-style Office file (.doc, .xls, .ppt) or a password-protected one: save it as .docx without a password'],
  [(b) => isZip(b) && zipNames(b).includes('content.xml'), 'an OpenDocument file: save it as .docx'],
  [isZip, 'a zip archive that is neither a Word document nor an EPUB'],
];

/** What an unsupported file seems to be, in words ("a PNG image"), when its bytes say. */
export function describeUnsupported(bytes: Uint8Array): string | undefined {
  return KNOWN.find(([test]) => test(bytes))?.[1];
}
