/**
 * pdf.js text items → lines. Items arrive in content-stream order, which for
 * well-made PDFs is reading order (columns included); a line ends where pdf.js
 * marks an end of line, the baseline moves, or the text jumps back left.
 */

/** The part of a pdf.js TextItem the layout needs. */
export interface PdfTextItem {
  str: string;
  /** pdf.js transform: [a, b, c, d, e, f]; e/f are the origin, |d| (or hypot(c, d)) the size. */
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

export interface PdfLine {
  text: string;
  x0: number;
  x1: number;
  /** Baseline, in PDF units from the bottom of the page. */
  y: number;
  /** Font size of most of the line's characters. */
  size: number;
}

interface Building extends PdfLine {
  sizes: Map<number, number>;
  endsWithEol: boolean;
}

const round = (n: number) => Math.round(n * 2) / 2;

function dominant(sizes: Map<number, number>): number {
  let best = 0;
  let count = -1;
  for (const [size, n] of sizes) {
    if (n > count) [best, count] = [size, n];
  }
  return best;
}

export function linesOf(items: readonly PdfTextItem[]): PdfLine[] {
  const lines: Building[] = [];
  let line: Building | undefined;
  for (const item of items) {
    const [, , c, d, x, y] = item.transform;
    const size = round(Math.hypot(c, d) || item.height || 1);
    if (!item.str) {
      if (item.hasEOL && line) line.endsWithEol = true;
      continue;
    }
    const tolerance = Math.min(size, line?.size ?? size) * 0.5;
    const newLine =
      !line || line.endsWithEol || Math.abs(y - line.y) > tolerance || x < line.x1 - Math.max(size, line.size) * 2;
    if (newLine) {
      line = { text: '', x0: x, x1: x, y, size, sizes: new Map(), endsWithEol: false };
      lines.push(line);
    } else if (line) {
      // A visible gap between items is a space the PDF did not encode as a character.
      const gap = x - line.x1;
      if (gap > size * 0.15 && !/\s$/u.test(line.text) && !/^\s/u.test(item.str)) line.text += ' ';
    }
    if (!line) continue;
    line.text += item.str;
    line.x0 = Math.min(line.x0, x);
    line.x1 = Math.max(line.x1, x + item.width);
    line.sizes.set(size, (line.sizes.get(size) ?? 0) + item.str.length);
    line.size = dominant(line.sizes);
    if (item.hasEOL) line.endsWithEol = true;
  }
  return lines
    .map(({ text, x0, x1, y, size }) => ({ text: text.replace(/\s+/gu, ' ').trim(), x0, x1, y, size }))
    .filter((l) => l.text);
}
