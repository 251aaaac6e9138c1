/** What a single line of plain text looks like: a list item, a heading, a byline. */
import { isLabel } from '../core/derive-title';
import { parseDate } from '../core/parse-date';

const LIST = /^(\s*)(?:([-*•◦▪‣])|(\d{1,3})[.)]|([a-z])\))\s+(\S.*)$/u;

export interface ListMarker {
  indent: number;
  ordered: boolean;
  /** The item's text without its marker. */
  text: string;
}

export function listMarker(line: string): ListMarker | undefined {
  const m = LIST.exec(line.includes('\t') ? line.replace(/\t/gu, '    ') : line);
  if (!m) return undefined;
  return { indent: m[1].length, ordered: !m[2], text: m[5] };
}

// Words that stay lower case in a title-cased headline.
const SMALL = new Set(
  (
    'a an the and or but nor for so yet of in on at to by up as via from with into onto over per vs v than upon ' +
    'de la le les du des et à au aux en sur pour von und der die das im am zum el los las y del con por para e di da il'
  ).split(' '),
);

function titleLike(words: string[]): boolean {
  const cased = words.map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((w) => /[\p{Lu}\p{Ll}]/u.test(w));
  if (!cased.length) return false;
  if (!/^\p{Lu}/u.test(cased[0])) return false;
  const letters = cased.join('');
  if (letters.length >= 3 && !/\p{Ll}/u.test(letters)) return true;
  const content = cased.slice(1).filter((w) => !SMALL.has(w.toLocaleLowerCase()));
  const capitalised = content.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return content.length === 0 || capitalised >= content.length * 0.75;
}

/**
 * label: "Abstract", "Key points:". title: short, title-cased, no final period.
 * question: a short question. caseless: a short line in a script without capitals.
 */
export type HeadingShape = 'label' | 'title' | 'question' | 'caseless';

export function headingShape(text: string): HeadingShape | undefined {
  const t = text.trim();
  if (!t || t.length > 120) return undefined;
  const words = t.split(/\s+/u);
  if (words.length > 16) return undefined;
  if (isLabel(t)) return 'label';
  // A final full stop makes a sentence, unless it closes an abbreviation ("U.S.").
  if (/[.,;:]$/u.test(t) && !/(^|[\s.])\p{Lu}\.$/u.test(t)) return undefined;
  if (/[?？؟]$/u.test(t)) return words.length <= 14 ? 'question' : undefined;
  if (!/[\p{Lu}\p{Ll}]/u.test(t)) return words.length <= 10 ? 'caseless' : undefined;
  return titleLike(words) ? 'title' : undefined;
}

export interface Byline {
  author: string;
  date?: string;
}

const BY = /^(?:by|par|von|por|di|door)\s+(.+)$/iu;
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|and|&|et|und|y|e|de|da|di|du|van|von|der|den|al|el|bin|ibn)$/u;

/** "By National Correspondent | August 5, 2025" → author and ISO date. */
export function parseByline(text: string): Byline | undefined {
  const m = BY.exec(text.trim());
  if (!m || text.length > 120) return undefined;
  let author = m[1];
  let date: string | undefined;
  const separators = /\s*[|•·,—–]\s*|\s+-\s+/gu;
  for (let s = separators.exec(author); s; s = separators.exec(author)) {
    const found = parseDate(author.slice(s.index + s[0].length));
    if (found) {
      date = found;
      author = author.slice(0, s.index);
      break;
    }
  }
  const words = author.trim().split(/\s+/u);
  if (words.length > 8 || !words.every((w) => NAME_WORD.test(w))) return undefined;
  return { author: author.trim(), date };
}

/** A line that is only a date ("August 5, 2025", "Published 5 August 2025"). */
export function dateLine(text: string): string | undefined {
  return text.length <= 40 ? parseDate(text) : undefined;
}
