/**
 * The elements a REFI-QDA project has one or more of per annotation — PlainTextSelection
 * with its Coding, Note, Link — written straight into bytes (see refi-qda.ts for what they
 * hold): an export writes a hundred thousand of each.
 */
import { QUOTE, utf8, type Utf8Writer } from './bytes';
import { codeGuid } from './refi-qda-codebook';
import { annotationGuid, derivedGuid, derivedGuidInto, nameGuid } from './guids';
import type { ResolvedLabel } from './labels';
import { codePointSpan, type PreparedAnnotation } from './prepare';
import type { Annotation, AnnotationLink } from '../model';
import { attrStart, writeAttr, writeIntAttr, writeText } from './xml';

// Selections, notes and links (one or more per annotation) are written as bytes: their
// markup encoded once, values escaped as they are encoded (Utf8Writer.escaped), and the
// attributes naming one of a few users or codes encoded once each.
const GUID = attrStart('guid');
const NAME = attrStart('name');
const TARGET = attrStart('targetGUID');
const CREATED = attrStart('creationDateTime');
const MODIFIED = attrStart('modifiedDateTime');
const START = attrStart('startPosition');
const END = attrStart('endPosition');
const ORIGIN = attrStart('originGUID');
const M = {
  selection: utf8('<PlainTextSelection'),
  coding: utf8('><Coding'),
  noteRef: utf8('<NoteRef'),
  emptyEnd: utf8('/>'),
  selectionEnd: utf8('</PlainTextSelection>'),
  note: utf8('<Note'),
  noteContent: utf8('><PlainTextContent>'),
  noteEnd: utf8('</PlainTextContent></Note>'),
  link: utf8('<Link'),
  oneWay: utf8(' direction="OneWay"'),
};

export interface UserMarks {
  guid: string;
  creating: Uint8Array;
  modifying: Uint8Array;
}

// GUIDs are ours (hex digits and hyphens): nothing to escape.
export function userMarks(guid: string): UserMarks {
  return { guid, creating: utf8(` creatingUser="${guid}"`), modifying: utf8(` modifyingUser="${guid}"`) };
}

const codeRefs = new WeakMap<ResolvedLabel, Uint8Array>();

/** `><CodeRef targetGUID="…"/></Coding>`: a Coding's end. */
function codeRef(label: ResolvedLabel): Uint8Array {
  let bytes = codeRefs.get(label);
  if (!bytes) codeRefs.set(label, (bytes = utf8(`><CodeRef targetGUID="${codeGuid(label)}"/></Coding>`)));
  return bytes;
}

/** Who made and last changed it, and when: ` creatingUser="…" creationDateTime="…" modifyingUser="…" modifiedDateTime="…"`. */
function writeStamps(w: Utf8Writer, a: Annotation, user: UserMarks | undefined): void {
  if (user) w.raw(user.creating);
  writeAttr(w, CREATED, a.created);
  if (user) w.raw(user.modifying);
  writeAttr(w, MODIFIED, a.modified);
}

/** ` guid="…"` of the annotation's coding or note (derivedGuid), its digits made straight into the output. */
function writeDerivedGuid(w: Utf8Writer, start: Uint8Array, kind: 'coding' | 'note', id: string): void {
  w.raw(start);
  // Not a version 4 UUID: a name-based GUID, hex digits and hyphens.
  if (!w.fill(36, (block, at) => derivedGuidInto(kind, id, block, at))) w.write(derivedGuid(kind, id));
  w.raw(QUOTE);
}

/** The annotation's selection, with its Coding and, when it has a note, a NoteRef to it. */
export function writeSelection(w: Utf8Writer, p: PreparedAnnotation, user: UserMarks | undefined): void {
  const a = p.annotation;
  const { start, end } = codePointSpan(p);
  w.raw(M.selection);
  writeAttr(w, GUID, annotationGuid(a.id));
  writeAttr(w, NAME, p.quote.exact);
  writeIntAttr(w, START, start);
  writeIntAttr(w, END, end);
  writeStamps(w, a, user);
  w.raw(M.coding);
  writeDerivedGuid(w, GUID, 'coding', a.id);
  if (user) w.raw(user.creating);
  writeAttr(w, CREATED, a.created);
  w.raw(codeRef(p.label));
  if (a.note) {
    w.raw(M.noteRef);
    writeDerivedGuid(w, TARGET, 'note', a.id);
    w.raw(M.emptyEnd);
  }
  w.raw(M.selectionEnd);
}

/** The Note of an annotation that has one. */
export function writeNote(w: Utf8Writer, p: PreparedAnnotation, user: UserMarks | undefined): void {
  const a = p.annotation;
  w.raw(M.note);
  writeDerivedGuid(w, GUID, 'note', a.id);
  writeAttr(w, NAME, `Note on “${firstCodePoints(p.quote.exact, 60)}”`);
  writeStamps(w, a, user);
  w.raw(M.noteContent);
  writeText(w, a.note);
  w.raw(M.noteEnd);
}

export function writeLink(w: Utf8Writer, from: string, link: AnnotationLink): void {
  w.raw(M.link);
  writeAttr(w, GUID, nameGuid('link', from, link.relation, link.to));
  writeAttr(w, NAME, link.relation);
  w.raw(M.oneWay);
  writeAttr(w, ORIGIN, annotationGuid(from));
  writeAttr(w, TARGET, annotationGuid(link.to));
  w.raw(M.emptyEnd);
}

/** The first `n` code points of s, and an ellipsis when there were more. */
function firstCodePoints(s: string, n: number): string {
  // Up to n UTF-16 units are always no more than n code points: most quotes need no counting.
  if (s.length <= n) return s;
  let at = 0;
  for (let points = 0; points < n && at < s.length; points++) {
    const c = s.charCodeAt(at);
    const pair = c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(at + 1) & 0xfc00) === 0xdc00;
    at += pair ? 2 : 1;
  }
  return at >= s.length ? s : `${s.slice(0, at)}…`;
}
