/** Find in document: every match of a query in a text, ignoring case and accents. */

export interface Match {
  start: number;
  end: number;
}

/**
 * Folds one UTF-16 unit for matching: lower case, accents dropped, curly quotes made
 * straight. Folding unit by unit keeps offsets in the folded text equal to offsets
 * in the original.
 */
function foldUnit(ch: string): string {
  const base = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (base.length !== 1) return ch;
  return base.replace(/[‘’‛′]/, "'").replace(/[“”„″]/, '"').replace(/[–—]/, '-');
}

const cache = new Map<string, string>();

export function fold(text: string): string {
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const parts: string[] = [];
  let runStart = 0;
  // ASCII runs are only lower-cased (fast); other units go through foldUnit one by one.
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 128) continue;
    parts.push(text.slice(runStart, i).toLowerCase(), foldUnit(text[i]));
    runStart = i + 1;
  }
  parts.push(text.slice(runStart).toLowerCase());
  const out = parts.join('');
  if (text.length > 10_000) {
    cache.clear();
    cache.set(text, out);
  }
  return out;
}

export function findAll(text: string, query: string, limit = 10_000): Match[] {
  const needle = fold(query.trim().replace(/\s+/g, ' '));
  if (!needle) return [];
  const hay = fold(text);
  const out: Match[] = [];
  for (let i = hay.indexOf(needle); i !== -1 && out.length < limit; i = hay.indexOf(needle, i + 1)) {
    out.push({ start: i, end: i + needle.length });
  }
  return out;
}
