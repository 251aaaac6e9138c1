import { DOMParser, type Element } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportRefiQda, QDA_NAMESPACE } from '../../../src-renderer/lib/exporters/refi-qda';
import { xsdErrors } from './helpers/xmllint';
import { byId, emptyInput, fixtureInput, ID, report, sahel } from './fixture';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function open(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const qde = files['project.qde'];
  const doc = new DOMParser().parseFromString(new TextDecoder('utf-8', { fatal: true }).decode(qde), 'text/xml');
  const all = (name: string) => Array.from(doc.getElementsByTagNameNS(QDA_NAMESPACE, name)) as Element[];
  return { files, qde, doc, all };
}

const attr = (e: Element, name: string) => e.getAttribute(name);
const child = (e: Element, name: string) => (Array.from(e.childNodes) as Element[]).filter((c) => c.nodeType === 1 && c.localName === name);

describe('REFI-QDA project export', () => {
  const file = exportRefiQda(fixtureInput(), { title: 'Sahel & co' });
  const { files, qde, doc, all } = open(file.bytes);

  it('validates against the REFI-QDA Project.xsd', () => {
    expect(file.fileName).toBe('Sahel & co.qdpx');
    expect(file.mediaType).toBe('application/zip');
    expect(xsdErrors(qde)).toEqual([]);
    expect(doc.documentElement!.namespaceURI).toBe(QDA_NAMESPACE);
    expect(attr(doc.documentElement!, 'name')).toBe('Sahel & co');
  });

  it('proves the validation can fail', () => {
    const broken = new TextDecoder().decode(qde).replace(/ isCodable="true"/, '').replace(/startPosition="\d+"/, 'startPosition="x"');
    const errors = xsdErrors(new TextEncoder().encode(broken));
    expect(errors.join('\n')).toMatch(/isCodable/);
    expect(errors.join('\n')).toMatch(/startPosition/);
  });

  it('stores each document as a text file the TextSource points to', () => {
    const sources = all('TextSource');
    expect(sources.map((s) => attr(s, 'name'))).toEqual([sahel.title, report.title, 'Empty reading']);
    for (const s of sources) {
      const guid = attr(s, 'guid')!;
      expect(guid).toMatch(GUID);
      expect(attr(s, 'plainTextPath')).toBe(`internal://${guid}.txt`);
      expect(files[`sources/${guid}.txt`]).toBeDefined();
    }
    expect(new TextDecoder().decode(files[`sources/${attr(sources[0], 'guid')}.txt`])).toBe(sahel.text);
    expect(child(sources[0], 'Description')[0].textContent).toBe(
      'Author: Jane Doe\nDate: 2024-06-01\nPublisher: The Daily *Planet*\nURL: https://example.org/sahel?id=1&lang=en\nFile: Sahel op-ed 😀: “Why now?”.txt',
    );
  });

  it('places selections in code points, so slicing the source file gives each quote back', () => {
    const selections = all('PlainTextSelection');
    expect(selections.map((s) => attr(s, 'guid'))).toEqual([ID.claim, ID.evidence, ID.opinion, ID.formula, ID.method, ID.finding]);
    for (const s of selections) {
      const source = s.parentNode as Element;
      const text = Array.from(new TextDecoder().decode(files[`sources/${attr(source, 'guid')}.txt`]));
      const quote = text.slice(Number(attr(s, 'startPosition')), Number(attr(s, 'endPosition'))).join('');
      expect(quote).toBe(attr(s, 'name'));
      expect(quote).toBe(byId.get(attr(s, 'guid')!)!.quote.exact);
    }
    const claim = selections[0];
    expect(Number(attr(claim, 'startPosition'))).toBe(sahel.text.indexOf('a crisis') - 1);
    expect(attr(selections[2], 'name')).toBe('Rutte said.\nThe West must act now');
  });

  it('codes each selection with its label; two label sets become two parent codes', () => {
    const top = child(child(all('CodeBook')[0], 'Codes')[0], 'Code');
    expect(top.map((c) => [attr(c, 'name'), attr(c, 'isCodable')])).toEqual([
      ['Claim / Evidence / Opinion', 'false'],
      ['Methods & findings', 'false'],
    ]);
    expect(child(top[1], 'Code').map((c) => [attr(c, 'name'), attr(c, 'color'), child(c, 'Description')[0].textContent])).toEqual([
      ['Key finding', '#D55E00', 'The main result.'],
      ['Método', '#56B4E9', 'How it was done, “in their words”.'],
      ['Claim', '#0072B2', 'Same id as the default set.'],
    ]);
    const codes = new Map(all('Code').map((c) => [attr(c, 'guid'), attr(c, 'name')]));
    expect(codes.size).toBe(all('Code').length);
    const coded = all('PlainTextSelection').map((s) => codes.get(attr(child(child(s, 'Coding')[0], 'CodeRef')[0], 'targetGUID')));
    expect(coded).toEqual(['Claim', 'Evidence', 'Opinion', 'Evidence', 'Método', 'Key finding']);
  });

  it('keeps authors as users and times on selections', () => {
    const users = new Map(all('User').map((u) => [attr(u, 'guid'), attr(u, 'name')]));
    expect([...users.values()]).toEqual(['Zoë Ñúñez', 'Ada Lovelace', 'Bob']);
    const [claim, , opinion] = all('PlainTextSelection');
    expect(users.get(attr(claim, 'creatingUser'))).toBe('Zoë Ñúñez');
    expect(attr(claim, 'creationDateTime')).toBe('2025-02-10T08:00:00.000Z');
    expect(attr(opinion, 'creatingUser')).toBeNull();
  });

  it('names each Note after its passage, cut after 60 code points (never inside a surrogate pair)', () => {
    const names = all('Note').map((n) => attr(n, 'name'));
    expect(names).toContain('Note on “a crisis of 𝑥 proportions”');
    const text = `${'😀'.repeat(59)}ab`;
    const input = fixtureInput();
    const start = input.documents[0].text.length;
    input.documents[0] = { ...input.documents[0], text: input.documents[0].text + text };
    const long = { ...input.annotations[0], id: '0b2a6c1e-53a4-4f0e-9d38-7c6a1f2e3d4b', start, end: start + text.length, note: 'n' };
    const exact = { ...long, id: '0b2a6c1e-53a4-4f0e-9d38-7c6a1f2e3d4c', end: start + text.length - 1 };
    input.annotations.push(long, exact);
    const names2 = open(exportRefiQda(input).bytes).all('Note').map((n) => attr(n, 'name'));
    expect(names2).toContain(`Note on “${'😀'.repeat(59)}a…”`);
    expect(names2).toContain(`Note on “${'😀'.repeat(59)}a”`);
  });

  it('writes notes as Notes with their exact text, referenced from the selections', () => {
    const notes = new Map(all('Note').map((n) => [attr(n, 'guid'), child(n, 'PlainTextContent')[0].textContent]));
    const noted = all('PlainTextSelection').map((s) => [attr(s, 'guid'), notes.get(attr(child(s, 'NoteRef')[0] ?? s, 'targetGUID') ?? '')]);
    for (const [id, text] of noted) expect(text ?? '').toBe(byId.get(id!)!.note);
    expect(notes.size).toBe(5);
  });

  it('writes links between selections, across documents too, and reports what it left out', () => {
    const links = all('Link').map((l) => [attr(l, 'originGUID'), attr(l, 'name'), attr(l, 'targetGUID'), attr(l, 'direction')]);
    expect(links).toEqual([
      [ID.evidence, 'supports', ID.claim, 'OneWay'],
      [ID.opinion, 'contradicts', ID.claim, 'OneWay'],
      [ID.finding, 'qualifies', ID.claim, 'OneWay'],
      [ID.finding, 'replicates', ID.method, 'OneWay'],
    ]);
    expect(file.report.annotations).toBe(6);
    expect(file.report.skipped.map((s) => [s.kind, s.id])).toEqual([
      ['link', ID.evidence],
      ['annotation', ID.orphan],
      ['annotation', ID.waiting],
    ]);
  });

  it('escapes markup and drops characters XML 1.0 cannot hold', () => {
    const input = fixtureInput();
    const nasty = 'a <b>&amp; "c" \'d\' ]]> \u0001\u0008\uFFFE\uD800 e\r\nf';
    input.annotations = input.annotations.map((a) => (a.id === ID.claim ? { ...a, note: nasty, author: 'O\'Brien <ob@x> & "co"' } : a));
    input.labelSets = input.labelSets.map((s) => ({ ...s, name: `${s.name} <&>` }));
    const out = open(exportRefiQda(input).bytes);
    expect(xsdErrors(out.qde)).toEqual([]);
    const text = out.all('Note').map((n) => child(n, 'PlainTextContent')[0].textContent);
    expect(text).toContain('a <b>&amp; "c" \'d\' ]]>  e\r\nf');
    expect(out.all('User').map((u) => attr(u, 'name'))).toContain('O\'Brien <ob@x> & "co"');
  });

  it('writes a valid project for an empty scope', () => {
    const out = open(exportRefiQda(emptyInput()).bytes);
    expect(xsdErrors(out.qde)).toEqual([]);
    expect(out.all('Code').map((c) => attr(c, 'name'))).toEqual(['Claim', 'Evidence', 'Opinion']);
    expect(out.all('TextSource')).toHaveLength(0);
  });
});
