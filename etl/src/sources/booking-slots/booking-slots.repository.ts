import type { QueryRunner } from 'typeorm';
import { labelServiceCte } from '../service-labels.repository';

const STAGING_COLUMNS = [
  'source_file_id',
  'source_row',
  'site_id',
  'calendar_label',
  'service_label',
  'slot_start_at',
  'slot_minutes',
  'date_key',
  'time_key',
];

/** SQL that moves one staged booking-calendar file into dw.fact_booking_slot. */
export class BookingSlotsRepository {
  readonly copyIntoStagingSql = `COPY staging.stg_booking_slot (${STAGING_COLUMNS.join(', ')}) FROM STDIN`;

  /**
   * A calendar's slot at a start the warehouse already has for the site — from an earlier file or
   * an earlier row of this one — is skipped as a duplicate and keeps the first length. A slot
   * without a service is open to every service, so it gets none rather than "Ikke kortlagt".
   */
  async promote(
    tx: QueryRunner,
    sourceFileId: number,
    municipalityCode: string,
    sourceSystem: string,
  ): Promise<number> {
    const result = await tx.query(
      `WITH ${labelServiceCte('staging.stg_booking_slot')}
       INSERT INTO dw.fact_booking_slot (municipality_code, source_file_id, source_row, site_id, service_id,
                                         calendar_label, slot_start_at, slot_minutes, date_key, time_key)
       SELECT $2, s.source_file_id, s.source_row, s.site_id, ls.service_id, s.calendar_label, s.slot_start_at,
              s.slot_minutes, s.date_key, s.time_key
       FROM staging.stg_booking_slot s
       LEFT JOIN label_service ls ON ls.service_label = s.service_label
       WHERE s.source_file_id = $1
       ORDER BY s.source_row
       ON CONFLICT (municipality_code, site_id, calendar_label, slot_start_at) DO NOTHING`,
      [sourceFileId, municipalityCode, sourceSystem],
      true,
    );
    return result.affected ?? 0;
  }
}
