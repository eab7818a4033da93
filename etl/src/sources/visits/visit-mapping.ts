import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** How one queue system's ticket export maps onto the canonical visit fields. */
export interface VisitMapping {
  kind: 'visits';
  sourceSystem: string;
  delimiter: string;
  timestampFormat: string;
  timeZone: 'Europe/Copenhagen';
  siteCode: string;
  columns: {
    ticketRef: string;
    createdAt: string;
    calledAt: string;
    endedAt: string;
    serviceLabel: string;
    counterName?: string;
    ticketType: string;
  };
  values: { ticketType: Record<string, 'booked' | 'walk_in'> };
}

export const MAPPINGS_DIR = join(__dirname, '..', '..', '..', 'mappings');

export function readVisitMapping(path = join(MAPPINGS_DIR, 'frontdesk-visits.json')): VisitMapping {
  const mapping = JSON.parse(readFileSync(path, 'utf8')) as VisitMapping;
  if (mapping.kind !== 'visits')
    throw new Error(`${path}: a visits mapping must say "kind": "visits"`);
  for (const field of [
    'ticketRef',
    'createdAt',
    'calledAt',
    'endedAt',
    'serviceLabel',
    'ticketType',
  ] as const) {
    if (!mapping.columns?.[field]) throw new Error(`${path}: columns.${field} is required`);
  }
  return mapping;
}
