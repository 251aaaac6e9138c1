/**
 * The REFI-QDA CodeBook of an export: one Code per label. With labels from more than one
 * label set, each set becomes a parent code that cannot itself be coded (isCodable="false"),
 * so that "Claim" of one set and "Claim" of another stay apart in a QDA tool.
 */
import { nameGuid } from './guids';
import type { ResolvedLabel } from './labels';
import { attrs, textElement } from './xml';

const RGB = /^#([0-9a-f]{6}|[0-9a-f]{3})$/i;

const codeGuids = new WeakMap<ResolvedLabel, string>();

export function codeGuid(label: ResolvedLabel): string {
  let guid = codeGuids.get(label);
  if (!guid) codeGuids.set(label, (guid = nameGuid('label', label.setId ?? '', label.id)));
  return guid;
}

export function codeBook(labels: readonly ResolvedLabel[]): string {
  if (!labels.length) return '';
  const sets = new Map<string, { name: string; labels: ResolvedLabel[] }>();
  const loose: ResolvedLabel[] = [];
  for (const l of labels) {
    if (l.setId === undefined) loose.push(l);
    else {
      const set = sets.get(l.setId) ?? { name: l.setName ?? l.setId, labels: [] };
      set.labels.push(l);
      sets.set(l.setId, set);
    }
  }
  const codes =
    sets.size > 1
      ? [...sets].map(
          ([id, set]) =>
            `<Code${attrs({ guid: nameGuid('label-set', id), name: set.name, isCodable: false })}>${set.labels.map(code).join('')}</Code>`,
        )
      : [...sets.values()].flatMap((set) => set.labels.map(code));
  return `<CodeBook><Codes>${[...codes, ...loose.map(code)].join('')}</Codes></CodeBook>`;
}

function code(l: ResolvedLabel): string {
  const color = RGB.test(l.color) ? l.color : undefined;
  return `<Code${attrs({ guid: codeGuid(l), name: l.name, isCodable: true, color })}>${textElement('Description', l.description)}</Code>`;
}
