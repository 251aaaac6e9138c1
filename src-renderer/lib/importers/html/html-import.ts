/** Web pages (.html, .htm, .xhtml): the article's text and the page's own metadata. */
import { decodeText, supportedLabel } from '../core/decode-text';
import type { ImportContext, ParsedDocument } from '../core/types';
import { htmlBlocks } from './html-blocks';
import { pageMeta, stripSiteName } from './html-meta';

/** The charset a page declares in its first kilobyte (`<meta charset>` or http-equiv). */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  return supportedLabel(/<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/iu.exec(head)?.[1]);
}

/** The article itself when the page marks it: one <article>, else <main>, else the body. */
export function contentRoot(doc: Document): Node {
  const articles = Array.from(doc.querySelectorAll('article')).filter((a) => !a.parentElement?.closest('article'));
  if (articles.length === 1) return articles[0];
  return doc.querySelector('main, [role="main"]') ?? doc.body ?? doc.documentElement ?? doc;
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/gu, ' ').trim();

/**
 * "Headline | Site" with no site name declared: the page's h1 is the headline
 * when the title contains it.
 */
function pageTitle(doc: Document, title: string | undefined, site: string | undefined): string | undefined {
  if (!title) return undefined;
  const stripped = stripSiteName(squash(title), site);
  const h1 = squash(doc.querySelector('h1')?.textContent);
  return h1 && stripped !== h1 && stripped.includes(h1) && h1.length >= stripped.length * 0.4 ? h1 : stripped;
}

export function parseHtml(source: string, ctx: Pick<ImportContext, 'domParser'>): ParsedDocument {
  const doc = ctx.domParser().parseFromString(source, 'text/html');
  const { title, meta } = pageMeta(doc);
  return { blocks: htmlBlocks(contentRoot(doc)), meta, title: pageTitle(doc, title, meta.publisher) };
}

export async function importHtml(bytes: Uint8Array, ctx: ImportContext): Promise<ParsedDocument> {
  return parseHtml(decodeText(bytes, declaredCharset(bytes)).text, ctx);
}
