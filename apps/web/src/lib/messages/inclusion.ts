/** Texts of the Digital inclusion view. */
export const da = {
  'inclusionPage.nav': 'Digital inklusion',
  'inclusionPage.title': 'Digital inklusion',
  'inclusionPage.intro':
    'Hvem bruger hvilke kanaler, fordelt på alder – og hvordan borgere uden digitale løsninger bliver hjulpet.',
} as const;

export const en: Record<keyof typeof da, string> = {
  'inclusionPage.nav': 'Digital inclusion',
  'inclusionPage.title': 'Digital inclusion',
  'inclusionPage.intro':
    'Who uses which channels, by age – and how citizens without digital solutions are helped.',
};
