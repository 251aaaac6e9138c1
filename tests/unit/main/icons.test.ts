import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../../forge.config';

const root = resolve(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(resolve(root, path));
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('the rendered icons (scripts/make-icons.mjs)', () => {
  it.each([
    ['assets/icons/icon.png', 512],
    ['assets/public/icons/icon-192.png', 192],
    ['assets/public/icons/icon-512.png', 512],
  ])('%s is a %ipx PNG', (path, size) => {
    expect(pngSize(read(path))).toEqual([size, size]);
  });

  it('icon.ico holds PNG images from 16 to 256 px, where its directory says', () => {
    const ico = read('assets/icons/icon.ico');
    expect(ico.readUInt16LE(2)).toBe(1);
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, index) => {
      const entry = 6 + 16 * index;
      const length = ico.readUInt32LE(entry + 8);
      const offset = ico.readUInt32LE(entry + 12);
      const [width] = pngSize(ico.subarray(offset, offset + length));
      expect(ico.readUInt8(entry) || 256).toBe(width);
      return width;
    });
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('icon.icns chains PNG chunks of the sizes their types stand for', () => {
    const icns = read('assets/icons/icon.icns');
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const chunks: [string, number][] = [];
    for (let offset = 8; offset < icns.length; offset += icns.readUInt32BE(offset + 4)) {
      const length = icns.readUInt32BE(offset + 4);
      chunks.push([icns.toString('ascii', offset, offset + 4), pngSize(icns.subarray(offset + 8, offset + length))[0]]);
    }
    expect(Object.fromEntries(chunks)).toEqual({ ic11: 32, ic12: 64, ic07: 128, ic13: 256, ic08: 256, ic14: 512, ic09: 512, ic10: 1024 });
  });

  it('exist for every platform the Forge configuration packages', () => {
    const icon = String(config.packagerConfig?.icon);
    for (const extension of ['.png', '.ico', '.icns']) expect(existsSync(resolve(root, icon + extension))).toBe(true);
  });
});
