/**
 * Everything the reader does to annotations, as undoable steps. Each step's redo and
 * undo is one repository call, so one Dexie transaction.
 */
import { getAnnotation, linkingTo } from '../db';
import { describe } from '../anchoring';
import { newId, nowIso, type Annotation, type AnnotationLink } from '../model';
import { truncate } from '../format';
import { snapToWords } from '../text/snap';
import { announcer } from './announcer.svelte';
import { history } from './history.svelte';
import { reader, type Span } from './reader.svelte';
import { settings } from './settings.svelte';
import { dialogs } from './dialogs.svelte';

/** The name annotations are signed with; asked once, the first time one annotates. */
export async function ensureAuthor(): Promise<string | null> {
  if (settings.values.author) return settings.values.author;
  const name = await dialogs.prompt({
    title: 'Who is annotating?',
    message:
      'Your name is stored with each annotation you make, so that a teacher or a co-author can tell sets apart. You can change it later in Settings.',
    field: 'Your name',
    value: '',
    placeholder: 'e.g. Amina Diallo',
    confirmLabel: 'Continue',
  });
  if (!name) return null;
  await settings.set('author', name);
  return name;
}

/**
 * Runs a step; the screen shows it when the change feed brings it (right after the
 * commit). A step that cannot be stored changes nothing, and the reader is told why.
 */
async function run(step: Parameters<typeof history.run>[0]): Promise<void> {
  try {
    await history.run(step);
  } catch (err) {
    announcer.error(`That change could not be saved: ${(err as Error).message}`);
    throw err;
  }
}

function labelName(id: string): string {
  return reader.labelsById.get(id)?.name ?? id;
}

/**
 * Tags a passage with a label: the heart of the app. Returns the new annotation.
 * `onArrived` runs when it reaches the open document, stored, painted and focused: the
 * caller lets go of the selection there (not later, when a key pressed meanwhile would
 * act on the selection instead of the new annotation; not sooner, when the work it sets
 * off would hold up the store).
 */
export async function annotate(span: Span, labelId: string, onArrived?: () => void): Promise<Annotation | null> {
  const text = reader.text?.text;
  const documentId = reader.doc?.id;
  if (!text || !documentId || span.end <= span.start) return null;
  const author = await ensureAuthor();
  if (!author) return null;
  const snapped = snapToWords(text, span.start, span.end);
  const { position, quote } = describe(text, snapped.start, snapped.end);
  const now = nowIso();
  const annotation: Annotation = {
    id: newId(),
    documentId,
    start: position.start,
    end: position.end,
    quote: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
    label: labelId,
    note: '',
    links: [],
    author,
    created: now,
    modified: now,
    status: 'exact',
  };
  const label = `${labelName(labelId)} added`;
  // Focused as its card appears (the change feed brings it before the step returns), so a
  // label key pressed at once relabels it.
  reader.focusOnArrival(annotation.id, onArrived);
  await run({
    label,
    documentId,
    redo: [{ op: 'put-annotations', items: [annotation], created: true }],
    undo: [{ op: 'delete-annotations', ids: [annotation.id] }],
  });
  announcer.say(label, { toast: false });
  return annotation;
}

async function change(id: string, patch: Partial<Annotation>, label: string): Promise<void> {
  const before = await getAnnotation(id);
  if (!before) return;
  const after: Annotation = { ...before, ...patch, modified: nowIso() };
  await run({
    label,
    documentId: before.documentId,
    redo: [{ op: 'put-annotations', items: [after] }],
    undo: [{ op: 'put-annotations', items: [before] }],
  });
  announcer.say(label, { toast: false });
}

export async function setLabel(id: string, labelId: string): Promise<void> {
  const a = reader.byId.get(id);
  if (!a || a.label === labelId) return;
  await change(id, { label: labelId }, `Changed to ${labelName(labelId)}`);
}

export async function setNote(id: string, note: string): Promise<void> {
  const a = reader.byId.get(id);
  if (!a || a.note === note) return;
  await change(id, { note }, note.trim() ? 'Note saved' : 'Note removed');
}

/** Moves an annotation to a new passage (re-attaching an orphan, or adjusting its extent). */
export async function reattach(id: string, span: Span): Promise<void> {
  const text = reader.text?.text;
  if (!text) return;
  const snapped = snapToWords(text, span.start, span.end);
  const { position, quote } = describe(text, snapped.start, snapped.end);
  await change(
    id,
    {
      start: position.start,
      end: position.end,
      quote: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      status: 'exact',
      score: undefined,
    },
    'Passage re-attached',
  );
}

export async function remove(id: string): Promise<void> {
  const a = await getAnnotation(id);
  if (!a) return;
  // Deleting drops links that pointed at it; undo puts those annotations back as they were.
  const linkers = await linkingTo([id]);
  const label = `${labelName(a.label)} deleted`;
  await run({
    label,
    documentId: a.documentId,
    redo: [{ op: 'delete-annotations', ids: [id] }],
    undo: [{ op: 'put-annotations', items: [a, ...linkers] }],
  });
  const token = history.latestToken;
  if (reader.focusedId === id) reader.focusedId = null;
  announcer.say(label, {
    action: {
      label: 'Undo',
      run: () => void history.undoIfLatest(token),
    },
  });
}

export async function link(fromId: string, toId: string, relation: string): Promise<void> {
  const from = reader.byId.get(fromId);
  const to = reader.byId.get(toId);
  if (!from || !to || fromId === toId) return;
  if (from.links.some((l) => l.to === toId && l.relation === relation)) return;
  const links: AnnotationLink[] = [...from.links, { relation, to: toId }];
  await change(fromId, { links }, `Linked: ${relation} “${truncate(to.quote.exact, 40)}”`);
}

export async function unlink(fromId: string, target: AnnotationLink): Promise<void> {
  const from = reader.byId.get(fromId);
  if (!from) return;
  const links = from.links.filter((l) => !(l.to === target.to && l.relation === target.relation));
  await change(fromId, { links }, 'Link removed');
}

export async function undo(): Promise<void> {
  const step = await history.undo();
  announcer.say(step ? `Undone: ${step.label}` : 'Nothing to undo', { toast: false });
}

export async function redo(): Promise<void> {
  const step = await history.redo();
  announcer.say(step ? `Redone: ${step.label}` : 'Nothing to redo', { toast: false });
}

