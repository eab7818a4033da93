import type { SourceKind } from './source-kind';
import { visitsAggregateSource } from './visits-aggregate/visits-aggregate.source';
import { visitsSource } from './visits/visits.source';

/** Every source kind the ETL loads, by name. */
export const SOURCE_KINDS: Readonly<Record<string, SourceKind>> = {
  visits: visitsSource,
  'visits-aggregate': visitsAggregateSource,
};

export function sourceKind(name: string): SourceKind {
  const kind = SOURCE_KINDS[name];
  if (!kind)
    throw new Error(
      `unknown source kind "${name}" (known: ${Object.keys(SOURCE_KINDS).join(', ')})`,
    );
  return kind;
}
