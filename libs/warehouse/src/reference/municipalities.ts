/**
 * The 98 Danish municipalities by their official codes (Danmarks Statistik and DAGI write the
 * 3-digit code zero-padded to four characters). Christiansø (0411) is administered by the state
 * and is not a municipality.
 */
export type Region = 'Hovedstaden' | 'Sjælland' | 'Syddanmark' | 'Midtjylland' | 'Nordjylland';

export interface Municipality {
  code: string;
  nameDa: string;
  region: Region;
  /** Inhabitants on 1 January 2024, approximate (nearest hundred); fact_population holds the exact counts. */
  population: number;
}

export const MUNICIPALITIES: readonly Municipality[] = [
  { code: '0101', nameDa: 'København', region: 'Hovedstaden', population: 660_800 },
  { code: '0147', nameDa: 'Frederiksberg', region: 'Hovedstaden', population: 104_500 },
  { code: '0151', nameDa: 'Ballerup', region: 'Hovedstaden', population: 52_700 },
  { code: '0153', nameDa: 'Brøndby', region: 'Hovedstaden', population: 39_600 },
  { code: '0155', nameDa: 'Dragør', region: 'Hovedstaden', population: 14_600 },
  { code: '0157', nameDa: 'Gentofte', region: 'Hovedstaden', population: 75_400 },
  { code: '0159', nameDa: 'Gladsaxe', region: 'Hovedstaden', population: 70_600 },
  { code: '0161', nameDa: 'Glostrup', region: 'Hovedstaden', population: 23_800 },
  { code: '0163', nameDa: 'Herlev', region: 'Hovedstaden', population: 30_500 },
  { code: '0165', nameDa: 'Albertslund', region: 'Hovedstaden', population: 27_800 },
  { code: '0167', nameDa: 'Hvidovre', region: 'Hovedstaden', population: 54_300 },
  { code: '0169', nameDa: 'Høje-Taastrup', region: 'Hovedstaden', population: 51_900 },
  { code: '0173', nameDa: 'Lyngby-Taarbæk', region: 'Hovedstaden', population: 57_000 },
  { code: '0175', nameDa: 'Rødovre', region: 'Hovedstaden', population: 41_000 },
  { code: '0183', nameDa: 'Ishøj', region: 'Hovedstaden', population: 23_900 },
  { code: '0185', nameDa: 'Tårnby', region: 'Hovedstaden', population: 43_500 },
  { code: '0187', nameDa: 'Vallensbæk', region: 'Hovedstaden', population: 17_000 },
  { code: '0190', nameDa: 'Furesø', region: 'Hovedstaden', population: 41_600 },
  { code: '0201', nameDa: 'Allerød', region: 'Hovedstaden', population: 26_300 },
  { code: '0210', nameDa: 'Fredensborg', region: 'Hovedstaden', population: 41_700 },
  { code: '0217', nameDa: 'Helsingør', region: 'Hovedstaden', population: 63_900 },
  { code: '0219', nameDa: 'Hillerød', region: 'Hovedstaden', population: 52_500 },
  { code: '0223', nameDa: 'Hørsholm', region: 'Hovedstaden', population: 25_600 },
  { code: '0230', nameDa: 'Rudersdal', region: 'Hovedstaden', population: 57_400 },
  { code: '0240', nameDa: 'Egedal', region: 'Hovedstaden', population: 45_200 },
  { code: '0250', nameDa: 'Frederikssund', region: 'Hovedstaden', population: 46_700 },
  { code: '0260', nameDa: 'Halsnæs', region: 'Hovedstaden', population: 31_600 },
  { code: '0270', nameDa: 'Gribskov', region: 'Hovedstaden', population: 41_800 },
  { code: '0400', nameDa: 'Bornholm', region: 'Hovedstaden', population: 38_700 },

  { code: '0253', nameDa: 'Greve', region: 'Sjælland', population: 51_000 },
  { code: '0259', nameDa: 'Køge', region: 'Sjælland', population: 62_600 },
  { code: '0265', nameDa: 'Roskilde', region: 'Sjælland', population: 90_400 },
  { code: '0269', nameDa: 'Solrød', region: 'Sjælland', population: 23_700 },
  { code: '0306', nameDa: 'Odsherred', region: 'Sjælland', population: 33_000 },
  { code: '0316', nameDa: 'Holbæk', region: 'Sjælland', population: 72_800 },
  { code: '0320', nameDa: 'Faxe', region: 'Sjælland', population: 38_200 },
  { code: '0326', nameDa: 'Kalundborg', region: 'Sjælland', population: 49_000 },
  { code: '0329', nameDa: 'Ringsted', region: 'Sjælland', population: 36_300 },
  { code: '0330', nameDa: 'Slagelse', region: 'Sjælland', population: 80_100 },
  { code: '0336', nameDa: 'Stevns', region: 'Sjælland', population: 23_800 },
  { code: '0340', nameDa: 'Sorø', region: 'Sjælland', population: 31_100 },
  { code: '0350', nameDa: 'Lejre', region: 'Sjælland', population: 29_100 },
  { code: '0360', nameDa: 'Lolland', region: 'Sjælland', population: 39_700 },
  { code: '0370', nameDa: 'Næstved', region: 'Sjælland', population: 84_200 },
  { code: '0376', nameDa: 'Guldborgsund', region: 'Sjælland', population: 59_700 },
  { code: '0390', nameDa: 'Vordingborg', region: 'Sjælland', population: 45_300 },

  { code: '0410', nameDa: 'Middelfart', region: 'Syddanmark', population: 39_900 },
  { code: '0420', nameDa: 'Assens', region: 'Syddanmark', population: 41_100 },
  { code: '0430', nameDa: 'Faaborg-Midtfyn', region: 'Syddanmark', population: 51_700 },
  { code: '0440', nameDa: 'Kerteminde', region: 'Syddanmark', population: 24_100 },
  { code: '0450', nameDa: 'Nyborg', region: 'Syddanmark', population: 32_500 },
  { code: '0461', nameDa: 'Odense', region: 'Syddanmark', population: 207_500 },
  { code: '0479', nameDa: 'Svendborg', region: 'Syddanmark', population: 59_000 },
  { code: '0480', nameDa: 'Nordfyns', region: 'Syddanmark', population: 29_800 },
  { code: '0482', nameDa: 'Langeland', region: 'Syddanmark', population: 12_200 },
  { code: '0492', nameDa: 'Ærø', region: 'Syddanmark', population: 5_900 },
  { code: '0510', nameDa: 'Haderslev', region: 'Syddanmark', population: 55_300 },
  { code: '0530', nameDa: 'Billund', region: 'Syddanmark', population: 27_300 },
  { code: '0540', nameDa: 'Sønderborg', region: 'Syddanmark', population: 73_800 },
  { code: '0550', nameDa: 'Tønder', region: 'Syddanmark', population: 36_600 },
  { code: '0561', nameDa: 'Esbjerg', region: 'Syddanmark', population: 115_300 },
  { code: '0563', nameDa: 'Fanø', region: 'Syddanmark', population: 3_500 },
  { code: '0573', nameDa: 'Varde', region: 'Syddanmark', population: 49_800 },
  { code: '0575', nameDa: 'Vejen', region: 'Syddanmark', population: 42_700 },
  { code: '0580', nameDa: 'Aabenraa', region: 'Syddanmark', population: 58_700 },
  { code: '0607', nameDa: 'Fredericia', region: 'Syddanmark', population: 52_400 },
  { code: '0621', nameDa: 'Kolding', region: 'Syddanmark', population: 94_900 },
  { code: '0630', nameDa: 'Vejle', region: 'Syddanmark', population: 121_000 },

  { code: '0615', nameDa: 'Horsens', region: 'Midtjylland', population: 99_000 },
  { code: '0657', nameDa: 'Herning', region: 'Midtjylland', population: 90_000 },
  { code: '0661', nameDa: 'Holstebro', region: 'Midtjylland', population: 59_000 },
  { code: '0665', nameDa: 'Lemvig', region: 'Midtjylland', population: 19_300 },
  { code: '0671', nameDa: 'Struer', region: 'Midtjylland', population: 20_400 },
  { code: '0706', nameDa: 'Syddjurs', region: 'Midtjylland', population: 43_700 },
  { code: '0707', nameDa: 'Norddjurs', region: 'Midtjylland', population: 37_300 },
  { code: '0710', nameDa: 'Favrskov', region: 'Midtjylland', population: 49_900 },
  { code: '0727', nameDa: 'Odder', region: 'Midtjylland', population: 23_500 },
  { code: '0730', nameDa: 'Randers', region: 'Midtjylland', population: 99_700 },
  { code: '0740', nameDa: 'Silkeborg', region: 'Midtjylland', population: 100_400 },
  { code: '0741', nameDa: 'Samsø', region: 'Midtjylland', population: 3_700 },
  { code: '0746', nameDa: 'Skanderborg', region: 'Midtjylland', population: 64_900 },
  { code: '0751', nameDa: 'Aarhus', region: 'Midtjylland', population: 367_100 },
  { code: '0756', nameDa: 'Ikast-Brande', region: 'Midtjylland', population: 42_000 },
  { code: '0760', nameDa: 'Ringkøbing-Skjern', region: 'Midtjylland', population: 56_300 },
  { code: '0766', nameDa: 'Hedensted', region: 'Midtjylland', population: 47_700 },
  { code: '0779', nameDa: 'Skive', region: 'Midtjylland', population: 46_000 },
  { code: '0791', nameDa: 'Viborg', region: 'Midtjylland', population: 97_800 },

  { code: '0773', nameDa: 'Morsø', region: 'Nordjylland', population: 19_600 },
  { code: '0787', nameDa: 'Thisted', region: 'Nordjylland', population: 42_700 },
  { code: '0810', nameDa: 'Brønderslev', region: 'Nordjylland', population: 36_600 },
  { code: '0813', nameDa: 'Frederikshavn', region: 'Nordjylland', population: 58_300 },
  { code: '0820', nameDa: 'Vesthimmerlands', region: 'Nordjylland', population: 35_800 },
  { code: '0825', nameDa: 'Læsø', region: 'Nordjylland', population: 1_800 },
  { code: '0840', nameDa: 'Rebild', region: 'Nordjylland', population: 30_500 },
  { code: '0846', nameDa: 'Mariagerfjord', region: 'Nordjylland', population: 41_900 },
  { code: '0849', nameDa: 'Jammerbugt', region: 'Nordjylland', population: 38_600 },
  { code: '0851', nameDa: 'Aalborg', region: 'Nordjylland', population: 223_300 },
  { code: '0860', nameDa: 'Hjørring', region: 'Nordjylland', population: 64_200 },
];

const municipalitiesByCode = new Map(MUNICIPALITIES.map((m) => [m.code, m]));

/** Looks up the zero-padded code ('0169'); undefined for unknown codes. */
export function municipalityByCode(code: string): Municipality | undefined {
  return municipalitiesByCode.get(code);
}
