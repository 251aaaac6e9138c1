/**
 * brat standoff (https://brat.nlplab.org/standoff.html), zipped: one folder named after the
 * export holding `annotation.conf`, `visual.conf`, and per document `<name>.txt` (its text,
 * UTF-8) and `<name>.ann`. Names come from document titles (letters, digits, `_-.`),
 * unique without regard to case. Unzipped into brat's data folder, it is a collection.
 *
 * `.ann` lines, offsets in Unicode code points (brat is Python):
 *   T1<TAB>Claim 10 25<TAB>quoted text       a span; one that crosses line breaks is
 *   T2<TAB>Claim 10 20;21 30<TAB>a b         written in fragments split at them (a T line
 *                                            cannot hold a line break), text joined by a space
 *   R1<TAB>supports Arg1:T2 Arg2:T1          a link, from the annotation that carries it
 *   #1<TAB>AnnotatorNotes T1<TAB>note        a note, line breaks turned into spaces
 * Line breaks here are every character Python's splitlines() splits at, since brat reads
 * files line by line.
 *
 * Left out, and listed in the report: orphans and annotations of documents outside the
 * export, annotations that are nothing but line breaks, links whose other end is left out
 * or in another document (a brat relation stays inside one document).
 */
import { Utf8Writer } from './bytes';
import type { ZipEntry } from './zip';
import { annotationConf, bratTypeNamer, visualConf, type BratTypes } from './brat-conf';
import { exportFileName, fileStem, uniqueStems } from './file-names';
import { finishDraft } from './finish';
import { generatorName, placedOnly, prepare, type PreparedAnnotation, type PreparedDocument } from './prepare';
import { DEFAULT_TITLE, type ExportDraft, type ExportFile, type ExportInput, type ExportOptions, type SkippedItem } from './types';

const LINE_BREAKS = /[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+/g;

export function exportBrat(input: ExportInput, options: ExportOptions = {}): ExportFile {
  return finishDraft(draftBrat(input, options));
}

export function draftBrat(input: ExportInput, options: ExportOptions = {}): ExportDraft {
  const prepared = prepare(input);
  const title = options.title ?? DEFAULT_TITLE;
  const skipped = [...prepared.skipped];
  const typeOf = bratTypeNamer();
  const types: BratTypes = {
    entities: prepared.labels.map((label) => ({ type: typeOf(label.name), label })),
    relations: [],
  };
  const relationType = new Map<string, string>();
  const relationOf = (name: string) => {
    let type = relationType.get(name);
    if (!type) {
      type = typeOf(name);
      relationType.set(name, type);
      types.relations.push({ type, name });
    }
    return type;
  };
  for (const set of input.labelSets) set.relations.forEach(relationOf);

  const folder = fileStem(title, { strict: true });
  const files: ZipEntry[] = [];
  const out = new Utf8Writer();
  const add = (name: string, text: string) => {
    out.write(text);
    files.push({ name: `${folder}/${name}`, chunks: out.take() });
  };
  const unique = uniqueStems();
  let written = 0;
  for (const d of prepared.documents) {
    const stem = unique(fileStem(d.doc.title, { strict: true }));
    const ann = annFile(d, placedOnly(d.annotations, skipped), typeOf, relationOf, skipped);
    written += ann.count;
    add(`${stem}.txt`, d.doc.text);
    add(`${stem}.ann`, ann.text);
  }
  placedOnly(prepared.annotations.filter((p) => !p.document), skipped);

  const header = `brat configuration written by ${generatorName(prepared.generator)} on ${prepared.exportedAt}`;
  add('annotation.conf', annotationConf(types, header));
  add('visual.conf', visualConf(types, header));
  return {
    fileName: exportFileName('brat', title),
    mediaType: 'application/zip',
    zip: { entries: files, mtime: prepared.exportedAt },
    report: { annotations: written, skipped },
  };
}

function annFile(
  d: PreparedDocument,
  placed: PreparedAnnotation[],
  typeOf: (name: string) => string,
  relationOf: (name: string) => string,
  skipped: SkippedItem[],
): { text: string; count: number } {
  const lines: string[] = [];
  const tIds = new Map<string, string>();
  const convert = d.codePoints();
  for (const p of placed) {
    const fragments = fragmentsOf(d.doc.text, p.start, p.end);
    if (!fragments.length) {
      skipped.push({ kind: 'annotation', id: p.annotation.id, reason: 'it spans nothing but line breaks, which brat cannot mark' });
      continue;
    }
    const t = `T${tIds.size + 1}`;
    tIds.set(p.annotation.id, t);
    const offsets = fragments.map(([s, e]) => `${convert.toCodePoints(s)} ${convert.toCodePoints(e)}`).join(';');
    const text = fragments.map(([s, e]) => d.doc.text.slice(s, e)).join(' ');
    lines.push(`${t}\t${typeOf(p.label.name)} ${offsets}\t${text}`);
  }
  let r = 0;
  for (const p of placed) {
    const from = tIds.get(p.annotation.id);
    if (!from) continue;
    for (const link of p.links) {
      const to = tIds.get(link.to);
      if (!to) {
        skipped.push({ kind: 'link', id: p.annotation.id, reason: `its “${link.relation}” link goes to ${link.to}, which is not in this document's brat file` });
        continue;
      }
      lines.push(`R${++r}\t${relationOf(link.relation)} Arg1:${from} Arg2:${to}`);
    }
  }
  let n = 0;
  for (const p of placed) {
    const t = tIds.get(p.annotation.id);
    const note = p.annotation.note.replace(LINE_BREAKS, ' ').trim();
    if (t && note) lines.push(`#${++n}\tAnnotatorNotes ${t}\t${note}`);
  }
  return { text: lines.map((l) => `${l}\n`).join(''), count: tIds.size };
}

/** UTF-16 [start, end) pieces of text[start, end) between line breaks, empty pieces dropped. */
function fragmentsOf(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let from = start;
  for (const m of text.slice(start, end).matchAll(LINE_BREAKS)) {
    const at = start + m.index;
    if (at > from) out.push([from, at]);
    from = at + m[0].length;
  }
  if (end > from) out.push([from, end]);
  return out;
}
