/** Small fixed dimensions and code lists: channels, the age bands the advisory councils report by, self-service usage kinds. */
export const CHANNELS = [
  { code: 'visit', nameDa: 'Personligt fremmøde', nameEn: 'In person' },
  { code: 'call', nameDa: 'Telefon', nameEn: 'Telephone' },
  { code: 'digital', nameDa: 'Digital selvbetjening', nameEn: 'Digital self-service' },
  { code: 'chatbot', nameDa: 'Chatbot', nameEn: 'Chatbot' },
  { code: 'pickup_box', nameDa: 'Afhentningsboks', nameEn: 'Pickup box' },
] as const;

export const AGE_BANDS = [
  { code: '0-17', minAge: 0, maxAge: 17 },
  { code: '18-29', minAge: 18, maxAge: 29 },
  { code: '30-49', minAge: 30, maxAge: 49 },
  { code: '50-64', minAge: 50, maxAge: 64 },
  { code: '65-79', minAge: 65, maxAge: 79 },
  { code: '80+', minAge: 80, maxAge: null },
] as const;

/** What a count of a self-service solution counts (dw.fact_self_service_usage.usage_kind). */
export const USAGE_KINDS = [
  'digital',
  'assisted_digital',
  'paper',
  'chatbot_session',
  'pickup_box',
  'digital_post_exemption',
] as const;

export type UsageKind = (typeof USAGE_KINDS)[number];

/** Every municipality gets this site until a source names its own. */
export const DEFAULT_SITE = { code: 'raadhus', nameDa: 'Borgerservice, Rådhuset' } as const;

/**
 * The date dimension covers these years (every year a municipality could plausibly load); loads
 * outside them are quarantined with a clear message.
 */
export const DATE_DIMENSION_YEARS = { first: 1995, last: 2045 } as const;
