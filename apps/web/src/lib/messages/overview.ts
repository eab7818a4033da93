/** Texts of the Overview view. */
export const da = {
  'overviewPage.nav': 'Overblik',
  'overviewPage.title': 'Overblik',
  'overviewPage.intro':
    'Kvartalsstatus: de vigtigste tal pr. kanal for kvartalet, sammenlignet med kvartalet før, samme kvartal sidste år og målene.',
} as const;

export const en: Record<keyof typeof da, string> = {
  'overviewPage.nav': 'Overview',
  'overviewPage.title': 'Overview',
  'overviewPage.intro':
    'Quarterly status: the key figures per channel for the quarter, compared with the previous quarter, the same quarter last year and the targets.',
};
