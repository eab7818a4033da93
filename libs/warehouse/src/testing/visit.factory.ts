import type { DataSource } from 'typeorm';
import { insertFactorySourceFile } from './source-file.factory';

export interface VisitFactoryRow {
  municipalityCode: string;
  ticketRef: string;
  serviceCode: string;
  /** The municipality's site (see insertSite for one besides the default). */
  siteCode: string;
  /** Copenhagen wall-clock time of the ticket, 'YYYY-MM-DD HH:MM'. */
  createdAt: string;
  waitMinutes: number;
  handlingMinutes: number | null;
  isBooked: boolean;
  /** The citizen's age band, where the queue system knows it. */
  ageBandCode: string | null;
  walkInResolution: 'helped_at_once' | 'same_day_slot' | 'sent_away' | null;
  isAssistedSelfService: boolean;
}

let sequence = 0;

/** A visit with sensible defaults; override what the test is about. */
export function newVisit(overrides: Partial<VisitFactoryRow> = {}): VisitFactoryRow {
  sequence += 1;
  return {
    municipalityCode: '0169',
    ticketRef: `T${sequence}`,
    serviceCode: 'pas',
    siteCode: 'raadhus',
    createdAt: '2024-03-04 09:10',
    waitMinutes: 10,
    handlingMinutes: 8,
    isBooked: false,
    ageBandCode: null,
    walkInResolution: null,
    isAssistedSelfService: false,
    ...overrides,
  };
}

/** Inserts visits straight into dw.fact_visit under one source file (for repository tests). */
export async function insertVisits(
  dataSource: DataSource,
  visits: VisitFactoryRow[],
): Promise<void> {
  const sourceFileId = await insertFactorySourceFile(
    dataSource,
    'visits',
    visits[0]?.municipalityCode ?? '0169',
    visits.length,
  );
  await dataSource.query(
    `INSERT INTO dw.fact_visit (municipality_code, source_file_id, source_row, ticket_ref, site_id, service_id, service_label,
                                date_key, arrival_time_key, ticket_created_at, called_at, service_ended_at, is_booked,
                                outcome, wait_seconds, handling_seconds, age_band_code, walk_in_resolution,
                                is_assisted_self_service)
     SELECT v.municipality_code, $1, v.ord, v.ticket_ref, site.site_id, s.service_id, s.name_da,
            to_char(v.created_local, 'YYYYMMDD')::int,
            (extract(hour FROM v.created_local) * 4 + floor(extract(minute FROM v.created_local) / 15))::smallint,
            v.created_local AT TIME ZONE 'Europe/Copenhagen',
            (v.created_local + make_interval(mins => v.wait_minutes)) AT TIME ZONE 'Europe/Copenhagen',
            CASE WHEN v.handling_minutes IS NULL THEN NULL
                 ELSE (v.created_local + make_interval(mins => v.wait_minutes + v.handling_minutes)) AT TIME ZONE 'Europe/Copenhagen' END,
            v.is_booked,
            CASE WHEN v.handling_minutes IS NULL THEN 'no_show' ELSE 'served' END,
            v.wait_minutes * 60, v.handling_minutes * 60, v.age_band_code, v.walk_in_resolution,
            v.is_assisted_self_service
     FROM unnest($2::char(4)[], $3::text[], $4::text[], $5::timestamp[], $6::int[], $7::int[], $8::bool[],
                 $9::text[], $10::text[], $11::bool[], $12::text[])
            WITH ORDINALITY AS v (municipality_code, ticket_ref, service_code, created_local, wait_minutes, handling_minutes,
                                  is_booked, age_band_code, walk_in_resolution, is_assisted_self_service, site_code, ord)
     JOIN dw.dim_service s USING (service_code)
     JOIN dw.dim_site site ON site.municipality_code = v.municipality_code AND site.site_code = v.site_code`,
    [
      sourceFileId,
      visits.map((v) => v.municipalityCode),
      visits.map((v) => v.ticketRef),
      visits.map((v) => v.serviceCode),
      visits.map((v) => v.createdAt),
      visits.map((v) => v.waitMinutes),
      visits.map((v) => v.handlingMinutes),
      visits.map((v) => v.isBooked),
      visits.map((v) => v.ageBandCode),
      visits.map((v) => v.walkInResolution),
      visits.map((v) => v.isAssistedSelfService),
      visits.map((v) => v.siteCode),
    ],
  );
}

/** Adds a site to a municipality besides its default one (raadhus). */
export async function insertSite(
  dataSource: DataSource,
  site: { municipalityCode: string; code: string; nameDa: string },
): Promise<void> {
  await dataSource.query(
    `INSERT INTO dw.dim_site (municipality_code, site_code, name_da) VALUES ($1, $2, $3)`,
    [site.municipalityCode, site.code, site.nameDa],
  );
}
