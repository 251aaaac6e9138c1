/**
 * A language tag for text whose file does not name one, given only when the
 * answer is obvious: the script settles it (Arabic, Greek, Korean…) or, for
 * Latin script, the common function words of one language clearly dominate.
 */

const SAMPLE = 20_000;

// Scripts that (nearly) always mean one language; Arabic and Cyrillic are refined below.
const SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Arabic}/u, 'ar'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Cyrillic}/u, 'ru'],
  [/\p{Script=Hangul}/u, 'ko'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'],
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Devanagari}/u, 'hi'],
  [/\p{Script=Bengali}/u, 'bn'],
  [/\p{Script=Tamil}/u, 'ta'],
  [/\p{Script=Armenian}/u, 'hy'],
  [/\p{Script=Georgian}/u, 'ka'],
  [/\p{Script=Ethiopic}/u, 'am'],
  [/\p{Script=Latin}/u, 'latin'],
];

const LATIN: [RegExp, string] = [/\p{Script=Latin}/u, 'latin'];

const STOPWORDS: Record<string, string> = {
  en: 'the and of to in is that for it was with as on are be by this which from have not',
  fr: 'le la les et des est un une de du dans que qu pour qui pas sur au aux avec ce sont par il elle à l d ne se',
  de: 'der die das und ist nicht mit den von zu ein eine sich auf für dem des auch es',
  es: 'el la los las y de que en un una es por con para del se no su al lo como más',
  it: 'il la che di e un una per non sono del della con le gli è anche si al nel',
  pt: 'o a os as e de que em um uma para com não do da no na por se ao',
  nl: 'de het een en van is dat op te in niet met zijn voor er die ook aan',
};
const STOP_SETS = Object.entries(STOPWORDS).map(([lang, words]) => [lang, new Set(words.split(' '))] as const);

function latinLanguage(text: string): string | undefined {
  const words = text.toLocaleLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 20) return undefined;
  const scores = STOP_SETS.map(([lang, set]) => [lang, words.filter((w) => set.has(w)).length] as const).sort(
    (a, b) => b[1] - a[1],
  );
  const [[best, top], [, second]] = scores;
  return top >= words.length * 0.08 && top >= second * 1.5 ? best : undefined;
}

export function guessLanguage(fullText: string): string | undefined {
  const text = fullText.slice(0, SAMPLE);
  const counts = new Map<string, number>();
  let letters = 0;
  for (const ch of text.match(/\p{L}/gu) ?? []) {
    letters++;
    // Basic Latin to Latin Extended-B: most letters of most files, answered without a regex.
    const hit = ch.charCodeAt(0) < 0x250 ? LATIN : SCRIPTS.find(([re]) => re.test(ch));
    if (hit) counts.set(hit[1], (counts.get(hit[1]) ?? 0) + 1);
  }
  if (!letters) return undefined;
  // Japanese mixes kana with Han: any real share of kana decides it.
  if ((counts.get('ja') ?? 0) > letters * 0.1) return 'ja';
  const [script, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!script || n < letters * 0.6) return undefined;
  if (script === 'latin') return latinLanguage(text);
  if (script === 'ar') {
    if (/[ٹڈڑںے]/u.test(text)) return 'ur';
    if (/[پچژگ]/u.test(text) && /[کی]/u.test(text)) return 'fa';
  }
  if (script === 'ru' && /[іїєґ]/iu.test(text)) return 'uk';
  return script;
}
