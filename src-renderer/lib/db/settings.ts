/** Repository for settings: small typed values stored by key. */
import { db } from './schema';

export interface Settings {
  /** The name annotations are signed with; asked the first time one annotates. */
  author: string;
  theme: 'system' | 'light' | 'dark';
  font: 'serif' | 'sans';
  /** Body text size in CSS pixels. */
  fontSize: number;
  sidebar: boolean;
  outline: boolean;
  /** Largest file an import accepts, in bytes. */
  maxImportBytes: number;
}

export const DEFAULT_SETTINGS: Settings = {
  author: '',
  theme: 'system',
  font: 'serif',
  fontSize: 19,
  sidebar: true,
  outline: true,
  maxImportBytes: 200 * 1024 * 1024,
};

export async function loadSettings(): Promise<Settings> {
  const rows = await db.settings.bulkGet(Object.keys(DEFAULT_SETTINGS));
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const row of rows) if (row) out[row.key] = row.value;
  return out as unknown as Settings;
}

export async function saveSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
  await db.settings.put({ key, value });
}

/** Where a document was left: the offset of the first visible character. */
export async function loadReadingPosition(documentId: string): Promise<number | undefined> {
  const row = await db.settings.get(`position:${documentId}`);
  return typeof row?.value === 'number' ? row.value : undefined;
}

export async function saveReadingPosition(documentId: string, offset: number): Promise<void> {
  await db.settings.put({ key: `position:${documentId}`, value: offset });
}

/** Whether the sample library has been seeded into this profile. */
export async function getFlag(name: string): Promise<boolean> {
  return (await db.settings.get(`flag:${name}`))?.value === true;
}

export async function setFlag(name: string, value = true): Promise<void> {
  await db.settings.put({ key: `flag:${name}`, value });
}
