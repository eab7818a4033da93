/**
 * Who may run what: the one place that decides. Every query and mutation needs a signed-in user
 * unless it is marked @Public(); which ones a role may run is below. Municipality grants are
 * checked separately (AuthGuard for arguments, row-level security for rows).
 *
 * | role                                  | queries                         | mutations |
 * |---------------------------------------|---------------------------------|-----------|
 * | director, finance, centre_manager     | every query                     | none      |
 * | council                               | only those marked @CouncilVisible() (aggregates, no event-level data) | none |
 * | admin                                 | every query                     | every one |
 */
export const ROLES = ['director', 'finance', 'centre_manager', 'council', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** How widely an operation is open, as its decorators say. */
export type Audience = 'public' | 'council' | 'default';

export interface Operation {
  type: 'query' | 'mutation';
  audience: Audience;
}

export function mayRun(role: Role, operation: Operation): boolean {
  if (operation.audience === 'public' || role === 'admin') return true;
  if (operation.type === 'mutation') return false;
  if (role === 'council') return operation.audience === 'council';
  return true;
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
