/**
 * Bytes to string for text formats: BOM first, then strict UTF-8, then the
 * legacy Windows-1252 that most old "ANSI" files are (it is a superset of
 * Latin-1 for printable characters, and what browsers use for "iso-8859-1").
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

const BOMS: [number[], TextEncodingName][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

export function bomEncoding(bytes: Uint8Array): TextEncodingName | undefined {
  return BOMS.find(([bom]) => bom.every((b, i) => bytes[i] === b))?.[1];
}

// UTF-16 without a BOM: ASCII-range text leaves every other byte zero.
function sniffUtf16(bytes: Uint8Array): TextEncodingName | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** A charset label from HTML/XML (`<meta charset>`, `encoding="…"`) made one TextDecoder accepts. */
export function supportedLabel(label: string | undefined): string | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

// Windows-1252's printable characters at 0x80–0x9F. Browsers decode them; Node 20's
// TextDecoder takes a Latin-1 shortcut and returns C1 control codes instead, so
// C1 codes are mapped here (a no-op where the platform decoder is right).
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009F]/gu, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]);
}

export interface Decoded {
  text: string;
  encoding: string;
}

/**
 * Decodes `bytes`; `declared` is a charset the file itself names (HTML meta,
 * XML prolog), used when there is no BOM and the bytes are not valid UTF-8.
 */
export function decodeText(bytes: Uint8Array, declared?: string): Decoded {
  const bom = bomEncoding(bytes) ?? sniffUtf16(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), encoding: bom };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const fallback = supportedLabel(declared);
    const encoding = fallback && fallback !== 'utf-8' ? fallback : 'windows-1252';
    const text = encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);
    return { text, encoding };
  }
}
