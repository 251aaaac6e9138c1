/**
 * Labels for imported annotations, in the label set of the document they land on.
 *
 * A label named by a file is found, in order: by set and id when the file names the same
 * set (a Close Reader set or IRI `urn:close-reader:label:<set>:<id>`); by name, ignoring
 * case; by id alone when the file names no set. A file's tags: the first that names a
 * known label is the label; when none does, the first becomes a new label of the set (a
 * proposal the plan lists, never dropped silently); the other tags are appended to the note
 * as `#tag`. An annotation without any tag gets the label "Untagged" (found by name, or
 * proposed once).
 *
 * Labels are decided in two passes — first every proposal, then every annotation against
 * the library plus all proposals — so that a label does not depend on the order of the
 * file and importing the same file again finds exactly the labels it proposed the first time.
 */
import type { Label, LabelSet } from '../../model';
import { DEFAULT_LABEL_SET_ID, defaultLabelSet, nextLabelStyle } from '../../model';
import type { LabelRef } from './parsed-set';

export interface NewLabel {
  labelSetId: string;
  label: Label;
}

export const UNTAGGED_LABEL = 'Untagged';

const nameKey = (name: string) => name.normalize('NFC').trim().toLocaleLowerCase('en');

function slug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLocaleLowerCase('en')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'label'
  );
}

interface WorkingSet {
  set: LabelSet;
  byId: Map<string, Label>;
  byName: Map<string, Label>;
}

function working(set: LabelSet): WorkingSet {
  const copy: LabelSet = { ...set, labels: [...set.labels], relations: [...set.relations] };
  const byName = new Map<string, Label>();
  for (const l of copy.labels) if (!byName.has(nameKey(l.name))) byName.set(nameKey(l.name), l);
  return { set: copy, byId: new Map(copy.labels.map((l) => [l.id, l])), byName };
}

export class LabelPlanner {
  private readonly library = new Map<string, LabelSet>();
  private readonly sets = new Map<string, WorkingSet>();
  /** Label sets as the file wrote them, to name a label a file refers to by set and id. */
  private readonly fileSets = new Map<string, LabelSet>();
  private readonly changed = new Set<string>();
  readonly newLabels: NewLabel[] = [];

  constructor(
    library: readonly LabelSet[],
    private readonly fileName: string,
    private readonly untagged = UNTAGGED_LABEL,
  ) {
    for (const set of library) this.library.set(set.id, set);
  }

  /** Whether a label set of this id exists, or will (the default set always can). */
  knows(id: string): boolean {
    return this.library.has(id) || this.sets.has(id) || id === DEFAULT_LABEL_SET_ID;
  }

  private open(id: string): WorkingSet {
    let w = this.sets.get(id);
    if (!w) {
      const base = this.library.get(id) ?? this.fileSets.get(id) ?? (id === DEFAULT_LABEL_SET_ID ? defaultLabelSet() : undefined);
      if (!base) throw new RangeError(`label set ${id} is neither in the library nor in the file`);
      w = working(base);
      this.sets.set(id, w);
      if (!this.library.has(id)) this.changed.add(id);
    }
    return w;
  }

  /** A file's label set: added whole when the library lacks it, else its missing labels and relations are. */
  addFileSet(set: LabelSet): void {
    this.fileSets.set(set.id, set);
    const w = this.open(set.id);
    for (const label of set.labels) if (!this.find(w, { setId: set.id, labelId: label.id, name: label.name })) this.append(w, label.name, label);
    this.addRelations(set.id, set.relations);
  }

  addRelations(setId: string, relations: Iterable<string>): void {
    const w = this.open(setId);
    for (const r of relations) {
      if (!w.set.relations.includes(r)) {
        w.set.relations.push(r);
        this.changed.add(setId);
      }
    }
  }

  private nameOf(ref: LabelRef): string | undefined {
    if (ref.name) return ref.name;
    const fromSet = ref.setId && ref.labelId ? (this.fileSets.get(ref.setId) ?? this.library.get(ref.setId)) : undefined;
    return fromSet?.labels.find((l) => l.id === ref.labelId)?.name;
  }

  private find(w: WorkingSet, ref: LabelRef): Label | undefined {
    if (ref.labelId && ref.setId === w.set.id) {
      const hit = w.byId.get(ref.labelId);
      if (hit) return hit;
    }
    const name = this.nameOf(ref);
    const byName = name ? w.byName.get(nameKey(name)) : undefined;
    if (byName) return byName;
    return ref.labelId && !ref.setId ? w.byId.get(ref.labelId) : undefined;
  }

  private append(w: WorkingSet, name: string, like?: Label): Label {
    const style = nextLabelStyle(w.set);
    const colorFree = like && !w.set.labels.some((l) => l.color.toUpperCase() === like.color.toUpperCase());
    let id = like && !w.byId.has(like.id) ? like.id : slug(name);
    for (let n = 2; w.byId.has(id); n++) id = `${slug(name)}-${n}`;
    const label: Label = {
      id,
      name,
      color: colorFree ? like.color : style.color,
      cue: colorFree ? like.cue : style.cue,
      key: style.key,
      description: like?.description ?? `Imported from ${this.fileName}`,
    };
    w.set.labels.push(label);
    w.byId.set(id, label);
    w.byName.set(nameKey(name), label);
    this.changed.add(w.set.id);
    this.newLabels.push({ labelSetId: w.set.id, label });
    return label;
  }

  private refsOrUntagged(refs: readonly LabelRef[]): readonly LabelRef[] {
    return refs.length ? refs : [{ name: this.untagged }];
  }

  /** Pass 1: when none of `refs` names a label of the set, the first becomes one. */
  propose(setId: string, refs: readonly LabelRef[]): void {
    const w = this.open(setId);
    const all = this.refsOrUntagged(refs);
    if (all.some((r) => this.find(w, r))) return;
    const name = this.nameOf(all[0]) || all[0].labelId || this.untagged;
    const like = all[0].setId && all[0].labelId ? this.fileSets.get(all[0].setId)?.labels.find((l) => l.id === all[0].labelId) : undefined;
    this.append(w, name, like);
  }

  /** Pass 2: the label id, and the tags that name another label (for the note). */
  resolve(setId: string, refs: readonly LabelRef[]): { label: string; otherTags: string[] } {
    const w = this.open(setId);
    const all = this.refsOrUntagged(refs);
    const found = all.map((r) => this.find(w, r));
    const chosen = found.find(Boolean);
    if (!chosen) throw new RangeError(`no label proposed for ${JSON.stringify(all[0])} in ${setId}`);
    const otherTags = new Map<string, string>();
    all.forEach((r, i) => {
      const name = this.nameOf(r) ?? r.labelId;
      if (found[i] !== chosen && name) otherTags.set(nameKey(name), name);
    });
    return { label: chosen.id, otherTags: [...otherTags.values()] };
  }

  result(): { added: LabelSet[]; updated: LabelSet[]; newLabels: NewLabel[] } {
    const added: LabelSet[] = [];
    const updated: LabelSet[] = [];
    for (const id of this.changed) {
      const set = this.sets.get(id)!.set;
      (this.library.has(id) ? updated : added).push(set);
    }
    return { added, updated, newLabels: this.newLabels };
  }
}
