/**
 * Text clean-up shared by every format, so the same words give the same
 * canonical text (and the same document id) whatever file they came in.
 */

// Invisible characters that only break search and quoting: soft hyphens, BOMs /
// zero-width no-break spaces, and control characters other than tab and newline.
const INVISIBLE_CLASS = '[\\u00AD\\uFEFF\\u0000-\\u0008\\u000B\\u000E-\\u001F\\u007F-\\u009F]';
const INVISIBLE = new RegExp(INVISIBLE_CLASS, 'gu');
const HAS_INVISIBLE = new RegExp(INVISIBLE_CLASS, 'u');

// Collapsible white space: every \s except the no-break spaces, which carry meaning
// (French « guillemets » and "10 000", units) and must survive into the text.
const COLLAPSIBLE = /[^\S\u00A0\u2007\u202F]+/gu;
// Most text is already clean (single ordinary spaces): testing first skips rebuilding it.
const HAS_UNUSUAL_SPACE = /[^\S \u00A0\u2007\u202F]| {2}/u;

/** NFC, invisible characters removed, runs of white space made one space, trimmed. */
export function cleanInline(text: string): string {
  let out = text.normalize('NFC');
  if (HAS_INVISIBLE.test(out)) out = out.replace(INVISIBLE, '');
  if (HAS_UNUSUAL_SPACE.test(out)) out = out.replace(COLLAPSIBLE, ' ');
  return out.trim();
}

/** NFC, line endings made `\n`, trailing spaces and blank edge lines removed; indentation kept. */
export function cleanPreformatted(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/[\u000C\u000B]/g, '\n')
    .replace(INVISIBLE, '')
    .replace(/[^\S\n]+$/gm, '')
    .replace(/^\n+|\n+$/g, '');
}
