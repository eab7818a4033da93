/** When a username has failed too often, and until when it stays locked. */
interface Failures {
  count: number;
  lockedUntil: number;
  /** How many lockouts in a row, so a patient guesser waits longer each time. */
  lockouts: number;
}

/** Lockouts never grow past a day, so a victim of a guesser can always sign in again. */
const MAX_LOCK_MS = 24 * 60 * 60 * 1000;
/** Usernames remembered at most; the oldest are forgotten first so guessing cannot fill memory. */
const MAX_TRACKED = 10_000;

export interface LoginThrottleSettings {
  /** Failed sign-ins for one username before it is locked. */
  failuresBeforeLock: number;
  /** Length of the first lockout; each further one in a row is twice as long. */
  lockSeconds: number;
}

/**
 * Per-username backoff against password guessing, besides the per-IP rate limit: after
 * `failuresBeforeLock` wrong passwords the username is locked for `lockSeconds`, then for twice as
 * long after the next failure, and so on. Unknown usernames are counted exactly like known ones,
 * so the answers never reveal which usernames exist. Counters live in this process, like the rate
 * limit's.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, Failures>();

  constructor(
    private readonly settings: LoginThrottleSettings,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until `username` may try again, or 0 when it may try now. */
  waitSeconds(username: string): number {
    const entry = this.failures.get(username);
    if (!entry) return 0;
    return Math.max(0, Math.ceil((entry.lockedUntil - this.now()) / 1000));
  }

  failed(username: string): void {
    const entry = this.failures.get(username) ?? { count: 0, lockedUntil: 0, lockouts: 0 };
    this.failures.delete(username);
    entry.count += 1;
    if (entry.count >= this.settings.failuresBeforeLock) {
      const lockMs = Math.min(this.settings.lockSeconds * 1000 * 2 ** entry.lockouts, MAX_LOCK_MS);
      entry.lockedUntil = this.now() + lockMs;
      entry.lockouts += 1;
      entry.count = 0;
    }
    // Re-inserted last: a Map iterates in insertion order, so the first key is the stalest.
    this.failures.set(username, entry);
    if (this.failures.size > MAX_TRACKED) {
      const stalest = this.failures.keys().next().value;
      if (stalest !== undefined) this.failures.delete(stalest);
    }
  }

  succeeded(username: string): void {
    this.failures.delete(username);
  }
}
