/**
 * Scrolls a passage into view and flashes it once, so the eye finds it. The flash is
 * an overlay drawn from the range's rectangles: the text DOM is never changed.
 */
export function scrollToRange(range: Range, scroller: HTMLElement, behavior: ScrollBehavior = 'smooth'): void {
  const rect = range.getBoundingClientRect();
  const box = scroller.getBoundingClientRect();
  if (rect.top >= box.top + 60 && rect.bottom <= box.bottom - 60) return;
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  scroller.scrollBy({ top: rect.top - box.top - box.height * 0.3, behavior: reduce ? 'auto' : behavior });
}

export function flashRange(range: Range, layer: HTMLElement): void {
  const origin = layer.getBoundingClientRect();
  const group = document.createElement('div');
  group.className = 'flash';
  for (const r of range.getClientRects()) {
    if (r.width < 1) continue;
    const box = document.createElement('div');
    box.style.left = `${r.left - origin.left - 2}px`;
    box.style.top = `${r.top - origin.top - 1}px`;
    box.style.width = `${r.width + 4}px`;
    box.style.height = `${r.height + 2}px`;
    group.append(box);
  }
  layer.append(group);
  group.addEventListener('animationend', () => group.remove(), { once: true });
  setTimeout(() => group.remove(), 2000);
}
