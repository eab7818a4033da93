import type { Suppression } from './digital-exclusion.service';

/**
 * Which suppression a user's answer gets. Always on for now: every caller is treated as a council
 * member. The roles work replaces this so that only roles allowed exact numbers get null.
 */
export function suppressionFor(_user: unknown, threshold: number): Suppression {
  return { threshold };
}
