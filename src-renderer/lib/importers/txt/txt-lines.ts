/**
 * Plain text lines → candidate blocks. Handles both paragraph conventions:
 * blank lines between paragraphs, or one paragraph per line; and hard-wrapped
 * text, where a line break inside a paragraph is only the wrap.
 */
import { headingShape, listMarker, type ListMarker } from './txt-shape';

export interface RawBlock {
  /** Lines joined by single spaces (a list item without its marker). */
  text: string;
  /** The first line as written, marker included. */
  firstLine: string;
  lines: number;
  list?: ListMarker;
  /** Set by a setext-style underline: `===` → 1, `---` → 2. */
  underline?: 1 | 2;
}

const RULE = /^\s*([-=*_~#•·])(?:\s*\1){2,}\s*$/u;
const WRAP_MAX = 120;

function firstWord(line: string): string {
  return /^\s*(\S*)/u.exec(line)?.[1] ?? '';
}

interface Layout {
  /** Line breaks inside paragraphs are wraps, not paragraph ends. */
  wrapped: boolean;
  width: number;
  /** Paragraphs are separated by blank lines. */
  blankSeparated: boolean;
}

/**
 * A hard-wrapped file is filled greedily: a line ends where the next word would
 * not have fitted. When most breaks inside paragraphs pass that test, the file
 * is wrapped; poems and one-paragraph-per-line files fail it.
 */
function layout(chunks: string[][]): Layout {
  const lengths: number[] = [];
  const pairs: [string, string][] = [];
  for (const chunk of chunks) {
    if (chunk.length < 2) continue;
    for (let i = 0; i < chunk.length; i++) {
      lengths.push(chunk[i].trimEnd().length);
      if (i + 1 < chunk.length && !listMarker(chunk[i + 1])) pairs.push([chunk[i], chunk[i + 1]]);
    }
  }
  const blankSeparated = chunks.length > 1;
  if (!pairs.length) return { wrapped: false, width: 0, blankSeparated };
  lengths.sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.9)];
  const full = pairs.filter(([a, b]) => a.trimEnd().length + 1 + firstWord(b).length > width).length;
  return { wrapped: width <= WRAP_MAX && full >= pairs.length * 0.6, width, blankSeparated };
}

function indentOf(line: string): number {
  return /^[ \t]*/u.exec(line.includes('\t') ? line.replace(/\t/gu, '    ') : line)?.[0].length ?? 0;
}

/** Splits the lines into chunks at blank lines. */
function chunksOf(text: string): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) {
      if (current.length) chunks.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length) chunks.push(current);
  return chunks;
}

export function rawBlocks(text: string): RawBlock[] {
  const chunks = chunksOf(text);
  const { wrapped, width, blankSeparated } = layout(chunks);
  const isFull = (line: string, next: string) => line.trimEnd().length + 1 + firstWord(next).length > width;
  const out: RawBlock[] = [];

  for (const chunk of chunks) {
    let current: RawBlock | undefined;
    let prevLine = '';
    for (const line of chunk) {
      const rule = RULE.exec(line);
      if (rule) {
        // Directly under a one-line block, `===`/`---` underline it as a heading; elsewhere it is decoration.
        if (current && current.lines === 1 && !current.list && (rule[1] === '=' || rule[1] === '-')) {
          current.underline = rule[1] === '=' ? 1 : 2;
        }
        current = undefined;
        continue;
      }
      const list = listMarker(line);
      const body = line.trim();
      let join = false;
      if (current && !list) {
        if (current.list) join = indentOf(line) > current.list.indent || (wrapped && isFull(prevLine, line));
        else if (!wrapped) join = false;
        else if (current.lines === 1 && !isFull(prevLine, line) && headingShape(current.text)) join = false;
        else if (blankSeparated) join = true;
        else join = isFull(prevLine, line) && indentOf(line) <= indentOf(prevLine);
      }
      if (join && current) {
        // A wrap after a hyphen keeps the hyphen and drops the space ("well-\nknown").
        current.text += /\p{L}-$/u.test(current.text) ? body : ` ${body}`;
        current.lines++;
      } else {
        current = { text: list ? list.text.trim() : body, firstLine: body, lines: 1, list };
        out.push(current);
      }
      prevLine = line;
    }
  }
  return out;
}
