import { contrastRatio, SEQUENTIAL_BLUES, textColorOn } from './colors';

describe('colors', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
  });

  it('gives every heatmap class a text colour with at least 4.5:1 contrast', () => {
    for (const background of SEQUENTIAL_BLUES) {
      expect(contrastRatio(background, textColorOn(background))).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('uses a sequential scale that gets darker step by step', () => {
    const contrastsWithWhite = SEQUENTIAL_BLUES.map((c) => contrastRatio(c, '#ffffff'));
    expect([...contrastsWithWhite].sort((a, b) => a - b)).toEqual(contrastsWithWhite);
  });
});
