/**
 * Real PDF, DOCX and EPUB files built with the libraries that make them in the wild.
 * No Node APIs here, so browser tests can build the same files.
 */
import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
} from 'docx';
import { zipSync, type Zippable } from 'fflate';
import { PDFDocument, PDFHexString, StandardFonts, type PDFFont } from 'pdf-lib';

const utf8 = (s: string) => new TextEncoder().encode(s);

// ---------- PDF ----------

export interface PdfLineSpec {
  text: string;
  size?: number;
  bold?: boolean;
  /** Extra space above the line, in points (a paragraph gap). */
  gapBefore?: number;
  indent?: number;
}

export interface PdfSpec {
  pages: PdfLineSpec[][];
  title?: string;
  author?: string;
  /** Printed at the foot of each page, as journals do. */
  pageNumbers?: boolean;
  runningHead?: string;
}

export async function makePdf(spec: PdfSpec): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  if (spec.title) pdf.setTitle(spec.title);
  if (spec.author) pdf.setAuthor(spec.author);
  const regular = await pdf.embedFont(StandardFonts.TimesRoman);
  const bold = await pdf.embedFont(StandardFonts.TimesRomanBold);
  spec.pages.forEach((lines, i) => {
    const page = pdf.addPage([595, 842]);
    if (spec.runningHead) page.drawText(spec.runningHead, { x: 72, y: 800, size: 9, font: regular });
    let y = 760;
    for (const line of lines) {
      const size = line.size ?? 11;
      y -= (line.gapBefore ?? 0) + size * 1.3;
      const font: PDFFont = line.bold ? bold : regular;
      page.drawText(line.text, { x: 72 + (line.indent ?? 0), y, size, font });
    }
    if (spec.pageNumbers) page.drawText(String(i + 1), { x: 290, y: 40, size: 9, font: regular });
  });
  return pdf.save();
}

/** A PDF whose only page shows a picture: no text layer at all. */
export async function makeImageOnlyPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([200, 200]);
  page.drawRectangle({ x: 20, y: 20, width: 160, height: 160 });
  return pdf.save();
}

/**
 * A PDF under the standard security handler (RC4, revision 2) whose user password
 * is not empty: its /U entry does not match the empty password, so a reader must ask
 * for one. pdf-lib cannot encrypt, so the /Encrypt dictionary is written by hand.
 */
export async function makeLockedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage().drawText('Confidential', { font: await pdf.embedFont(StandardFonts.Helvetica) });
  const { context } = pdf;
  const bytes = (n: number, hex: string) => PDFHexString.of(hex.repeat(n));
  context.trailerInfo.Encrypt = context.register(
    context.obj({ Filter: 'Standard', V: 1, R: 2, O: bytes(32, '5c'), U: bytes(32, 'a7'), P: -44 }),
  );
  context.trailerInfo.ID = context.obj([bytes(16, '01'), bytes(16, '01')]);
  return pdf.save({ useObjectStreams: false });
}

// ---------- DOCX ----------

export async function makeDocx(): Promise<Uint8Array> {
  const doc = new Document({
    title: 'Reading Claims in the News',
    creator: 'Amina Diallo',
    styles: {
      paragraphStyles: [
        { id: 'Quote', name: 'Quote', basedOn: 'Normal', run: { italics: true } },
        { id: 'IntenseQuote', name: 'Intense Quote', basedOn: 'Normal', run: { italics: true, bold: true } },
      ],
    },
    numbering: {
      config: [
        {
          reference: 'steps',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }],
        },
      ],
    },
    footnotes: { 1: { children: [new Paragraph('Survey of 1,200 students, 2024.')] } },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Reading Claims in the News', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              new TextRun('Every article mixes '),
              new TextRun({ text: 'claims', bold: true }),
              new TextRun(' with evidence and opinion; telling them apart is a skill.'),
              new FootnoteReferenceRun(1),
            ],
          }),
          new Paragraph({ text: 'How to Proceed', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: 'Read the whole piece once.', numbering: { reference: 'steps', level: 0 } }),
          new Paragraph({ text: 'Mark each claim.', numbering: { reference: 'steps', level: 0 } }),
          new Paragraph({ text: 'Evidence: figures, dates, named sources.', bullet: { level: 0 } }),
          new Paragraph({ text: 'Opinion: judgements and predictions.', bullet: { level: 1 } }),
          new Paragraph({ text: 'A claim without evidence is an invitation to ask.', style: 'Quote' }),
          new Paragraph({ text: 'Question everything, including this.', style: 'IntenseQuote' }),
          new Paragraph({ text: 'Élèves et enseignants: « lisez attentivement ».' }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

// ---------- EPUB ----------

export interface EpubChapter {
  file: string;
  title: string;
  body: string;
  linear?: boolean;
}

export interface EpubSpec {
  title?: string;
  creators?: string[];
  language?: string;
  chapters: EpubChapter[];
  /** Extra archive entries (or overrides), by path. */
  extra?: Record<string, Uint8Array>;
}

const xhtml = (title: string, body: string, lang = 'en') =>
  `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${lang}" xml:lang="${lang}">
<head><title>${title}</title><link rel="stylesheet" href="style.css"/></head>
<body>${body}</body>
</html>`;

export function makeEpub(spec: EpubSpec): Uint8Array {
  const { chapters, language = 'en' } = spec;
  const opf = `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="uid">urn:uuid:0b6c3f1e-8d5e-4c55-9b1c-3a0f1f7d2e11</dc:identifier>
    ${spec.title ? `<dc:title id="t1">${spec.title}</dc:title><meta refines="#t1" property="title-type">main</meta>` : ''}
    ${(spec.creators ?? []).map((c) => `<dc:creator>${c}</dc:creator>`).join('\n    ')}
    <dc:language>${language}</dc:language>
    <dc:date>2024-03-05</dc:date>
  </metadata>
  <manifest>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="css" href="style.css" media-type="text/css"/>
    ${chapters.map((c, i) => `<item id="c${i}" href="${c.file}" media-type="application/xhtml+xml"/>`).join('\n    ')}
  </manifest>
  <spine>
    <itemref idref="nav"/>
    ${chapters.map((c, i) => `<itemref idref="c${i}"${c.linear === false ? ' linear="no"' : ''}/>`).join('\n    ')}
  </spine>
</package>`;
  const nav = xhtml(
    'Contents',
    `<nav epub:type="toc"><h1>Contents</h1><ol>${chapters
      .map((c) => `<li><a href="${c.file}">${c.title}</a></li>`)
      .join('')}</ol></nav>`,
    language,
  );
  const files: Zippable = {
    mimetype: [utf8('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': utf8(`<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>`),
    'OEBPS/content.opf': utf8(opf),
    'OEBPS/nav.xhtml': utf8(nav),
    'OEBPS/style.css': utf8('body { font-family: serif; } @import url("https://tracker.example/x.css");'),
  };
  for (const c of chapters) files[`OEBPS/${c.file}`] = utf8(xhtml(c.title, c.body, language));
  Object.assign(files, spec.extra ?? {});
  return zipSync(files);
}
