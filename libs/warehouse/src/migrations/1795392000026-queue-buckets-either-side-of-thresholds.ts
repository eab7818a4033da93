import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Service level counts a call answered within T when it waited at most T seconds (the usual
 * contact-centre convention) instead of less than T, while a short abandon still waited less than
 * S. Waits are whole seconds (dw.fact_call.queue_seconds is an integer), so "≤ T" needs a bucket
 * cut between T and T + 1 and "< S" one between S − 1 and S: the queue-time buckets of
 * mart.call_daily and mart.call_monthly gain a lower bound one second after each threshold
 * (0, 1, 5, 6, 10, 11, …), and both are rebuilt from the facts for every municipality. The columns
 * stay as they are. Down rebuilds them with the former bounds.
 *
 * The bounds and the rollup SQL are written out here as they stand in this migration, not imported
 * from libs/warehouse/src/rollups, so a later change there cannot change what this migration did.
 */
const THRESHOLDS = [0, 5, 10, 20, 30, 45, 60, 90, 120, 180, 300];
const BOUNDS_EITHER_SIDE = THRESHOLDS.flatMap((threshold) => [threshold, threshold + 1]);

function rebuildSql(bounds: readonly number[]): string {
  const bucket = `CASE ${[...bounds]
    .reverse()
    .map((bound) => `WHEN coalesce(queue_seconds, 0) >= ${bound} THEN ${bound}`)
    .join(' ')} END`;
  return `
    TRUNCATE mart.call_monthly, mart.call_daily;

    INSERT INTO mart.call_daily (municipality_code, date_key, service_id, handled_by, outcome, queue_bucket_seconds,
                                 count_calls, sum_queue_seconds, sum_talk_seconds, sum_hold_seconds,
                                 sum_wrap_up_seconds, count_first_contact_resolved, count_resolution_coded)
    SELECT municipality_code, date_key, service_id, handled_by, outcome, ${bucket},
           count(*), coalesce(sum(queue_seconds), 0), coalesce(sum(talk_seconds), 0),
           coalesce(sum(hold_seconds), 0), coalesce(sum(wrap_up_seconds), 0),
           count(*) FILTER (WHERE is_first_contact_resolved), count(is_first_contact_resolved)
    FROM dw.fact_call
    GROUP BY 1, 2, 3, 4, 5, 6;

    INSERT INTO mart.call_monthly (municipality_code, month_start_key, service_id, handled_by, outcome,
                                   queue_bucket_seconds, count_calls, sum_queue_seconds, sum_talk_seconds,
                                   sum_hold_seconds, sum_wrap_up_seconds, count_first_contact_resolved,
                                   count_resolution_coded)
    SELECT municipality_code, date_key / 100 * 100 + 1, service_id, handled_by, outcome,
           queue_bucket_seconds, sum(count_calls), sum(sum_queue_seconds), sum(sum_talk_seconds),
           sum(sum_hold_seconds), sum(sum_wrap_up_seconds), sum(count_first_contact_resolved),
           sum(count_resolution_coded)
    FROM mart.call_daily
    GROUP BY 1, 2, 3, 4, 5, 6;`;
}

export class QueueBucketsEitherSideOfThresholds1795392000026 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(rebuildSql(BOUNDS_EITHER_SIDE));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(rebuildSql(THRESHOLDS));
  }
}
