/**
 * Timestamps as annotation files write them: ISO 8601, with or without a zone, seconds or
 * fraction. A time without a zone is read as UTC, so the same file merges the same way on
 * every machine whatever its time zone.
 */

const ISO_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

// What the app itself writes (Date#toISOString): parsed directly, the common case by far.
const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Milliseconds since 1970, or undefined when `s` is not an ISO 8601 date (and time). */
export function isoMillis(s: string): number | undefined {
  if (s.length === 24 && CANONICAL.test(s)) {
    const t = Date.parse(s);
    return Number.isNaN(t) ? undefined : t;
  }
  const m = ISO_TIME.exec(s);
  if (!m) return undefined;
  const [, y, mo, d, h = '00', mi = '00', sec = '00', frac = '', zone = 'Z'] = m;
  const t = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${sec}.${frac.padEnd(3, '0').slice(0, 3)}${utcOffset(zone)}`);
  return Number.isNaN(t) ? undefined : t;
}

function utcOffset(zone: string): string {
  if (zone.toUpperCase() === 'Z') return 'Z';
  const digits = zone.slice(1).replace(':', '').padEnd(4, '0');
  return `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2)}`;
}

/** The same instant written the way the app stores times (`Date#toISOString`). */
export function normalizeIsoTime(s: string): string {
  if (s.length === 24 && CANONICAL.test(s) && !Number.isNaN(Date.parse(s))) return s;
  const t = isoMillis(s);
  if (t === undefined) throw new RangeError(`not an ISO 8601 time: ${s}`);
  return new Date(t).toISOString();
}

/** When a file gives no time at all: the oldest possible, so that any dated edit wins over it. */
export const UNKNOWN_TIME = '1970-01-01T00:00:00.000Z';
