/** Sample events and targets for Høje-Taastrup (0169), the municipality of the built-in sample. */
export const SAMPLE_ANNOTATIONS = [
  {
    code: 'covid-closure-2020',
    municipalityCode: '0169',
    dateFrom: '2020-03-12',
    dateTo: '2020-05-17',
    kind: 'closure',
    labelDa: 'Borgerservice lukket (COVID-19)',
    labelEn: 'Citizen service closed (COVID-19)',
  },
  {
    code: 'ddh-hotline',
    municipalityCode: '0169',
    dateFrom: '2020-09-01',
    dateTo: null,
    kind: 'intervention',
    labelDa: 'Digital Hotline (DDH) tager opkald',
    labelEn: 'Digital hotline (DDH) takes calls',
  },
  {
    code: 'mandatory-booking',
    municipalityCode: '0169',
    dateFrom: '2020-12-01',
    dateTo: null,
    kind: 'intervention',
    labelDa: 'Tidsbestilling obligatorisk',
    labelEn: 'Booking made mandatory',
  },
  {
    code: 'mitid-launch',
    municipalityCode: '0169',
    dateFrom: '2021-10-19',
    dateTo: null,
    kind: 'other',
    labelDa: 'MitID lanceret',
    labelEn: 'MitID launched',
  },
] as const;

/** Values are in the KPI's unit (apps/api/src/metrics/kpis): mean_wait in seconds, answer_rate in %. */
export const SAMPLE_TARGETS = [
  {
    municipalityCode: '0169',
    kpiId: 'mean_wait',
    comparator: 'max',
    value: 900,
    unit: 'SECONDS',
    validFrom: '2017-01-01',
    labelDa: 'Højst 15 minutters gennemsnitlig ventetid',
    labelEn: 'Mean wait at most 15 minutes',
  },
  {
    municipalityCode: '0169',
    kpiId: 'answer_rate',
    comparator: 'min',
    value: 72,
    unit: 'PERCENT',
    validFrom: '2017-01-01',
    labelDa: 'Mindst 72 % besvarede opkald',
    labelEn: 'At least 72 % of calls answered',
  },
] as const;
