/** The threshold used when SUPPRESSION_THRESHOLD is not set. */
export const DEFAULT_SUPPRESSION_THRESHOLD = 5;
/** Below 3 a suppressed pair could be 1 + 1, which gives both members away. */
export const MINIMUM_SUPPRESSION_THRESHOLD = 3;

/**
 * The small-count threshold from the environment (SUPPRESSION_THRESHOLD). A value that is not a
 * whole number, or is below the minimum, stops the API at start rather than publishing with
 * weaker protection than intended.
 */
export function suppressionThreshold(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.SUPPRESSION_THRESHOLD?.trim();
  if (raw === undefined || raw === '') return DEFAULT_SUPPRESSION_THRESHOLD;
  const threshold = Number(raw);
  if (!Number.isInteger(threshold) || threshold < MINIMUM_SUPPRESSION_THRESHOLD)
    throw new Error(
      `SUPPRESSION_THRESHOLD must be a whole number of at least ${MINIMUM_SUPPRESSION_THRESHOLD}; got "${raw}"`,
    );
  return threshold;
}
