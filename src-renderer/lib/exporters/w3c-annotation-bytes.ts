/**
 * A Close Reader annotation as W3C Web Annotation JSON, written straight into bytes: the same
 * text as JSON.stringify(toWebAnnotation(p, ctx)) (w3c-annotation.ts holds the mapping),
 * without building the object and its string — an export writes a hundred thousand. What is
 * the same for many annotations (the generator, a label's bodies, an author, a document) is
 * encoded once per export.
 */
import { utf8, type Utf8Writer } from './bytes';
import { writeJsonString } from './json-bytes';
import type { ResolvedLabel } from './labels';
import { codePointSpan, type PreparedAnnotation, type PreparedDocument } from './prepare';
import { ANNO_CONTEXT, annotationIri, creator, sourceOf, toWebAnnotation, webAnnotationBody, type W3cContext } from './w3c-annotation';

const P = {
  start: utf8(`{"@context":${JSON.stringify(ANNO_CONTEXT)},"id":`),
  kind: utf8(',"type":"Annotation","motivation":"classifying"'),
  created: utf8(',"created":'),
  modified: utf8(',"modified":'),
  body: utf8(',"body":'),
  note: utf8(',{"type":"TextualBody","purpose":"commenting","format":"text/markdown","value":'),
  noteEnd: utf8('}'),
  target: utf8('],"target":{"type":"SpecificResource","source":'),
  quote: utf8(',"selector":[{"type":"TextQuoteSelector","exact":'),
  prefix: utf8(',"prefix":'),
  suffix: utf8(',"suffix":'),
  position: utf8('},{"type":"TextPositionSelector","start":'),
  end: utf8(',"end":'),
  close: utf8('}]}}'),
};

/** Writes one export's annotations: what they share is encoded once. */
export class WebAnnotationWriter {
  private readonly context: Uint8Array;
  private readonly creators = new Map<string, Uint8Array>();
  private readonly labels = new Map<ResolvedLabel, Uint8Array>();
  private readonly sources = new Map<PreparedDocument | string, Uint8Array>();

  constructor(private readonly ctx: W3cContext) {
    this.context = utf8(`,${JSON.stringify(ctx).slice(1, -1)}`);
  }

  write(w: Utf8Writer, p: PreparedAnnotation): void {
    const a = p.annotation;
    const { exact, prefix, suffix } = p.quote;
    // Anything not a string (a malformed record) is left to JSON.stringify, which drops or converts it.
    if (![a.created, a.modified, exact, prefix, suffix].every((v) => typeof v === 'string')) {
      w.write(JSON.stringify(toWebAnnotation(p, this.ctx)));
      return;
    }
    w.raw(P.start);
    writeJsonString(w, annotationIri(a.id));
    w.raw(P.kind);
    w.raw(this.creator(a.author));
    w.raw(P.created);
    writeJsonString(w, a.created);
    w.raw(P.modified);
    writeJsonString(w, a.modified);
    w.raw(this.context);
    w.raw(P.body);
    w.raw(this.labelBodies(p.label));
    if (a.note) {
      w.raw(P.note);
      writeJsonString(w, a.note);
      w.raw(P.noteEnd);
    }
    w.raw(P.target);
    w.raw(this.source(a.documentId, p.document));
    w.raw(P.quote);
    writeJsonString(w, exact);
    w.raw(P.prefix);
    writeJsonString(w, prefix);
    w.raw(P.suffix);
    writeJsonString(w, suffix);
    if (p.placed) {
      const { start, end } = codePointSpan(p);
      w.raw(P.position);
      w.int(start);
      w.raw(P.end);
      w.int(end);
    }
    w.raw(P.close);
  }

  /** `,"creator":{…}`, or nothing for an annotation without an author. */
  private creator(author: string): Uint8Array {
    let bytes = this.creators.get(author);
    if (!bytes) {
      const member = JSON.stringify(creator(author)).slice(1, -1);
      this.creators.set(author, (bytes = utf8(member && `,${member}`)));
    }
    return bytes;
  }

  /** `[{tagging},{classifying}`: the body's first two, the note's may follow. */
  private labelBodies(label: ResolvedLabel): Uint8Array {
    let bytes = this.labels.get(label);
    if (!bytes) this.labels.set(label, (bytes = utf8(JSON.stringify(webAnnotationBody(label)).slice(0, -1))));
    return bytes;
  }

  private source(documentId: string, d: PreparedDocument | undefined): Uint8Array {
    const key = d ?? documentId;
    let bytes = this.sources.get(key);
    if (!bytes) this.sources.set(key, (bytes = utf8(JSON.stringify(sourceOf(documentId, d)))));
    return bytes;
  }
}
