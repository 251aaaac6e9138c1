/**
 * Metadata a web page states about itself: <title>, <meta> (author, Dublin
 * Core, Highwire/Google Scholar citation_*, OpenGraph, article:*), the
 * canonical link, and simple JSON-LD. Values are read as text, never followed.
 */
import type { DocumentMeta } from '../../model';
import { parseDate } from '../core/parse-date';

export interface PageMeta {
  title?: string;
  meta: DocumentMeta;
}

const first = (...values: (string | undefined | null)[]) => values.map((v) => v?.trim()).find((v) => v);

/** Only absolute web addresses are kept: a `javascript:` or relative URL is no source. */
export function webUrl(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** An ISO date from "2025-08-05T10:00:00Z", "August 5, 2025"…; else the text as written. */
function normaliseDate(value: string | undefined): string | undefined {
  return value ? (parseDate(value) ?? value) : undefined;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function names(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return webUrl(value) ? undefined : value;
  if (Array.isArray(value)) return value.map(names).filter(Boolean).join(', ') || undefined;
  if (value && typeof value === 'object') return names(value.name);
  return undefined;
}

const ARTICLE_TYPES = /Article|BlogPosting|Report|Chapter|Book|WebPage|CreativeWork/u;

/** The first JSON-LD object describing the page's work, searching `@graph` too. */
function jsonLd(doc: Document): Record<string, Json> | undefined {
  const nodes: Json[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      nodes.push(JSON.parse(script.textContent ?? '') as Json);
    } catch {
      // Broken JSON-LD is common on the web and only ever a bonus: skip it.
    }
  }
  const queue = [...nodes];
  while (queue.length) {
    const node = queue.shift();
    if (Array.isArray(node)) queue.push(...node);
    else if (node && typeof node === 'object') {
      const type = ([] as Json[]).concat(node['@type'] ?? []).join(' ');
      if (ARTICLE_TYPES.test(type) && (node.headline || node.name)) return node;
      if (node['@graph']) queue.push(node['@graph']);
    }
  }
  return undefined;
}

const str = (v: Json | undefined) => (typeof v === 'string' ? v : undefined);

export function pageMeta(doc: Document): PageMeta {
  const metaContent = (key: string): string | undefined => {
    const el = doc.querySelector(`meta[name="${key}" i], meta[property="${key}" i]`);
    return el?.getAttribute('content') ?? undefined;
  };
  const ld = jsonLd(doc);
  const ldPublisher = ld?.publisher;
  const title = first(
    metaContent('citation_title'),
    metaContent('og:title'),
    metaContent('dc.title'),
    str(ld?.headline),
    doc.querySelector('title')?.textContent,
  );
  const author = first(
    Array.from(doc.querySelectorAll('meta[name="citation_author" i]'))
      .map((m) => m.getAttribute('content'))
      .filter(Boolean)
      .join(', '),
    metaContent('author'),
    metaContent('dc.creator'),
    names(ld?.author),
    webUrl(metaContent('article:author')) ? undefined : metaContent('article:author'),
  );
  const date = first(
    metaContent('citation_publication_date'),
    metaContent('citation_date'),
    metaContent('article:published_time'),
    str(ld?.datePublished),
    metaContent('dc.date'),
    metaContent('date'),
    doc.querySelector('article time[datetime], time[pubdate]')?.getAttribute('datetime'),
  );
  const language = first(
    doc.documentElement?.getAttribute('lang'),
    doc.documentElement?.getAttribute('xml:lang'),
    metaContent('content-language') ?? doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content'),
    str(ld?.inLanguage),
    metaContent('og:locale')?.replace('_', '-'),
  );
  return {
    title,
    meta: {
      author,
      date: normaliseDate(date),
      publisher: first(
        metaContent('og:site_name'),
        metaContent('citation_journal_title'),
        metaContent('citation_publisher'),
        names(ldPublisher),
      ),
      url: first(
        webUrl(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href')),
        webUrl(metaContent('og:url')),
        webUrl(str(ld?.url)),
      ),
      language: language?.split(',')[0].trim(),
      section: first(metaContent('article:section'), str(ld?.articleSection)),
    },
  };
}

/** "Headline | Site" / "Headline – Site": the site name is not part of the title. */
export function stripSiteName(title: string, site: string | undefined): string {
  if (!site) return title;
  const parts = title.split(/\s+[|–—·-]\s+/u);
  const kept = parts.filter((p) => p.trim().toLocaleLowerCase() !== site.trim().toLocaleLowerCase());
  return kept.length && kept.length < parts.length ? kept.join(' – ') : title;
}
