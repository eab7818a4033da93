/** Texts of the Digital inclusion view: plain language, short sentences (advisory councils). */
export const da = {
  'inclusionPage.nav': 'Digital inklusion',
  'inclusionPage.title': 'Digital inklusion',
  'inclusionPage.intro':
    'Hvem bruger hvilke kanaler, fordelt på alder – og hvordan borgere uden digitale løsninger bliver hjulpet.',
  'inclusionPage.periodNote':
    'Tallene gælder hele kvartaler eller hele år. Vælg kvartal eller år under »Periode«.',
  'inclusion.about.hidden':
    'Nogle tal er skjult, så ingen enkeltperson kan genkendes. Et skjult tal står som »..«.',
  'inclusion.about.exact':
    'Du ser de præcise tal. Ældreråd og handicapråd ser de samme tabeller, men med små tal skjult.',
  'inclusion.hiddenNote':
    'tallet er skjult for at beskytte enkeltpersoner – enten fordi færre end {threshold} borgere indgår, eller fordi det ellers kunne regnes ud fra de andre tal.',
  'inclusion.notAvailableNote': '–: der er ikke noget tal, fx fordi ingen bookede tid.',
  'inclusion.notRecordedNote':
    '{names}: kilden registrerer ikke borgernes alder her. Derfor står der 0 i alle aldersgrupper, og borgerne tælles under »Alder ukendt«. 0 betyder altså ikke, at ingen brugte den.',
  'inclusion.allAges': 'Alle aldre',
  'inclusion.ageBand': 'Alder',
  'inclusion.inhabitants': 'Indbyggere',
  'inclusion.allChannels': 'Alle kanaler',
  'inclusion.countOf': '{name} (antal)',
  'inclusion.rateOf': '{name} (pr. 1.000 indbyggere)',
  'inclusion.total': 'I alt',
  'inclusion.period': 'Periode',
  'inclusion.note': 'Bemærkning',
  'inclusion.legend': 'Søjlerne i hver gruppe står i samme rækkefølge som her:',
  'inclusion.contacts.title': 'Hvem kommer stadig i Borgerservice?',
  'inclusion.contacts.description':
    'Antal henvendelser pr. 1.000 indbyggere i hver aldersgruppe. Vi tæller fremmøder og bookede tider, fordelt på hvordan tiden blev booket.',
  'inclusion.contacts.figureLabel':
    'Søjlediagram: henvendelser pr. 1.000 indbyggere efter alder og kanal, {period}.',
  'inclusion.contacts.caption': 'Henvendelser efter alder og kanal, {period}',
  'inclusion.contacts.empty': 'Der er ingen henvendelser i den valgte periode.',
  'inclusion.contacts.unknownAge':
    'Borgere med ukendt alder har ingen søjle, fordi vi ikke kender antallet af indbyggere. De står i tabellen.',
  'inclusion.booking.title': 'Hvem får hjælp til at bestille tid?',
  'inclusion.booking.description':
    'Andelen af bookede tider, der blev bestilt over telefonen eller med hjælp fra en medarbejder – ikke på nettet alene.',
  'inclusion.booking.figureLabel':
    'Søjlediagram: andel af tider booket over telefonen eller med hjælp, efter alder, {period}.',
  'inclusion.booking.caption': 'Andel af tider booket over telefonen eller med hjælp, {period}',
  'inclusion.booking.share': 'Booket over telefonen eller med hjælp (%)',
  'inclusion.booking.empty': 'Der er ingen bookede tider i den valgte periode.',
  'inclusion.walkIns.title': 'Hvad sker der, når man møder op uden tid?',
  'inclusion.walkIns.description':
    'Borgere, der kom uden at have bestilt tid, og hvordan de blev hjulpet. Antal borgere.',
  'inclusion.walkIns.figureLabel':
    'Søjlediagram: fremmøder uden bestilt tid efter alder og hvordan borgeren blev hjulpet, {period}.',
  'inclusion.walkIns.caption': 'Fremmøder uden bestilt tid efter alder, {period}',
  'inclusion.walkIns.empty': 'Der er ingen fremmøder uden bestilt tid i den valgte periode.',
  'inclusion.assisted.title': 'Hvem får hjælp til selvbetjening?',
  'inclusion.assisted.description':
    'Fremmøder, hvor en medarbejder hjalp borgeren med at bruge en digital selvbetjening.',
  'inclusion.assisted.figureLabel':
    'Søjlediagram: fremmøder med hjælp til selvbetjening efter alder, {period}.',
  'inclusion.assisted.caption': 'Fremmøder med hjælp til selvbetjening efter alder, {period}',
  'inclusion.assisted.count': 'Fremmøder med hjælp til selvbetjening',
  'inclusion.assisted.empty': 'Der er ingen registreret hjælp til selvbetjening i perioden.',
  'inclusion.exemptions.title': 'Hvor mange bliver fritaget for Digital Post?',
  'inclusion.exemptions.description':
    'Fritagelser for Digital Post, som kommunen har givet. Tallet findes ikke fordelt på alder.',
  'inclusion.exemptions.figureLabel': 'Søjlediagram: fritagelser for Digital Post, {period}.',
  'inclusion.exemptions.caption': 'Fritagelser for Digital Post, {period}',
  'inclusion.exemptions.count': 'Fritagelser',
  'inclusion.exemptions.empty': 'Der er ingen fritagelser for Digital Post i perioden.',
  'inclusion.exemptions.notBegun': '{periods}: kvartalet er ikke begyndt endnu. Derfor står der 0.',
  'inclusion.exemptions.notBegunShort': 'Ikke begyndt endnu',
  'inclusion.exemptions.previous': 'Samme periode året før',
  'inclusion.exemptions.previousError': 'Tallene fra året før kunne ikke hentes. Prøv igen senere.',
  'inclusion.events': 'Begivenheder i perioden: {events}.',
} as const;

export const en: Record<keyof typeof da, string> = {
  'inclusionPage.nav': 'Digital inclusion',
  'inclusionPage.title': 'Digital inclusion',
  'inclusionPage.intro':
    'Who uses which channels, by age – and how citizens without digital solutions are helped.',
  'inclusionPage.periodNote':
    'The numbers cover whole quarters or whole years. Choose a quarter or a year under "Period".',
  'inclusion.about.hidden':
    'Some numbers are hidden so that no individual can be recognised. A hidden number shows as "..".',
  'inclusion.about.exact':
    'You see the exact numbers. The advisory councils see the same tables with small numbers hidden.',
  'inclusion.hiddenNote':
    'the number is hidden to protect individuals – either because fewer than {threshold} citizens are in it, or because it could otherwise be worked out from the other numbers.',
  'inclusion.notAvailableNote': '–: there is no number, e.g. because nobody booked.',
  'inclusion.notRecordedNote':
    '{names}: the source does not record the citizens\' age here. So every age group shows 0, and the citizens are counted under "Age unknown". 0 does not mean nobody used it.',
  'inclusion.allAges': 'All ages',
  'inclusion.ageBand': 'Age',
  'inclusion.inhabitants': 'Inhabitants',
  'inclusion.allChannels': 'All channels',
  'inclusion.countOf': '{name} (number)',
  'inclusion.rateOf': '{name} (per 1,000 inhabitants)',
  'inclusion.total': 'Total',
  'inclusion.period': 'Period',
  'inclusion.note': 'Note',
  'inclusion.legend': 'The bars of each group are in the same order as here:',
  'inclusion.contacts.title': 'Who still comes to Citizen Service?',
  'inclusion.contacts.description':
    'Contacts per 1,000 inhabitants of each age group. We count visits and booked appointments, by how the appointment was booked.',
  'inclusion.contacts.figureLabel':
    'Bar chart: contacts per 1,000 inhabitants by age and channel, {period}.',
  'inclusion.contacts.caption': 'Contacts by age and channel, {period}',
  'inclusion.contacts.empty': 'There are no contacts in the chosen period.',
  'inclusion.contacts.unknownAge':
    'Citizens of unknown age have no bar, as we do not know how many inhabitants they are. They are in the table.',
  'inclusion.booking.title': 'Who gets help to book an appointment?',
  'inclusion.booking.description':
    'The share of booked appointments made by phone or with help from a member of staff – not online alone.',
  'inclusion.booking.figureLabel':
    'Bar chart: share of appointments booked by phone or with help, by age, {period}.',
  'inclusion.booking.caption': 'Share of appointments booked by phone or with help, {period}',
  'inclusion.booking.share': 'Booked by phone or with help (%)',
  'inclusion.booking.empty': 'There are no booked appointments in the chosen period.',
  'inclusion.walkIns.title': 'What happens when you come without an appointment?',
  'inclusion.walkIns.description':
    'Citizens who came without booking, and how they were helped. Number of citizens.',
  'inclusion.walkIns.figureLabel':
    'Bar chart: visits without an appointment by age and how the citizen was helped, {period}.',
  'inclusion.walkIns.caption': 'Visits without an appointment by age, {period}',
  'inclusion.walkIns.empty': 'There are no visits without an appointment in the chosen period.',
  'inclusion.assisted.title': 'Who gets help with self-service?',
  'inclusion.assisted.description':
    'Visits where a member of staff helped the citizen use a digital self-service solution.',
  'inclusion.assisted.figureLabel':
    'Bar chart: visits with help with self-service by age, {period}.',
  'inclusion.assisted.caption': 'Visits with help with self-service by age, {period}',
  'inclusion.assisted.count': 'Visits with help with self-service',
  'inclusion.assisted.empty': 'No help with self-service was recorded in the period.',
  'inclusion.exemptions.title': 'How many are exempted from Digital Post?',
  'inclusion.exemptions.description':
    'Exemptions from Digital Post granted by the municipality. The number is not available by age.',
  'inclusion.exemptions.figureLabel': 'Bar chart: exemptions from Digital Post, {period}.',
  'inclusion.exemptions.caption': 'Exemptions from Digital Post, {period}',
  'inclusion.exemptions.count': 'Exemptions',
  'inclusion.exemptions.empty': 'There are no exemptions from Digital Post in the period.',
  'inclusion.exemptions.notBegun': '{periods}: the quarter has not begun yet. So it shows 0.',
  'inclusion.exemptions.notBegunShort': 'Not begun yet',
  'inclusion.exemptions.previous': 'Same period a year earlier',
  'inclusion.exemptions.previousError':
    'The numbers of the year before could not be fetched. Try again later.',
  'inclusion.events': 'Events in the period: {events}.',
};
