import { rebuildBookingSlotRollups } from '@kanalindsigt/warehouse/rollups/booking-slot-rollups';
import type { CanonicalFields } from '../mapping/canonical-field';
import { slotKeys, slotLengthProblem, slotYearProblem } from '../slot-rules';
import { defineSourceKind, type FieldProblem } from '../source-kind';
import { BookingSlotsRepository } from './booking-slots.repository';

/** A booking system's calendar: one row per slot a calendar offers for booking. */
export const BOOKING_SLOT_FIELDS = {
  /** The bookable resource (a counter's or a case worker's calendar); with the start, the slot's key. */
  calendar: { type: 'text', required: true },
  slotStart: { type: 'timestamp', required: true },
  slotLength: { type: 'duration', required: true },
  /** Empty when the slot is open to every service. */
  serviceLabel: { type: 'text', required: false },
} as const satisfies CanonicalFields;

/** An earlier slot of the file: where it ends, and its row for the message. */
interface Taken {
  startMillis: number;
  endMillis: number;
  row: number;
}

const repository = new BookingSlotsRepository();

export const bookingSlotsSource = defineSourceKind({
  kind: 'booking-slots',
  defaultMapping: 'booking-slots.json',
  fields: BOOKING_SLOT_FIELDS,
  route: 'staging',
  factTable: 'dw.fact_booking_slot',
  stagingTable: 'staging.stg_booking_slot',
  mapsServiceLabels: true,
  copyIntoStagingSql: repository.copyIntoStagingSql,
  promote: (tx, fileId, municipality, sourceSystem) =>
    repository.promote(tx, fileId, municipality, sourceSystem),
  refreshRollups: (tx, municipalityCode, fromDateKey, toDateKey) =>
    rebuildBookingSlotRollups(tx, { municipalityCode, fromDateKey, toDateKey }),

  createStager: ({ sourceFileId, siteId }) => {
    // A calendar's slots by day: one calendar cannot be booked twice at once, so a slot that
    // overlaps an earlier one with another start is a broken export. The same start again is the
    // same slot, a duplicate the promotion skips.
    const takenByCalendarDay = new Map<string, Taken[]>();
    return (record, row) => {
      const slot = record.slotStart;
      const slotSeconds = record.slotLength;
      const calendar = record.calendar;
      const problems: FieldProblem[] = [];
      const lengthProblem = slotLengthProblem(slotSeconds);
      if (lengthProblem) problems.push({ field: 'slotLength', reason: lengthProblem });
      const yearProblem = slotYearProblem(slot.wallClock);
      if (yearProblem) problems.push({ field: 'slotStart', reason: yearProblem });
      if (problems.length > 0) return problems;

      const { dateKey, timeKey } = slotKeys(slot.wallClock);
      const key = `${calendar}\u0000${dateKey}`;
      const taken = takenByCalendarDay.get(key) ?? [];
      const endMillis = slot.utcMillis + slotSeconds * 1000;
      const clash = taken.find(
        (t) =>
          t.startMillis !== slot.utcMillis &&
          t.startMillis < endMillis &&
          slot.utcMillis < t.endMillis,
      );
      if (clash) {
        return [
          {
            field: 'slotStart',
            reason: `overlaps the slot in row ${clash.row} of the same {calendar}`,
          },
        ];
      }
      taken.push({ startMillis: slot.utcMillis, endMillis, row });
      takenByCalendarDay.set(key, taken);
      return {
        firstDateKey: dateKey,
        lastDateKey: dateKey,
        values: [
          sourceFileId,
          row,
          siteId,
          calendar,
          record.serviceLabel,
          new Date(slot.utcMillis),
          slotSeconds / 60,
          dateKey,
          timeKey,
        ],
      };
    };
  },
});
