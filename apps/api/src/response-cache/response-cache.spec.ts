import { ResponseCache } from './response-cache';

const answer = (n: number) => ({ data: { n }, municipalityCodesAsked: ['0169'] });

describe(ResponseCache.name, () => {
  let now = 0;
  const clock = () => now;
  beforeEach(() => {
    now = 0;
  });

  it('answers a stored key for the same data version until it expires', () => {
    const sut = new ResponseCache(10, 1000, clock);
    sut.set('a', 'v1', answer(1));

    expect(sut.get('a', 'v1')).toEqual(answer(1));
    expect(sut.get('a', 'v2')).toBeUndefined();
    sut.set('a', 'v1', answer(1));
    now = 1000;
    expect(sut.get('a', 'v1')).toBeUndefined();
  });

  it('drops the least recently used entry beyond its size', () => {
    const sut = new ResponseCache(2, 1000, clock);
    sut.set('a', 'v', answer(1));
    sut.set('b', 'v', answer(2));
    sut.get('a', 'v');
    sut.set('c', 'v', answer(3));

    expect([sut.get('a', 'v'), sut.get('b', 'v'), sut.get('c', 'v')]).toEqual([
      answer(1),
      undefined,
      answer(3),
    ]);
  });

  it('stores nothing when its size is 0, and forgets everything when cleared', () => {
    const off = new ResponseCache(0, 1000, clock);
    off.set('a', 'v', answer(1));
    expect(off.get('a', 'v')).toBeUndefined();

    const sut = new ResponseCache(10, 1000, clock);
    sut.set('a', 'v', answer(1));
    sut.clear();
    expect(sut.size).toBe(0);
  });
});
