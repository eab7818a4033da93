/** Texts of the Appointment booking view: the booking-effect evaluation and the chance queue. */
export const da = {
  'bookingPage.nav': 'Tidsbestilling',
  'bookingPage.title': 'Tidsbestilling',
  'bookingPage.intro':
    'Har obligatorisk tidsbestilling virket? Det observerede sammenlignet med det forventede uden tidsbestilling.',

  'booking.evaluation': 'Evaluering',
  'booking.periodNote':
    'Evalueringerne dækker hver deres egen periode før og efter indførelsen. Periodevalget gælder chancekøen nederst.',
  'booking.ciExplained':
    'Et 95 %-konfidensinterval (KI) er det spænd af effekter, som data er forenelige med: beregnet på denne måde rammer spændet den sande effekt 95 gange ud af 100. Rummer spændet både et fald og en stigning, kan vi ikke sige, om der er sket en ændring.',
  'booking.notFitted': 'kunne ikke beregnes ({error})',
  'booking.inconclusiveNote':
    'Intervallet rummer både fald og stigning, så der er ingen sikker ændring.',
  'booking.autocorrelated':
    'Månederne hænger tæt sammen (autokorrelation), så intervallerne er formentlig for smalle: læs tallene som retning og størrelse, ikke som præcise tal.',
  'booking.month': 'Måned',
  'booking.observed': 'Observeret',
  'booking.counterfactual': 'Forventet uden tidsbestilling',
  'booking.band': '95 %-usikkerhedsbånd for det forventede',
  'booking.bandLow': 'Bånd, nedre',
  'booking.bandHigh': 'Bånd, øvre',
  'booking.excluded': 'Udeladt af modellen',
  'booking.excluded.drop': 'Udeladt',
  'booking.excluded.dummy': 'Eget niveau',
  'booking.goLive': '{name} går i luften',

  'booking.values.count': 'Tallene er antal pr. måned.',
  'booking.values.unit': 'Tallene er i {unit}.',
  'booking.values.unitPerDay': 'Tallene er {unit} pr. åbningsdag.',
  'booking.unit.COUNT': 'antal',
  'booking.unit.DKK': 'kr.',
  'booking.unit.FTE': 'årsværk',
  'booking.unit.HOURS': 'timer',
  'booking.unit.MINUTES': 'minutter',
  'booking.unit.PERCENT': 'procentpoint',
  'booking.unit.PER_HOUR': 'pr. time',
  'booking.unit.PER_THOUSAND': 'pr. 1.000',
  'booking.unit.SECONDS': 'sekunder',

  'booking.findings.title': 'Hvad fandt vi?',
  'booking.findings.description':
    'Ændringen efter indførelsen i forhold til det forventede uden tidsbestilling, én sætning pr. måling.',
  'booking.findings.empty': 'Der er ikke gemt nogen evalueringer for kommunen.',
  'booking.findings.conclusive': 'Sikker ændring',
  'booking.findings.inconclusive': 'Ingen sikker ændring',
  'booking.findings.meta': '{name}, indført {date}',
  'booking.findings.caption': 'Resultater af evalueringerne af tidsbestilling',
  'booking.findings.metric': 'Måling',
  'booking.findings.finding': 'Resultat',
  'booking.findings.change': 'Ændring',
  'booking.findings.low': '95 %-KI, nedre',
  'booking.findings.high': '95 %-KI, øvre',
  'booking.findings.unit': 'Enhed',
  'booking.findings.certain': 'Sikker ændring?',
  'booking.findings.yes': 'Ja',
  'booking.findings.no': 'Nej',

  'booking.counterfactual.title': '{metric}: observeret og forventet uden tidsbestilling',
  'booking.counterfactual.titleShort': 'Observeret og forventet uden tidsbestilling',
  'booking.counterfactual.description':
    'Den fulde linje er det, der skete. Den stiplede linje er det, modellen forventer uden tidsbestilling fra {date}, ud fra udviklingen og sæsonen før; det skraverede bånd er usikkerheden på det forventede.',
  'booking.counterfactual.descriptionShort':
    'Den fulde linje er det, der skete; den stiplede det forventede uden tidsbestilling.',
  'booking.counterfactual.empty': 'Der er ingen måneder efter indførelsen at sammenligne.',
  'booking.counterfactual.caption':
    '{metric} pr. måned: observeret og forventet uden tidsbestilling',
  'booking.counterfactual.figureLabel':
    'Linjediagram: {metric} pr. måned, observeret og forventet uden tidsbestilling med usikkerhedsbånd. Tallene findes i tabellen.',

  'booking.cumulative.title': 'Forskellen lagt sammen siden indførelsen',
  'booking.cumulative.description':
    'Observeret minus forventet, lagt sammen måned for måned. Til og med {month}: {value} ({metric}).',
  'booking.cumulative.descriptionShort': 'Observeret minus forventet, lagt sammen måned for måned.',
  'booking.cumulative.empty': 'Der er ingen måneder efter indførelsen endnu.',
  'booking.cumulative.line': 'Forskel i alt siden indførelsen',
  'booking.cumulative.difference': 'Forskel i måneden',
  'booking.cumulative.caption': '{metric}: observeret minus forventet, pr. måned og i alt',
  'booking.cumulative.figureLabel':
    'Linjediagram: {metric}, observeret minus forventet lagt sammen siden indførelsen. Tallene findes i tabellen.',

  'booking.efficiency.title': 'Årsværk og kroner: realiseret mod målet',
  'booking.efficiency.description':
    'Sparede timer ({metric}) omregnet til årsværk og kroner, måned for måned, mod besparelsen i budgettet.',
  'booking.efficiency.empty':
    'Ingen af evalueringerne måler medarbejdertimer, så der er ingen omregning til årsværk og kroner.',
  'booking.efficiency.onTrack': 'På sporet',
  'booking.efficiency.behind': 'Bagud',
  'booking.efficiency.annual':
    'Omregnet til et helt år spares {fte} årsværk (95 %-KI {low}–{high}), ca. {dkk} kr. om året.',
  'booking.efficiency.target': 'Målet i budgettet er {fte} årsværk ({dkk} kr. om året) fra {from}.',
  'booking.efficiency.statusOnTrack':
    'Besparelsen følger målet: {saved} kr. sparet mod {target} kr. budgetteret til og med {month}.',
  'booking.efficiency.statusBehind':
    'Besparelsen er bagud: {saved} kr. sparet mod {target} kr. budgetteret til og med {month}.',
  'booking.efficiency.paidBack': 'Investeringen på {dkk} kr. var tjent hjem i {month}.',
  'booking.efficiency.notPaidBack': 'Investeringen på {dkk} kr. er endnu ikke tjent hjem.',
  'booking.efficiency.paybackMark': 'Investeringen tjent hjem',
  'booking.efficiency.dkkHeading': 'Kroner sparet i alt mod målet',
  'booking.efficiency.fteHeading': 'Årsværk sparet pr. måned (årlig takt) mod målet',
  'booking.efficiency.savedDkk': 'Sparet i alt (kr.)',
  'booking.efficiency.targetDkk': 'Mål i alt (kr.)',
  'booking.efficiency.dkkSaved': 'Sparet i måneden (kr.)',
  'booking.efficiency.fteRate': 'Sparet (årsværk, årlig takt)',
  'booking.efficiency.targetFte': 'Mål (årsværk)',
  'booking.efficiency.hoursSaved': 'Sparede timer',
  'booking.efficiency.status': 'Status',
  'booking.efficiency.caption': '{name}: årsværk og kroner sparet pr. måned mod målet',

  'booking.chanceQueue.heading': 'Chancekø: hvad nu hvis?',
  'booking.chanceQueue.intro':
    'En chancekø betjener borgere uden tid, når kalenderen har en ledig tid. Beregningen bruger bookingkalenderen og køsystemet i den valgte periode.',
  'booking.chanceQueue.minutes': 'Minutter pr. borger uden tid',
  'booking.chanceQueue.minutesPlaceholder': 'tidernes længde',
  'booking.chanceQueue.noShow': 'Andel af udeblivelsestider, der kan bruges (%)',
  'booking.chanceQueue.recalculate': 'Beregn igen',
  'booking.chanceQueue.invalid':
    'Minutter skal være mellem 1 og 240 og andelen mellem 0 og 100 %. Lad et felt stå tomt for standarden.',
  'booking.chanceQueue.weekday': 'Ugedag',
  'booking.chanceQueue.hour': 'Time',
  'booking.chanceQueue.walkIns': 'Borgere uden tid',
  'booking.chanceQueue.servable': 'Kunne betjenes i ledig tid',
  'booking.chanceQueue.idleUnbooked': 'Ubookede minutter',
  'booking.chanceQueue.idleNoShow': 'Minutter med udeblivelse',
  'booking.chanceQueue.usable': 'Brugbare ledige minutter',
  'booking.chanceQueue.staffMinutes': 'Medarbejderminutter',
  'booking.chanceQueue.assumptions': 'Forudsætninger',

  'booking.chanceQueue.grid.title': 'Borgere uden tid, der kunne betjenes i ledige tider',
  'booking.chanceQueue.grid.description':
    'Gennemsnit pr. dag med tider i kalenderen, fordelt på ugedag og time.',
  'booking.chanceQueue.grid.minutes': 'Hver borger regnes til {minutes} minutter.',
  'booking.chanceQueue.grid.empty': 'Bookingkalenderen udbød ingen tider i den valgte periode.',
  'booking.chanceQueue.grid.caption':
    'Borgere uden tid, der kunne betjenes i ledige tider, pr. dag med tider, {from} – {to}',
  'booking.chanceQueue.grid.tableCaption':
    'Chancekø pr. ugedag og time, gennemsnit pr. dag med tider, {from} – {to}',
  'booking.chanceQueue.grid.none': 'Ingen borgere uden tid og ingen ledig tid',
  'booking.chanceQueue.grid.legend': 'Jo mørkere felt, jo flere borgere kunne betjenes.',

  'booking.chanceQueue.totals.title': 'Chancekøen i hele perioden',
  'booking.chanceQueue.totals.description':
    'Hvad en chancekø kunne have givet, og hvad beregningen bygger på.',
  'booking.chanceQueue.totals.served':
    'En chancekø kunne have betjent ca. {servable} af {walkIns} borgere uden tid i ledige tider på de {days} dage med tider i kalenderen.',
  'booking.chanceQueue.totals.paid':
    'Det bruger ca. {hours} medarbejdertimer, der allerede er betalt – bedre service for samme penge, svarende til ca. {dkk} kr. eller {fte} årsværk i perioden.',
  'booking.chanceQueue.totals.extra':
    'Ca. {notFitting} borgere uden tid kunne ikke passes ind; at betjene dem ville kræve ca. {hours} ekstra timer, omkring {dkk} kr.',
  'booking.chanceQueue.totals.allFit': 'Alle borgere uden tid kunne passes ind i ledig tid.',
  'booking.chanceQueue.totals.caption': 'Chancekø i alt, {from} – {to}',
  'booking.chanceQueue.totals.figure': 'Tal',
  'booking.chanceQueue.totals.value': 'Værdi',
  'booking.chanceQueue.totals.openingDays': 'Dage med tider i kalenderen',
  'booking.chanceQueue.totals.notFitting': 'Borgere uden tid, der ikke kunne passes ind',
  'booking.chanceQueue.totals.staffHours': 'Medarbejdertimer i ledige tider',
  'booking.chanceQueue.totals.idleValueDkk': 'Værdi af den ledige tid (kr.)',
  'booking.chanceQueue.totals.idleValueFte': 'Værdi af den ledige tid (årsværk)',
  'booking.chanceQueue.totals.extraHours': 'Ekstra medarbejdertimer',
  'booking.chanceQueue.totals.extraDkk': 'Ekstra udgift (kr.)',
  'booking.chanceQueue.totals.hourlyCost': 'Timepris (kr.)',
} as const;

export const en: Record<keyof typeof da, string> = {
  'bookingPage.nav': 'Appointment booking',
  'bookingPage.title': 'Appointment booking',
  'bookingPage.intro':
    'Has mandatory booking worked? What was observed compared with what was expected without it.',

  'booking.evaluation': 'Evaluation',
  'booking.periodNote':
    'Each evaluation covers its own period before and after go-live. The period filter applies to the chance queue at the bottom.',
  'booking.ciExplained':
    'A 95% confidence interval (CI) is the range of effects the data are consistent with: computed this way, the range covers the true effect 95 times out of 100. If it holds both a fall and a rise, we cannot say whether anything changed.',
  'booking.notFitted': 'could not be calculated ({error})',
  'booking.inconclusiveNote':
    'The interval holds both a fall and a rise, so there is no clear change.',
  'booking.autocorrelated':
    'The months are closely linked (autocorrelation), so the intervals are probably too narrow: read the figures as direction and size, not as precise numbers.',
  'booking.month': 'Month',
  'booking.observed': 'Observed',
  'booking.counterfactual': 'Expected without booking',
  'booking.band': '95% uncertainty band of the expected',
  'booking.bandLow': 'Band, lower',
  'booking.bandHigh': 'Band, upper',
  'booking.excluded': 'Left out of the model',
  'booking.excluded.drop': 'Left out',
  'booking.excluded.dummy': 'Own level',
  'booking.goLive': '{name} goes live',

  'booking.values.count': 'The numbers are counts per month.',
  'booking.values.unit': 'The numbers are in {unit}.',
  'booking.values.unitPerDay': 'The numbers are {unit} per opening day.',
  'booking.unit.COUNT': 'count',
  'booking.unit.DKK': 'DKK',
  'booking.unit.FTE': 'FTE',
  'booking.unit.HOURS': 'hours',
  'booking.unit.MINUTES': 'minutes',
  'booking.unit.PERCENT': 'percentage points',
  'booking.unit.PER_HOUR': 'per hour',
  'booking.unit.PER_THOUSAND': 'per 1,000',
  'booking.unit.SECONDS': 'seconds',

  'booking.findings.title': 'What did we find?',
  'booking.findings.description':
    'The change after go-live compared with what was expected without booking, one sentence per measure.',
  'booking.findings.empty': 'No evaluations are stored for the municipality.',
  'booking.findings.conclusive': 'Clear change',
  'booking.findings.inconclusive': 'No clear change',
  'booking.findings.meta': '{name}, introduced {date}',
  'booking.findings.caption': 'Results of the booking evaluations',
  'booking.findings.metric': 'Measure',
  'booking.findings.finding': 'Result',
  'booking.findings.change': 'Change',
  'booking.findings.low': '95% CI, lower',
  'booking.findings.high': '95% CI, upper',
  'booking.findings.unit': 'Unit',
  'booking.findings.certain': 'Clear change?',
  'booking.findings.yes': 'Yes',
  'booking.findings.no': 'No',

  'booking.counterfactual.title': '{metric}: observed and expected without booking',
  'booking.counterfactual.titleShort': 'Observed and expected without booking',
  'booking.counterfactual.description':
    'The solid line is what happened. The dashed line is what the model expects without booking from {date}, from the trend and seasons before; the shaded band is the uncertainty of the expected.',
  'booking.counterfactual.descriptionShort':
    'The solid line is what happened; the dashed line what was expected without booking.',
  'booking.counterfactual.empty': 'There are no months after go-live to compare.',
  'booking.counterfactual.caption': '{metric} per month: observed and expected without booking',
  'booking.counterfactual.figureLabel':
    'Line chart: {metric} per month, observed and expected without booking with an uncertainty band. The numbers are in the table.',

  'booking.cumulative.title': 'The difference added up since go-live',
  'booking.cumulative.description':
    'Observed minus expected, added up month by month. Up to {month}: {value} ({metric}).',
  'booking.cumulative.descriptionShort': 'Observed minus expected, added up month by month.',
  'booking.cumulative.empty': 'There are no months after go-live yet.',
  'booking.cumulative.line': 'Total difference since go-live',
  'booking.cumulative.difference': 'Difference in the month',
  'booking.cumulative.caption': '{metric}: observed minus expected, per month and in total',
  'booking.cumulative.figureLabel':
    'Line chart: {metric}, observed minus expected added up since go-live. The numbers are in the table.',

  'booking.efficiency.title': 'FTE and DKK: realised against the target',
  'booking.efficiency.description':
    'Hours saved ({metric}) as FTE and DKK, month by month, against the saving in the budget.',
  'booking.efficiency.empty':
    'None of the evaluations measures staff hours, so there is no translation into FTE and DKK.',
  'booking.efficiency.onTrack': 'On track',
  'booking.efficiency.behind': 'Behind',
  'booking.efficiency.annual':
    'Over a whole year this saves {fte} FTE (95% CI {low}–{high}), about DKK {dkk} a year.',
  'booking.efficiency.target': 'The budget target is {fte} FTE (DKK {dkk} a year) from {from}.',
  'booking.efficiency.statusOnTrack':
    'The saving keeps up with the target: DKK {saved} saved against DKK {target} budgeted up to {month}.',
  'booking.efficiency.statusBehind':
    'The saving is behind: DKK {saved} saved against DKK {target} budgeted up to {month}.',
  'booking.efficiency.paidBack': 'The investment of DKK {dkk} was paid back in {month}.',
  'booking.efficiency.notPaidBack': 'The investment of DKK {dkk} has not been paid back yet.',
  'booking.efficiency.paybackMark': 'Investment paid back',
  'booking.efficiency.dkkHeading': 'DKK saved in total against the target',
  'booking.efficiency.fteHeading': 'FTE saved per month (yearly rate) against the target',
  'booking.efficiency.savedDkk': 'Saved in total (DKK)',
  'booking.efficiency.targetDkk': 'Target in total (DKK)',
  'booking.efficiency.dkkSaved': 'Saved in the month (DKK)',
  'booking.efficiency.fteRate': 'Saved (FTE, yearly rate)',
  'booking.efficiency.targetFte': 'Target (FTE)',
  'booking.efficiency.hoursSaved': 'Hours saved',
  'booking.efficiency.status': 'Status',
  'booking.efficiency.caption': '{name}: FTE and DKK saved per month against the target',

  'booking.chanceQueue.heading': 'Chance queue: what if?',
  'booking.chanceQueue.intro':
    'A chance queue serves walk-ins whenever the calendar has an idle slot. The estimate uses the booking calendar and the queue system in the chosen period.',
  'booking.chanceQueue.minutes': 'Minutes per walk-in',
  'booking.chanceQueue.minutesPlaceholder': 'slot length',
  'booking.chanceQueue.noShow': 'Share of no-show slots usable (%)',
  'booking.chanceQueue.recalculate': 'Recalculate',
  'booking.chanceQueue.invalid':
    'Minutes must be from 1 to 240 and the share from 0 to 100%. Leave a field empty for the default.',
  'booking.chanceQueue.weekday': 'Weekday',
  'booking.chanceQueue.hour': 'Hour',
  'booking.chanceQueue.walkIns': 'Walk-ins',
  'booking.chanceQueue.servable': 'Could be served in idle time',
  'booking.chanceQueue.idleUnbooked': 'Unbooked minutes',
  'booking.chanceQueue.idleNoShow': 'No-show minutes',
  'booking.chanceQueue.usable': 'Usable idle minutes',
  'booking.chanceQueue.staffMinutes': 'Staff minutes',
  'booking.chanceQueue.assumptions': 'Assumptions',

  'booking.chanceQueue.grid.title': 'Walk-ins who could have been served in idle slots',
  'booking.chanceQueue.grid.description':
    'Average per day with slots in the calendar, by weekday and hour.',
  'booking.chanceQueue.grid.minutes': 'Each citizen is counted as {minutes} minutes.',
  'booking.chanceQueue.grid.empty': 'The booking calendar offered no slots in the chosen period.',
  'booking.chanceQueue.grid.caption':
    'Walk-ins who could have been served in idle slots, per day with slots, {from} – {to}',
  'booking.chanceQueue.grid.tableCaption':
    'Chance queue by weekday and hour, average per day with slots, {from} – {to}',
  'booking.chanceQueue.grid.none': 'No walk-ins and no idle time',
  'booking.chanceQueue.grid.legend': 'The darker the cell, the more citizens could be served.',

  'booking.chanceQueue.totals.title': 'The chance queue over the whole period',
  'booking.chanceQueue.totals.description':
    'What a chance queue could have given, and what the estimate rests on.',
  'booking.chanceQueue.totals.served':
    'A chance queue could have served about {servable} of {walkIns} walk-ins in idle slots on the {days} days with slots in the calendar.',
  'booking.chanceQueue.totals.paid':
    'That uses about {hours} staff hours already paid for – better service for the same money, worth about DKK {dkk} or {fte} FTE in the period.',
  'booking.chanceQueue.totals.extra':
    'About {notFitting} walk-ins could not be fitted in; serving them would take about {hours} extra hours, around DKK {dkk}.',
  'booking.chanceQueue.totals.allFit': 'Every walk-in could be fitted into idle time.',
  'booking.chanceQueue.totals.caption': 'Chance queue in total, {from} – {to}',
  'booking.chanceQueue.totals.figure': 'Figure',
  'booking.chanceQueue.totals.value': 'Value',
  'booking.chanceQueue.totals.openingDays': 'Days with slots in the calendar',
  'booking.chanceQueue.totals.notFitting': 'Walk-ins who could not be fitted in',
  'booking.chanceQueue.totals.staffHours': 'Staff hours in idle slots',
  'booking.chanceQueue.totals.idleValueDkk': 'Value of the idle time (DKK)',
  'booking.chanceQueue.totals.idleValueFte': 'Value of the idle time (FTE)',
  'booking.chanceQueue.totals.extraHours': 'Extra staff hours',
  'booking.chanceQueue.totals.extraDkk': 'Extra cost (DKK)',
  'booking.chanceQueue.totals.hourlyCost': 'Hourly cost (DKK)',
};
