/** Keyboard helpers shared by the views. */
import type { Label, LabelSet } from '../model';

/** The label a key tags with: its digit or its letter (case-insensitive). */
export function labelForKey(set: LabelSet, key: string): Label | undefined {
  if (key.length !== 1) return undefined;
  const k = key.toLowerCase();
  return set.labels.find((l) => l.key === k || (l.letter && l.letter.toLowerCase() === k));
}

/** Whether a key event belongs to a text field (so shortcuts must leave it alone). */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  return false;
}
