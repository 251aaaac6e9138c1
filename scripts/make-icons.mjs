// Renders assets/icons/icon.svg with Chromium into every icon the app ships:
//   assets/icons/icon.png (512, Linux window and .deb), icon.ico (Windows), icon.icns (macOS),
//   assets/public/icons/icon-192.png and icon-512.png (web app manifest; copied into the build).
// Run: node scripts/make-icons.mjs   (then commit the results; builds do not render icons)
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const svg = readFileSync(resolve(root, 'assets/icons/icon.svg'), 'utf8');

// Windows picks the nearest size per context (taskbar, Explorer views, Alt-Tab).
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// macOS PNG-capable icon types and their pixel sizes.
const ICNS_TYPES = [
  ['ic11', 32],
  ['ic12', 64],
  ['ic07', 128],
  ['ic13', 256],
  ['ic08', 256],
  ['ic14', 512],
  ['ic09', 512],
  ['ic10', 1024],
];

/** An .ico of PNG images (Windows Vista and later read PNG entries). */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, index) => {
    const entry = 6 + 16 * index;
    header.writeUInt8(size >= 256 ? 0 : size, entry); // 0 means 256
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt8(0, entry + 2);
    header.writeUInt8(0, entry + 3);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map(({ png }) => png)]);
}

/** An .icns of PNG images: "icns", total length, then (type, length, data) chunks. */
function icns(chunks) {
  const parts = chunks.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + parts.reduce((sum, part) => sum + part.length, 0), 4);
  return Buffer.concat([head, ...parts]);
}

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const rendered = new Map();
try {
  const page = await browser.newPage();
  const source = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  for (const size of new Set([...ICO_SIZES, ...ICNS_TYPES.map(([, px]) => px), 192, 512])) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}img{display:block}</style><img width="${size}" height="${size}" src="${source}">`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    rendered.set(size, await page.screenshot({ omitBackground: true }));
  }
} finally {
  await browser.close();
}

const outputs = {
  'assets/icons/icon.png': rendered.get(512),
  'assets/public/icons/icon-192.png': rendered.get(192),
  'assets/public/icons/icon-512.png': rendered.get(512),
  'assets/icons/icon.ico': ico(ICO_SIZES.map((size) => ({ size, png: rendered.get(size) }))),
  'assets/icons/icon.icns': icns(ICNS_TYPES.map(([type, size]) => ({ type, png: rendered.get(size) }))),
};
for (const [path, bytes] of Object.entries(outputs)) {
  writeFileSync(resolve(root, path), bytes);
  console.log(`${path}  ${bytes.length} bytes`);
}
