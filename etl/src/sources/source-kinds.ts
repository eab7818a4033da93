import type { SourceKindName } from '@kanalindsigt/warehouse/reference/source-kinds';
import { bookingSlotsSource } from './booking-slots/booking-slots.source';
import { bookingsSource } from './bookings/bookings.source';
import { callsAggregateSource } from './calls-aggregate/calls-aggregate.source';
import { callsSource } from './calls/calls.source';
import { populationSource } from './population/population.source';
import { selfserviceSource } from './selfservice/selfservice.source';
import type { SourceKind } from './source-kind';
import { staffingSource } from './staffing/staffing.source';
import { visitsAggregateSource } from './visits-aggregate/visits-aggregate.source';
import { visitsSource } from './visits/visits.source';

/** Every source kind the ETL loads, by name: one for each of the warehouse's source kind names. */
export const SOURCE_KINDS: Readonly<Record<string, SourceKind>> = {
  bookings: bookingsSource,
  'booking-slots': bookingSlotsSource,
  calls: callsSource,
  'calls-aggregate': callsAggregateSource,
  population: populationSource,
  selfservice: selfserviceSource,
  staffing: staffingSource,
  visits: visitsSource,
  'visits-aggregate': visitsAggregateSource,
} satisfies Record<SourceKindName, SourceKind>;

export function sourceKind(name: string): SourceKind {
  const kind = SOURCE_KINDS[name];
  if (!kind)
    throw new Error(
      `unknown source kind "${name}" (known: ${Object.keys(SOURCE_KINDS).join(', ')})`,
    );
  return kind;
}
