/**
 * Lines → blocks: paragraphs from vertical gaps, indentation and short last
 * lines; headings from a clearly larger font; list items from their markers;
 * words broken by a hyphen at a line end made whole again.
 */
import type { BlockInput } from '../core/types';
import type { PdfLine } from './pdf-lines';

const LIST_MARKER = /^(?:([•◦▪‣●○■□➢►–-])|(\d{1,3}[.)]))\s+/u;
const HEADING_RATIO = 1.2;

/** Statistics of the whole document that the per-page decisions compare against. */
export interface LayoutStats {
  /** Font size of most of the text. */
  bodySize: number;
  /** Usual distance between baselines of consecutive body lines. */
  leading: number;
  /** Heading font sizes, largest first (index + 1 = heading level). */
  headingSizes: number[];
  /** Every word written whole somewhere, hyphenated compounds included, lower case. */
  words: Set<string>;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
}

export function layoutStats(pages: PdfLine[][]): LayoutStats {
  const bySize = new Map<number, number>();
  const words = new Set<string>();
  for (const line of pages.flat()) {
    bySize.set(line.size, (bySize.get(line.size) ?? 0) + line.text.length);
    // A trailing hyphen is a line-end break, not a compound written whole.
    for (const w of line.text.replace(/\p{L}-$/u, '').toLocaleLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? []) {
      words.add(w);
    }
  }
  const bodySize = [...bySize].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
  const gaps: number[] = [];
  for (const page of pages) {
    for (let i = 1; i < page.length; i++) {
      const gap = page[i - 1].y - page[i].y;
      if (page[i].size === bodySize && page[i - 1].size === bodySize && gap > 0 && gap < bodySize * 3) gaps.push(gap);
    }
  }
  const headingSizes = [...bySize.keys()].filter((s) => s >= bodySize * HEADING_RATIO).sort((a, b) => b - a).slice(0, 6);
  return { bodySize, leading: median(gaps) || bodySize * 1.2, headingSizes, words };
}

/** Joins two lines of one paragraph, mending a word hyphenated across them. */
export function joinLines(before: string, after: string, words: Set<string>): string {
  if (/\u00AD$/u.test(before)) return before.slice(0, -1) + after;
  const broken = /(\p{L}+(?:-\p{L}+)*)-$/u.exec(before);
  if (broken) {
    const next = /^\p{L}+/u.exec(after)?.[0];
    // "Faso-" + "Niger": a capital after the break means a real hyphen.
    if (!next || !/^\p{Ll}/u.test(next)) return before + after;
    const hyphenated = `${broken[1]}-${next}`.toLocaleLowerCase();
    const joined = `${broken[1]}${next}`.toLocaleLowerCase();
    // "well-" + "known": keep the hyphen when the document writes the compound whole elsewhere.
    if (words.has(hyphenated) && !words.has(joined)) return before + after;
    return before.slice(0, -1) + after;
  }
  if (/[—–/]$/u.test(before)) return before + after;
  return `${before} ${after}`;
}

interface Draft {
  lines: PdfLine[];
  text: string;
  list?: { ordered: boolean };
}

function startsNewBlock(prev: PdfLine, line: PdfLine, draft: Draft, stats: LayoutStats, right: number): boolean {
  if (Math.abs(line.size - prev.size) > prev.size * 0.15) return true;
  const gap = prev.y - line.y;
  if (gap <= 0 || gap > stats.leading * 1.4) return true;
  if (LIST_MARKER.test(line.text)) return true;
  const em = line.size;
  // A first-line indent starts a paragraph; a list item's continuation lines are indented too.
  if (!draft.list && line.x0 - prev.x0 > em * 0.8) return true;
  // A short line ending a sentence ends its paragraph.
  const width = right - Math.min(prev.x0, line.x0);
  return /[.!?:;"”’)]$/u.test(prev.text) && right - prev.x1 > width * 0.15 && line.x0 <= prev.x0 + em * 0.8;
}

function toBlock(draft: Draft, stats: LayoutStats): BlockInput {
  const size = draft.lines[0].size;
  const level = stats.headingSizes.indexOf(size) + 1;
  if (level > 0 && draft.lines.length <= 3 && draft.text.length <= 200) return { kind: 'heading', text: draft.text, level };
  if (draft.list) {
    return { kind: 'list-item', text: draft.text.replace(LIST_MARKER, ''), level: 1, ordered: draft.list.ordered };
  }
  return { kind: 'paragraph', text: draft.text };
}

/** The blocks of one page (without its page block). */
export function pageBlocks(lines: PdfLine[], stats: LayoutStats): BlockInput[] {
  const right = Math.max(0, ...lines.filter((l) => l.size === stats.bodySize).map((l) => l.x1));
  const blocks: BlockInput[] = [];
  let draft: Draft | undefined;
  let prev: PdfLine | undefined;
  for (const line of lines) {
    if (!draft || !prev || startsNewBlock(prev, line, draft, stats, right)) {
      if (draft) blocks.push(toBlock(draft, stats));
      const marker = LIST_MARKER.exec(line.text);
      draft = { lines: [line], text: line.text, list: marker ? { ordered: Boolean(marker[2]) } : undefined };
    } else {
      draft.lines.push(line);
      draft.text = joinLines(draft.text, line.text, stats.words);
    }
    prev = line;
  }
  if (draft) blocks.push(toBlock(draft, stats));
  return blocks;
}
