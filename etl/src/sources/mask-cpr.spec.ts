import { maskCpr } from './mask-cpr';

describe(maskCpr.name, () => {
  it('masks CPR-shaped numbers with and without hyphen', () => {
    expect(maskCpr('Borger 010203-1234 ringede, ny 0102031234')).toBe(
      'Borger XXXXXX-XXXX ringede, ny XXXXXX-XXXX',
    );
  });

  it('leaves other numbers alone', () => {
    expect(maskCpr('Billet 1000123 kl. 09:15, tlf. 43 35 10 00, konto 12345678901')).toBe(
      'Billet 1000123 kl. 09:15, tlf. 43 35 10 00, konto 12345678901',
    );
  });
});
