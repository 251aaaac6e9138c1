/**
 * A Markdown report (CommonMark, readable as plain text): the export's title, then per
 * document its title and source (author, date, publisher, URL, file), its annotations in
 * reading order — each numbered "<document>.<n>", with label, page, author and time, the
 * quote as a block quote, the note as written and the links — and its evidence chain
 * (evidence-chain.ts). Annotations whose document is not in the export come last.
 *
 * Quotes, titles and names are escaped (markdown-escape.ts); notes are Markdown already and
 * are kept as written, indented under a list item so that nothing in them (a heading, an
 * unclosed code fence, HTML) can reach past their own entry.
 */
import { pageAt } from '../model';
import { evidenceChain, incomingLinks } from './evidence-chain';
import { exportFileName } from './file-names';
import { utf8Joined } from './bytes';
import { blockQuote, indented, inline, link, when } from './markdown-escape';
import { generatorName, prepare, type Prepared, type PreparedAnnotation, type PreparedDocument } from './prepare';
import { DEFAULT_TITLE, type ExportFile, type ExportInput, type ExportOptions } from './types';

export function exportMarkdown(input: ExportInput, options: ExportOptions = {}): ExportFile {
  const prepared = prepare(input);
  const title = options.title ?? DEFAULT_TITLE;
  const groups: { d?: PreparedDocument; list: PreparedAnnotation[] }[] = prepared.documents.map((d) => ({ d, list: d.annotations }));
  const homeless = prepared.annotations.filter((p) => !p.document);
  if (homeless.length) groups.push({ list: homeless });

  const numbers = new Map<string, string>();
  groups.forEach((g, i) => g.list.forEach((p, j) => numbers.set(p.annotation.id, `${i + 1}.${j + 1}`)));
  const labelNames = new Map(prepared.labels.map((l) => [l, inline(l.name)]));
  const name = (p: PreparedAnnotation) => `${labelNames.get(p.label)} ${numbers.get(p.annotation.id)}`;
  const incoming = incomingLinks(prepared);

  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const out = [
    `# ${inline(title)}`,
    '',
    `*Exported from ${inline(generatorName(prepared.generator))} on ${when(prepared.exportedAt)} · ${count(prepared.documents.length, 'document')} · ${count(prepared.annotations.length, 'annotation')}*`,
    '',
  ];
  groups.forEach((g, i) => {
    out.push(`## ${i + 1}. ${g.d ? inline(g.d.doc.title) : 'Annotations of documents not in this export'}`, '');
    if (g.d) out.push(...source(g.d));
    out.push('### Annotations', '');
    if (!g.list.length) out.push('*No annotations.*', '');
    for (const p of g.list) out.push(...entry(p, prepared, name));
    out.push(...evidenceChain(g.d, g.list, prepared, incoming, name));
  });

  return {
    fileName: exportFileName('markdown', title),
    mediaType: 'text/markdown;charset=utf-8',
    bytes: utf8Joined([out.join('\n')]),
    report: { annotations: prepared.annotations.length, skipped: prepared.skipped },
  };
}

function source(d: PreparedDocument): string[] {
  const { meta, source: file } = d.doc;
  const rows = [
    meta.author && `- Author: ${inline(meta.author)}`,
    meta.date && `- Date: ${inline(meta.date)}`,
    meta.publisher && `- Publisher: ${inline(meta.publisher)}`,
    meta.url && `- URL: ${link(meta.url)}`,
    `- File: ${inline(file.fileName)} (${inline(file.mediaType)})`,
  ];
  return [...rows.filter((r): r is string => !!r), ''];
}

function entry(p: PreparedAnnotation, prepared: Prepared, name: (p: PreparedAnnotation) => string): string[] {
  const a = p.annotation;
  const page = p.placed ? pageAt(p.document!.doc.blocks, p.start) : undefined;
  const status = a.status === 'orphan' ? 'not found in the current text' : a.status === 'approximate' ? 'approximate match' : '';
  const byline = [a.author && inline(a.author), when(a.modified), status].filter(Boolean).join(' · ');
  const out = [`#### ${name(p)}${page ? ` · p. ${page}` : ''}`, '', blockQuote(p.quote.exact), '', `*${byline}*`, ''];
  const items: string[] = [];
  if (a.note.trim()) items.push(`- **Note:**\n\n${indented(a.note)}`);
  if (p.links.length) {
    const links = p.links.map((l) => `${inline(l.relation)} **${name(prepared.byId.get(l.to)!)}**`);
    items.push(`- **Links:** ${links.join('; ')}`);
  }
  if (items.length) out.push(...items, '');
  return out;
}
