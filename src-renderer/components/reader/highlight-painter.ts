/**
 * Paints annotations with the CSS Custom Highlight API: one Highlight per label (so one
 * style rule per label), plus the focused and hovered annotation and find matches.
 * The text DOM is never touched, so offsets stay stable and thousands of highlights
 * paint in one pass. Styles live in a constructed stylesheet (allowed by the CSP,
 * unlike inline <style>), rewritten when label colours change.
 */
import type { Label } from '../../lib/model';
import type { PaintSpan } from '../../lib/db';
import { blockIndex, rangesFor, type BlockIndex } from '../../lib/anchoring';

const PREFIX = 'cr-';
/** Annotations with no label of the set (a plain note, or a label since removed). */
const OTHER = `${PREFIX}label-other`;
export const NEUTRAL: Pick<Label, 'color' | 'cue'> = { color: '#8a8174', cue: 'dotted' };

/** Highlight names must be CSS identifiers; label ids are free text. */
function labelHighlightName(i: number): string {
  return `${PREFIX}label-${i}`;
}

const UNDERLINE: Record<Label['cue'], string> = {
  solid: 'underline solid',
  double: 'underline double',
  wavy: 'underline wavy',
  dotted: 'underline dotted',
  dashed: 'underline dashed',
};

function tint(color: string, light: number, dark: number): string {
  return `light-dark(color-mix(in srgb, ${color} ${light}%, transparent), color-mix(in srgb, ${color} ${dark}%, transparent))`;
}

export function highlightRules(labels: Label[], focus?: Pick<Label, 'color' | 'cue'>): string {
  const rules = labels.map(
    (l, i) => `::highlight(${labelHighlightName(i)}) {
  background-color: ${tint(l.color, 20, 30)};
  text-decoration: ${UNDERLINE[l.cue]} ${l.color} 2px;
  text-underline-offset: 0.22em;
}`,
  );
  if (focus) {
    rules.push(`::highlight(${PREFIX}focus) {
  background-color: ${tint(focus.color, 38, 40)};
  text-decoration: ${UNDERLINE[focus.cue]} ${focus.color} 3px;
  text-underline-offset: 0.22em;
}`);
  }
  rules.push(`::highlight(${OTHER}) {
  background-color: ${tint(NEUTRAL.color, 16, 26)};
  text-decoration: underline dotted ${NEUTRAL.color} 2px;
  text-underline-offset: 0.22em;
}`);
  rules.push(`::highlight(${PREFIX}hover) { background-color: ${tint('#7a6a50', 14, 22)}; }`);
  rules.push(`::highlight(${PREFIX}find) { background-color: light-dark(#fde68a, #7a5d12); color: light-dark(#1f1c18, #fff8e6); }`);
  rules.push(`::highlight(${PREFIX}find-current) { background-color: light-dark(#f59e0b, #d97706); color: #111; }`);
  return rules.join('\n');
}

export class HighlightPainter {
  #root: HTMLElement;
  #sheet = new CSSStyleSheet();
  #index: BlockIndex | null = null;
  /** Label id → highlight name, and the label ids it was built for. */
  #slotOf = new Map<string, string>();
  #slots: string | null = null;
  #highlights = new Map<string, Highlight>();
  #painted = new Map<string, { name: string; range: StaticRange; start: number; end: number }>();

  constructor(root: HTMLElement) {
    this.#root = root;
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.#sheet];
  }

  /** Call after the blocks of a new document were rendered: every range is rebuilt. */
  reindex(): void {
    this.#index = blockIndex(this.#root);
    this.#slots = null;
  }

  /** The index of the rendered blocks, built once per document (not per selection change). */
  get index(): BlockIndex {
    this.#index ??= blockIndex(this.#root);
    return this.#index;
  }

  #ranges(spans: { start: number; end: number }[]): StaticRange[] {
    this.#index ??= blockIndex(this.#root);
    return rangesFor(this.#index, spans).filter((r): r is StaticRange => r !== null);
  }

  /**
   * Paints the annotations, changing only what differs from the last paint: adding one
   * annotation to 10,000 creates one range, not 10,000.
   */
  paint(annotations: readonly PaintSpan[], labels: Label[]): void {
    const slots = labels.map((l) => l.id).join('\u0000');
    if (slots !== this.#slots) this.#reset(labels, slots);
    const seen = new Set<string>();
    const fresh: PaintSpan[] = [];
    for (const a of annotations) {
      seen.add(a.id);
      this.#stage(a, fresh);
    }
    for (const id of this.#painted.keys()) if (!seen.has(id)) this.#remove(id);
    if (fresh.length) this.#add(fresh);
    this.#markPainted();
  }

  /**
   * Paints one change (a few annotations put or deleted) without the pass over all of
   * them: what a key press waits for. Only once a full paint has set up the labels.
   */
  update(put: readonly PaintSpan[], deleted: readonly string[]): void {
    if (!this.#slots) return;
    for (const id of deleted) this.#remove(id);
    const fresh: PaintSpan[] = [];
    for (const a of put) this.#stage(a, fresh);
    if (fresh.length) this.#add(fresh);
    this.#markPainted();
  }

  /** Queues a span for painting unless it is painted as it is; an orphan loses its range. */
  #stage(a: PaintSpan, fresh: PaintSpan[]): void {
    const old = this.#painted.get(a.id);
    const name = this.#slotOf.get(a.label) ?? OTHER;
    if (a.status !== 'orphan' && old && old.name === name && old.start === a.start && old.end === a.end) return;
    this.#remove(a.id);
    if (a.status !== 'orphan') fresh.push(a);
  }

  #remove(id: string): void {
    const old = this.#painted.get(id);
    if (!old) return;
    this.#highlights.get(old.name)?.delete(old.range);
    this.#painted.delete(id);
  }

  #markPainted(): void {
    // Benchmarks read this mark (key press → stored → painted; open → all highlights painted).
    performance.clearMarks('cr:highlights-painted');
    performance.mark('cr:highlights-painted', { detail: { count: this.#painted.size } });
  }

  #add(fresh: PaintSpan[]): void {
    this.#index ??= blockIndex(this.#root);
    const ranges = rangesFor(this.#index, fresh);
    fresh.forEach((a, i) => {
      const range = ranges[i];
      if (!range) return;
      const name = this.#slotOf.get(a.label) ?? OTHER;
      this.#highlights.get(name)!.add(range);
      this.#painted.set(a.id, { name, range, start: a.start, end: a.end });
    });
  }

  #reset(labels: Label[], slots: string): void {
    for (const name of this.#highlights.keys()) CSS.highlights.delete(name);
    this.#highlights.clear();
    this.#painted.clear();
    this.#slotOf = new Map(labels.map((l, i) => [l.id, labelHighlightName(i)]));
    this.#slots = slots;
    // Where passages of different labels overlap, both translucent tints show.
    [...this.#slotOf.values(), OTHER].forEach((name, i) => {
      const h = new Highlight();
      h.priority = i;
      this.#highlights.set(name, h);
      CSS.highlights.set(name, h);
    });
  }

  style(labels: Label[], focus?: Pick<Label, 'color' | 'cue'>): void {
    this.#sheet.replaceSync(highlightRules(labels, focus));
  }

  #single(name: string, spans: { start: number; end: number }[], priority: number): void {
    if (!spans.length) {
      CSS.highlights.delete(name);
      return;
    }
    const h = new Highlight(...this.#ranges(spans));
    h.priority = priority;
    CSS.highlights.set(name, h);
  }

  focus(a: PaintSpan | undefined): void {
    this.#single(`${PREFIX}focus`, a && a.status !== 'orphan' ? [a] : [], 100);
  }

  hover(a: PaintSpan | undefined): void {
    this.#single(`${PREFIX}hover`, a && a.status !== 'orphan' ? [a] : [], 90);
  }

  find(matches: { start: number; end: number }[], current: number): void {
    this.#single(`${PREFIX}find`, matches, 200);
    this.#single(`${PREFIX}find-current`, current >= 0 && matches[current] ? [matches[current]] : [], 201);
  }

  /** DOM range of a passage, for scrolling to it and flashing it. */
  rangeOf(span: { start: number; end: number }): Range | null {
    const [sr] = this.#ranges([span]);
    if (!sr) return null;
    const r = document.createRange();
    r.setStart(sr.startContainer, sr.startOffset);
    r.setEnd(sr.endContainer, sr.endOffset);
    return r;
  }

  destroy(): void {
    for (const name of [...CSS.highlights.keys()]) if (name.startsWith(PREFIX)) CSS.highlights.delete(name);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== this.#sheet);
  }
}
