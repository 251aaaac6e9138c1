/**
 * Notes are Markdown. They are turned into a small tree of safe nodes, which the view
 * builds as elements: no HTML string is ever produced or inserted, so a note imported
 * from another tool cannot inject markup or script. Raw HTML in a note stays text.
 */
import MarkdownIt from 'markdown-it';

export type MdTag = 'p' | 'em' | 'strong' | 's' | 'code' | 'pre' | 'blockquote' | 'ul' | 'ol' | 'li' | 'a' | 'h' | 'hr' | 'br';

export type MdNode = { type: 'text'; text: string } | { type: MdTag; href?: string; children: MdNode[] };

const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: true });

type Token = ReturnType<typeof md.parse>[number];

const TAGS: Record<string, MdTag> = {
  paragraph: 'p',
  em: 'em',
  strong: 'strong',
  s: 's',
  blockquote: 'blockquote',
  bullet_list: 'ul',
  ordered_list: 'ol',
  list_item: 'li',
  link: 'a',
  heading: 'h',
};

/** Only links a reader can safely follow outside the app. */
export function safeHref(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function build(tokens: Token[], root: MdNode[]): MdNode[] {
  const stack: MdNode[][] = [root];
  const top = () => stack[stack.length - 1];
  for (const t of tokens) {
    if (t.type === 'inline') {
      build(t.children ?? [], top());
    } else if (t.type === 'text' || t.type === 'html_inline' || t.type === 'html_block') {
      top().push({ type: 'text', text: t.content });
    } else if (t.type === 'code_inline') {
      top().push({ type: 'code', children: [{ type: 'text', text: t.content }] });
    } else if (t.type === 'fence' || t.type === 'code_block') {
      top().push({ type: 'pre', children: [{ type: 'text', text: t.content.replace(/\n$/, '') }] });
    } else if (t.type === 'softbreak' || t.type === 'hardbreak') {
      top().push({ type: 'br', children: [] });
    } else if (t.type === 'hr') {
      top().push({ type: 'hr', children: [] });
    } else if (t.nesting === 1) {
      const tag = TAGS[t.type.replace(/_open$/, '')];
      const node: MdNode = { type: tag ?? 'p', children: [] };
      if (tag === 'a') node.href = safeHref(String(t.attrGet('href') ?? ''));
      top().push(node);
      stack.push(node.children);
    } else if (t.nesting === -1 && stack.length > 1) {
      stack.pop();
    }
  }
  return root;
}

export function parseNote(markdown: string): MdNode[] {
  return build(md.parse(markdown, {}), []);
}

/** The note as one line of plain text (for filters, tooltips and exports that want no markup). */
const BLOCKS = new Set<MdTag>(['p', 'li', 'blockquote', 'pre', 'h', 'ul', 'ol', 'hr', 'br']);

export function noteText(markdown: string): string {
  const walk = (nodes: MdNode[]): string =>
    nodes
      .map((n) => (n.type === 'text' ? n.text : walk(n.children) + (BLOCKS.has(n.type) ? ' ' : '')))
      .join('');
  return walk(parseNote(markdown)).replace(/\s+/g, ' ').trim();
}
