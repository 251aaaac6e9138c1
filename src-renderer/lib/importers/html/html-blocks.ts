/**
 * A parsed (detached) HTML or XHTML tree → blocks. Reads text only: nothing is
 * rendered, no attribute is ever followed, and hidden or interactive parts
 * (scripts, forms, menus, side bars) are left out.
 */
import type { BlockInput } from '../core/types';

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

/** Never text for a reader: code, interactive parts, embedded media, site navigation. */
const SKIP = new Set(
  (
    'script style noscript template form iframe frame frameset object embed applet svg math canvas video audio ' +
    'img picture source track map area button input select option textarea datalist output meter progress ' +
    'nav aside dialog menu head title link meta base rt rp'
  ).split(' '),
);

/** Elements that end a run of inline text. */
const BLOCK = new Set(
  (
    'address article blockquote body center details dd div dl dt fieldset figcaption figure footer header hgroup hr ' +
    'html li main ol p pre section summary table tbody thead tfoot tr td th caption ul h1 h2 h3 h4 h5 h6 legend'
  ).split(' '),
);

const SECTIONING = new Set(['article', 'main', 'section']);
const HIDDEN_CLASS = /(^|\s)(sr-only|visually-hidden|screen-reader-text)(\s|$)/u;
const HIDDEN_STYLE = /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/iu;
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog']);

export interface HtmlBlockOptions {
  /**
   * Keep `<header>`/`<footer>` directly under `<body>`. On a web page they are
   * the site's banner and footer; in an EPUB chapter they hold the chapter title.
   */
  keepPageChrome?: boolean;
}

const tagOf = (el: Element) => el.localName.toLowerCase();

function isHidden(el: Element): boolean {
  return (
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    HIDDEN_STYLE.test(el.getAttribute('style') ?? '') ||
    HIDDEN_CLASS.test(el.getAttribute('class') ?? '') ||
    CHROME_ROLES.has(el.getAttribute('role') ?? '')
  );
}

/** A `<header>`/`<footer>` of the page itself rather than of an article or section. */
function isPageChrome(el: Element): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) {
    if (SECTIONING.has(tagOf(p))) return false;
  }
  // A lone page header that carries the page's only h1 is the article's title, not chrome.
  if (tagOf(el) === 'header' && el.querySelector('h1') && el.ownerDocument.querySelectorAll('h1').length === 1) {
    return false;
  }
  return true;
}

interface Frame {
  kind: 'paragraph' | 'quote' | 'list-item';
  listDepth: number;
  ordered: boolean;
  /** Inside a list item: whether its first block has been written (later ones are paragraphs). */
  item?: { started: boolean };
}

class Walker {
  readonly out: BlockInput[] = [];
  private buffer = '';
  private lastBr = false;

  constructor(private readonly options: HtmlBlockOptions) {}

  flush(frame: Frame): void {
    if (this.buffer.trim()) {
      let kind = frame.kind;
      if (frame.item) {
        if (frame.item.started) kind = 'paragraph';
        frame.item.started = true;
      }
      this.out.push(
        kind === 'list-item'
          ? { kind, text: this.buffer, level: frame.listDepth, ordered: frame.ordered }
          : { kind, text: this.buffer },
      );
    }
    this.buffer = '';
    this.lastBr = false;
  }

  /** The text of an element as one inline run (a heading, a table cell). */
  inlineText(el: Element): string {
    const saved = this.buffer;
    this.buffer = '';
    this.children(el, { kind: 'paragraph', listDepth: 0, ordered: false }, true);
    const text = this.buffer;
    this.buffer = saved;
    return text;
  }

  children(node: Node, frame: Frame, inlineOnly = false): void {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT || child.nodeType === CDATA) {
        const data = child.nodeValue ?? '';
        this.buffer += data;
        if (data.trim()) this.lastBr = false;
      } else if (child.nodeType === ELEMENT) {
        this.element(child as Element, frame, inlineOnly);
      }
    }
  }

  element(el: Element, frame: Frame, inlineOnly: boolean): void {
    const tag = tagOf(el);
    if (SKIP.has(tag) || isHidden(el)) return;
    if ((tag === 'header' || tag === 'footer') && !this.options.keepPageChrome && isPageChrome(el)) return;
    if (tag === 'br') {
      // Two line breaks in a row are how hand-written pages separate paragraphs.
      if (this.lastBr && !inlineOnly) this.flush(frame);
      else this.buffer += '\n';
      this.lastBr = true;
      return;
    }
    if (inlineOnly || !BLOCK.has(tag)) {
      if (BLOCK.has(tag)) this.buffer += ' ';
      this.children(el, frame, inlineOnly);
      if (BLOCK.has(tag)) this.buffer += ' ';
      return;
    }
    this.flush(frame);
    const heading = /^h([1-6])$/u.exec(tag);
    if (heading) {
      this.out.push({ kind: 'heading', text: this.inlineText(el), level: Number(heading[1]) });
    } else if (tag === 'pre') {
      this.out.push({ kind: 'preformatted', text: this.inlineText(el) });
    } else if (tag === 'table') {
      this.table(el, frame);
    } else if (tag === 'ul' || tag === 'ol') {
      this.children(el, { kind: 'list-item', listDepth: frame.listDepth + 1, ordered: tag === 'ol' });
    } else if (tag === 'li') {
      const depth = Math.max(1, frame.listDepth);
      this.children(el, { kind: 'list-item', listDepth: depth, ordered: frame.ordered, item: { started: false } });
    } else if (tag === 'blockquote') {
      this.children(el, { kind: 'quote', listDepth: frame.listDepth, ordered: frame.ordered });
    } else {
      this.children(el, frame);
    }
    this.flush(frame);
  }

  /** One paragraph per row, cells separated by " | ", so a row reads as a line of the table. */
  table(el: Element, frame: Frame): void {
    for (const row of Array.from(el.querySelectorAll('tr'))) {
      if (row.closest('table') !== el) continue;
      const cells = Array.from(row.children)
        .filter((c) => /^t[dh]$/u.test(tagOf(c)) && !isHidden(c))
        .map((c) => this.inlineText(c).replace(/\s+/gu, ' ').trim())
        .filter(Boolean);
      if (cells.length) this.out.push({ kind: frame.kind === 'quote' ? 'quote' : 'paragraph', text: cells.join(' | ') });
    }
  }
}

/** Blocks of `root` (a body, an article, a fragment's container) in document order. */
export function htmlBlocks(root: Node, options: HtmlBlockOptions = {}): BlockInput[] {
  const walker = new Walker(options);
  const frame: Frame = { kind: 'paragraph', listDepth: 0, ordered: false };
  walker.children(root, frame);
  walker.flush(frame);
  return walker.out;
}
