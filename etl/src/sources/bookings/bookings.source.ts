import { rebuildBookingRollups } from '@kanalindsigt/warehouse/rollups/booking-rollups';
import { join } from 'node:path';
import { copenhagenOffsetMinutes } from '@kanalindsigt/calendar/copenhagen-time';
import { REPOSITORY_ROOT } from '@kanalindsigt/warehouse/repository-root';
import { loadPseudonymSecret } from '@kanalindsigt/warehouse/reference/cpr';
import type { WallClock } from '../date-time-format';
import type { CanonicalFields } from '../mapping/canonical-field';
import { slotKeys, slotLengthProblem, slotYearProblem } from '../slot-rules';
import { defineSourceKind, type FieldProblem } from '../source-kind';
import { createBookingCitizenDeriver } from './booking-citizen';
import { BOOKING_FACT_COLUMNS } from './bookings.repository';

/** Appointments from a booking system: one row per booking, with the citizen's CPR number. */
export const BOOKING_FIELDS = {
  bookingRef: { type: 'text', required: true, holds: 'identifier' },
  createdAt: { type: 'timestamp', required: true },
  bookingChannel: {
    type: 'code',
    required: true,
    codes: ['web', 'phone', 'counter', 'floorwalker'],
  },
  serviceLabel: { type: 'text', required: true },
  slotStart: { type: 'timestamp', required: true },
  slotLength: { type: 'duration', required: true },
  status: {
    type: 'code',
    required: true,
    codes: ['booked', 'attended', 'no_show', 'cancelled', 'rescheduled'],
  },
  /** Read only to derive pseudonym, age band and sex; empty for a booking without CPR. */
  citizenCpr: { type: 'text', required: false, holds: 'cpr' },
} as const satisfies CanonicalFields;

export const PSEUDONYM_SECRET_FILE = join(REPOSITORY_ROOT, '.secrets', 'cpr-pseudonym.key');

const DAY_MILLIS = 86_400_000;

const isoDate = ({ year, month, day }: WallClock) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

export const bookingsSource = defineSourceKind({
  kind: 'bookings',
  defaultMapping: 'booking-bookings.json',
  fields: BOOKING_FIELDS,
  route: 'direct',
  factTable: 'dw.fact_booking',
  factColumns: BOOKING_FACT_COLUMNS,
  refColumn: 'booking_ref',
  dayColumn: 'slot_date_key',
  serviceLabelSql: 'service_label',
  refreshRollups: (tx, municipalityCode, fromDateKey, toDateKey) =>
    rebuildBookingRollups(tx, { municipalityCode, fromDateKey, toDateKey }),

  createStager: ({ sourceFileId, municipalityCode, siteId, serviceLabels }) => {
    const citizenOf = createBookingCitizenDeriver(
      loadPseudonymSecret({ localFile: PSEUDONYM_SECRET_FILE }),
    );
    return (record, row) => {
      const created = record.createdAt;
      const slot = record.slotStart;
      const slotSeconds = record.slotLength;
      const problems: FieldProblem[] = [];

      const lengthProblem = slotLengthProblem(slotSeconds);
      if (lengthProblem) problems.push({ field: 'slotLength', reason: lengthProblem });
      const local = slot.wallClock;
      const yearProblem = slotYearProblem(local);
      if (yearProblem) problems.push({ field: 'slotStart', reason: yearProblem });
      // The fact's CHECK subtracts '1 day', which is 23 hours over the spring-forward night when
      // the session runs in Copenhagen time; the stricter reading keeps the CHECK from failing the file.
      const dstShift = Math.max(
        0,
        copenhagenOffsetMinutes(created.utcMillis) - copenhagenOffsetMinutes(slot.utcMillis),
      );
      if (created.utcMillis - slot.utcMillis > DAY_MILLIS - dstShift * 60_000) {
        problems.push({ field: 'slotStart', reason: 'is more than a day before {createdAt}' });
      }
      const slotDate = isoDate(local);
      const citizen = citizenOf(record.citizenCpr, slotDate);
      if ('field' in citizen) problems.push(citizen);
      if (problems.length > 0 || 'field' in citizen) return problems;

      const { dateKey, timeKey } = slotKeys(local);
      return {
        firstDateKey: dateKey,
        lastDateKey: dateKey,
        values: [
          municipalityCode,
          sourceFileId,
          row,
          record.bookingRef,
          siteId,
          serviceLabels.serviceId(record.serviceLabel),
          record.serviceLabel,
          created.utcMillis,
          record.bookingChannel,
          slot.utcMillis,
          slotSeconds / 60,
          dateKey,
          timeKey,
          record.status,
          citizen.pseudonym,
          citizen.ageBandCode,
          citizen.sex,
        ],
      };
    };
  },
});
