import { describe, expect, it } from 'vitest';
import { annotationGuid, derivedGuid, nameGuid } from '../../../src-renderer/lib/exporters/guids';

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

  it('maps neighbouring ids to different GUIDs and keeps non-UUID ids name-based', () => {
    const a = '00000000-0000-4000-8000-000000000001';
    const b = '00000000-0000-4000-8000-000000000002';
    expect(derivedGuid('note', a)).not.toBe(derivedGuid('note', b));
    expect(derivedGuid('note', 'not-a-uuid')).toBe(nameGuid('note', 'not-a-uuid'));
    expect(annotationGuid('ABCDEFAB-0000-4000-8000-000000000001')).toBe('abcdefab-0000-4000-8000-000000000001');
    expect(annotationGuid('hypothesis-id-123')).toBe(nameGuid('annotation', 'hypothesis-id-123'));
  });
});
