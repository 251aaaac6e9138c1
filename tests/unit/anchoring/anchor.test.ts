import { readFileSync } from 'node:fs';
import { describe as group, expect, it } from 'vitest';
import { anchor, anchorAll, describe, type AnchorResult, type AnchorTarget } from '../../../src-renderer/lib/anchoring';
import { applyEdits, generateDocumentText, pickSpans } from '../../bench/fixtures/generate-text';

const sample = (name: string) => readFileSync(new URL(`../../../assets/samples/${name}.txt`, import.meta.url), 'utf8');
const NATO = sample('nato-isis-coalition-africa');
const ABSTRACT = sample('us-sahel-counterterrorism-abstract');
const BAMAKO = sample('bamako-isolation-key-points');

/** The selectors a reader would have stored for the first occurrence of `passage` (or the nth). */
function targetFor(text: string, passage: string, nth = 0): AnchorTarget {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(passage, start + 1);
  if (start < 0) throw new Error(`test setup: “${passage}” is not in the text`);
  const { position, quote } = describe(text, start, start + passage.length);
  return { quote, position };
}

/** The span of `passage` in `text`, for expectations. */
function spanOf(text: string, passage: string, nth = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(passage, start + 1);
  if (start < 0) throw new Error(`test setup: “${passage}” is not in the text`);
  return { start, end: start + passage.length };
}

function placed(r: AnchorResult) {
  if (r.orphan) throw new Error(`expected an anchor, got an orphan: ${r.reason}`);
  return r;
}

const QUOTE = '“As we face challenges from China and Russia, we must not lose sight of the evolving ISIS threat,”';

group('anchor on an unchanged text', () => {
  it('uses the recorded position when the quote is still there', () => {
    const t = targetFor(NATO, QUOTE);
    expect(anchor(NATO, t)).toEqual({ ...spanOf(NATO, QUOTE), score: 1, method: 'position' });
  });

  it('finds the quote without a position, from the quote and its context alone', () => {
    const { quote } = targetFor(ABSTRACT, 'African solutions to African problems');
    expect(anchor(ABSTRACT, { quote })).toEqual({ ...spanOf(ABSTRACT, 'African solutions to African problems'), score: 1, method: 'quote' });
  });

  it('anchors quotes at the very start and end of the text (empty prefix, empty suffix)', () => {
    const first = targetFor(ABSTRACT, 'Abstract\nThe United States');
    expect(first.quote.prefix).toBe('');
    expect(placed(anchor(ABSTRACT, { quote: first.quote }))).toMatchObject({ start: 0, end: 26, score: 1 });
    const tail = ABSTRACT.trimEnd().slice(-40);
    const last = targetFor(ABSTRACT, tail);
    expect(last.quote.suffix).toBe(ABSTRACT.slice(ABSTRACT.lastIndexOf(tail) + tail.length));
    expect(placed(anchor(ABSTRACT, { quote: last.quote }))).toMatchObject(spanOf(ABSTRACT, tail));
  });
});

group('anchor after the text changed', () => {
  it('follows a passage whose position went stale because text was inserted before it', () => {
    const t = targetFor(NATO, QUOTE);
    const edited = `Editor’s note: this article was updated on Friday.\n${NATO}`;
    expect(anchor(edited, t)).toEqual({ ...spanOf(edited, QUOTE), score: 1, method: 'quote' });
  });

  it('finds a passage moved far from its recorded position (a paragraph inserted before it)', () => {
    const t = targetFor(NATO, QUOTE);
    const edited = `${BAMAKO}\n${NATO}`;
    expect(placed(anchor(edited, t))).toMatchObject({ ...spanOf(edited, QUOTE), method: 'quote' });
  });

  it('places a quote whose text has a typo fixed, on exactly the edited passage', () => {
    const passage = 'the Trans-Saharan Counterterrorism Partnership (TSCTP)';
    const t = targetFor(ABSTRACT, passage);
    const edited = ABSTRACT.replace('Counterterrorism Partnership', 'Counter-terrorism Partnershp');
    const r = placed(anchor(edited, t));
    expect(r.method).toBe('fuzzy');
    expect(r.score).toBeGreaterThan(0.75);
    expect(r.score).toBeLessThan(1);
    expect(edited.slice(r.start, r.end)).toBe('the Trans-Saharan Counter-terrorism Partnershp (TSCTP)');
  });

  it('places a quote after a word was inserted into it, and after one was deleted from it', () => {
    const passage = 'The United States has emerged as a prominent actor in the international fight against transnational terrorism';
    const t = targetFor(ABSTRACT, passage);
    const inserted = ABSTRACT.replace('as a prominent actor', 'as a very prominent actor');
    const ri = placed(anchor(inserted, t));
    expect(inserted.slice(ri.start, ri.end)).toBe(passage.replace('a prominent', 'a very prominent'));
    const deleted = ABSTRACT.replace('States has emerged', 'States emerged');
    const rd = placed(anchor(deleted, t));
    expect(deleted.slice(rd.start, rd.end)).toBe(passage.replace('has emerged', 'emerged'));
  });

  it('ignores re-wrapped lines and doubled spaces, returning offsets in the new text', () => {
    const passage = 'It is executing a methodical strategy of economic and social suffocation.';
    const t = targetFor(BAMAKO, passage);
    const reflowed = BAMAKO.replace('It is executing a methodical', 'It is\nexecuting  a methodical').replace('and social', 'and\n   social');
    const r = placed(anchor(reflowed, t));
    expect(r.method).toBe('quote');
    expect(r.score).toBeLessThan(1);
    expect(reflowed.slice(r.start, r.end)).toBe('It is\nexecuting  a methodical strategy of economic and\n   social suffocation.');
  });

  it('matches straight quotes and apostrophes with curly ones, and hyphens with dashes', () => {
    const straight = QUOTE.replace('“', '"').replace('”', '"');
    const r = placed(anchor(NATO, { quote: { exact: straight, prefix: 'leaders, emphasizing that ISIS still requires global attention. ', suffix: ' Austin said.' } }));
    expect(NATO.slice(r.start, r.end)).toBe(QUOTE);
    const apostrophe = placed(anchor(BAMAKO, { quote: { exact: "severing the capital's connections", prefix: '', suffix: '' } }));
    expect(BAMAKO.slice(apostrophe.start, apostrophe.end)).toBe('severing the capital’s connections');
    const dashed = 'The coalition – led by Washington — met in Brussels.';
    const d = placed(anchor(dashed, { quote: { exact: 'coalition - led by Washington - met', prefix: 'The ', suffix: ' in Brussels.' } }));
    expect(dashed.slice(d.start, d.end)).toBe('coalition – led by Washington — met');
  });
});

group('repeated phrases', () => {
  const text = [
    'The Sahel has become a hotbed of extremist violence, the first report said.',
    'Officials disagreed. The Sahel has become a hotbed of extremist violence, the second report said.',
    'A third voice added that the Sahel has become a hotbed of extremist violence, and left it there.',
  ].join('\n');
  const phrase = 'The Sahel has become a hotbed of extremist violence';

  it('chooses the occurrence whose context matches, even without a position', () => {
    const { quote } = targetFor(text, phrase, 1);
    expect(anchor(text, { quote })).toMatchObject({ ...spanOf(text, phrase, 1), score: 1 });
  });

  it('chooses by the recorded position when the contexts are identical', () => {
    // The second and third occurrences have the same 32 characters of context on each side.
    const twice = `${phrase}.\n${phrase}.\n${phrase}.\n${phrase}.`;
    const second = describe(twice, 53, 53 + phrase.length);
    expect(describe(twice, 106, 106 + phrase.length).quote).toEqual(second.quote);
    // The stored position is stale by a few characters: the nearest occurrence still wins.
    expect(anchor(twice, { quote: second.quote, position: { start: 50, end: 50 + phrase.length } })).toMatchObject({ start: 53, score: 1 });
    expect(anchor(twice, { quote: second.quote, position: { start: 120, end: 170 } })).toMatchObject({ start: 106 });
  });
});

group('refusing to attach to the wrong text', () => {
  it('reports an orphan when the passage was removed', () => {
    const t = targetFor(NATO, QUOTE);
    const removed = NATO.replace(QUOTE, '');
    const r = anchor(removed, t);
    expect(r.orphan).toBe(true);
    expect(r.orphan && r.reason).toMatch(/no longer in the text|closest passage/);
  });

  it('does not take a stale position that now holds the same word from another passage', () => {
    const t = targetFor(NATO, 'ISIS', 3);
    const earlier = spanOf(NATO, 'ISIS', 1).start;
    // Inserted text shifts the earlier “ISIS” exactly onto the recorded position.
    const inserted = `${'Update. '.repeat(Math.ceil((t.position!.start - earlier) / 8)).slice(0, t.position!.start - earlier - 1)}\n`;
    const edited = inserted + NATO;
    expect(edited.slice(t.position!.start, t.position!.end)).toBe('ISIS');
    expect(anchor(edited, t)).toMatchObject({ start: inserted.length + t.position!.start, score: 1, method: 'quote' });
  });

  it('refuses near-identical sentences elsewhere once the annotated ones were removed', () => {
    // A small vocabulary makes sentences recur almost word for word, as boilerplate does.
    for (const seed of [1, 2, 3]) {
      const text = generateDocumentText({ paragraphs: 400, seed });
      const spans = pickSpans(text, { count: 60, seed: seed + 10, minLength: 30, maxLength: 120 });
      const removed = applyEdits(text, spans.map((s) => ({ start: s.start, end: s.end, insert: '' }))).text;
      const results = anchorAll(removed, spans.map((s) => describe(text, s.start, s.end)));
      expect(results.filter((r) => !r.orphan)).toEqual([]);
    }
  });

  it('takes a quote recorded by another tool with other surroundings, when it is long or its context half agrees', () => {
    const text = 'Rutte spoke on Thursday. Nearly half of all deaths from terrorism now occur in the Sahel, he said. “This is a threat.”';
    // A web page's extraction: a caption before, a share button after.
    const short = { exact: 'Nearly half of all deaths from terrorism', prefix: '[Photo: Reuters] Rutte spoke on Thursday. ', suffix: ' now occur in the Sahel [Share]' };
    expect(anchor(text, { quote: short })).toEqual({ start: 25, end: 65, score: 1, method: 'quote' });
    const long = { exact: 'Nearly half of all deaths from terrorism now occur in the Sahel, he said.', prefix: 'Share this article ', suffix: ' [Advertisement]' };
    expect(anchor(text, { quote: long })).toEqual({ start: 25, end: 98, score: 1, method: 'quote' });
    expect(anchor(text, { quote: { ...short, prefix: 'Share this article ', suffix: ' [Advertisement]' } }).orphan).toBe(true);
  });

  it('reports an orphan when the passage was rewritten', () => {
    const passage = 'This exchange has proven to be a devastating folly.';
    const t = targetFor(BAMAKO, passage);
    const rewritten = BAMAKO.replace(passage, 'Observers disagree about how this exchange will end.');
    expect(anchor(rewritten, t).orphan).toBe(true);
  });

  it('refuses a short quote that only occurs in a different context, naming the closest passage and its score', () => {
    const t = targetFor(ABSTRACT, 'Firstly');
    const moved = ABSTRACT.replace('Firstly, a significant', 'A significant') + '\nFirstly we thank the reviewers.';
    const r = anchor(moved, t);
    expect(r).toMatchObject({ orphan: true, bestScore: expect.any(Number) });
    expect(r.orphan && r.reason).toMatch(/closest passage in the text \(“Firstly”\).*score 0\.\d\d, at least 0\.75 needed/);
  });

  it('refuses an approximate match of a sentence whose every clause changed', () => {
    const t = targetFor(BAMAKO, 'They expelled French counter-terrorism forces');
    const edited = BAMAKO.replace('They expelled French counter-terrorism forces', 'They welcomed Turkish counter-insurgency advisers');
    expect(anchor(edited, t).orphan).toBe(true);
  });

  it('keeps fuzzy matches above the caller’s minScore only', () => {
    const passage = 'the Trans-Saharan Counterterrorism Partnership (TSCTP)';
    const t = targetFor(ABSTRACT, passage);
    const edited = ABSTRACT.replace('Counterterrorism Partnership', 'Counter-terrorism Partnershp');
    expect(anchor(edited, t, { minScore: 0.999 }).orphan).toBe(true);
    expect(() => anchor(edited, t, { minScore: 2 })).toThrow(/minScore 2 is not between 0 and 1/);
  });

  it('reports an orphan for an empty or blank quote', () => {
    expect(anchor(NATO, { quote: { exact: '', prefix: '', suffix: '' } })).toMatchObject({ orphan: true, reason: expect.stringMatching(/no quoted text/) });
    expect(anchor(NATO, { quote: { exact: ' \n\u00ad', prefix: '', suffix: '' } })).toMatchObject({ orphan: true, reason: expect.stringMatching(/only spaces/) });
  });

  it('does not look approximately for quotes under 10 characters', () => {
    const r = anchor(NATO, { quote: { exact: 'Bruxels', prefix: 'allies met in ', suffix: ' on Thursday' } });
    expect(r).toMatchObject({ orphan: true, reason: expect.stringMatching(/too short/) });
  });
});

group('Unicode', () => {
  it('anchors around emoji and mathematical letters without splitting surrogate pairs', () => {
    const text = 'Let 𝑥 ∈ 𝔸 be fixed 😀. Then 𝑥² grows 🌍 faster than any 𝔸-valued map.';
    const passage = '𝑥² grows 🌍 faster';
    const t = targetFor(text, passage);
    expect(anchor(text, t)).toMatchObject({ ...spanOf(text, passage), method: 'position' });
    const edited = `Preface 👩‍🔬.\n${text.replace('grows', 'grow')}`;
    const r = placed(anchor(edited, t));
    expect(edited.slice(r.start, r.end)).toBe('𝑥² grow 🌍 faster');
  });

  it('matches decomposed accents (NFD) against composed text and returns original offsets', () => {
    const text = 'L’été dernier, la crise s’est aggravée au Sahel selon le rapport.';
    const nfd = 'la crise s’est aggravée au Sahel'.normalize('NFD');
    const r = placed(anchor(text, { quote: { exact: nfd, prefix: 'L’été dernier, ', suffix: ' selon le rapport.' } }));
    expect(text.slice(r.start, r.end)).toBe('la crise s’est aggravée au Sahel');
    const decomposedText = text.normalize('NFD');
    const back = placed(anchor(decomposedText, { quote: { exact: 'crise s’est aggravée', prefix: '', suffix: '' } }));
    expect(decomposedText.slice(back.start, back.end)).toBe('crise s’est aggravée'.normalize('NFD'));
  });

  it('handles French typography: guillemets with no-break spaces against plain quotes', () => {
    const text = 'Le ministre a parlé d’une « guerre de l’information » hier soir.';
    const r = placed(anchor(text, { quote: { exact: '"guerre de l\'information"', prefix: 'parlé d\'une ', suffix: ' hier' } }));
    expect(text.slice(r.start, r.end)).toBe('« guerre de l’information »');
  });

  it('anchors Arabic text with vowel marks, including after an edit', () => {
    const text = 'قال الوزير إنّ الأمن في منطقة الساحل تدهور بشكل كبير خلال السنوات الأخيرة. وأضاف أنّ الحلّ يجب أن يكون إقليميًا.';
    const passage = 'الأمن في منطقة الساحل تدهور بشكل كبير';
    const t = targetFor(text, passage);
    expect(anchor(text, t)).toMatchObject({ ...spanOf(text, passage), method: 'position' });
    const edited = text.replace('بشكل كبير', 'بشكل خطير');
    const r = placed(anchor(edited, t));
    expect(edited.slice(r.start, r.end)).toBe('الأمن في منطقة الساحل تدهور بشكل خطير');
  });
});

group('anchorAll', () => {
  it('gives the same answers as anchor() for every target, in order', () => {
    const edited = `${BAMAKO}\n${NATO.replace('expelled from Niger', 'expeled from Niger')}`;
    const targets = [
      targetFor(NATO, QUOTE),
      targetFor(NATO, 'U.S. military forces were recently expelled from Niger'),
      targetFor(NATO, 'Brussels on Thursday'),
      { quote: { exact: '', prefix: '', suffix: '' } },
      targetFor(ABSTRACT, 'Trans-Saharan Counterterrorism Partnership'),
    ];
    const all = anchorAll(edited, targets);
    expect(all).toEqual(targets.map((t) => anchor(edited, t)));
    expect(all.map((r) => (r.orphan ? 'orphan' : r.method))).toEqual(['quote', 'fuzzy', 'quote', 'orphan', 'orphan']);
  });
});
