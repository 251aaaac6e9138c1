import { describe, expect, it } from 'vitest';
import { isoMillis, normalizeIsoTime } from '../../../../src-renderer/lib/importers/sets/time';

describe('ISO 8601 times', () => {
  it.each([
    ['2025-02-04T07:00:00.250Z', '2025-02-04T07:00:00.250Z'],
    ['2025-02-04T08:00:00.250+01:00', '2025-02-04T07:00:00.250Z'],
    ['2024-03-12T09:15:22.481923+00:00', '2024-03-12T09:15:22.481Z'],
    ['2024-03-12 09:15:22', '2024-03-12T09:15:22.000Z'],
    ['2024-03-12T09:15-0530', '2024-03-12T14:45:00.000Z'],
    ['2024-03-12', '2024-03-12T00:00:00.000Z'],
  ])('reads %s as %s (no zone: UTC)', (written, instant) => {
    expect(normalizeIsoTime(written)).toBe(instant);
  });

  it.each(['last Tuesday', '2024-13-01T00:00:00.000Z', '2024-02-30T25:00:00Z', '12/03/2024', ''])('refuses %j', (written) => {
    expect(isoMillis(written)).toBeUndefined();
  });
});
