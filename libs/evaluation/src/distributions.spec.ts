import { chiSquareUpper, normalTwoSided, studentTwoSided } from './distributions';
import { sameSignificant } from './testing/r-fixtures';

describe('distribution tails (against R pnorm, pt, pchisq)', () => {
  it.each([
    ['2*pnorm(-1.96)', normalTwoSided(1.96), 4.99957902964e-2],
    ['2*pnorm(-8)', normalTwoSided(-8), 1.24419211485e-15],
    ['2*pt(-2, 10)', studentTwoSided(2, 10), 7.33880347707e-2],
    ['2*pt(-0.3, 3)', studentTwoSided(-0.3, 3), 7.8376329204e-1],
    ['pchisq(3.84, 1, lower = FALSE)', chiSquareUpper(3.84, 1), 5.00435212487e-2],
  ])('%s', (_, actual, expected) => {
    expect(sameSignificant(actual, expected, 8)).toBe(true);
  });
});
