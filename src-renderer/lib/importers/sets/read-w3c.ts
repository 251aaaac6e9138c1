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
import * as v from 'valibot';
import type { AnnotationLink } from '../../model';
import { fail, joinPath, type Where } from './errors';
import { documentIdFromIri, idFromContent, idFromIri, waitingIdFor } from './ids';
import type { IncomingAnnotation, NoticeReason, ParsedSet, SkipReason, Tally } from './parsed-set';
import { bump } from './parsed-set';
import { asList, iriOf, isoTime, nonEmptyText, strings, text, validate } from './schema-kit';
import { readSelectors, type Placement } from './selectors';
import { readBodies } from './w3c-bodies';
import { collectAnnotations } from './w3c-pages';
import { normalizeIsoTime, UNKNOWN_TIME } from './time';

export const DEFAULT_LINK_RELATION = 'supports';

const ANNOTATION_TYPES = new Set(['Annotation', 'oa:Annotation']);

const annotationSchema = v.object({
  id: v.optional(nonEmptyText),
  type: v.unknown(),
  motivation: v.optional(v.unknown()),
  body: v.optional(v.unknown()),
  bodyValue: v.optional(text),
  target: v.unknown(),
  creator: v.optional(v.unknown()),
  created: v.optional(isoTime),
  modified: v.optional(isoTime),
});

const targetSchema = v.object({
  id: v.optional(nonEmptyText),
  source: v.optional(v.unknown()),
  scope: v.optional(v.unknown()),
  selector: v.optional(v.unknown()),
});

const sourceSchema = v.object({ id: nonEmptyText, via: v.optional(v.unknown()) });

const agentSchema = v.object({ name: v.optional(v.unknown()), nickname: v.optional(text), id: v.optional(text) });

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

const at = (where: Where, ...keys: (string | number)[]): Where => ({ ...where, path: joinPath(where.path, ...keys) });

function readTargets(raw: unknown, where: Where, notices: Tally<NoticeReason>): Target[] {
  if (raw === undefined) fail(at(where, 'target'), 'is missing');
  return asList(raw, at(where, 'target')).map(({ item, path }) => {
    const here = { ...where, path };
    if (typeof item === 'string') return { iri: validate(nonEmptyText, item, here) };
    const t = validate(targetSchema, item, here);
    if (t.source === undefined) {
      if (!t.id) fail(here, 'needs a source (the document) or an id');
      return { iri: t.id };
    }
    const source = readSource(t.source, at(here, 'source'));
    const url = source.via ?? (t.scope !== undefined ? iriOf(t.scope, at(here, 'scope')) : undefined);
    return {
      iri: source.iri,
      ...(url ? { url } : {}),
      ...(t.selector !== undefined ? { placement: readSelectors(t.selector, at(here, 'selector'), 'code-point', notices) } : {}),
    };
  });
}

function readSource(raw: unknown, where: Where): { iri: string; via?: string } {
  if (typeof raw === 'string') return { iri: iriOf(raw, where) };
  const s = validate(sourceSchema, raw, where);
  const [via] = s.via === undefined ? [] : asList(s.via, at(where, 'via'));
  return { iri: s.id, ...(via ? { via: iriOf(via.item, { ...where, path: via.path }) } : {}) };
}

function authorOf(creator: unknown, where: Where): string {
  if (creator === undefined) return '';
  const [first] = asList(creator, at(where, 'creator'));
  if (!first) return '';
  const here = { ...where, path: first.path };
  if (typeof first.item === 'string') return validate(text, first.item, here);
  const agent = validate(agentSchema, first.item, here);
  return strings(agent.name, at(here, 'name'))[0] ?? agent.nickname ?? agent.id ?? '';
}

const placed = (t: Target) => !!(t.placement?.quote || t.placement?.position);

export function readW3c(fileName: string, value: unknown): ParsedSet {
  const skipped: Tally<SkipReason> = {};
  const notices: Tally<NoticeReason> = {};
  const annotations: IncomingAnnotation[] = [];
  const links: PendingLink[] = [];

  collectAnnotations(value, fileName).forEach(({ raw, where }, index) => {
    const a = validate(annotationSchema, raw, where);
    const types = strings(a.type, at(where, 'type'));
    if (!types.some((t) => ANNOTATION_TYPES.has(t))) {
      fail(at(where, 'type'), types.length ? `must include “Annotation” (got ${types.map((t) => `“${t}”`).join(', ')})` : 'is missing');
    }
    const motivations = strings(a.motivation, at(where, 'motivation'));
    const targets = readTargets(a.target, where, notices);
    const bodies = readBodies(a.body, a.bodyValue, where, notices);
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
      author: authorOf(a.creator, where),
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
  for (const a of annotations) byId.set(a.id, [...(byId.get(a.id) ?? []), a]);
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
