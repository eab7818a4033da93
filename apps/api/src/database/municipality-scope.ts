import { AsyncLocalStorage } from 'node:async_hooks';

/** The municipalities the current API request may read; absent outside a request. */
export interface MunicipalityScope {
  readonly municipalityCodes: readonly string[];
}

/**
 * Set by the auth interceptor around each resolver of an authenticated request and read by
 * `Warehouse.query`, so repositories never pass the user along and cannot forget the scope.
 */
export const municipalityScope = new AsyncLocalStorage<MunicipalityScope>();
