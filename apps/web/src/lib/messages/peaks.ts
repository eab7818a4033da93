/** Texts of the Peak times view. */
export const da = {
  'peaksPage.nav': 'Spidsbelastning',
  'peaksPage.title': 'Spidsbelastning',
  'peaksPage.intro':
    'Hvornår på ugen og dagen der er flest henvendelser, og hvilke dage der var travlest.',
} as const;

export const en: Record<keyof typeof da, string> = {
  'peaksPage.nav': 'Peak times',
  'peaksPage.title': 'Peak times',
  'peaksPage.intro': 'When in the week and day contacts peak, and which days were busiest.',
};
