/**
 * Anchoring: from a selection to W3C selectors (describe) and from selectors back to a
 * place in a text that may have changed (anchor, anchorAll), plus UTF-16 ⇄ code point
 * offsets for the formats that count code points. Pure functions over strings; the DOM
 * side lives in dom-adapter.ts.
 */
export { describe, CONTEXT_LENGTH } from './describe';
export { anchor, anchorAll } from './anchor';
export { toCodePoints, fromCodePoints, offsetConverter, type OffsetConverter } from './code-points';
export {
  rangeToOffsets,
  offsetsToRange,
  rangesFor,
  blockIndex,
  blockAt,
  positionAt,
  type BlockIndex,
  type DomPosition,
  type TextSpan,
} from './dom-adapter';
export type { SpanSelectors, AnchorTarget, Anchored, Orphan, AnchorResult, AnchorOptions } from './types';
