/**
 * A small real library for the search tests: the five bundled sample readings (plain
 * text, one block per line) plus a French and an Arabic reading written for these tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Block } from '../../../src-renderer/lib/model';
import { SearchIndex, type IndexableDocument, type TextSource } from '../../../src-renderer/lib/search';

const SAMPLES = new URL('../../../assets/samples/', import.meta.url);

/** One paragraph block per line, as the plain-text importer makes them. */
export function blocksOf(text: string): Block[] {
  let at = 0;
  return text.split('\n').map((line) => {
    const block: Block = { kind: 'paragraph', start: at, end: at + line.length };
    at += line.length + 1;
    return block;
  });
}

export function documentOf(id: string, title: string, text: string): IndexableDocument {
  return { id, title, text, blocks: blocksOf(text) };
}

export const samples: IndexableDocument[] = readdirSync(SAMPLES)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => {
    const name = f.replace(/\.txt$/, '');
    return documentOf(name, name.replace(/-/g, ' '), readFileSync(new URL(f, SAMPLES), 'utf8'));
  });

export const french = documentOf(
  'fr-securite-sahel',
  'La sécurité au Sahel : une lecture française',
  [
    'Le cœur du problème',
    'La sécurité collective au Sahel reste une préoccupation majeure pour l’État malien et ses voisins. ' +
      'Depuis 2013, la France a déployé des milliers de soldats, mais l’opération Barkhane s’est achevée en 2022.',
    'Selon le rapport, « la réponse militaire ne suffit pas » : les élèves doivent comprendre que la sécurité ' +
      'dépend aussi de l’éducation, de la santé et de la confiance envers l’État.',
    'Les critiques reprochent à Paris une présence jugée néocoloniale ; d’autres y voient une aide indispensable.',
  ].join('\n'),
);

export const arabic = documentOf(
  'ar-amn-sahel',
  'الأمن في منطقة الساحل',
  [
    'يعد الأمن في منطقة الساحل من أكبر التحديات التي تواجه دول المنطقة.',
    'وأكدت الحكومة أن الأَمْنَ والاستقرار ضروريان للتنمية، وأن للأمن أولوية قصوى في السياسة الخارجية.',
    'وقال المتحدث إن التعاون الإقليمي هو الطريق الوحيد لمواجهة الجماعات المسلحة.',
  ].join('\n'),
);

export const library: IndexableDocument[] = [...samples, french, arabic];

/** The texts the app would read from its database. */
export function textSourceOf(docs: readonly IndexableDocument[]): TextSource & { requests: string[][] } {
  const texts = new Map(docs.map((d) => [d.id, d.text]));
  const requests: string[][] = [];
  return {
    requests,
    async getTexts(ids) {
      requests.push([...ids]);
      return new Map(ids.flatMap((id) => (texts.has(id) ? [[id, texts.get(id)!] as const] : [])));
    },
  };
}

export function indexOf(docs: readonly IndexableDocument[] = library): SearchIndex {
  const index = new SearchIndex({ texts: textSourceOf(docs) });
  for (const doc of docs) index.addDocument(doc);
  return index;
}

export function byId(id: string): IndexableDocument {
  const doc = library.find((d) => d.id === id);
  if (!doc) throw new Error(`test setup: no document ${id}`);
  return doc;
}
