/** Plain text (.txt): decode, refuse binaries, then find the structure in the lines. */
import { decodeText } from '../core/decode-text';
import { ImportError } from '../core/import-error';
import type { ImportContext, ParsedDocument } from '../core/types';
import { classify } from './txt-classify';
import { rawBlocks } from './txt-lines';

// Text files hold at most a stray control character (a DOS end-of-file mark);
// binaries are full of them, and of NULs.
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F\u0081\u008D\u008F\u0090\u009D]/gu;
const MAX_CONTROL_SHARE = 0.01;

export function decodePlainText(bytes: Uint8Array, fileName: string): string {
  const { text } = decodeText(bytes);
  const sample = text.slice(0, 65_536);
  const controls = sample.match(CONTROL)?.length ?? 0;
  if (sample.includes('\u0000') || controls > Math.max(2, sample.length * MAX_CONTROL_SHARE)) {
    throw new ImportError(
      fileName,
      'it looks like a binary file, not text (it contains control characters). Check that you picked the right file, or open the original document (PDF, Word, EPUB) instead.',
    );
  }
  return text;
}

/** Line breaks of every convention (CRLF, CR, Unicode separators, form feed) as `\n`. */
export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?|\u2028/gu, '\n').replace(/[\u2029\f]/gu, '\n\n');
}

export function parsePlainText(text: string): ParsedDocument {
  return classify(rawBlocks(normaliseNewlines(text.normalize('NFC'))));
}

export async function importTxt(bytes: Uint8Array, ctx: ImportContext): Promise<ParsedDocument> {
  return parsePlainText(decodePlainText(bytes, ctx.fileName));
}
