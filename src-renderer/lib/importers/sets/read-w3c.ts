/**
 * Reads W3C Web Annotation JSON-LD (the anno.jsonld context), from Close Reader or any other
 * tool. An annotation is placed by its first target that has a quote or a text position;
 * its document is the target's `source`: `urn:sha256:<id>` names a document of the
 * library, anything else is a URL or IRI to match. With a `urn:sha256:` source, the URL to
 * match a document that is not in the library yet is the source's `via` or the target's
 * `scope`.
 *
 * Links: an annotation whose motivation is `linking` and whose targets are other annotations
 * becomes a link carried by the annotation it starts from. With bodies that are IRIs, each
 * target links to each body (target = from, body = to); with no IRI body, the first target
 * links to the other targets. The relation is the first textual body ("supports",
 * "contradicts", "qualifies" or a label set's own); when none is given it is read as
 * "supports", the link a reader draws most (evidence to the claim it supports), and counted.
 */
import type { AnnotationLink } from '../../model';
import { fail, type Where } from './errors';
import { documentIdFromIri, idFromContent, idFromIri, waitingIdFor } from './ids';
import type { IncomingAnnotation, NoticeReason, ParsedSet, SkipReason, Tally } from './parsed-set';
import { bump } from './parsed-set';
import { locate, validate } from './schema-kit';
import { readSelectors, type Placement } from './selectors';
import { readBodies } from './w3c-bodies';
import { collectAnnotations } from './w3c-pages';
import { w3cAnnotationSchema, type W3cAnnotation } from './w3c-schema';
import { normalizeIsoTime, UNKNOWN_TIME } from './time';

export const DEFAULT_LINK_RELATION = 'supports';

const ANNOTATION_TYPES = new Set(['Annotation', 'oa:Annotation']);

interface Target {
  /** The resource: a document, or for a link, an annotation. */
  iri: string;
  /** Where the document came from: the source's `via`, else the target's `scope`. */
  url?: string;
  /** Present when the target has selectors, even unusable ones. */
  placement?: Placement;
}

interface PendingLink {
  from: string;
  link: AnnotationLink;
}

function readTargets(a: W3cAnnotation, raw: unknown, where: Where, notices: Tally<NoticeReason>): Target[] {
  return a.target.map((t, i) => {
    const iri = t.source?.id ?? t.id;
    if (!iri) fail(locate(raw, where, 'target', i), 'needs a source (the document) or an id');
    const url = t.source?.via?.[0]?.id ?? t.scope?.id;
    const placement =
      t.selector && readSelectors(t.selector, 'code-point', notices, (j, field) => locate(raw, where, 'target', i, 'selector', j, field));
    return { iri, ...(t.source && url ? { url } : {}), ...(placement ? { placement } : {}) };
  });
}

const authorOf = (a: W3cAnnotation) => {
  const agent = a.creator?.[0];
  return agent?.name?.[0] ?? agent?.nickname ?? agent?.id ?? '';
};

const placed = (t: Target) => !!(t.placement?.quote || t.placement?.position);

export function readW3c(fileName: string, value: unknown): ParsedSet {
  const skipped: Tally<SkipReason> = {};
  const notices: Tally<NoticeReason> = {};
  const annotations: IncomingAnnotation[] = [];
  const links: PendingLink[] = [];

  collectAnnotations(value, fileName).forEach(({ raw, where }, index) => {
    // Read as lists, a missing type or target would pass as a list of nothing: caught first.
    if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
      for (const key of ['type', 'target']) if ((raw as Record<string, unknown>)[key] === undefined) fail(locate(raw, where, key), 'is missing');
    }
    const a = validate(w3cAnnotationSchema, raw, where);
    if (!a.type.some((t) => ANNOTATION_TYPES.has(t))) {
      fail(locate(raw, where, 'type'), `must include “Annotation” (got ${a.type.map((t) => `“${t}”`).join(', ')})`);
    }
    const motivations = a.motivation ?? [];
    const targets = readTargets(a, raw, where, notices);
    const bodies = readBodies(a.body, a.bodyValue, notices);
    const textTargets = targets.filter(placed);

    if (!textTargets.length && motivations.includes('linking')) {
      links.push(...readLink(targets, bodies.iris, bodies.texts[0] ?? bodies.tags[0]?.name, skipped, notices));
      return;
    }
    if (!textTargets.length) {
      bump(skipped, motivations.includes('replying') ? 'reply' : targets.some((t) => t.placement) ? 'no-text-selector' : 'page-note');
      return;
    }
    if (textTargets.length > 1) bump(notices, 'extra-targets');
    if (bodies.iris.length) bump(notices, 'ignored-bodies', bodies.iris.length);

    const target = textTargets[0];
    const documentId = documentIdFromIri(target.iri);
    const source = documentId ? target.url : target.iri;
    const created = a.created ? normalizeIsoTime(a.created) : undefined;
    const modified = a.modified ? normalizeIsoTime(a.modified) : undefined;
    annotations.push({
      index,
      id: a.id ? idFromIri(a.id) : idFromContent(JSON.stringify(raw)),
      target: {
        ...(documentId ? { documentId } : {}),
        ...(source ? { source } : {}),
        waitingId: waitingIdFor(target.iri),
        ...target.placement,
      },
      tags: bodies.tags,
      note: bodies.texts.join('\n\n'),
      links: [],
      author: authorOf(a),
      created: created ?? modified ?? UNKNOWN_TIME,
      modified: modified ?? created ?? UNKNOWN_TIME,
    });
  });

  attachLinks(annotations, links, skipped);
  return { fileName, format: 'w3c', zipped: false, documents: [], labelSets: [], annotations, skipped, notices };
}

function readLink(
  targets: Target[],
  bodyIris: string[],
  relation: string | undefined,
  skipped: Tally<SkipReason>,
  notices: Tally<NoticeReason>,
): PendingLink[] {
  const ends = targets.map((t) => idFromIri(t.iri));
  const pairs: [string, string][] = bodyIris.length
    ? ends.flatMap((from) => bodyIris.map((to): [string, string] => [from, idFromIri(to)]))
    : ends.slice(1).map((to): [string, string] => [ends[0], to]);
  if (!pairs.length) {
    bump(skipped, 'link-without-target');
    return [];
  }
  if (!relation?.trim()) bump(notices, 'default-relation', pairs.length);
  const rel = relation?.trim() || DEFAULT_LINK_RELATION;
  return pairs.map(([from, to]) => ({ from, link: { relation: rel, to } }));
}

function attachLinks(annotations: IncomingAnnotation[], links: PendingLink[], skipped: Tally<SkipReason>): void {
  // Every copy of an id gets the link: which copy wins is the merge's choice.
  const byId = new Map<string, IncomingAnnotation[]>();
  for (const a of annotations) {
    const copies = byId.get(a.id);
    if (copies) copies.push(a);
    else byId.set(a.id, [a]);
  }
  for (const { from, link } of links) {
    const copies = byId.get(from);
    if (!copies) {
      bump(skipped, 'link-from-elsewhere');
      continue;
    }
    for (const a of copies) {
      if (!a.links.some((l) => l.to === link.to && l.relation === link.relation)) a.links.push(link);
    }
  }
}
