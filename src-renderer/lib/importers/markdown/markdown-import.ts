/**
 * Markdown (.md): markdown-it's token stream → blocks. Inline markup is reduced
 * to its text; raw HTML is never rendered: an HTML block contributes its text
 * (read with a detached DOMParser), inline tags contribute nothing.
 */
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import { decodeText } from '../core/decode-text';
import type { BlockInput, ImportContext, ParsedDocument } from '../core/types';
import { htmlBlocks } from '../html/html-blocks';
import { frontMatter } from './front-matter';

// Raw inline elements whose content is code or markup, not reading text.
const RAW_OPEN = /^<\s*(script|style|textarea|template|noscript|iframe|object|svg|math|title)\b/iu;
const RAW_CLOSE = /^<\/\s*(script|style|textarea|template|noscript|iframe|object|svg|math|title)\s*>/iu;

const md = new MarkdownIt({ html: true, linkify: false, typographer: false });

function inlineText(token: Token): string {
  let out = '';
  let rawDepth = 0;
  for (const child of token.children ?? []) {
    if (child.type === 'html_inline') {
      if (RAW_OPEN.test(child.content) && !/\/>\s*$/u.test(child.content)) rawDepth++;
      else if (RAW_CLOSE.test(child.content)) rawDepth = Math.max(0, rawDepth - 1);
      else if (/^<br\b/iu.test(child.content)) out += ' ';
    } else if (rawDepth) {
      continue;
    } else if (child.type === 'text' || child.type === 'code_inline') {
      out += child.content;
    } else if (child.type === 'softbreak' || child.type === 'hardbreak') {
      out += ' ';
    } else if (child.type === 'image') {
      // The alt text is what the Markdown source shows where the picture goes; the address is never used.
      out += inlineText(child);
    }
  }
  return out;
}

interface ListFrame {
  ordered: boolean;
}

export function parseMarkdown(source: string, ctx: Pick<ImportContext, 'domParser'>): ParsedDocument {
  const { body, title, meta } = frontMatter(source);
  const tokens = md.parse(body, {});
  const blocks: BlockInput[] = [];
  const lists: ListFrame[] = [];
  // Per open list item: whether its first paragraph has been written.
  const items: boolean[] = [];
  let quoteDepth = 0;
  let headingLevel = 0;
  let row: string[] | undefined;

  for (const token of tokens) {
    switch (token.type) {
      case 'heading_open':
        headingLevel = Number(token.tag.slice(1));
        break;
      case 'heading_close':
        headingLevel = 0;
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        lists.push({ ordered: token.type === 'ordered_list_open' });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'list_item_open':
        items.push(false);
        break;
      case 'list_item_close':
        items.pop();
        break;
      case 'blockquote_open':
        quoteDepth++;
        break;
      case 'blockquote_close':
        quoteDepth--;
        break;
      case 'tr_open':
        row = [];
        break;
      case 'tr_close':
        if (row?.some(Boolean)) blocks.push({ kind: quoteDepth ? 'quote' : 'paragraph', text: row.join(' | ') });
        row = undefined;
        break;
      case 'fence':
      case 'code_block':
        blocks.push({ kind: 'preformatted', text: token.content });
        break;
      case 'html_block': {
        const doc = ctx.domParser().parseFromString(token.content, 'text/html');
        for (const b of htmlBlocks(doc.body ?? doc)) blocks.push(quoteDepth && b.kind === 'paragraph' ? { ...b, kind: 'quote' } : b);
        break;
      }
      case 'inline': {
        const text = inlineText(token);
        if (row) row.push(text.trim());
        else if (headingLevel) blocks.push({ kind: 'heading', text, level: headingLevel });
        else if (items.length && !items[items.length - 1]) {
          items[items.length - 1] = true;
          blocks.push({ kind: 'list-item', text, level: lists.length, ordered: lists[lists.length - 1]?.ordered });
        } else blocks.push({ kind: quoteDepth ? 'quote' : 'paragraph', text });
        break;
      }
    }
  }
  return { blocks, title, meta };
}

export async function importMarkdown(bytes: Uint8Array, ctx: ImportContext): Promise<ParsedDocument> {
  return parseMarkdown(decodeText(bytes).text, ctx);
}
