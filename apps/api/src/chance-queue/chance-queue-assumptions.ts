import { DEFAULT_NO_SHOW_SHARE_USABLE } from './dto/chance-queue.args';
import type { ChanceQueueAssumption } from './models/chance-queue.model';
import { MinutesPerWalkInSource } from './models/chance-queue.model';

export interface AssumptionInput {
  openingDays: number;
  minutesPerWalkIn: number | null;
  minutesPerWalkInSource: MinutesPerWalkInSource | null;
  meanWalkInHandlingMinutes: number | null;
  unbookedShareUsable: number;
  noShowShareUsable: number;
  hoursPerFte: number;
  costPerFte: number;
  hourlyCostDkk: number;
  /** Queue tickets of any kind on the calendar's days: none means no queue data. */
  visits: number;
}

type Locale = 'da-DK' | 'en-GB';

const number = (value: number, locale: Locale, digits = 0) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
// Danish writes a space before the per cent sign, English none.
const percent = (share: number, locale: Locale) =>
  `${number(share * 100, locale)}${locale === 'da-DK' ? ' %' : '%'}`;

/** Every assumption of the estimate as a Danish and an English sentence, with its figures. */
export function chanceQueueAssumptions(input: AssumptionInput): ChanceQueueAssumption[] {
  const minutes = (locale: Locale) => number(input.minutesPerWalkIn ?? 0, locale, 1);
  const handling =
    input.meanWalkInHandlingMinutes === null
      ? { da: '', en: '' }
      : {
          da: ` Til sammenligning tog en borger uden tid i gennemsnit ${number(input.meanWalkInHandlingMinutes, 'da-DK', 1)} minutter at ekspedere.`,
          en: ` For comparison, serving a walk-in took ${number(input.meanWalkInHandlingMinutes, 'en-GB', 1)} minutes on average.`,
        };
  const minutesSentence =
    input.minutesPerWalkInSource === MinutesPerWalkInSource.ARGUMENT
      ? {
          da: `Hver borger i chancekøen optager ${minutes('da-DK')} minutters medarbejdertid (angivet).`,
          en: `Each chance-queue citizen takes ${minutes('en-GB')} staff minutes (given).`,
        }
      : input.minutesPerWalkInSource === MinutesPerWalkInSource.MEAN_SLOT_LENGTH
        ? {
            da: `Hver borger i chancekøen optager ${minutes('da-DK')} minutters medarbejdertid: den gennemsnitlige længde af de udbudte tider i perioden, fordi en ledig tid kun kan bruges som en hel tid, før den næste bestilte borger kommer.`,
            en: `Each chance-queue citizen takes ${minutes('en-GB')} staff minutes: the mean length of the slots offered in the period, because an idle slot can only be used whole before the next booked citizen arrives.`,
          }
        : {
            da: 'Kalenderen udbød ingen tider i perioden, så der er ingen ledige tider at fylde.',
            en: 'The calendar offered no slots in the period, so there are no idle slots to fill.',
          };
  const perFte = (locale: Locale) => number(input.costPerFte, locale);
  const hours = (locale: Locale) => number(input.hoursPerFte, locale);
  const sentences: ChanceQueueAssumption[] = [
    {
      key: 'calendar-days',
      da: `Kun dage hvor bookingkalenderen udbød tider, tæller med (${input.openingDays} dage); gennemsnittene pr. ugedag og time er pr. sådan dag. En tid tælles i den time den starter, et kønummer i den time det blev trukket (dansk tid).`,
      en: `Only days on which the booking calendar offered slots count (${input.openingDays} days); the means per weekday and hour are per such day. A slot counts in the hour it starts, a ticket in the hour it was drawn (Copenhagen time).`,
    },
    {
      key: 'minutes-per-walk-in',
      da: minutesSentence.da + handling.da,
      en: minutesSentence.en + handling.en,
    },
    {
      key: 'unbooked-share',
      da: `${percent(input.unbookedShareUsable, 'da-DK')} af de ubookede minutter regnes som brugbare: de kendes på forhånd, og det antages, at medarbejderen ikke har lagt andet arbejde i dem (er der planlagt andet arbejde, er tiden ikke ledig, og gevinsten mindre).`,
      en: `${percent(input.unbookedShareUsable, 'en-GB')} of the unbooked minutes count as usable: they are known in advance, and staff are assumed not to have planned other work into them (if they have, the time is not idle and the gain is smaller).`,
    },
    {
      key: 'no-show-share',
      da: `${percent(input.noShowShareUsable, 'da-DK')} af minutterne i tider med udeblivelse regnes som brugbare: en udeblivelse kendes først, når borgeren ikke er mødt op nogle minutter inde i tiden, og der skal stå en borger klar i chancekøen netop da. Standarden, ${percent(DEFAULT_NO_SHOW_SHARE_USABLE, 'da-DK')}, er et forsigtigt skøn, ikke en måling.`,
      en: `${percent(input.noShowShareUsable, 'en-GB')} of the minutes of no-show slots count as usable: a no-show is known only once the citizen has not turned up some minutes into the slot, and a chance-queue citizen must be waiting just then. The default, ${percent(DEFAULT_NO_SHOW_SHARE_USABLE, 'en-GB')}, is a cautious guess, not a measurement.`,
    },
    {
      key: 'demand',
      da: 'Efterspørgslen er kønumre trukket uden bestilt tid i samme time samme dag. Under obligatorisk tidsbestilling bliver borgere uden tid afvist eller bliver væk, så tallet er en nedre grænse for, hvor mange en chancekø ville tiltrække.',
      en: 'Demand is the queue tickets drawn without a booking in the same hour of the same day. Under mandatory booking, walk-ins are turned away or stay away, so this is a lower bound on how many a chance queue would attract.',
    },
    ...(input.visits === 0
      ? [
          {
            key: 'demand-missing',
            da: 'Der er ingen kønumre fra køsystemet på kalenderens dage i perioden, så efterspørgslen er ukendt og regnet som 0 – den er ikke målt til 0.',
            en: 'There are no queue tickets on the calendar’s days in the period, so demand is unknown and counted as 0 – it was not measured as 0.',
          },
        ]
      : []),
    {
      key: 'matching',
      da: 'Ledig tid og borgere uden tid matches inden for samme dag og time, og inden for timen antages de at kunne mødes, så antallet er i den henseende en øvre grænse. Borgere uden tid, der allerede blev hjulpet med det samme, kan have brugt noget af den ledige tid; det ved kalenderen ikke.',
      en: 'Idle time and walk-ins are matched within the same day and hour, and within the hour they are assumed to meet, so the number is an upper bound in that respect. Walk-ins already helped at once may have used some of the idle time; the calendar does not know.',
    },
    {
      key: 'hourly-cost',
      da: `Timeprisen er ${number(input.hourlyCostDkk, 'da-DK', 2)} kr. = ${perFte('da-DK')} kr. pr. årsværk ÷ ${hours('da-DK')} timer pr. årsværk.`,
      en: `The hourly cost is DKK ${number(input.hourlyCostDkk, 'en-GB', 2)} = DKK ${perFte('en-GB')} per FTE ÷ ${hours('en-GB')} hours per FTE.`,
    },
    {
      key: 'same-money',
      da: `Tid i ledige tider er allerede betalt: at bruge den til chancekøen koster ikke ekstra (bedre service for samme penge). Dens værdi er timerne × timeprisen; årsværk er timerne ÷ ${hours('da-DK')} og gælder perioden (en periode på et år giver årsværk om året).`,
      en: `Time in idle slots is already paid for: using it for a chance queue costs nothing extra (better service for the same money). Its value is the hours × the hourly cost; FTE are the hours ÷ ${hours('en-GB')} and cover the period (a year’s period gives FTE a year).`,
    },
    {
      key: 'extra-staff',
      da: `Borgere uden tid, som ikke kan passes ind i ledig tid, ville kræve ekstra personale: antal × ${minutes('da-DK')} minutter ÷ 60 × timeprisen.`,
      en: `Walk-ins who fit no idle time would need extra staff: their number × ${minutes('en-GB')} minutes ÷ 60 × the hourly cost.`,
    },
  ];
  return sentences;
}
