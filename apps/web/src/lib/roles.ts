/** The API's roles (apps/api/src/auth/roles.ts decides what each may run). */
export type Role = 'director' | 'finance' | 'centre_manager' | 'council' | 'admin';

/** Everyone but the advisory councils, who see only aggregates published for them. */
export const STAFF: readonly Role[] = ['director', 'finance', 'centre_manager', 'admin'];
export const EVERYONE: readonly Role[] = [...STAFF, 'council'];
export const ADMIN: readonly Role[] = ['admin'];
