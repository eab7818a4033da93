import { AsyncLocalStorage } from 'node:async_hooks';

/** The municipalities the current API request may read; absent outside a request. */
export interface MunicipalityScope {
  readonly municipalityCodes: readonly string[];
  /** A mutation's queries may write (what the policies let them); a query's are read-only. */
  readonly writable?: boolean;
}

/**
 * Set by the auth interceptor around each resolver of an authenticated request and read by
 * `Warehouse.query`, so repositories never pass the user along and cannot forget the scope.
 */
export const municipalityScope = new AsyncLocalStorage<MunicipalityScope>();
