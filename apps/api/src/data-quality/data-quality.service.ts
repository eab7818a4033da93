import { Injectable } from '@nestjs/common';
import { toCopenhagenWallClock } from '@kanalindsigt/calendar/copenhagen-time';
import { SOURCE_KIND_NAMES } from '@kanalindsigt/warehouse/reference/source-kinds';
import { DataQualityRepository } from './data-quality.repository';
import type { DataQualityArgs } from './dto/data-quality.args';
import type { DataQuality } from './models/data-quality.model';

/** Enough for a dashboard panel; the full list is `npm run etl -- status`. */
const PROBLEM_LIMIT = 50;

@Injectable()
export class DataQualityService {
  constructor(private readonly repository: DataQualityRepository) {}

  async dataQuality(args: DataQualityArgs): Promise<DataQuality> {
    const asOf = args.asOf ?? toCopenhagenWallClock(Date.now()).isoDate;
    // Every registered kind is listed, so the dashboard can say "no data yet" for one never loaded.
    const kinds = [...SOURCE_KIND_NAMES].sort();
    const [sources, problems, reasons, unmapped] = await Promise.all([
      this.repository.sourceLoads(args.municipalityCode, kinds, asOf),
      this.repository.latestQuarantine(args.municipalityCode, PROBLEM_LIMIT),
      this.repository.quarantineReasons(args.municipalityCode),
      this.repository.unmappedLabels(args.municipalityCode),
    ]);
    return {
      asOf,
      sources: sources.map((row) => ({
        kind: row.source_kind,
        lastLoadedAt: row.last_loaded_at,
        newestPeriodEnd: row.newest_period_end,
        freshnessDays: row.freshness_days,
        currentFiles: row.current_files,
        rowsLoaded: row.rows_loaded,
        rowsQuarantined: row.rows_quarantined,
        rowsDuplicate: row.rows_duplicate,
        rowsSkipped: row.rows_skipped,
        rejectedFiles: row.rejected_files,
      })),
      problems: problems.map((row) => ({
        kind: row.source_kind,
        fileName: row.file_name,
        sourceRow: row.source_row,
        columnName: row.column_name,
        reason: row.reason,
        quarantinedAt: row.created_at,
      })),
      quarantineReasons: reasons.map((row) => ({
        kind: row.source_kind,
        reason: row.reason,
        rows: row.rows,
        problems: row.problems,
      })),
      unmappedLabels: unmapped.map((row) => ({
        kind: row.source_kind,
        labelKind: row.label_kind,
        label: row.label,
        rows: row.count_rows,
        lastSeenAt: row.last_seen_at,
      })),
    };
  }
}
