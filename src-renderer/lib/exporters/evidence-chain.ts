/**
 * The evidence chain of one document in the Markdown report: each claim, then what is
 * linked to it in either direction (evidence that supports, contradicts or qualifies it,
 * other claims, annotations in other documents), then the evidence linked to no claim.
 * Which labels are claims and evidence: labelRole().
 */
import { labelRole } from './labels';
import { inline } from './markdown-escape';
import type { Prepared, PreparedAnnotation, PreparedDocument } from './prepare';

/** How the report names an annotation: "Evidence 1.2". */
export type Namer = (p: PreparedAnnotation) => string;

export interface Incoming {
  from: PreparedAnnotation;
  relation: string;
}

/** Links by the annotation they point to. */
export function incomingLinks(prepared: Prepared): Map<string, Incoming[]> {
  const map = new Map<string, Incoming[]>();
  for (const from of prepared.annotations) {
    for (const l of from.links) {
      const list = map.get(l.to) ?? [];
      list.push({ from, relation: l.relation });
      map.set(l.to, list);
    }
  }
  return map;
}

export function evidenceChain(
  d: PreparedDocument | undefined,
  list: readonly PreparedAnnotation[],
  prepared: Prepared,
  incoming: Map<string, Incoming[]>,
  name: Namer,
): string[] {
  const claims = list.filter((p) => labelRole(p.label) === 'claim');
  const evidence = list.filter((p) => labelRole(p.label) === 'evidence');
  if (!claims.length && !evidence.length) return [];
  const where = (p: PreparedAnnotation) => (p.document === d ? '' : ` (in *${inline(p.document?.doc.title ?? 'a document not in this export')}*)`);
  const quoted = (p: PreparedAnnotation) => `“${inline(p.quote.exact)}”`;
  const out = ['### Evidence chain', ''];
  for (const claim of claims) {
    out.push(`#### ${name(claim)}: ${quoted(claim)}`, '');
    const lines = [
      ...(incoming.get(claim.annotation.id) ?? []).map(({ from, relation }) => `- **${name(from)}**${where(from)} ${inline(relation)} it: ${quoted(from)}`),
      ...claim.links.map((l) => {
        const to = prepared.byId.get(l.to)!;
        return `- It ${inline(l.relation)} **${name(to)}**${where(to)}: ${quoted(to)}`;
      }),
    ];
    out.push(...(lines.length ? lines : ['*Nothing is linked to this claim yet.*']), '');
  }
  const linkedToClaim = (p: PreparedAnnotation) =>
    p.links.some((l) => labelRole(prepared.byId.get(l.to)!.label) === 'claim') ||
    (incoming.get(p.annotation.id) ?? []).some((i) => labelRole(i.from.label) === 'claim');
  const unlinked = evidence.filter((p) => !linkedToClaim(p));
  if (unlinked.length) {
    out.push('#### Evidence linked to no claim', '', ...unlinked.map((p) => `- **${name(p)}**: ${quoted(p)}`), '');
  }
  return out;
}
