/**
 * brat's configuration for an export: type names brat accepts, `annotation.conf` (entity
 * and relation types) and `visual.conf` (display names and label colours).
 * https://brat.nlplab.org/configuration.html
 */
import type { ResolvedLabel } from './labels';

/**
 * Type names for labels and relations: letters, digits, `_`, `-`, `.` only (spaces become
 * underscores; brat's config syntax gives `|`, `,`, `:`, `<`, `>`, `=`, `#`, `!` meanings).
 * The same display name always gets the same type; two names that clean up to one type, or
 * a relation named like a label, get `_2`, `_3`….
 */
export function bratTypeNamer(): (displayName: string) => string {
  const byName = new Map<string, string>();
  const used = new Set<string>();
  return (displayName) => {
    let type = byName.get(displayName);
    if (type) return type;
    const base = displayName.trim().replace(/\s+/g, '_').replace(/[^\p{L}\p{M}\p{N}_.-]/gu, '_') || 'Label';
    type = base;
    for (let n = 2; used.has(type); n++) type = `${base}_${n}`;
    byName.set(displayName, type);
    used.add(type);
    return type;
  };
}

export interface BratTypes {
  /** Entity types with the label they stand for, in label set order. */
  entities: { type: string; label: ResolvedLabel }[];
  /** Relation types with the relation name they stand for. */
  relations: { type: string; name: string }[];
}

export function annotationConf(types: BratTypes, header: string): string {
  const entityTypes = [...new Set(types.entities.map((e) => e.type))];
  const args = entityTypes.join('|');
  const lines = [`# ${header}`, '[entities]', ...entityTypes, '', '[relations]'];
  // A relation needs argument types; with no entity types there is nothing to relate.
  if (args) for (const r of types.relations) lines.push(`${r.type}\tArg1:${args}, Arg2:${args}`);
  lines.push('', '[events]', '', '[attributes]', '');
  return lines.join('\n');
}

export function visualConf(types: BratTypes, header: string): string {
  const seen = new Set<string>();
  const entities = types.entities.filter((e) => !seen.has(e.type) && seen.add(e.type));
  const display = (s: string) => s.replace(/[|\t\n\r]+/g, ' ').trim();
  return [
    `# ${header}`,
    '[labels]',
    ...entities.map((e) => `${e.type} | ${display(e.label.name)}`),
    ...types.relations.map((r) => `${r.type} | ${display(r.name)}`),
    '',
    '[drawing]',
    'SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken',
    'ARC_DEFAULT\tcolor:black, arrowHead:triangle-5',
    ...entities
      .filter((e) => HEX.test(e.label.color))
      .map((e) => `${e.type}\tbgColor:${e.label.color}, fgColor:${textColourOn(e.label.color)}, borderColor:darken`),
    '',
  ].join('\n');
}

const HEX = /^#[0-9a-f]{6}$/i;

/** Black or white, whichever reads better on the colour (WCAG relative luminance). */
function textColourOn(hex: string): 'black' | 'white' {
  const n = parseInt(hex.slice(1), 16);
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * lin((n >> 16) & 255) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
  return l > 0.179 ? 'black' : 'white';
}
