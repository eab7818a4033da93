/** Texts of the Data quality view. */
export const da = {
  'dataQualityPage.nav': 'Datakvalitet',
  'dataQualityPage.title': 'Datakvalitet',
  'dataQualityPage.intro':
    'Indlæsninger, afviste rækker, ukendte betegnelser og hvor friske tallene er.',
} as const;

export const en: Record<keyof typeof da, string> = {
  'dataQualityPage.nav': 'Data quality',
  'dataQualityPage.title': 'Data quality',
  'dataQualityPage.intro':
    'Loads, quarantined rows, unmapped labels and how fresh the figures are.',
};
