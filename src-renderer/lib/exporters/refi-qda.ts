/**
 * REFI-QDA Project (.qdpx, QDA-XML 1.0, https://www.qdasoftware.org): a zip holding
 * `project.qde` (XML in namespace urn:QDA-XML:project:1.0, valid against Project.xsd) and
 * `sources/<GUID>.txt`, each document's text in UTF-8. Read by QualCoder, MAXQDA,
 * ATLAS.ti, NVivo and others.
 *
 * - Users: one User per author name (name-based GUID, the same in every export).
 * - CodeBook: one Code per label with its colour and description (refi-qda-codebook.ts).
 * - Sources: one TextSource per document (`plainTextPath` "internal://<GUID>.txt", its
 *   author, date, publisher and URL in Description). Each annotation is a
 *   PlainTextSelection (its GUID is the annotation id; start/endPosition count Unicode code
 *   points from 0; creating and modifying user and times) holding a Coding of its label's
 *   Code and, when it has a note, a NoteRef.
 * - Notes: one Note per annotation note, the Markdown as PlainTextContent.
 * - Links: one Link per link between annotations (name = relation, direction OneWay, from
 *   the annotation that carries it), across documents too.
 * Documents, labels, authors and links get name-based GUIDs, codings and notes GUIDs
 * derived from their annotation's (guids.ts): the same in every export.
 *
 * Left out, and listed in the report: orphans and annotations of documents outside the
 * export (a selection needs offsets), and links to them.
 */
import { Utf8Writer } from './bytes';
import type { ZipEntry } from './zip';
import { codeBook } from './refi-qda-codebook';
import { userMarks, writeLink, writeNote, writeSelection, type UserMarks } from './refi-qda-elements';
import { exportFileName } from './file-names';
import { finishDraft } from './finish';
import { nameGuid } from './guids';
import { generatorName, placedOnly, prepare, type PreparedDocument } from './prepare';
import type { AnnotationLink } from '../model';
import { DEFAULT_TITLE, type ExportDraft, type ExportFile, type ExportInput, type ExportOptions, type SkippedItem } from './types';
import { attrs, textElement } from './xml';

export const QDA_NAMESPACE = 'urn:QDA-XML:project:1.0';

export function exportRefiQda(input: ExportInput, options: ExportOptions = {}): ExportFile {
  return finishDraft(draftRefiQda(input, options));
}

export function draftRefiQda(input: ExportInput, options: ExportOptions = {}): ExportDraft {
  const prepared = prepare(input);
  const title = options.title ?? DEFAULT_TITLE;
  const skipped: SkippedItem[] = [...prepared.skipped];
  const placed = prepared.documents.map((d) => placedOnly(d.annotations, skipped));
  placedOnly(prepared.annotations.filter((p) => !p.document), skipped);
  const written = placed.flat();

  const users = new Map<string, UserMarks>();
  for (const { annotation: a } of written) if (a.author && !users.has(a.author)) users.set(a.author, userMarks(nameGuid('user', a.author)));

  const selected = new Set(written.map((p) => p.annotation.id));
  const links: { from: string; link: AnnotationLink }[] = [];
  for (const p of written) {
    for (const link of p.links) {
      if (selected.has(link.to)) links.push({ from: p.annotation.id, link });
      else skipped.push({ kind: 'link', id: p.annotation.id, reason: `its “${link.relation}” link goes to ${link.to}, which is left out` });
    }
  }

  const sourceGuids = prepared.documents.map((d) => nameGuid('document', d.doc.id));
  // The project file is handed on block by block as it is written, each block the only view
  // of its buffer (takeBlocks, then one take per writer): the zip gives them to the deflate
  // workers as they are, with no copy.
  function* project(): Generator<Uint8Array> {
    const out = new Utf8Writer();
    const userList = [...users].map(([name, { guid }]) => `<User${attrs({ guid, name })}/>`);
    out.write(
      '<?xml version="1.0" encoding="utf-8"?>\n' +
        `<Project${attrs({ xmlns: QDA_NAMESPACE, name: title, origin: generatorName(prepared.generator), creationDateTime: prepared.exportedAt })}>` +
        (userList.length ? `<Users>${userList.join('')}</Users>` : '') +
        codeBook(prepared.labels) +
        (prepared.documents.length ? '<Sources>' : ''),
    );
    // Notes go after every source: they are written aside and follow in one piece.
    const notes = new Utf8Writer();
    for (let i = 0; i < prepared.documents.length; i++) {
      // Selection by selection: a document's XML never needs joining into one string.
      out.write(textSourceStart(prepared.documents[i], sourceGuids[i]));
      for (const p of placed[i]) writeSelection(out, p, users.get(p.annotation.author));
      out.write('</TextSource>');
      yield* out.takeBlocks();
      for (const p of placed[i]) if (p.annotation.note) writeNote(notes, p, users.get(p.annotation.author));
    }
    const noteChunks = notes.take();
    out.write((prepared.documents.length ? '</Sources>' : '') + (noteChunks.length ? '<Notes>' : ''));
    yield* [...out.take(), ...noteChunks];
    // The rest in a writer of its own: the blocks handed on above are never written again.
    const rest = new Utf8Writer();
    if (noteChunks.length) rest.write('</Notes>');
    // Their GUIDs (a hash each) are made as the Links element is written, while earlier parts deflate.
    if (links.length) {
      rest.write('<Links>');
      for (const { from, link } of links) writeLink(rest, from, link);
      rest.write('</Links>');
    }
    rest.write(textElement('Description', `Exported from ${generatorName(prepared.generator)} on ${prepared.exportedAt}.`) + '</Project>\n');
    yield* rest.take();
  }

  // The sources first: the deflate workers have them to do while the project file is being written.
  const texts = new Utf8Writer();
  function* sourceText(text: string): Generator<Uint8Array> {
    texts.write(text);
    yield* texts.take();
  }
  const entries: ZipEntry[] = [
    ...prepared.documents.map((d, i) => ({ name: `sources/${sourceGuids[i]}.txt`, chunks: sourceText(d.doc.text) })),
    { name: 'project.qde', chunks: project(), ownChunks: true },
  ];
  return {
    fileName: exportFileName('refi-qda', title),
    mediaType: 'application/zip',
    zip: { entries, mtime: prepared.exportedAt },
    report: { annotations: written.length, skipped },
  };
}

/** The TextSource's start tag and description: its selections and end tag follow. */
function textSourceStart(d: PreparedDocument, guid: string): string {
  const { meta, source } = d.doc;
  const about = [
    meta.author && `Author: ${meta.author}`,
    meta.date && `Date: ${meta.date}`,
    meta.publisher && `Publisher: ${meta.publisher}`,
    meta.url && `URL: ${meta.url}`,
    `File: ${source.fileName}`,
  ].filter(Boolean);
  const head = attrs({ guid, name: d.doc.title, plainTextPath: `internal://${guid}.txt`, creationDateTime: source.importedAt });
  return `<TextSource${head}>${textElement('Description', about.join('\n'))}`;
}
