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
 * Documents, labels, authors and links get name-based GUIDs; codings and notes GUIDs
 * derived from their annotation's (guids.ts): the same in every export.
 *
 * Left out, and listed in the report: orphans and annotations of documents outside the
 * export (a selection needs offsets), and links to them.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { codeBook, codeGuid } from './refi-qda-codebook';
import { exportFileName } from './file-names';
import { annotationGuid, derivedGuid, nameGuid } from './guids';
import { codePointSpan, generatorName, placedOnly, prepare, type PreparedAnnotation, type PreparedDocument } from './prepare';
import { DEFAULT_TITLE, type ExportFile, type ExportInput, type ExportOptions, type SkippedItem } from './types';
import { attrs, textElement } from './xml';

export const QDA_NAMESPACE = 'urn:QDA-XML:project:1.0';

export function exportRefiQda(input: ExportInput, options: ExportOptions = {}): ExportFile {
  const prepared = prepare(input);
  const title = options.title ?? DEFAULT_TITLE;
  const skipped: SkippedItem[] = [...prepared.skipped];
  const users = new Map<string, string>();
  const userGuid = (name: string) => {
    if (!name) return undefined;
    let guid = users.get(name);
    if (!guid) users.set(name, (guid = nameGuid('user', name)));
    return guid;
  };

  const files: Zippable = {};
  const sources: string[] = [];
  const notes: string[] = [];
  const selected = new Set<string>();
  const written: PreparedAnnotation[] = [];
  for (const d of prepared.documents) {
    const guid = nameGuid('document', d.doc.id);
    files[`sources/${guid}.txt`] = strToU8(d.doc.text);
    const placed = placedOnly(d.annotations, skipped);
    const selections = placed.map((p) => {
      selected.add(p.annotation.id);
      written.push(p);
      const noteGuid = p.annotation.note ? derivedGuid('note', p.annotation.id) : undefined;
      if (noteGuid) notes.push(note(p, noteGuid, userGuid));
      return selection(p, noteGuid, userGuid);
    });
    sources.push(textSource(d, guid, selections));
  }
  placedOnly(prepared.annotations.filter((p) => !p.document), skipped);

  const links: string[] = [];
  for (const p of written) {
    for (const link of p.links) {
      if (!selected.has(link.to)) {
        skipped.push({ kind: 'link', id: p.annotation.id, reason: `its “${link.relation}” link goes to ${link.to}, which is left out` });
        continue;
      }
      const guid = nameGuid('link', p.annotation.id, link.relation, link.to);
      const ends = { originGUID: annotationGuid(p.annotation.id), targetGUID: annotationGuid(link.to) };
      links.push(`<Link${attrs({ guid, name: link.relation, direction: 'OneWay', ...ends })}/>`);
    }
  }

  const userList = [...users].map(([name, guid]) => `<User${attrs({ guid, name })}/>`);
  const project = [
    '<?xml version="1.0" encoding="utf-8"?>\n',
    `<Project${attrs({ xmlns: QDA_NAMESPACE, name: title, origin: generatorName(prepared.generator), creationDateTime: prepared.exportedAt })}>`,
    userList.length ? `<Users>${userList.join('')}</Users>` : '',
    codeBook(prepared.labels),
    sources.length ? `<Sources>${sources.join('')}</Sources>` : '',
    notes.length ? `<Notes>${notes.join('')}</Notes>` : '',
    links.length ? `<Links>${links.join('')}</Links>` : '',
    textElement('Description', `Exported from ${generatorName(prepared.generator)} on ${prepared.exportedAt}.`),
    '</Project>\n',
  ].join('');
  files['project.qde'] = strToU8(project);

  return {
    fileName: exportFileName('refi-qda', title),
    mediaType: 'application/zip',
    bytes: zipSync(files, { level: 1, mtime: prepared.exportedAt }),
    report: { annotations: written.length, skipped },
  };
}

function textSource(d: PreparedDocument, guid: string, selections: string[]): string {
  const { meta, source } = d.doc;
  const about = [
    meta.author && `Author: ${meta.author}`,
    meta.date && `Date: ${meta.date}`,
    meta.publisher && `Publisher: ${meta.publisher}`,
    meta.url && `URL: ${meta.url}`,
    `File: ${source.fileName}`,
  ].filter(Boolean);
  const head = attrs({ guid, name: d.doc.title, plainTextPath: `internal://${guid}.txt`, creationDateTime: source.importedAt });
  return `<TextSource${head}>${textElement('Description', about.join('\n'))}${selections.join('')}</TextSource>`;
}

function selection(p: PreparedAnnotation, noteGuid: string | undefined, userGuid: (name: string) => string | undefined): string {
  const a = p.annotation;
  const { start, end } = codePointSpan(p);
  const user = userGuid(a.author);
  const head = attrs({
    guid: annotationGuid(a.id),
    name: p.quote.exact,
    startPosition: start,
    endPosition: end,
    creatingUser: user,
    creationDateTime: a.created,
    modifyingUser: user,
    modifiedDateTime: a.modified,
  });
  const coding = `<Coding${attrs({ guid: derivedGuid('coding', a.id), creatingUser: user, creationDateTime: a.created })}><CodeRef${attrs({ targetGUID: codeGuid(p.label) })}/></Coding>`;
  const noteRef = noteGuid ? `<NoteRef${attrs({ targetGUID: noteGuid })}/>` : '';
  return `<PlainTextSelection${head}>${coding}${noteRef}</PlainTextSelection>`;
}

function note(p: PreparedAnnotation, guid: string, userGuid: (name: string) => string | undefined): string {
  const a = p.annotation;
  const user = userGuid(a.author);
  const quote = Array.from(p.quote.exact);
  const name = `Note on “${quote.slice(0, 60).join('')}${quote.length > 60 ? '…' : ''}”`;
  const head = attrs({ guid, name, creatingUser: user, creationDateTime: a.created, modifyingUser: user, modifiedDateTime: a.modified });
  return `<Note${head}>${textElement('PlainTextContent', a.note)}</Note>`;
}
