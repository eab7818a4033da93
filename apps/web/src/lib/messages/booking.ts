/** Texts of the Appointment booking view. */
export const da = {
  'bookingPage.nav': 'Tidsbestilling',
  'bookingPage.title': 'Tidsbestilling',
  'bookingPage.intro':
    'Har obligatorisk tidsbestilling virket? Det observerede sammenlignet med det forventede uden tidsbestilling.',
} as const;

export const en: Record<keyof typeof da, string> = {
  'bookingPage.nav': 'Appointment booking',
  'bookingPage.title': 'Appointment booking',
  'bookingPage.intro':
    'Has mandatory booking worked? What was observed compared with what was expected without it.',
};
