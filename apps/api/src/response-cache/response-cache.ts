/**
 * Answers kept in memory until the data behind them can have changed. The warehouse changes only
 * when the ETL loads a file or an admin edits something, while the same dashboard views are asked
 * again and again (every director opening the quarter's status), so a repeated question is served
 * without asking PostgreSQL again.
 */
export interface CachedAnswer {
  data: Record<string, unknown>;
  /** The municipalities the first request's arguments named, for the audit log of later ones. */
  municipalityCodesAsked: string[];
}

interface Entry extends CachedAnswer {
  dataVersion: string;
  expiresAt: number;
}

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly maxEntries: number,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get enabled(): boolean {
    return this.maxEntries > 0;
  }

  /** The answer stored under the key for this data version, if it is still fresh. */
  get(key: string, dataVersion: string): CachedAnswer | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.dataVersion !== dataVersion || entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    // Map order is insertion order: re-inserting makes it the most recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return { data: entry.data, municipalityCodesAsked: entry.municipalityCodesAsked };
  }

  set(key: string, dataVersion: string, answer: CachedAnswer): void {
    if (!this.enabled) return;
    this.entries.delete(key);
    this.entries.set(key, { ...answer, dataVersion, expiresAt: this.now() + this.ttlMs });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
    }
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
