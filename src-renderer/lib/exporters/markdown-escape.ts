/**
 * Text from documents put into Markdown so that it shows as written and cannot change the
 * report's structure (no stray headings, lists, tables, links, HTML or emphasis).
 * CommonMark lets any ASCII punctuation be backslash-escaped, with the same rendering.
 */

// Anywhere in a line: emphasis, code, links and images, HTML and autolinks, entities, GFM
// tables, strikethrough, math in renderers that have it, headings (and their closing #s),
// quotes, bullets.
const INLINE = /[\\`*_[\]<>|~&$#]/g;
const LINE_BREAKS = /\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/;

// Most lines of prose need no escape at all: one test spares the replaces.
const ANY_SYNTAX = /[\\`*_[\]<>|~&$#]|^(?:[+\-=]|\d+[.)])/;

function escapeLine(line: string): string {
  // Leading and trailing blanks do not show in a paragraph; left in, they could start a code block or a hard break.
  const trimmed = line.trim();
  if (!ANY_SYNTAX.test(trimmed)) return trimmed;
  const escaped = trimmed.replace(INLINE, '\\$&');
  // At the start only: list markers, thematic breaks, setext underlines, ordered list numbers.
  return escaped.replace(/^[+\-=]/, '\\$&').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** One line of plain text, line breaks shown as " / " (for headings and list items). */
export function inline(text: string): string {
  return text
    .split(LINE_BREAKS)
    .map(escapeLine)
    .filter(Boolean)
    .join(' / ');
}

/** A block quote of plain text: each line of the source its own paragraph. */
export function blockQuote(text: string): string {
  const lines = text.split(LINE_BREAKS).map(escapeLine).filter(Boolean);
  return lines.length ? lines.map((l) => `> ${l}`).join('\n>\n') : '> ';
}

/** Markdown indented under a list item, so that whatever it holds ends with the item. */
export function indented(markdown: string, by = 2): string {
  const pad = ' '.repeat(by);
  return markdown
    .split(/\r\n|\r|\n/)
    .map((l) => (l.trim() ? pad + l : ''))
    .join('\n');
}

/** `<url>` for an absolute http(s) URL that can stand as an autolink, else the escaped text. */
export function link(url: string): string {
  return /^https?:\/\/[^\s<>]+$/i.test(url) ? `<${url}>` : inline(url);
}

/** "2025-02-10 08:00 UTC" for an ISO time in UTC; other strings as they are. */
export function when(iso: string): string {
  const m = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d)(?::\d\d(?:\.\d+)?)?Z$/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : inline(iso);
}
