/** Texts of the Channels view. */
export const da = {
  'channelsPage.nav': 'Kanaler',
  'channelsPage.title': 'Kanaler',
  'channelsPage.intro':
    'Hvordan borgerne kontakter kommunen: fremmøde, telefon og digitalt, pr. ydelse over tid.',
} as const;

export const en: Record<keyof typeof da, string> = {
  'channelsPage.nav': 'Channels',
  'channelsPage.title': 'Channels',
  'channelsPage.intro':
    'How citizens contact the municipality: in person, by phone and digitally, per service over time.',
};
