/** Texts of the Channels view. */
export const da = {
  'channelsPage.nav': 'Kanaler',
  'channelsPage.title': 'Kanaler',
  'channelsPage.intro':
    'Hvordan borgerne kontakter kommunen: fremmøde, telefon og digitalt, pr. ydelse over tid.',
  'channels.service': 'Ydelse',
  'channels.allServices': 'Alle ydelser',
  'channels.visit': 'Fremmøde',
  'channels.call': 'Telefon',
  'channels.digital': 'Digitalt',
  'channels.other': 'Chatbot og afhentningsboks',
  'channels.period': 'Periode',
  'channels.serviceColumn': 'Ydelse',
  'channels.channelColumn': 'Kanal',
  'channels.contacts': 'Henvendelser',
  'channels.shareColumn': 'Andel {channel}',

  'channelMix.title': 'Kanalfordeling over tid',
  'channelMix.description':
    'Andel af henvendelserne pr. kanal i hver periode, for {service}. Søjlerne summer til 100 %; tallene står i søjlerne og i tabellen.',
  'channelMix.empty': 'Der er ingen henvendelser i den valgte periode.',
  'channelMix.figureLabel': 'Stablet søjlediagram: kanalfordeling for {service}, {from} – {to}.',
  'channelMix.caption': 'Kanalfordeling for {service}, {from} – {to} (procent af henvendelserne)',

  'channelShift.title': 'Kanalskift siden samme periode sidste år',
  'channelShift.description':
    'Ændring i hver kanals andel af henvendelserne pr. ydelse, i procentpoint, fra {lastFrom} – {lastTo} til {from} – {to}. Søjler til højre (+) er en stigning, til venstre (−) et fald.',
  'channelShift.empty': 'Der er ingen henvendelser at sammenligne med samme periode sidste år.',
  'channelShift.panel': 'Ændring i andel {channel}',
  'channelShift.figureLabel':
    'Søjlediagram: ændring i andelen {channel} pr. ydelse i procentpoint, {from} – {to} mod samme periode året før.',
  'channelShift.caption':
    'Kanalandele pr. ydelse, {from} – {to} mod samme periode året før (procent og procentpoint)',
  'channelShift.share': 'Andel nu',
  'channelShift.shareLastYear': 'Andel sidste år',
  'channelShift.change': 'Ændring (procentpoint)',
  'channelShift.points': '{value} pp',
  'channelShift.noChange': 'ingen data',

  'perThousand.title': 'Henvendelser pr. 1.000 indbyggere',
  'perThousand.description':
    'Alle henvendelser (fremmøde, telefon og digitalt) pr. 1.000 indbyggere i hver periode.',
  'perThousand.empty': 'Der er ingen henvendelser eller indbyggertal for den valgte periode.',
  'perThousand.current': 'Valgt periode',
  'perThousand.comparison': 'Samme periode året før',
  'perThousand.figureLabel': 'Linjediagram: henvendelser pr. 1.000 indbyggere, {from} – {to}.',
  'perThousand.caption': 'Henvendelser pr. 1.000 indbyggere, {from} – {to}',
  'perThousand.total': 'Hele perioden: {value} henvendelser pr. 1.000 indbyggere.',
  'perThousand.value': 'Pr. 1.000 indbyggere',
  'perThousand.comparisonValue': 'Pr. 1.000 indbyggere året før',
} as const;

export const en: Record<keyof typeof da, string> = {
  'channelsPage.nav': 'Channels',
  'channelsPage.title': 'Channels',
  'channelsPage.intro':
    'How citizens contact the municipality: in person, by phone and digitally, per service over time.',
  'channels.service': 'Service',
  'channels.allServices': 'All services',
  'channels.visit': 'In person',
  'channels.call': 'Phone',
  'channels.digital': 'Digital',
  'channels.other': 'Chatbot and pickup box',
  'channels.period': 'Period',
  'channels.serviceColumn': 'Service',
  'channels.channelColumn': 'Channel',
  'channels.contacts': 'Contacts',
  'channels.shareColumn': 'Share {channel}',

  'channelMix.title': 'Channel mix over time',
  'channelMix.description':
    'Share of contacts per channel in each period, for {service}. The bars add up to 100%; the numbers are in the bars and in the table.',
  'channelMix.empty': 'There are no contacts in the selected period.',
  'channelMix.figureLabel': 'Stacked bar chart: channel mix for {service}, {from} – {to}.',
  'channelMix.caption': 'Channel mix for {service}, {from} – {to} (percent of contacts)',

  'channelShift.title': 'Channel shift since the same period last year',
  'channelShift.description':
    'Change in each channel’s share of contacts per service, in percentage points, from {lastFrom} – {lastTo} to {from} – {to}. Bars to the right (+) are a rise, to the left (−) a fall.',
  'channelShift.empty': 'There are no contacts to compare with the same period last year.',
  'channelShift.panel': 'Change in share {channel}',
  'channelShift.figureLabel':
    'Bar chart: change in the share {channel} per service in percentage points, {from} – {to} against the same period a year earlier.',
  'channelShift.caption':
    'Channel shares per service, {from} – {to} against the same period a year earlier (percent and percentage points)',
  'channelShift.share': 'Share now',
  'channelShift.shareLastYear': 'Share last year',
  'channelShift.change': 'Change (percentage points)',
  'channelShift.points': '{value} pp',
  'channelShift.noChange': 'no data',

  'perThousand.title': 'Contacts per 1,000 inhabitants',
  'perThousand.description':
    'All contacts (in person, phone and digital) per 1,000 inhabitants in each period.',
  'perThousand.empty': 'There are no contacts or population figures for the selected period.',
  'perThousand.current': 'Selected period',
  'perThousand.comparison': 'Same period a year earlier',
  'perThousand.figureLabel': 'Line chart: contacts per 1,000 inhabitants, {from} – {to}.',
  'perThousand.caption': 'Contacts per 1,000 inhabitants, {from} – {to}',
  'perThousand.total': 'Whole period: {value} contacts per 1,000 inhabitants.',
  'perThousand.value': 'Per 1,000 inhabitants',
  'perThousand.comparisonValue': 'Per 1,000 inhabitants a year earlier',
};
