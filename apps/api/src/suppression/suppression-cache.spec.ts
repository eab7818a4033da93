import { SuppressionCache } from './suppression-cache';

describe(SuppressionCache.name, () => {
  const table = (first: number) => ({ sizes: [4], counts: [first, 20, 30, 40] });

  it('suppresses a table once and answers the same counts and threshold from memory', () => {
    const sut = new SuppressionCache(2);
    const once = sut.suppress(table(2), { threshold: 5 });

    expect(sut.suppress(table(2), { threshold: 5 })).toBe(once);
    expect(once.suppressed.filter(Boolean)).toHaveLength(2);
    // Another threshold or other counts are another table.
    expect(sut.suppress(table(2), { threshold: 3 })).not.toBe(once);
    expect(sut.suppress(table(9), { threshold: 5 }).suppressed.some(Boolean)).toBe(false);
  });

  it('forgets the least recently used table beyond its capacity', () => {
    const sut = new SuppressionCache(2);
    const first = sut.suppress(table(1), { threshold: 5 });
    sut.suppress(table(2), { threshold: 5 });
    sut.suppress(table(1), { threshold: 5 });
    sut.suppress(table(3), { threshold: 5 });

    expect(sut.suppress(table(1), { threshold: 5 })).toBe(first);
  });
});
