/** Texts of the Efficiency view. */
export const da = {
  'efficiencyPage.nav': 'Effektivisering',
  'efficiencyPage.title': 'Effektivisering',
  'efficiencyPage.intro':
    'Personaletimer, henvendelser pr. personaletime og pris pr. henvendelse pr. kanal.',

  'efficiency.channel.visit': 'Fremmøde',
  'efficiency.channel.call': 'Telefon',
  'efficiency.channel.back_office': 'Backoffice',
  'efficiency.allChannels': 'Alle kanaler',
  'efficiency.comparison': '{channel}, året før',
  'efficiency.period': 'Periode',
  'efficiency.comparisonNote': 'De stiplede linjer viser samme periode året før.',

  'efficiency.hours.title': 'Personaletimer pr. kanal',
  'efficiency.hours.description':
    'Timer, som medarbejderne ifølge vagtplanen var sat på hver kanal. Timer uden kanal tæller som backoffice.',
  'efficiency.hours.empty': 'Der er ingen personaletimer for de valgte kanaler i perioden.',
  'efficiency.hours.figureLabel':
    'Linjediagram: personaletimer pr. kanal, {from} – {to}. Tallene står i tabellen under diagrammet.',
  'efficiency.hours.caption': 'Personaletimer pr. kanal, {from} – {to}',

  'efficiency.perHour.title': 'Henvendelser pr. personaletime',
  'efficiency.perHour.description':
    'Betjente fremmøder (skranken) eller tilbudte opkald (telefonen) delt med personaletimerne på kanalen. Backoffice har ingen henvendelser og er derfor ikke med.',
  'efficiency.perHour.empty':
    'Der er ingen henvendelser pr. personaletime for de valgte kanaler i perioden.',
  'efficiency.perHour.figureLabel':
    'Linjediagram: henvendelser pr. personaletime pr. kanal, {from} – {to}. Tallene står i tabellen under diagrammet.',
  'efficiency.perHour.caption': 'Henvendelser pr. personaletime pr. kanal, {from} – {to}',

  'efficiency.summary.title': 'Tid og pris pr. kanal i hele perioden',
  'efficiency.summary.description':
    'Pris pr. henvendelse er lønudgiften delt med antallet af henvendelser på kanalen.',
  'efficiency.summary.assumptions':
    'Årsværk og lønudgift er regnet om fra personaletimerne med {hours} timer pr. årsværk og {cost} kr. pr. årsværk.',
  'efficiency.summary.empty': 'Der er ingen personaletimer for de valgte kanaler i perioden.',
  'efficiency.summary.caption': 'Personaletimer, årsværk og pris pr. henvendelse, {from} – {to}',
  'efficiency.column.channel': 'Kanal',
  'efficiency.column.staffHours': 'Personaletimer',
  'efficiency.column.fte': 'Årsværk',
  'efficiency.column.staffCostDkk': 'Lønudgift (kr.)',
  'efficiency.column.contacts': 'Henvendelser',
  'efficiency.column.contactsPerStaffHour': 'Henvendelser pr. personaletime',
  'efficiency.column.costPerContact': 'Pris pr. henvendelse (kr.)',
} as const;

export const en: Record<keyof typeof da, string> = {
  'efficiencyPage.nav': 'Efficiency',
  'efficiencyPage.title': 'Efficiency',
  'efficiencyPage.intro': 'Staff hours, contacts per staff hour and cost per contact per channel.',

  'efficiency.channel.visit': 'In person',
  'efficiency.channel.call': 'Phone',
  'efficiency.channel.back_office': 'Back office',
  'efficiency.allChannels': 'All channels',
  'efficiency.comparison': '{channel}, a year earlier',
  'efficiency.period': 'Period',
  'efficiency.comparisonNote': 'The dashed lines show the same period a year earlier.',

  'efficiency.hours.title': 'Staff hours per channel',
  'efficiency.hours.description':
    'Hours the rota put staff on each channel. Hours without a channel count as back office.',
  'efficiency.hours.empty': 'There are no staff hours for the chosen channels in the period.',
  'efficiency.hours.figureLabel':
    'Line chart: staff hours per channel, {from} – {to}. The numbers are in the table below the chart.',
  'efficiency.hours.caption': 'Staff hours per channel, {from} – {to}',

  'efficiency.perHour.title': 'Contacts per staff hour',
  'efficiency.perHour.description':
    'Served visits (counter) or calls offered (phone) divided by the staff hours on the channel. Back office has no contacts and is left out.',
  'efficiency.perHour.empty':
    'There are no contacts per staff hour for the chosen channels in the period.',
  'efficiency.perHour.figureLabel':
    'Line chart: contacts per staff hour per channel, {from} – {to}. The numbers are in the table below the chart.',
  'efficiency.perHour.caption': 'Contacts per staff hour per channel, {from} – {to}',

  'efficiency.summary.title': 'Time and cost per channel over the whole period',
  'efficiency.summary.description':
    'Cost per contact is the staff cost divided by the number of contacts on the channel.',
  'efficiency.summary.assumptions':
    'FTE and staff cost are converted from the staff hours at {hours} hours and DKK {cost} per FTE a year.',
  'efficiency.summary.empty': 'There are no staff hours for the chosen channels in the period.',
  'efficiency.summary.caption': 'Staff hours, FTE and cost per contact, {from} – {to}',
  'efficiency.column.channel': 'Channel',
  'efficiency.column.staffHours': 'Staff hours',
  'efficiency.column.fte': 'FTE',
  'efficiency.column.staffCostDkk': 'Staff cost (DKK)',
  'efficiency.column.contacts': 'Contacts',
  'efficiency.column.contactsPerStaffHour': 'Contacts per staff hour',
  'efficiency.column.costPerContact': 'Cost per contact (DKK)',
};
