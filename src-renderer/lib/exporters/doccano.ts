/**
 * doccano JSONL (sequence labelling with relations), one line per document, as doccano
 * itself exports it:
 *
 *   {"id": 1, "text": "…", "entities": [{"id", "label", "start_offset", "end_offset"}],
 *    "relations": [{"id", "from_id", "to_id", "type"}], "Comments": ["…"],
 *    "document_id": "<sha-256>", "title": "…"}
 *
 * - `id`: the document's number in the file, from 1. `document_id` and `title` are extra
 *   keys, which doccano keeps as the example's metadata.
 * - Offsets count Unicode code points (doccano is Python). Entity ids are integers unique
 *   in the whole file, from 1; relations name them in `from_id`/`to_id`, `type` is the
 *   relation (supports, contradicts…), and the link's direction is kept (from the
 *   annotation that carries the link).
 * - doccano comments belong to a whole example, so each note becomes one comment that
 *   names its entity: "entity 3 (Claim): the note".
 * - Left out, and listed in the report: orphans and annotations of documents outside the
 *   export (no offsets to give), and links whose other end is left out or lies in another
 *   document (a doccano relation stays inside one example).
 */
import { exportFileName } from './file-names';
import { utf8Joined } from './bytes';
import { codePointSpan, placedOnly, prepare } from './prepare';
import { DEFAULT_TITLE, type ExportFile, type ExportInput, type ExportOptions } from './types';

export interface DoccanoLine {
  id: number;
  text: string;
  entities: { id: number; label: string; start_offset: number; end_offset: number }[];
  relations: { id: number; from_id: number; to_id: number; type: string }[];
  Comments: string[];
  document_id: string;
  title: string;
}

export function exportDoccano(input: ExportInput, options: ExportOptions = {}): ExportFile {
  const prepared = prepare(input);
  const skipped = [...prepared.skipped];
  const entityIds = new Map<string, number>();
  let nextEntity = 1;
  let nextRelation = 1;
  let written = 0;

  const lines = prepared.documents.map((d, i): string => {
    const placed = placedOnly(d.annotations, skipped);
    const line: DoccanoLine = { id: i + 1, text: d.doc.text, entities: [], relations: [], Comments: [], document_id: d.doc.id, title: d.doc.title };
    for (const p of placed) {
      const id = nextEntity++;
      entityIds.set(p.annotation.id, id);
      const { start, end } = codePointSpan(p);
      line.entities.push({ id, label: p.label.name, start_offset: start, end_offset: end });
      if (p.annotation.note) line.Comments.push(`entity ${id} (${p.label.name}): ${p.annotation.note}`);
    }
    for (const p of placed) {
      for (const link of p.links) {
        const to = entityIds.get(link.to);
        const target = prepared.byId.get(link.to)!;
        if (to === undefined || target.document !== d) {
          const why = target.document === d ? 'is left out of this export' : 'is in another document';
          skipped.push({ kind: 'link', id: p.annotation.id, reason: `its “${link.relation}” link goes to ${link.to}, which ${why}` });
          continue;
        }
        line.relations.push({ id: nextRelation++, from_id: entityIds.get(p.annotation.id)!, to_id: to, type: link.relation });
      }
    }
    written += placed.length;
    return JSON.stringify(line);
  });
  // Annotations of documents outside the export have no line to go in.
  placedOnly(prepared.annotations.filter((p) => !p.document), skipped);

  const jsonl = lines.map((l) => `${l}\n`).join('').replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
  return {
    fileName: exportFileName('doccano', options.title ?? DEFAULT_TITLE),
    mediaType: 'application/jsonl',
    bytes: utf8Joined([jsonl]),
    report: { annotations: written, skipped },
  };
}
