import type { QueryRunner } from 'typeorm';
import { labelServiceCte } from '../service-labels.repository';

const STAGING_COLUMNS = [
  'source_file_id',
  'source_row',
  'booking_ref',
  'site_code',
  'service_label',
  'booked_at',
  'booking_channel',
  'slot_start_at',
  'slot_minutes',
  'slot_date_key',
  'slot_time_key',
  'status',
  'citizen_pseudonym',
  'age_band_code',
  'sex',
];

/** SQL that moves one staged booking file into dw.fact_booking. */
export class BookingsRepository {
  readonly copyIntoStagingSql = `COPY staging.stg_booking (${STAGING_COLUMNS.join(', ')}) FROM STDIN`;

  /**
   * A booking the warehouse already has (same municipality and booking id, e.g. from an
   * overlapping export or twice in one file) is skipped; the first row wins.
   */
  async promote(
    tx: QueryRunner,
    sourceFileId: number,
    municipalityCode: string,
    sourceSystem: string,
  ): Promise<number> {
    const result = await tx.query(
      `WITH ${labelServiceCte('staging.stg_booking')}
       INSERT INTO dw.fact_booking (municipality_code, source_file_id, source_row, booking_ref, site_id, service_id,
                                    service_label, booked_at, booking_channel, slot_start_at, slot_minutes,
                                    slot_date_key, slot_time_key, status, citizen_pseudonym, age_band_code, sex)
       SELECT $2, s.source_file_id, s.source_row, s.booking_ref, site.site_id, ls.service_id, s.service_label,
              s.booked_at, s.booking_channel, s.slot_start_at, s.slot_minutes, s.slot_date_key, s.slot_time_key,
              s.status, s.citizen_pseudonym, s.age_band_code, s.sex
       FROM staging.stg_booking s
       JOIN label_service ls USING (service_label)
       JOIN dw.dim_site site ON site.municipality_code = $2 AND site.site_code = s.site_code
       WHERE s.source_file_id = $1
       ORDER BY s.source_row
       ON CONFLICT (municipality_code, booking_ref) DO NOTHING`,
      [sourceFileId, municipalityCode, sourceSystem],
      true,
    );
    return result.affected ?? 0;
  }
}
