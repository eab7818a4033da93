/** Texts of the Efficiency view. */
export const da = {
  'efficiencyPage.nav': 'Effektivisering',
  'efficiencyPage.title': 'Effektivisering',
  'efficiencyPage.intro':
    'Personaletimer, henvendelser pr. personaletime og pris pr. henvendelse pr. kanal.',
} as const;

export const en: Record<keyof typeof da, string> = {
  'efficiencyPage.nav': 'Efficiency',
  'efficiencyPage.title': 'Efficiency',
  'efficiencyPage.intro': 'Staff hours, contacts per staff hour and cost per contact per channel.',
};
