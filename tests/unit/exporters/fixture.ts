/**
 * A small library that exercises every exporter: characters outside the BMP before the
 * annotations (UTF-16 and code point offsets differ), a span across a line break, labels
 * with spaces and non-ASCII letters, notes with Markdown, newlines and quotes, a cell that
 * looks like a spreadsheet formula, an orphan, an annotation whose document is not in the
 * export, links within and across documents and to a deleted annotation, three authors,
 * a document with pages and one without annotations.
 */
import { createHash } from 'node:crypto';
import type { Annotation, Block, LabelSet, SetDocument } from '../../../src-renderer/lib/model';
import { defaultLabelSet } from '../../../src-renderer/lib/model';
import type { ExportInput } from '../../../src-renderer/lib/exporters/types';

export const EXPORTED_AT = '2025-03-01T10:00:00.000Z';

const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Blocks for lines joined by \n: one paragraph per line (or the kinds given). */
function linesToBlocks(lines: string[], kinds: Block['kind'][] = []): Block[] {
  let at = 0;
  return lines.map((line, i) => {
    const b: Block = { kind: kinds[i] ?? 'paragraph', start: at, end: at + line.length };
    if (b.kind === 'heading') b.level = 1;
    at += line.length + 1;
    return b;
  });
}

function doc(title: string, lines: string[], extra: Partial<SetDocument> & { blocks?: Block[] } = {}): SetDocument {
  const text = lines.join('\n');
  return {
    id: sha(text),
    title,
    source: { fileName: `${title}.txt`, mediaType: 'text/plain', importedAt: '2025-02-01T09:00:00.000Z', size: text.length },
    meta: {},
    wordCount: text.split(/\s+/).length,
    charCount: text.length,
    addedAt: '2025-02-01T09:00:00.000Z',
    labelSetId: 'close-reader-default',
    text,
    blocks: extra.blocks ?? linesToBlocks(lines, ['heading']),
    ...extra,
  };
}

export const SAHEL_LINES = [
  'The Sahel 🌍: a crisis of 𝑥 proportions',
  '“Nearly half of all deaths from terrorism now occur in the Sahel,” Rutte said.',
  'The West must act now, before it is too late.',
  '=SUM(A1) is what a spreadsheet would run; -1 is a number.',
];

export const sahel = doc('Sahel op-ed 😀: “Why now?”', SAHEL_LINES, {
  meta: { author: 'Jane Doe', date: '2024-06-01', publisher: 'The Daily *Planet*', url: 'https://example.org/sahel?id=1&lang=en', language: 'en' },
});

const REPORT_LINES = ['Page one of the report, with 𝔸 signs.', 'Método: we counted 120 villages.', 'Page two: the key finding is clear.'];
const reportText = REPORT_LINES.join('\n');
const l0 = REPORT_LINES[0].length;
const l1 = REPORT_LINES[1].length;
export const report = doc('Field report', REPORT_LINES, {
  labelSetId: 'methods',
  source: { fileName: 'report.pdf', mediaType: 'application/pdf', importedAt: '2025-02-02T09:00:00.000Z' },
  blocks: [
    { kind: 'page', start: 0, end: l0 + 1 + l1, level: 1 },
    { kind: 'paragraph', start: 0, end: l0 },
    { kind: 'paragraph', start: l0 + 1, end: l0 + 1 + l1 },
    { kind: 'page', start: l0 + 1 + l1 + 1, end: reportText.length, level: 2 },
    { kind: 'paragraph', start: l0 + 1 + l1 + 1, end: reportText.length },
  ],
});

export const empty = doc('Empty reading', ['Nothing was annotated here.']);

export const methods: LabelSet = {
  id: 'methods',
  name: 'Methods & findings',
  relations: ['supports', 'contradicts', 'qualifies', 'replicates'],
  labels: [
    { id: 'key-finding', name: 'Key finding', color: '#D55E00', cue: 'solid', key: '1', description: 'The main result.' },
    { id: 'metodo', name: 'Método', color: '#56B4E9', cue: 'dotted', key: '2', description: 'How it was done, “in their words”.' },
    { id: 'claim', name: 'Claim', color: '#0072B2', cue: 'wavy', key: '3', description: 'Same id as the default set.' },
  ],
};

/** Offsets of the first occurrence of `needle` in `text` (UTF-16). */
export function spanOf(text: string, needle: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: “${needle}” not in text`);
  return { start, end: start + needle.length };
}

function ann(id: string, d: SetDocument, needle: string, rest: Partial<Annotation>): Annotation {
  const { start, end } = spanOf(d.text, needle);
  return {
    id,
    documentId: d.id,
    start,
    end,
    quote: { exact: needle, prefix: d.text.slice(Math.max(0, start - 32), start), suffix: d.text.slice(end, end + 32) },
    label: 'claim',
    note: '',
    links: [],
    author: 'Ada Lovelace',
    created: '2025-02-10T08:00:00.000Z',
    modified: '2025-02-10T08:00:00.000Z',
    status: 'exact',
    ...rest,
  };
}

export const ID = {
  evidence: '11111111-1111-4111-8111-111111111111',
  claim: '22222222-2222-4222-8222-222222222222',
  opinion: '33333333-3333-4333-8333-333333333333',
  formula: '44444444-4444-4444-8444-444444444444',
  orphan: '55555555-5555-4555-8555-555555555555',
  finding: '66666666-6666-4666-8666-666666666666',
  method: '77777777-7777-4777-8777-777777777777',
  waiting: '88888888-8888-4888-8888-888888888888',
  deleted: '99999999-9999-4999-8999-999999999999',
} as const;

export const NOTE_MARKDOWN = 'Strong *evidence*, but "who" counted?\n\n# Not a heading of the export\n- a list\n```\nunclosed fence';

export const annotations: Annotation[] = [
  ann(ID.claim, sahel, 'a crisis of 𝑥 proportions', { author: 'Zoë Ñúñez', note: 'The thesis.' }),
  ann(ID.evidence, sahel, 'Nearly half of all deaths from terrorism now occur in the Sahel', {
    label: 'evidence',
    note: NOTE_MARKDOWN,
    links: [
      { relation: 'supports', to: ID.claim },
      { relation: 'supports', to: ID.deleted },
    ],
    modified: '2025-02-11T12:30:00.000Z',
  }),
  // Crosses the line break between paragraphs 2 and 3.
  ann(ID.opinion, sahel, 'Rutte said.\nThe West must act now', {
    label: 'opinion',
    note: 'Line one\r\nline two\tand a tab',
    author: '',
    links: [{ relation: 'contradicts', to: ID.claim }],
  }),
  ann(ID.formula, sahel, '=SUM(A1) is what a spreadsheet would run', { label: 'evidence', note: '@cmd|calc', author: 'Zoë Ñúñez' }),
  {
    ...ann(ID.orphan, sahel, 'before it is too late', { label: 'opinion', note: 'Was in an earlier version.' }),
    status: 'orphan',
    quote: { exact: 'before it was far too late', prefix: 'act now, ', suffix: '.' },
  },
  ann(ID.finding, report, 'the key finding is clear', {
    label: 'key-finding',
    author: 'Bob',
    note: '=2+2\nlooks like a formula on its first line only',
    links: [
      { relation: 'qualifies', to: ID.claim },
      { relation: 'replicates', to: ID.method },
    ],
  }),
  ann(ID.method, report, 'we counted 120 villages', { label: 'metodo', author: 'Bob', status: 'approximate', score: 0.9 }),
  {
    ...ann(ID.waiting, empty, 'Nothing', { note: 'Its document is not in this export.' }),
    documentId: 'f'.repeat(64),
  },
];

export function fixtureInput(): ExportInput {
  return {
    documents: [sahel, report, empty],
    labelSets: [defaultLabelSet(), methods],
    annotations,
    tombstones: [{ id: ID.deleted, documentId: sahel.id, modified: '2025-02-12T00:00:00.000Z', author: 'Ada Lovelace' }],
    exportedAt: EXPORTED_AT,
    generator: { name: 'Close Reader', version: '0.1.0' },
  };
}

export function emptyInput(): ExportInput {
  return { documents: [], labelSets: [defaultLabelSet()], annotations: [], exportedAt: EXPORTED_AT };
}

/** Code point offset of a UTF-16 offset, counted independently of the code under test. */
export function cp(text: string, utf16: number): number {
  return Array.from(text.slice(0, utf16)).length;
}

export const byId = new Map(annotations.map((a) => [a.id, a]));
export const docById = new Map([sahel, report, empty].map((d) => [d.id, d]));
