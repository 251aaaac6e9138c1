/**
 * A title for a file that names none, the way a cataloguer would supply one:
 * the opening headline when there is one, else the first sentence, shortened.
 */
import type { BlockKind } from '../../model';

// Section labels that head a part of a text but never name the whole of it.
const LABELS = new Set(
  [
    'abstract', 'summary', 'executive summary', 'key points', 'key takeaways', 'key findings',
    'highlights', 'introduction', 'background', 'contents', 'table of contents', 'overview',
    'methods', 'methodology', 'results', 'findings', 'discussion', 'conclusion', 'conclusions',
    'recommendations', 'references', 'bibliography', 'notes', 'endnotes', 'footnotes', 'sources',
    'acknowledgements', 'acknowledgments', 'appendix', 'keywords', 'preface', 'foreword',
    'résumé', 'sommaire', 'introduction générale', 'conclusion générale', 'mots-clés',
    'zusammenfassung', 'einleitung', 'fazit', 'resumen', 'introducción', 'conclusiones',
    'riassunto', 'sintesi', 'resumo', 'ملخص', 'الملخص', 'مقدمة', 'المقدمة', 'خاتمة', 'الخاتمة',
  ].map((s) => s.normalize('NFC')),
);

/** "Abstract", "Key points:", "Sources include:": a label that introduces a part. */
export function isLabel(text: string): boolean {
  const t = text.trim();
  const bare = t.replace(/[\s:.–—-]+$/u, '').toLocaleLowerCase();
  if (LABELS.has(bare)) return true;
  return /[:：]$/u.test(t) && t.split(/\s+/u).length <= 6;
}

// Words a shortened title should not end on ("…the administration and…").
const DANGLING = new Set(
  (
    'a an the and or but nor of to in on at by for from with into as that which who its their his her our ' +
    'is are was were be has have had this these those than then while when whether if so such ' +
    'le la les un une des de du et ou à au aux en dans par pour sur que qui der die das ein eine und oder ' +
    'von zu mit el los las y o del en con por para il lo gli e di da'
  ).split(' '),
);

const MAX_TITLE = 80;

/** Cuts `text` to about `max` characters at a word boundary, adding an ellipsis. */
export function shortenTitle(text: string, max = MAX_TITLE): string {
  const t = text.trim();
  if ([...t].length <= max) return t;
  const chars = [...t];
  let cut = chars.slice(0, max + 1).join('');
  const space = cut.search(/\s\S*$/u);
  // A script without spaces (Chinese, Japanese) is cut at the length itself.
  cut = space > max / 2 ? cut.slice(0, space) : chars.slice(0, max).join('');
  const words = cut.split(/\s+/u);
  while (words.length > 3 && DANGLING.has(words[words.length - 1].toLocaleLowerCase().replace(/[^\p{L}]/gu, ''))) {
    words.pop();
  }
  return `${words.join(' ').replace(/[\s,;:–—(\-]+$/u, '')}…`;
}

/** The first sentence of a paragraph, without its final full stop. */
export function firstSentence(text: string): string {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
  const first = segmenter.segment(text.slice(0, 2000))[Symbol.iterator]().next().value?.segment ?? text;
  return first.trim().replace(/(?<![.\s]\p{Lu})[.。]$/u, '');
}

interface TitleBlock {
  kind: BlockKind;
  text?: string;
}

// A heading names the document only when it opens it: once body text has begun,
// a heading is a section heading ("Methods"), not a title.
const BODY_START = 200;

export function deriveTitle(blocks: readonly TitleBlock[]): string | undefined {
  for (const b of blocks) {
    const text = b.text?.trim();
    if (!text || b.kind === 'page') continue;
    if (b.kind === 'heading' && !isLabel(text)) return text;
    if (text.length >= BODY_START) break;
  }
  const first = blocks.find(
    (b) => (b.kind === 'paragraph' || b.kind === 'quote' || b.kind === 'list-item') && b.text?.trim() && !isLabel(b.text),
  );
  return first?.text ? shortenTitle(firstSentence(first.text.trim())) : undefined;
}
