import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportBrat } from '../../../src-renderer/lib/exporters/brat';
import { emptyInput, fixtureInput, ID, report, sahel } from './fixture';

const decode = (b: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(b);

function unzip(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, decode(v)]));
}

interface Ann {
  t: Map<string, { type: string; fragments: [number, number][]; text: string }>;
  r: { type: string; arg1: string; arg2: string }[];
  notes: Map<string, string>;
}

/** Parses a .ann file the way brat does: line by line, fields split at tabs; refuses anything else. */
function parseAnn(ann: string): Ann {
  const out: Ann = { t: new Map(), r: [], notes: new Map() };
  expect(ann === '' || ann.endsWith('\n')).toBe(true);
  for (const line of ann.split('\n').slice(0, -1)) {
    let m: RegExpExecArray | null;
    if ((m = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$/.exec(line))) {
      const fragments = m[3].split(';').map((f) => f.split(' ').map(Number) as [number, number]);
      out.t.set(m[1], { type: m[2], fragments, text: m[4] });
    } else if ((m = /^R\d+\t(\S+) Arg1:(T\d+) Arg2:(T\d+)$/.exec(line))) {
      out.r.push({ type: m[1], arg1: m[2], arg2: m[3] });
    } else if ((m = /^#\d+\tAnnotatorNotes (T\d+)\t(.*)$/.exec(line))) {
      out.notes.set(m[1], m[2]);
    } else {
      throw new Error(`not a brat standoff line: ${JSON.stringify(line)}`);
    }
  }
  return out;
}

/** brat's check: the T line's text is the code point slices of the .txt, joined by spaces. */
const spanText = (txt: string, fragments: [number, number][]) => {
  const cps = Array.from(txt);
  return fragments.map(([s, e]) => cps.slice(s, e).join('')).join(' ');
};

describe('brat standoff export', () => {
  const file = exportBrat(fixtureInput(), { title: 'Sahel corpus' });
  const files = unzip(file.bytes);
  const sahelAnn = parseAnn(files['Sahel_corpus/Sahel_op-ed_Why_now.ann']);
  const reportAnn = parseAnn(files['Sahel_corpus/Field_report.ann']);
  const byText = (ann: Ann, start: string) => [...ann.t.entries()].find(([, t]) => t.text.startsWith(start))!;

  it('zips one folder with the configuration and a .txt and .ann per document', () => {
    expect(file.fileName).toBe('Sahel corpus-brat.zip');
    expect(file.mediaType).toBe('application/zip');
    expect(Object.keys(files).sort()).toEqual([
      'Sahel_corpus/Empty_reading.ann',
      'Sahel_corpus/Empty_reading.txt',
      'Sahel_corpus/Field_report.ann',
      'Sahel_corpus/Field_report.txt',
      'Sahel_corpus/Sahel_op-ed_Why_now.ann',
      'Sahel_corpus/Sahel_op-ed_Why_now.txt',
      'Sahel_corpus/annotation.conf',
      'Sahel_corpus/visual.conf',
    ]);
    expect(files['Sahel_corpus/Sahel_op-ed_Why_now.txt']).toBe(sahel.text);
    expect(files['Sahel_corpus/Empty_reading.ann']).toBe('');
  });

  it('writes spans in code points whose text brat finds in the .txt', () => {
    for (const [name, ann] of [['Sahel_op-ed_Why_now', sahelAnn], ['Field_report', reportAnn]] as const) {
      const txt = files[`Sahel_corpus/${name}.txt`];
      for (const t of ann.t.values()) expect(spanText(txt, t.fragments)).toBe(t.text);
    }
    const [, claim] = byText(sahelAnn, 'a crisis');
    const start = sahel.text.indexOf('a crisis');
    expect(claim).toEqual({ type: 'Claim', fragments: [[start - 1, start - 1 + Array.from('a crisis of 𝑥 proportions').length]], text: 'a crisis of 𝑥 proportions' });
  });

  it('splits a span across a line break into fragments', () => {
    const [, opinion] = byText(sahelAnn, 'Rutte said.');
    expect(opinion.type).toBe('Opinion');
    expect(opinion.fragments).toHaveLength(2);
    expect(opinion.text).toBe('Rutte said. The West must act now');
    expect(opinion.fragments[1][0]).toBe(opinion.fragments[0][1] + 1);
  });

  it('makes label names brat-safe and consistent', () => {
    expect([...reportAnn.t.values()].map((t) => t.type)).toEqual(['Método', 'Key_finding']);
    expect(sahelAnn.t.size).toBe(4);
  });

  it('writes links as relations and notes as flattened AnnotatorNotes', () => {
    const [claimT] = byText(sahelAnn, 'a crisis');
    const [evidenceT] = byText(sahelAnn, 'Nearly half');
    const [opinionT] = byText(sahelAnn, 'Rutte said.');
    expect(sahelAnn.r).toEqual([
      { type: 'supports', arg1: evidenceT, arg2: claimT },
      { type: 'contradicts', arg1: opinionT, arg2: claimT },
    ]);
    const [methodT] = byText(reportAnn, 'we counted');
    const [findingT] = byText(reportAnn, 'the key finding');
    expect(reportAnn.r).toEqual([{ type: 'replicates', arg1: findingT, arg2: methodT }]);
    expect(sahelAnn.notes.get(opinionT)).toBe('Line one line two\tand a tab');
    expect(sahelAnn.notes.get(evidenceT)).toBe('Strong *evidence*, but "who" counted? # Not a heading of the export - a list ``` unclosed fence');
    expect(reportAnn.notes.get(findingT)).toBe('=2+2 looks like a formula on its first line only');
  });

  it('declares every label and relation in annotation.conf, with colours in visual.conf', () => {
    const conf = files['Sahel_corpus/annotation.conf'];
    const section = (name: string) => conf.split(`[${name}]\n`)[1].split('\n\n')[0].split('\n').filter(Boolean);
    expect(section('entities')).toEqual(['Claim', 'Evidence', 'Opinion', 'Key_finding', 'Método']);
    const args = 'Claim|Evidence|Opinion|Key_finding|Método';
    expect(section('relations')).toEqual(['supports', 'contradicts', 'qualifies', 'replicates'].map((r) => `${r}\tArg1:${args}, Arg2:${args}`));
    expect(conf).toContain('[events]');
    expect(conf).toContain('[attributes]');
    const visual = files['Sahel_corpus/visual.conf'];
    expect(visual).toContain('Key_finding | Key finding\n');
    expect(visual).toContain('Claim\tbgColor:#0072B2, fgColor:white, borderColor:darken\n');
    expect(visual).toContain('Opinion\tbgColor:#E69F00, fgColor:black, borderColor:darken\n');
  });

  it('reports what brat cannot hold', () => {
    expect(file.report.annotations).toBe(6);
    expect(file.report.skipped.map((s) => [s.kind, s.id])).toEqual(
      expect.arrayContaining([
        ['annotation', ID.orphan],
        ['annotation', ID.waiting],
        ['link', ID.finding],
        ['link', ID.evidence],
      ]),
    );
    expect(file.report.skipped).toHaveLength(4);
  });

  it('gives documents with the same title distinct file names', () => {
    const input = fixtureInput();
    input.documents = [sahel, { ...report, title: sahel.title }, { ...report, id: 'a'.repeat(64), title: 'SAHEL OP-ED 😀: “why now?”' }];
    const names = Object.keys(unzip(exportBrat(input).bytes)).filter((n) => n.endsWith('.txt'));
    expect(names).toEqual(['Annotations/Sahel_op-ed_Why_now.txt', 'Annotations/Sahel_op-ed_Why_now-2.txt', 'Annotations/SAHEL_OP-ED_why_now-3.txt']);
  });

  it('writes only the configuration for an empty scope', () => {
    const empty = unzip(exportBrat(emptyInput()).bytes);
    expect(Object.keys(empty).sort()).toEqual(['Annotations/annotation.conf', 'Annotations/visual.conf']);
  });
});
