/** YAML front matter (`---` … `---` at the top of a Markdown file) → title and metadata. */
import { parse } from 'yaml';
import type { DocumentMeta } from '../../model';
import { parseDate } from '../core/parse-date';
import { webUrl } from '../html/html-meta';

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/u;

export interface FrontMatter {
  /** The Markdown after the front matter. */
  body: string;
  title?: string;
  meta: DocumentMeta;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || undefined;
  if (Array.isArray(value)) return value.map(text).filter(Boolean).join(', ') || undefined;
  if (value && typeof value === 'object' && 'name' in value) return text(value.name);
  return undefined;
}

/**
 * Splits off and reads the front matter. Front matter that is not valid YAML
 * (or not a mapping) is left in the body: the file still opens, as any
 * Markdown viewer without front-matter support would show it.
 */
export function frontMatter(source: string): FrontMatter {
  const m = FENCE.exec(source);
  if (!m) return { body: source, meta: {} };
  let data: unknown;
  try {
    data = parse(m[1]);
  } catch {
    return { body: source, meta: {} };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { body: source, meta: {} };
  const fields = new Map(Object.entries(data).map(([k, v]) => [k.toLowerCase(), v]));
  const get = (...keys: string[]) => keys.map((k) => text(fields.get(k))).find(Boolean);
  const date = get('date', 'published', 'pubdate', 'publication_date');
  return {
    body: source.slice(m[0].length),
    title: get('title'),
    meta: {
      author: get('author', 'authors', 'creator'),
      date: date ? (parseDate(date) ?? date) : undefined,
      url: webUrl(get('url', 'link', 'canonical_url', 'source')),
      publisher: get('publisher', 'site', 'journal'),
      language: get('lang', 'language'),
    },
  };
}
