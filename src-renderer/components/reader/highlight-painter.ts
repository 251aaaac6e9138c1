/**
 * Paints annotations with the CSS Custom Highlight API: one Highlight per label (so one
 * style rule per label), plus the focused and hovered annotation and find matches.
 * The text DOM is never touched, so offsets stay stable and thousands of highlights
 * paint in one pass. Styles live in a constructed stylesheet (allowed by the CSP,
 * unlike inline <style>), rewritten when label colours change.
 */
import type { Annotation, Label } from '../../lib/model';
import { blockIndex, rangesFor, type BlockIndex } from '../../lib/anchoring';

const PREFIX = 'cr-';

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

export function highlightRules(labels: Label[], focus?: Label): string {
  const rules = labels.map(
    (l, i) => `::highlight(${labelHighlightName(i)}) {
  background-color: ${tint(l.color, 20, 30)};
  text-decoration: ${UNDERLINE[l.cue]} ${l.color} 2px;
  text-underline-offset: 0.22em;
}`,
  );
  if (focus) {
    rules.push(`::highlight(${PREFIX}focus) {
  background-color: ${tint(focus.color, 40, 52)};
  text-decoration: ${UNDERLINE[focus.cue]} ${focus.color} 3px;
  text-underline-offset: 0.22em;
}`);
  }
  rules.push(`::highlight(${PREFIX}hover) { background-color: ${tint('#7a6a50', 14, 22)}; }`);
  rules.push(`::highlight(${PREFIX}find) { background-color: light-dark(#fde68a, #7a5d12); color: light-dark(#1f1c18, #fff8e6); }`);
  rules.push(`::highlight(${PREFIX}find-current) { background-color: light-dark(#f59e0b, #d97706); color: #111; }`);
  return rules.join('\n');
}

export class HighlightPainter {
  #root: HTMLElement;
  #sheet = new CSSStyleSheet();
  #index: BlockIndex | null = null;
  #labelNames: string[] = [];

  constructor(root: HTMLElement) {
    this.#root = root;
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.#sheet];
  }

  /** Call after the blocks of a new document were rendered. */
  reindex(): void {
    this.#index = blockIndex(this.#root);
  }

  #ranges(spans: { start: number; end: number }[]): StaticRange[] {
    this.#index ??= blockIndex(this.#root);
    return rangesFor(this.#index, spans).filter((r): r is StaticRange => r !== null);
  }

  paint(annotations: Annotation[], labels: Label[]): void {
    const groups = labels.map(() => [] as Annotation[]);
    const slot = new Map(labels.map((l, i) => [l.id, i]));
    for (const a of annotations) {
      if (a.status === 'orphan') continue;
      // An annotation whose label left the set still shows, in the last slot's style.
      groups[slot.get(a.label) ?? labels.length - 1]?.push(a);
    }
    for (const name of this.#labelNames) CSS.highlights.delete(name);
    this.#labelNames = labels.map((_, i) => labelHighlightName(i));
    groups.forEach((list, i) => {
      const h = new Highlight(...this.#ranges(list));
      // Where passages of different labels overlap, both translucent tints show.
      h.priority = i;
      CSS.highlights.set(this.#labelNames[i], h);
    });
  }

  style(labels: Label[], focus?: Label): void {
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

  focus(a: Annotation | undefined): void {
    this.#single(`${PREFIX}focus`, a && a.status !== 'orphan' ? [a] : [], 100);
  }

  hover(a: Annotation | undefined): void {
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
