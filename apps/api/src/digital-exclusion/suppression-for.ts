import type { AuthUser } from '../auth/auth-user';
import type { Suppression } from './digital-exclusion.service';

/**
 * Which suppression a user's answer gets: the advisory councils see aggregates with small counts
 * hidden; the municipality's own staff, who may already see the event-level data behind them, get
 * exact numbers (null).
 */
export function suppressionFor(
  user: Pick<AuthUser, 'role'>,
  threshold: number,
): Suppression | null {
  return user.role === 'council' ? { threshold } : null;
}
