/**
 * Publication dates as bylines and metadata write them, made ISO 8601
 * (YYYY-MM-DD). Numeric day/month orders are ambiguous and left alone.
 */

const MONTHS: Record<string, number> = {};
[
  'january february march april may june july august september october november december',
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  'januar februar märz april mai juni juli august september oktober november dezember',
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
].forEach((line) =>
  line.split(' ').forEach((name, i) => {
    MONTHS[name] = i + 1;
    MONTHS[name.slice(0, 3)] = i + 1;
  }),
);
MONTHS.sept = 9;

const pad = (n: number) => String(n).padStart(2, '0');

function iso(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const month = (word: string) => MONTHS[word.toLocaleLowerCase().replace(/\.$/, '')];

/** ISO date for "August 5, 2025", "5 août 2025", "Aug. 5 2025", "2025-08-05T10:00Z"; else undefined. */
export function parseDate(input: string): string | undefined {
  const s = input
    .trim()
    .replace(/^(published|updated|posted|date|publié le|veröffentlicht)[\s:,]*(on\s+)?/iu, '')
    .replace(/^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/iu, '');
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/u.exec(s);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = /^(\p{L}+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/u.exec(s);
  if (m && month(m[1])) return iso(+m[3], month(m[1]), +m[2]);
  m = /^(\d{1,2})(?:er|st|nd|rd|th|\.)?\s+(\p{L}+\.?)\s+(\d{4})\b/u.exec(s);
  if (m && month(m[2])) return iso(+m[3], month(m[2]), +m[1]);
  return undefined;
}
