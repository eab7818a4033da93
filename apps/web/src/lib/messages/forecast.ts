/** Texts of the forecast part of the Peak times view ("De næste 8 uger"). */
export const da = {
  'forecast.title': 'De næste {weeks} uger',
  'forecast.intro':
    'Prognose fra den sidste dag med data ({origin}): hvor mange henvendelser der kan ventes, hvornår på ugen, og hvor mange medarbejdertimer det kræver. Prognosen følger ikke den valgte periode.',
  'forecast.allSites': 'Prognosen gælder hele kommunen, også når et sted er valgt.',
  'forecast.date': 'Dato',
  'forecast.weekday': 'Ugedag',
  'forecast.time': 'Tidspunkt',
  'forecast.open': 'Åbningsdag',
  'forecast.yes': 'Ja',
  'forecast.no': 'Nej',
  'forecast.VISIT': 'Fremmøde uden tid',
  'forecast.CALL': 'Opkald',
  'forecast.BOOKING': 'Bookede besøg',
  'forecast.VISIT.unit': 'fremmøder uden bestilt tid',
  'forecast.CALL.unit': 'opkald',
  'forecast.BOOKING.unit': 'bookede besøg, der forventes at møde op',

  'forecastDaily.title': 'Prognose pr. dag: {channel}',
  'forecastDaily.description':
    'Forventet antal {unit} pr. åbningsdag fra {from} til {to}. Det mørke bånd er 80 %-intervallet, det lyse 95 %-intervallet: med 80 % / 95 % sandsynlighed ligger dagens tal inden for.',
  'forecastDaily.descriptionShort':
    'Forventet antal {unit} pr. åbningsdag med 80 %- og 95 %-intervaller.',
  'forecastDaily.bookedLoad':
    'Den stiplede linje er de bookede besøg, der ventes at møde op (kendte bookinger og dem, der endnu kommer, fratrukket udeblivelser): en fast belastning ved skranken.',
  'forecastDaily.knownLine':
    'Den stiplede linje er de tider, der allerede var booket på prognosedagen.',
  'forecastDaily.expected': 'Forventet',
  'forecastDaily.band80': '80 %-interval',
  'forecastDaily.band95': '95 %-interval',
  'forecastDaily.low80': '80 % nedre',
  'forecastDaily.high80': '80 % øvre',
  'forecastDaily.low95': '95 % nedre',
  'forecastDaily.high95': '95 % øvre',
  'forecastDaily.booked': 'Bookede besøg (forventet fremmøde)',
  'forecastDaily.known': 'Allerede booket',
  'forecastDaily.figureLabel': 'Linjediagram: prognose pr. dag for {channel}, {from} – {to}',
  'forecastDaily.caption': 'Prognose pr. dag, {channel}, {from} – {to}',
  'forecastDaily.noShow': 'Udeblivelser regnet med: {rate}.',
  'forecastDaily.empty': 'Der er ingen åbningsdage i prognoseperioden.',

  'forecastHeatmap.title': 'Prognose pr. ugedag og time: {channel}',
  'forecastHeatmap.VISIT': 'Fremmøde i alt',
  'forecastHeatmap.VISIT.unit': 'fremmøder med og uden bestilt tid',
  'forecastHeatmap.description':
    'Forventet antal {unit} pr. åbningsdag i hver time, gennemsnit over de næste {weeks} uger. Jo mørkere felt, jo flere; tallet står i feltet.',
  'forecastHeatmap.caption': 'Prognose pr. åbningsdag, {channel}, {from} – {to}',
  'forecastHeatmap.tableCaption':
    'Prognose pr. ugedag og time, gennemsnit pr. åbningsdag, {channel}, {from} – {to}',
  'forecastHeatmap.value': 'Forventet pr. åbningsdag',
  'forecastHeatmap.walkIns': 'Heraf uden tid',
  'forecastHeatmap.booked': 'Heraf med bestilt tid',
  'forecastHeatmap.none': 'Ingen forventede henvendelser (typisk lukket)',
  'forecastHeatmap.legend': 'Farveforklaring: forventet pr. åbningsdag',
  'forecastHeatmap.empty': 'Prognosen venter ingen henvendelser i perioden.',

  'staffingNeed.title': 'Bemandingsbehov mod vagtplanen',
  'staffingNeed.description':
    'Medarbejdertimer pr. dag, der skal til for at nå servicemålene (telefon: 80 % besvaret inden for 60 sekunder; skranke: 80 % af fremmøderne uden tid betjent inden for 15 minutter), mod timerne i vagtplanen. Fuld linje: behov; stiplet: vagtplan.',
  'staffingNeed.assumptions':
    'Telefon efter {model} med en behandlingstid på {aht} min.{patience}; skranke efter Erlang C med {handling} min. pr. betjening og de bookede tider som fast belastning. Pauser og andet fravær er ikke lagt til.',
  'staffingNeed.patience': ' og en tålmodighed i køen på {patience} min.',
  'staffingNeed.noRota':
    'Ingen vagtplan indlæst for perioden: behovet kan ikke sættes op mod planlagte timer. Indlæs vagtplanen for de kommende uger for at se, hvor der mangler eller er for mange timer.',
  'staffingNeed.partialRota':
    'Vagtplanen dækker {count} af {total} dage; dage uden vagtplan har ingen difference.',
  'staffingNeed.summary':
    '{activity}: {shortHours} t for lidt på {shortDays}, {overHours} t for meget på {overDays}.',
  'staffingNeed.day': '{count} dag',
  'staffingNeed.days': '{count} dage',
  'staffingNeed.needed': 'behov',
  'staffingNeed.rota': 'vagtplan',
  'staffingNeed.phone': 'Telefon',
  'staffingNeed.counter': 'Skranke',
  'staffingNeed.phoneNeeded': 'Telefon, behov (timer)',
  'staffingNeed.phoneRota': 'Telefon, vagtplan (timer)',
  'staffingNeed.phoneBalance': 'Telefon, vagtplan − behov (timer)',
  'staffingNeed.phonePeak': 'Telefon, flest samtidige',
  'staffingNeed.counterNeeded': 'Skranke, behov (timer)',
  'staffingNeed.counterRota': 'Skranke, vagtplan (timer)',
  'staffingNeed.counterBalance': 'Skranke, vagtplan − behov (timer)',
  'staffingNeed.counterPeak': 'Skranke, flest samtidige',
  'staffingNeed.status': 'Vurdering',
  'staffingNeed.statusNoRota': 'ingen vagtplan',
  'staffingNeed.statusShort': 'mangler {hours} t',
  'staffingNeed.statusOver': '{hours} t for meget',
  'staffingNeed.statusEven': 'passer',
  'staffingNeed.figureLabel':
    'Linjediagram: medarbejdertimer pr. dag, behov og vagtplan for telefon og skranke, {from} – {to}',
  'staffingNeed.caption': 'Bemandingsbehov og vagtplan pr. dag, {from} – {to}',
  'staffingNeed.empty': 'Der er ingen dage med behov eller vagtplan i prognoseperioden.',
} as const;

export const en: Record<keyof typeof da, string> = {
  'forecast.title': 'The next {weeks} weeks',
  'forecast.intro':
    'Forecast from the last day with data ({origin}): how many contacts to expect, when in the week, and how many staff hours that takes. The forecast does not follow the selected period.',
  'forecast.allSites': 'The forecast covers the whole municipality, also when a site is selected.',
  'forecast.date': 'Date',
  'forecast.weekday': 'Weekday',
  'forecast.time': 'Time',
  'forecast.open': 'Opening day',
  'forecast.yes': 'Yes',
  'forecast.no': 'No',
  'forecast.VISIT': 'Walk-ins',
  'forecast.CALL': 'Calls',
  'forecast.BOOKING': 'Booked visits',
  'forecast.VISIT.unit': 'visits without an appointment',
  'forecast.CALL.unit': 'calls',
  'forecast.BOOKING.unit': 'booked visits expected to attend',

  'forecastDaily.title': 'Forecast per day: {channel}',
  'forecastDaily.description':
    'Expected number of {unit} per opening day from {from} to {to}. The dark band is the 80 % interval, the light one the 95 % interval: with 80 % / 95 % probability the day’s figure falls inside.',
  'forecastDaily.descriptionShort':
    'Expected number of {unit} per opening day with 80 % and 95 % intervals.',
  'forecastDaily.bookedLoad':
    'The dashed line is the booked visits expected to attend (bookings known and still to come, less no-shows): a fixed load at the counter.',
  'forecastDaily.knownLine':
    'The dashed line is the appointments already booked on the forecast date.',
  'forecastDaily.expected': 'Expected',
  'forecastDaily.band80': '80 % interval',
  'forecastDaily.band95': '95 % interval',
  'forecastDaily.low80': '80 % lower',
  'forecastDaily.high80': '80 % upper',
  'forecastDaily.low95': '95 % lower',
  'forecastDaily.high95': '95 % upper',
  'forecastDaily.booked': 'Booked visits (expected to attend)',
  'forecastDaily.known': 'Already booked',
  'forecastDaily.figureLabel': 'Line chart: forecast per day for {channel}, {from} – {to}',
  'forecastDaily.caption': 'Forecast per day, {channel}, {from} – {to}',
  'forecastDaily.noShow': 'No-shows allowed for: {rate}.',
  'forecastDaily.empty': 'There are no opening days in the forecast period.',

  'forecastHeatmap.title': 'Forecast by weekday and hour: {channel}',
  'forecastHeatmap.VISIT': 'All visits in person',
  'forecastHeatmap.VISIT.unit': 'visits with and without an appointment',
  'forecastHeatmap.description':
    'Expected number of {unit} per opening day in each hour, averaged over the next {weeks} weeks. The darker the cell, the more; the number is in the cell.',
  'forecastHeatmap.caption': 'Forecast per opening day, {channel}, {from} – {to}',
  'forecastHeatmap.tableCaption':
    'Forecast by weekday and hour, mean per opening day, {channel}, {from} – {to}',
  'forecastHeatmap.value': 'Expected per opening day',
  'forecastHeatmap.walkIns': 'Of which walk-ins',
  'forecastHeatmap.booked': 'Of which booked',
  'forecastHeatmap.none': 'No contacts expected (usually closed)',
  'forecastHeatmap.legend': 'Colour key: expected per opening day',
  'forecastHeatmap.empty': 'The forecast expects no contacts in the period.',

  'staffingNeed.title': 'Staff needed against the rota',
  'staffingNeed.description':
    'Staff hours per day needed to meet the service targets (phone: 80 % answered within 60 seconds; counter: 80 % of walk-ins served within 15 minutes), against the hours in the rota. Solid line: need; dashed: rota.',
  'staffingNeed.assumptions':
    'Phone by {model} with a handling time of {aht} min{patience}; counter by Erlang C with {handling} min per service and the booked slots as a fixed load. Breaks and other absence are not added.',
  'staffingNeed.patience': ' and a patience in the queue of {patience} min',
  'staffingNeed.noRota':
    'No rota loaded for the period: the need cannot be set against planned hours. Load the rota for the coming weeks to see where hours are short or over.',
  'staffingNeed.partialRota':
    'The rota covers {count} of {total} days; days without a rota have no difference.',
  'staffingNeed.summary':
    '{activity}: {shortHours} h short on {shortDays}, {overHours} h over on {overDays}.',
  'staffingNeed.day': '{count} day',
  'staffingNeed.days': '{count} days',
  'staffingNeed.needed': 'need',
  'staffingNeed.rota': 'rota',
  'staffingNeed.phone': 'Phone',
  'staffingNeed.counter': 'Counter',
  'staffingNeed.phoneNeeded': 'Phone, needed (hours)',
  'staffingNeed.phoneRota': 'Phone, rota (hours)',
  'staffingNeed.phoneBalance': 'Phone, rota − need (hours)',
  'staffingNeed.phonePeak': 'Phone, most at once',
  'staffingNeed.counterNeeded': 'Counter, needed (hours)',
  'staffingNeed.counterRota': 'Counter, rota (hours)',
  'staffingNeed.counterBalance': 'Counter, rota − need (hours)',
  'staffingNeed.counterPeak': 'Counter, most at once',
  'staffingNeed.status': 'Assessment',
  'staffingNeed.statusNoRota': 'no rota',
  'staffingNeed.statusShort': '{hours} h short',
  'staffingNeed.statusOver': '{hours} h over',
  'staffingNeed.statusEven': 'matches',
  'staffingNeed.figureLabel':
    'Line chart: staff hours per day, need and rota for phone and counter, {from} – {to}',
  'staffingNeed.caption': 'Staff needed and rota per day, {from} – {to}',
  'staffingNeed.empty': 'There are no days with a need or a rota in the forecast period.',
};
