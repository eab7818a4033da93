import { CreateSchemasAndEtlBookkeeping1795392000000 } from './migrations/1795392000000-create-schemas-and-etl-bookkeeping';
import { CreateDimensions1795392000001 } from './migrations/1795392000001-create-dimensions';
import { CreateFacts1795392000002 } from './migrations/1795392000002-create-facts';
import { CreateStagingAndRollups1795392000003 } from './migrations/1795392000003-create-staging-and-rollups';
import { StageVisitAggregates1795392000004 } from './migrations/1795392000004-stage-visit-aggregates';
import { StageCallsBookingsAndCounts1795392000005 } from './migrations/1795392000005-stage-calls-bookings-and-counts';
import { RecordRunProcess1795392000006 } from './migrations/1795392000006-record-run-process';
import { SupersedeCorrectedFiles1795392000007 } from './migrations/1795392000007-supersede-corrected-files';
import { BulkLoadEventFacts1795392000008 } from './migrations/1795392000008-bulk-load-event-facts';
import { CallAndBookingRollups1795392000009 } from './migrations/1795392000009-call-and-booking-rollups';
import { AnnotationsAndTargets1795392000010 } from './migrations/1795392000010-annotations-and-targets';
import { QuarantineMunicipality1795392000011 } from './migrations/1795392000011-quarantine-municipality';
import { UsersAuditAndRowLevelSecurity1795392000012 } from './migrations/1795392000012-users-audit-and-row-level-security';
import { MonthlyAndNarrowRollups1795392000013 } from './migrations/1795392000013-monthly-and-narrow-rollups';
import { VisitAgeRollup1795392000014 } from './migrations/1795392000014-visit-age-rollup';
import { SeedLog1795392000015 } from './migrations/1795392000015-seed-log';
import { BookingSlotCalendar1795392000016 } from './migrations/1795392000016-booking-slot-calendar';
import { Evaluations1795392000017 } from './migrations/1795392000017-evaluations';
import { BookingSlotRollups1795392000018 } from './migrations/1795392000018-booking-slot-rollups';
import { ArrivalsMonthly1795392000019 } from './migrations/1795392000019-arrivals-monthly';
import { CountSkippedRows1795392000020 } from './migrations/1795392000020-count-skipped-rows';
import { ReferencesAndQuarantinedFiles1795392000021 } from './migrations/1795392000021-references-and-quarantined-files';
import { SavedMappings1795392000022 } from './migrations/1795392000022-saved-mappings';

/** Every migration, oldest first. Listed explicitly so built and test runs load the same set. */
export const MIGRATIONS = [
  CreateSchemasAndEtlBookkeeping1795392000000,
  CreateDimensions1795392000001,
  CreateFacts1795392000002,
  CreateStagingAndRollups1795392000003,
  StageVisitAggregates1795392000004,
  StageCallsBookingsAndCounts1795392000005,
  RecordRunProcess1795392000006,
  SupersedeCorrectedFiles1795392000007,
  BulkLoadEventFacts1795392000008,
  CallAndBookingRollups1795392000009,
  AnnotationsAndTargets1795392000010,
  QuarantineMunicipality1795392000011,
  UsersAuditAndRowLevelSecurity1795392000012,
  MonthlyAndNarrowRollups1795392000013,
  VisitAgeRollup1795392000014,
  SeedLog1795392000015,
  BookingSlotCalendar1795392000016,
  Evaluations1795392000017,
  BookingSlotRollups1795392000018,
  ArrivalsMonthly1795392000019,
  CountSkippedRows1795392000020,
  ReferencesAndQuarantinedFiles1795392000021,
  SavedMappings1795392000022,
];
