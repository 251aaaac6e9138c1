import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { exportMarkdown } from '../../../src-renderer/lib/exporters/markdown';
import { emptyInput, fixtureInput, ID, NOTE_MARKDOWN, sahel } from './fixture';
import type { ExportInput } from '../../../src-renderer/lib/exporters/types';

// html: true and linkify: the report must hold up in the most permissive renderer too.
const md = new MarkdownIt({ html: true, linkify: true });
type Token = ReturnType<typeof md.parse>[number];

/** The text a reader sees for an inline token: escapes resolved, markup dropped. */
const seen = (t: Token): string => (t.children ?? []).map((c) => (c.type === 'softbreak' ? '\n' : c.content)).join('');

function parse(bytes: Uint8Array) {
  const src = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  const tokens = md.parse(src, {});
  /** Top-level headings as [level, text]. */
  const headings = tokens.flatMap((t, i) => (t.type === 'heading_open' && t.level === 0 ? [[t.tag, seen(tokens[i + 1])] as const] : []));
  /** Text of each top-level block quote, one line per paragraph. */
  const quotes: string[] = [];
  let current: string[] | undefined;
  for (const t of tokens) {
    if (t.type === 'blockquote_open' && t.level === 0) current = [];
    else if (t.type === 'blockquote_close' && t.level === 0) {
      quotes.push(current!.join('\n'));
      current = undefined;
    } else if (current && t.type === 'inline') current.push(seen(t));
    else if (current && t.type !== 'paragraph_open' && t.type !== 'paragraph_close') throw new Error(`a quote holds a ${t.type}`);
  }
  return { src, tokens, headings, quotes, html: md.render(src) };
}

describe('Markdown export', () => {
  const file = exportMarkdown(fixtureInput(), { title: 'Week 1 # reading' });
  const { src, headings, quotes, tokens } = parse(file.bytes);

  it('is a report with one section per document and one entry per annotation', () => {
    expect(file.fileName).toBe('Week 1 # reading.md');
    expect(file.mediaType).toBe('text/markdown;charset=utf-8');
    const outline = headings.filter(([tag]) => tag !== 'h4');
    expect(outline).toEqual([
      ['h1', 'Week 1 # reading'],
      ['h2', '1. Sahel op-ed 😀: “Why now?”'],
      ['h3', 'Annotations'],
      ['h3', 'Evidence chain'],
      ['h2', '2. Field report'],
      ['h3', 'Annotations'],
      ['h2', '3. Empty reading'],
      ['h3', 'Annotations'],
      ['h2', '4. Annotations of documents not in this export'],
      ['h3', 'Annotations'],
      ['h3', 'Evidence chain'],
    ]);
    const entries = headings.filter(([tag]) => tag === 'h4').map(([, text]) => text);
    expect(entries.slice(0, 5)).toEqual(['Claim 1.1', 'Evidence 1.2', 'Opinion 1.3', 'Opinion 1.4', 'Evidence 1.5']);
    expect(entries).toContain('Método 2.1 · p. 1');
    expect(entries).toContain('Key finding 2.2 · p. 2');
    expect(entries).toContain('Claim 4.1');
  });

  it('gives the source of each document', () => {
    expect(src).toContain('- Author: Jane Doe\n- Date: 2024-06-01\n- Publisher: The Daily \\*Planet\\*\n- URL: <https://example.org/sahel?id=1&lang=en>\n- File: Sahel op-ed 😀: “Why now?”.txt (text/plain)');
    expect(src).toContain('- File: report.pdf (application/pdf)');
  });

  it('quotes each annotation as written, one paragraph per line of the source', () => {
    expect(quotes.slice(0, 5)).toEqual([
      'a crisis of 𝑥 proportions',
      'Nearly half of all deaths from terrorism now occur in the Sahel',
      'Rutte said.\nThe West must act now',
      'before it was far too late',
      '=SUM(A1) is what a spreadsheet would run',
    ]);
  });

  it('keeps each note as written, inside its entry', () => {
    expect(src).toContain(`- **Note:**\n\n${NOTE_MARKDOWN.split('\n').map((l) => (l ? `  ${l}` : '')).join('\n')}`);
    // The note's heading and unclosed fence stay inside the list item: not top-level.
    expect(headings.map(([, t]) => t)).not.toContain('Not a heading of the export');
    const fence = tokens.find((t) => t.type === 'fence')!;
    expect(fence.level).toBeGreaterThan(0);
    expect(fence.content).toBe('unclosed fence\n');
  });

  it('says who, when, and whether the annotation was found', () => {
    expect(src).toContain('*Zoë Ñúñez · 2025-02-10 08:00 UTC*');
    expect(src).toContain('*Ada Lovelace · 2025-02-10 08:00 UTC · not found in the current text*');
    expect(src).toContain('*Bob · 2025-02-10 08:00 UTC · approximate match*');
    expect(src).toContain('- **Links:** supports **Claim 1.1**\n');
  });

  it('chains each claim to what supports, contradicts or qualifies it, and lists unlinked evidence', () => {
    const chain = src.split('### Evidence chain')[1].split('## 2.')[0];
    expect(chain).toContain('#### Claim 1.1: “a crisis of 𝑥 proportions”');
    expect(chain).toContain('- **Evidence 1.2** supports it: “Nearly half of all deaths from terrorism now occur in the Sahel”');
    expect(chain).toContain('- **Opinion 1.3** contradicts it: “Rutte said. / The West must act now”');
    expect(chain).toContain('- **Key finding 2.2** (in *Field report*) qualifies it: “the key finding is clear”');
    expect(chain).toContain('#### Evidence linked to no claim\n\n- **Evidence 1.5**: “\\=SUM(A1) is what a spreadsheet would run”');
    const report = src.split('## 2. Field report')[1].split('## 3.')[0];
    expect(report).not.toContain('Evidence chain');
    const homeless = src.split('## 4.')[1];
    expect(homeless).toContain('#### Claim 4.1: “Nothing”\n\n*Nothing is linked to this claim yet.*');
  });

  it('shows a claim’s own links, to evidence in another document too', () => {
    const input = fixtureInput();
    input.annotations = input.annotations.map((a) => (a.id === ID.claim ? { ...a, links: [{ relation: 'qualifies', to: ID.method }] } : a));
    const { src: out } = parse(exportMarkdown(input).bytes);
    expect(out).toContain('- It qualifies **Método 2.1** (in *Field report*): “we counted 120 villages”');
  });

  it('escapes quotes so that no Markdown in them takes effect', () => {
    const nasty = [
      '# Heading *bold* _em_ [link](http://x) ![img](y) <b>html</b> &copy; `code` ~~del~~ $x$ a | b |',
      '- item',
      '1. first',
      '2) second',
      '---',
      '===',
      '    indented code',
      '> quoted',
      '<!-- comment',
      '```',
      'text with trailing backslash\\',
    ].join('\n');
    const input = withQuote(nasty);
    const { quotes: q, html, headings: h } = parse(exportMarkdown(input).bytes);
    expect(q[0]).toBe(nasty.split('\n').map((l) => l.trim()).join('\n'));
    expect(tagsInQuote(html)).toEqual(['a', 'p']);
    expect(h.filter(([tag]) => tag === 'h4')).toHaveLength(1);
  });

  it('escapes any text so that it renders as itself (property)', () => {
    const char = fc.constantFrom(...'#*_[]()<>|`~-+=.!&$\\:;/ \t\nabcXYZ019é😀𝑥'.match(/[\s\S]/gu)!);
    fc.assert(
      fc.property(fc.array(char, { minLength: 1, maxLength: 60 }).map((cs) => cs.join('')), (text) => {
        fc.pre(/\S/.test(text));
        const { quotes: q, headings: h, html } = parse(exportMarkdown(withQuote(text)).bytes);
        const expected = text.split('\n').map((l) => l.trim()).filter(Boolean).join('\n');
        expect(q[0]).toBe(expected);
        expect(h.filter(([tag]) => tag === 'h4')).toHaveLength(1);
        for (const tag of tagsInQuote(html)) expect(['a', 'p']).toContain(tag);
      }),
      { numRuns: 300, seed: 20250301 },
    );
  });

  it('writes a short report for an empty scope', () => {
    const { headings: h, src: out } = parse(exportMarkdown(emptyInput()).bytes);
    expect(h).toEqual([['h1', 'Annotations']]);
    expect(out).toContain('0 documents · 0 annotations');
  });
});

/** The HTML elements inside the first block quote (linkify may make a bare URL a link: its text stays). */
function tagsInQuote(html: string): string[] {
  const inner = html.split('<blockquote>')[1].split('</blockquote>')[0];
  return [...new Set([...inner.matchAll(/<([a-z0-9]+)/g)].map((m) => m[1]))].sort();
}

/** A one-document input whose single annotation, an opinion (no evidence chain), quotes `text` whole. */
function withQuote(text: string): ExportInput {
  const input = fixtureInput();
  const doc = { ...sahel, id: 'd'.repeat(64), text, blocks: [] };
  input.documents = [doc];
  input.annotations = [{ ...input.annotations[0], label: 'opinion', documentId: doc.id, start: 0, end: text.length, links: [], note: '' }];
  return input;
}
