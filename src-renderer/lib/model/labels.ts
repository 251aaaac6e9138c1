/**
 * Label sets: a label is a colour, a non-colour cue and a shortcut key at once.
 * Colours are Okabe–Ito, safe for the common forms of colour blindness.
 */

export type UnderlineCue = 'solid' | 'double' | 'wavy' | 'dotted' | 'dashed';

export interface Label {
  id: string;
  name: string;
  /** #rrggbb */
  color: string;
  /** Underline style drawn with the highlight, so labels differ without colour. */
  cue: UnderlineCue;
  /** Shortcut keys: a digit 1–9 and optionally a letter (lower case). */
  key: string;
  letter?: string;
  description: string;
}

export interface LabelSet {
  id: string;
  name: string;
  labels: Label[];
  /** Relations offered when linking two annotations. */
  relations: string[];
}

export const DEFAULT_LABEL_SET_ID = 'close-reader-default';

export const OKABE_ITO = ['#0072B2', '#009E73', '#E69F00', '#56B4E9', '#CC79A7', '#D55E00', '#F0E442'] as const;

export const CUES: readonly UnderlineCue[] = ['solid', 'double', 'wavy', 'dotted', 'dashed'];

export function defaultLabelSet(): LabelSet {
  return {
    id: DEFAULT_LABEL_SET_ID,
    name: 'Claim / Evidence / Opinion',
    relations: ['supports', 'contradicts', 'qualifies'],
    labels: [
      {
        id: 'claim',
        name: 'Claim',
        color: '#0072B2',
        cue: 'solid',
        key: '1',
        letter: 'c',
        description:
          'A statement the author puts forward as true that could be argued for or against.',
      },
      {
        id: 'evidence',
        name: 'Evidence',
        color: '#009E73',
        cue: 'double',
        key: '2',
        letter: 'e',
        description:
          'What is offered to support or test a claim: facts, figures, dates, events, quotations from named sources, examples.',
      },
      {
        id: 'opinion',
        name: 'Opinion',
        color: '#E69F00',
        cue: 'wavy',
        key: '3',
        letter: 'o',
        description:
          'A judgement of value, a belief, a recommendation or a prediction, often carried by evaluative words, rhetorical questions, “should” and “must”.',
      },
    ],
  };
}

/** The colour and cue a new label in a set gets: the next unused ones. */
export function nextLabelStyle(set: LabelSet): Pick<Label, 'color' | 'cue' | 'key'> {
  const used = new Set(set.labels.map((l) => l.color.toUpperCase()));
  const color = OKABE_ITO.find((c) => !used.has(c)) ?? OKABE_ITO[set.labels.length % OKABE_ITO.length];
  const cue = CUES[set.labels.length % CUES.length];
  const keys = new Set(set.labels.map((l) => l.key));
  const key = ['1', '2', '3', '4', '5', '6', '7', '8', '9'].find((k) => !keys.has(k)) ?? '';
  return { color, cue, key };
}

export function findLabel(set: LabelSet | undefined, id: string): Label | undefined {
  return set?.labels.find((l) => l.id === id);
}
