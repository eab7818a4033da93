/** Texts of the Peak times view. */
export const da = {
  'peaksPage.nav': 'Spidsbelastning',
  'peaksPage.title': 'Spidsbelastning',
  'peaksPage.intro':
    'Hvornår på ugen og dagen der er flest henvendelser, og hvilke dage der var travlest.',
  'peaks.channel': 'Kanal',
  'peaks.resolution': 'Opløsning',
  'peaks.callsAllSites':
    'Opkald registreres ikke pr. sted: telefontallene gælder hele kommunen, også når et sted er valgt.',
  'peaks.hour': 'Time',
  'peaks.quarterHour': 'Kvarter',
  'peaks.VISIT': 'Fremmøde',
  'peaks.CALL': 'Telefon',
  'peaks.BOOKING': 'Tidsbestilling',
  'peaks.VISIT.unit': 'fremmøder (trukne køsedler)',
  'peaks.CALL.unit': 'opkald',
  'peaks.BOOKING.unit': 'bookede tider',
  'peaks.date': 'Dato',
  'peaks.weekday': 'Ugedag',
  'peaks.time': 'Tidspunkt',
  'peaks.week': 'Uge',

  'peakProfile.title': '{channel} pr. ugedag og tidspunkt (gennemsnit pr. åbningsdag)',
  'peakProfile.description':
    'Gennemsnitligt antal {unit} pr. åbningsdag i hvert tidsrum. Jo mørkere felt, jo flere; tallet står i feltet.',
  'peakProfile.empty': 'Der er ingen registrerede henvendelser i den valgte periode.',
  'peakProfile.noProfile':
    'Tidsbestillinger har endnu ingen ugeprofil (tiderne er ikke samlet pr. tidsrum). Se travleste dage og kalenderen.',
  'peakProfile.caption': '{channel} pr. åbningsdag, {from} – {to}',
  'peakProfile.captionLastYear': 'Samme periode sidste år: {channel} pr. åbningsdag, {from} – {to}',
  'peakProfile.lastYearEmpty': 'Der er ingen henvendelser i samme periode sidste år.',
  'peakProfile.none': 'Ingen henvendelser (typisk lukket)',
  'peakProfile.legend': 'Farveforklaring: gennemsnit pr. åbningsdag',
  'peakProfile.openingDays': 'Beregnet ud fra {count} åbningsdage.',
  'peakProfile.tableCaption':
    '{channel} pr. ugedag og tidspunkt, gennemsnit pr. åbningsdag, {from} – {to}',
  'peakProfile.value': 'Gennemsnit pr. åbningsdag',
  'peakProfile.valueLastYear': 'Gennemsnit samme periode sidste år',

  'peakDays.title': 'Travleste dage: {channel}',
  'peakDays.description': 'De {count} dage med flest {unit} i perioden, travleste først.',
  'peakDays.empty': 'Der er ingen henvendelser i den valgte periode.',
  'peakDays.afterClosure': 'efter lukkedag',
  'peakDays.afterClosureNamed': 'efter lukkedag ({name})',
  'peakDays.closureNote':
    '“Efter lukkedag”: hverdagen før var en helligdag eller lukkedag, så borgerne fra den dag kom her i stedet.',
  'peakDays.rank': 'Placering',
  'peakDays.contacts': 'Antal',
  'peakDays.followsClosure': 'Efter lukkedag',
  'peakDays.yes': 'Ja',
  'peakDays.no': 'Nej',
  'peakDays.caption': 'Travleste dage, {channel}, {from} – {to}',

  'peakCalendar.title': 'Kalender: {channel} pr. dag',
  'peakCalendar.description':
    'Antal {unit} hver dag, en tabel pr. måned med en række pr. uge. Jo mørkere felt, jo flere. Lukkedage er markeret med en streg.',
  'peakCalendar.empty': 'Der er ingen dage i den valgte periode.',
  'peakCalendar.closed': 'lukket',
  'peakCalendar.legend': 'Farveforklaring: antal pr. dag',
  'peakCalendar.region': 'Kalender pr. måned',
  'peakCalendar.openingDay': 'Åbningsdag',
  'peakCalendar.holiday': 'Helligdag',
  'peakCalendar.caption': '{channel} pr. dag, {from} – {to}',
} as const;

export const en: Record<keyof typeof da, string> = {
  'peaksPage.nav': 'Peak times',
  'peaksPage.title': 'Peak times',
  'peaksPage.intro': 'When in the week and day contacts peak, and which days were busiest.',
  'peaks.channel': 'Channel',
  'peaks.resolution': 'Resolution',
  'peaks.callsAllSites':
    'Calls are not recorded per site: the telephone figures cover the whole municipality, even when a site is chosen.',
  'peaks.hour': 'Hour',
  'peaks.quarterHour': 'Quarter hour',
  'peaks.VISIT': 'In person',
  'peaks.CALL': 'Phone',
  'peaks.BOOKING': 'Appointments',
  'peaks.VISIT.unit': 'visits (queue tickets drawn)',
  'peaks.CALL.unit': 'calls',
  'peaks.BOOKING.unit': 'booked appointments',
  'peaks.date': 'Date',
  'peaks.weekday': 'Weekday',
  'peaks.time': 'Time',
  'peaks.week': 'Week',

  'peakProfile.title': '{channel} by weekday and time (average per opening day)',
  'peakProfile.description':
    'Average number of {unit} per opening day in each time slot. The darker the cell, the more; the number is in the cell.',
  'peakProfile.empty': 'There are no recorded contacts in the selected period.',
  'peakProfile.noProfile':
    'Appointments have no weekday profile yet (slot times are not rolled up). See the busiest days and the calendar.',
  'peakProfile.caption': '{channel} per opening day, {from} – {to}',
  'peakProfile.captionLastYear': 'Same period last year: {channel} per opening day, {from} – {to}',
  'peakProfile.lastYearEmpty': 'There are no contacts in the same period last year.',
  'peakProfile.none': 'No contacts (usually closed)',
  'peakProfile.legend': 'Colour key: average per opening day',
  'peakProfile.openingDays': 'Based on {count} opening days.',
  'peakProfile.tableCaption':
    '{channel} by weekday and time, average per opening day, {from} – {to}',
  'peakProfile.value': 'Average per opening day',
  'peakProfile.valueLastYear': 'Average same period last year',

  'peakDays.title': 'Busiest days: {channel}',
  'peakDays.description': 'The {count} days with the most {unit} in the period, busiest first.',
  'peakDays.empty': 'There are no contacts in the selected period.',
  'peakDays.afterClosure': 'after a closure',
  'peakDays.afterClosureNamed': 'after a closure ({name})',
  'peakDays.closureNote':
    '“After a closure”: the weekday before was a public holiday or closure day, so that day’s citizens came on this one instead.',
  'peakDays.rank': 'Rank',
  'peakDays.contacts': 'Number',
  'peakDays.followsClosure': 'After a closure',
  'peakDays.yes': 'Yes',
  'peakDays.no': 'No',
  'peakDays.caption': 'Busiest days, {channel}, {from} – {to}',

  'peakCalendar.title': 'Calendar: {channel} per day',
  'peakCalendar.description':
    'Number of {unit} each day, one table per month with a row per week. The darker the cell, the more. Closed days are marked with a dash.',
  'peakCalendar.empty': 'There are no days in the selected period.',
  'peakCalendar.closed': 'closed',
  'peakCalendar.legend': 'Colour key: number per day',
  'peakCalendar.region': 'Calendar by month',
  'peakCalendar.openingDay': 'Opening day',
  'peakCalendar.holiday': 'Public holiday',
  'peakCalendar.caption': '{channel} per day, {from} – {to}',
};
