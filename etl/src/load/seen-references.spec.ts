import { SeenReferences } from './seen-references';

describe('SeenReferences', () => {
  it('reports every repeated reference', () => {
    const seen = new SeenReferences(10_000, 2 ** 28);
    const references = Array.from(
      { length: 10_000 },
      (_, i) => `20250101-${String(i).padStart(5, '0')}`,
    );
    for (const reference of references) seen.add(reference);

    expect(references.every((reference) => seen.add(reference))).toBe(true);
  });

  it('seldom suspects a reference it was not given', () => {
    const seen = new SeenReferences(100_000, 2 ** 28);
    let suspects = 0;
    for (let i = 0; i < 100_000; i += 1) if (seen.add(`call-${i}`)) suspects += 1;

    // About one in 5,000 by design; 100 would mean the hashing is broken.
    expect(suspects).toBeLessThan(100);
  });
});
