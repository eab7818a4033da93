/**
 * The canonical service catalogue every source's labels map onto, and the labels known so far.
 * Labels are data: a municipality with other queue names adds rows here (or in
 * dw.service_label_map directly) without touching code.
 */
export interface CatalogueService {
  code: string;
  nameDa: string;
  nameEn: string;
  group: 'pas_koerekort' | 'folkeregister' | 'digital' | 'ydelser' | 'oekonomi' | 'oevrige';
}

export const UNMAPPED_SERVICE_CODE = 'ukendt';

export const SERVICE_CATALOGUE: readonly CatalogueService[] = [
  { code: 'pas', nameDa: 'Pas', nameEn: 'Passport', group: 'pas_koerekort' },
  { code: 'koerekort', nameDa: 'Kørekort', nameEn: 'Driving licence', group: 'pas_koerekort' },
  {
    code: 'udlevering',
    nameDa: 'Udlevering af pas og kørekort',
    nameEn: 'Passport and licence pickup',
    group: 'pas_koerekort',
  },
  {
    code: 'folkeregister',
    nameDa: 'Folkeregister og flytning',
    nameEn: 'Civil registration and moving',
    group: 'folkeregister',
  },
  {
    code: 'sundhedskort',
    nameDa: 'Sundhedskort og lægevalg',
    nameEn: 'Health card and GP',
    group: 'folkeregister',
  },
  {
    code: 'indrejse',
    nameDa: 'Indrejse og EU-ophold',
    nameEn: 'Foreign workers and EU residence',
    group: 'folkeregister',
  },
  { code: 'mitid', nameDa: 'NemID og MitID', nameEn: 'NemID and MitID', group: 'digital' },
  {
    code: 'digital_post',
    nameDa: 'Digital Post og fritagelse',
    nameEn: 'Digital Post and exemption',
    group: 'digital',
  },
  {
    code: 'selvbetjening',
    nameDa: 'Hjælp til selvbetjening',
    nameEn: 'Help with self-service',
    group: 'digital',
  },
  // Calls about booking, moving or cancelling an appointment (an IVR choice since mandatory booking).
  {
    code: 'tidsbestilling',
    nameDa: 'Tidsbestilling',
    nameEn: 'Appointment booking',
    group: 'digital',
  },
  { code: 'pension', nameDa: 'Pension', nameEn: 'Pension', group: 'ydelser' },
  {
    code: 'boligstoette',
    nameDa: 'Boligstøtte og boliglån',
    nameEn: 'Housing benefit and loans',
    group: 'ydelser',
  },
  { code: 'sygedagpenge', nameDa: 'Sygedagpenge', nameEn: 'Sickness benefit', group: 'ydelser' },
  { code: 'skat', nameDa: 'Skat', nameEn: 'Tax', group: 'oekonomi' },
  {
    code: 'opkraevning',
    nameDa: 'Ejendomsskat og opkrævning',
    nameEn: 'Property tax and billing',
    group: 'oekonomi',
  },
  { code: 'vielse', nameDa: 'Vielse', nameEn: 'Marriage', group: 'oevrige' },
  {
    code: 'valg',
    nameDa: 'Valg og brevstemme',
    nameEn: 'Elections and postal votes',
    group: 'oevrige',
  },
  {
    code: 'miljoe_teknik',
    nameDa: 'Miljø og teknik',
    nameEn: 'Environment and technical',
    group: 'oevrige',
  },
  { code: 'oevrige', nameDa: 'Øvrige henvendelser', nameEn: 'Other enquiries', group: 'oevrige' },
  { code: UNMAPPED_SERVICE_CODE, nameDa: 'Ikke kortlagt', nameEn: 'Not mapped', group: 'oevrige' },
];

/** Queue names of the Frontdesk-style queue system, which the booking system shares. */
const QUEUE_SERVICE_LABELS: Readonly<Record<string, string>> = {
  Pas: 'pas',
  Kørekort: 'koerekort',
  'Udlevering pas og kørekort': 'udlevering',
  'Folkeregister/flytning': 'folkeregister',
  'Sundhedskort/lægevalg': 'sundhedskort',
  'Indrejse/EU-ophold': 'indrejse',
  'NemID/MitID': 'mitid',
  'Digital Post': 'digital_post',
  'Hjælp til selvbetjening': 'selvbetjening',
  Pension: 'pension',
  Boligstøtte: 'boligstoette',
  Skat: 'skat',
  Vielse: 'vielse',
  Øvrige: 'oevrige',
};

/** Source label → service code, per source system. */
export const SERVICE_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  // Queue names of the Frontdesk-style queue system (and the simulator that imitates it).
  frontdesk: QUEUE_SERVICE_LABELS,
  // The booking system uses the queue system's service names (the simulator's 'booking' export).
  booking: QUEUE_SERVICE_LABELS,
  // Ballerup Kontaktcenter's footfall statistics (shared/data).
  'ballerup-fremmoede': {
    'Afhente pas': 'udlevering',
    'Aftalt tid pas': 'pas',
    'Boligindskuds- lån': 'boligstoette',
    Boligtilbud: 'boligstoette',
    Børnepas: 'pas',
    Ejendomsskat: 'opkraevning',
    Feriekort: 'oevrige',
    Folkeregister: 'folkeregister',
    'Fritagelse til digital': 'digital_post',
    'Hjælpe til selvbetjening': 'selvbetjening',
    'kørekort-forny': 'koerekort',
    'kørekort-kørelærer': 'koerekort',
    'kørekort-tabt': 'koerekort',
    'kørekort-teoriprøve': 'koerekort',
    'Miljø og teknik': 'miljoe_teknik',
    'Nem-Id': 'mitid',
    Opkrævning: 'opkraevning',
    'Pas uden billede': 'pas',
    Pension: 'pension',
    Skat: 'skat',
    Sygedagpenge: 'sygedagpenge',
    Sygesikring: 'sundhedskort',
    Vielse: 'vielse',
    Voksenpas: 'pas',
    Hjælpemidler: 'oevrige',
    Begravelseshjælp: 'oevrige',
    Sprogskole: 'oevrige',
    Brevstemme: 'valg',
  },
  // Monthly self-service statistics (the simulator's 'selvbetjening' export).
  selvbetjening: {
    Folkeregister: 'folkeregister',
    Pas: 'pas',
    Kørekort: 'koerekort',
    Sundhedskort: 'sundhedskort',
    Boligstøtte: 'boligstoette',
    Pension: 'pension',
    'Digital Post': 'digital_post',
    'Udlevering pas og kørekort': 'udlevering',
    'Generel vejledning': 'oevrige',
  },
  // IVR choices (tastevalg) and queues of the telephony platform (the simulator's 'telefoni' export).
  telefoni: {
    'Pas og kørekort': 'pas',
    Tidsbestilling: 'tidsbestilling',
    Folkeregister: 'folkeregister',
    Sundhedskort: 'sundhedskort',
    'NemID/MitID': 'mitid',
    'Digital Post': 'digital_post',
    Pension: 'pension',
    Boligstøtte: 'boligstoette',
    Skat: 'skat',
    Andet: 'oevrige',
    Omstilling: 'oevrige',
    Borgerservice: 'oevrige',
  },
};
