import { describe, expect, it } from 'vitest';
import { Vocabulary } from '../../../src-renderer/lib/search/vocabulary';

describe('Vocabulary', () => {
  const vocabulary = () => {
    const v = new Vocabulary();
    v.add(['security', 'sahel', 'secure']);
    v.add(['security', 'securitization']);
    v.add(['security', 'secure', 'sect']);
    return v;
  };

  it('completes a prefix with the most frequent terms first (ties in order), the prefix itself when it is a term', () => {
    const v = vocabulary();
    expect(v.completions('sec', 10)).toEqual(['security', 'secure', 'sect', 'securitization']);
    expect(v.completions('sec', 2)).toEqual(['security', 'secure']);
    expect(v.completions('sect', 10)).toEqual(['sect']);
    expect(v.completions('secure', 10)).toEqual(['secure']);
    expect(v.completions('x', 10)).toEqual([]);
    v.add(['secu']);
    expect(v.completions('secu', 2)).toEqual(['secu', 'security']);
  });

  it('uncounts removed entries and forgets terms no entry holds', () => {
    const v = vocabulary();
    v.remove(['security', 'secure', 'sect']);
    expect(v.frequency('security')).toBe(2);
    expect(v.frequency('sect')).toBe(0);
    expect(v.completions('sec', 10)).toEqual(['security', 'secure', 'securitization']);
    v.add(['sect']);
    expect(v.completions('sect', 10)).toEqual(['sect']);
    expect(v.completions('se', 10)).toHaveLength(4);
  });

  it('round-trips through its JSON form', () => {
    const v = vocabulary();
    const copy = new Vocabulary();
    copy.load(JSON.parse(JSON.stringify(v.toJSON())));
    expect(copy.completions('s', 10)).toEqual(v.completions('s', 10));
    expect(copy.frequency('security')).toBe(3);
  });
});
