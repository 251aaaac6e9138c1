/**
 * The sample library: five readings on security in the Sahel (an opinion column,
 * a summary with key points, an analysis, news reporting with quoted sources and an
 * academic abstract), bundled with the app and imported on first run.
 *
 * Seeding is idempotent: a document's id is the SHA-256 of its text, so a reload,
 * a second window or a second run adds nothing twice.
 */
import { addDocuments, ensureDefaultLabelSet, getFlag, setFlag } from '../db';
import { importDocument } from '../importers';

const files = import.meta.glob<string>('../../../assets/samples/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

// The order a class might read them in: news, analysis, opinion, summary, scholarship.
const ORDER = [
  'nato-isis-coalition-africa.txt',
  'sahel-security-assistance-analysis.txt',
  'islamic-state-kidnappings-sahel.txt',
  'bamako-isolation-key-points.txt',
  'us-sahel-counterterrorism-abstract.txt',
];

function rank(name: string): number {
  const i = ORDER.indexOf(name);
  return i === -1 ? ORDER.length : i;
}

/** The bundled sample files, by file name, in reading order. */
export function sampleFiles(): { name: string; text: string }[] {
  return Object.entries(files)
    .map(([path, text]) => ({ name: path.slice(path.lastIndexOf('/') + 1), text }))
    .sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
}

/**
 * Imports the samples unless this profile has done it before (a reader who deleted
 * them does not get them back on the next start). Returns how many were added.
 */
export async function seedSampleLibrary(options: { force?: boolean } = {}): Promise<number> {
  await ensureDefaultLabelSet();
  if (!options.force && (await getFlag('samples-seeded'))) return 0;
  const encoder = new TextEncoder();
  const docs = await Promise.all(
    sampleFiles().map((f) => importDocument({ name: f.name, bytes: encoder.encode(f.text) })),
  );
  // One second apart, so that "date added" lists them in the bundled order.
  const now = Date.now();
  let added = 0;
  for (const [i, doc] of docs.entries()) {
    const at = new Date(now - i * 1000).toISOString();
    added += (await addDocuments([doc], { sample: true, addedAt: at })).added.length;
  }
  await setFlag('samples-seeded');
  return added;
}
