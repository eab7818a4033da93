import { Injectable } from '@nestjs/common';
import { Warehouse } from '../database/warehouse';

export interface AuditEntry {
  requestId: string;
  occurredAt: Date;
  userId: number | null;
  username: string | null;
  role: string | null;
  operationName: string | null;
  operationType: string | null;
  variables: Record<string, unknown>;
  municipalityCodes: string[];
  /** 'ok' or the first error's code. */
  outcome: string;
  durationMs: number;
}

/** audit.* is the API's own log, not municipality data: written as the owner. */
@Injectable()
export class AuditRepository {
  constructor(private readonly warehouse: Warehouse) {}

  async insert(entries: readonly AuditEntry[]): Promise<void> {
    await this.warehouse.queryAsOwner(
      `INSERT INTO audit.api_request (request_id, occurred_at, user_id, username, role, operation_name,
                                      operation_type, variables, municipality_codes, outcome, duration_ms)
       SELECT "requestId", "occurredAt", "userId", username, role, "operationName", "operationType",
              variables, "municipalityCodes", outcome, "durationMs"
       FROM jsonb_to_recordset($1::jsonb) AS x ("requestId" text, "occurredAt" timestamptz,
              "userId" int, username text, role text, "operationName" text, "operationType" text,
              variables jsonb, "municipalityCodes" text[], outcome text, "durationMs" int)`,
      [JSON.stringify(entries)],
    );
  }
}
