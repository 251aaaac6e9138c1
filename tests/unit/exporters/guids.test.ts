import { describe, expect, it } from 'vitest';
import { annotationGuid, derivedGuid, derivedGuidInto, nameGuid } from '../../../src-renderer/lib/exporters/guids';

const V8 = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('GUIDs', () => {
  it('names things the same way in every export, and differently by kind and parts', () => {
    expect(nameGuid('label', 'set', 'claim')).toBe(nameGuid('label', 'set', 'claim'));
    expect(nameGuid('label', 'set', 'claim')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(nameGuid('label', 'set', 'claim')).not.toBe(nameGuid('user', 'set', 'claim'));
    // NUL between parts: ("ab", "c") and ("a", "bc") are different names.
    expect(nameGuid('x', 'ab', 'c')).not.toBe(nameGuid('x', 'a', 'bc'));
  });

  it('derives one distinct version 8 GUID per annotation and kind, without collisions', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 20000; i++) {
      const id = crypto.randomUUID();
      for (const kind of ['note', 'coding']) {
        const g = derivedGuid(kind, id);
        expect(g).toMatch(V8);
        expect(derivedGuid(kind, id)).toBe(g);
        seen.add(g);
      }
    }
    expect(seen.size).toBe(40000);
  });

  it('writes a derived GUID straight into bytes as the same 36 characters, and nothing for an id that is not a v4 UUID', () => {
    const out = new Uint8Array(40).fill(33);
    for (let i = 0; i < 200; i++) {
      const id = i % 2 ? crypto.randomUUID() : crypto.randomUUID().toUpperCase();
      expect(derivedGuidInto('coding', id, out, 3)).toBe(true);
      expect(String.fromCharCode(...out.subarray(3, 39))).toBe(derivedGuid('coding', id));
      expect([out[2], out[39]]).toEqual([33, 33]);
    }
    const before = out.slice();
    expect(derivedGuidInto('note', 'not-a-uuid', out, 0)).toBe(false);
    expect(derivedGuidInto('note', '00000000-0000-1000-8000-000000000001', out, 0)).toBe(false);
    expect(out).toEqual(before);
  });

  it('maps neighbouring ids to different GUIDs and keeps non-UUID ids name-based', () => {
    const a = '00000000-0000-4000-8000-000000000001';
    const b = '00000000-0000-4000-8000-000000000002';
    expect(derivedGuid('note', a)).not.toBe(derivedGuid('note', b));
    expect(derivedGuid('note', 'not-a-uuid')).toBe(nameGuid('note', 'not-a-uuid'));
    expect(annotationGuid('ABCDEFAB-0000-4000-8000-000000000001')).toBe('abcdefab-0000-4000-8000-000000000001');
    expect(annotationGuid('hypothesis-id-123')).toBe(nameGuid('annotation', 'hypothesis-id-123'));
  });
});

describe('GUIDs stay the same from release to release', () => {
  // Values written by earlier exports: a QDA tool or triple store that read them must meet
  // the same GUIDs again.
  it.each([
    ['note', '00000000-0000-4000-8000-000000000001', 'ef092e48-d709-8d93-9676-4d61538eb625'],
    ['coding', '00000000-0000-4000-8000-000000000001', '7a7b740b-1a91-8c1d-bead-bf2630855575'],
    ['note', 'A1B2C3D4-E5F6-4789-ABCD-EF0123456789', '4ebbed9c-32ff-8a1a-bdbb-a26070cbd1ad'],
    ['coding', '9f4d972e-7633-499c-840d-7d24bcd6f8f0', 'e536e325-6ca2-8581-baa0-c2028c53ad84'],
    ['note', 'not-a-uuid', '304d2e2d-d9be-53f4-9207-3b2f422134d6'],
  ])('derived %s GUID of %s', (kind, id, guid) => {
    expect(derivedGuid(kind, id)).toBe(guid);
  });

  it('name-based GUIDs (RFC 9562 version 5, UTF-8 names)', () => {
    expect(nameGuid('link', 'a', 'supports', 'b')).toBe('c45c2f4a-d7b4-5d8c-b2e2-67e17c5a0ebe');
    expect(nameGuid('user', 'Zoë Ñúñez 😀')).toBe('37d9cdf5-da8c-5cf9-8bf3-84844da193b5');
  });
});
